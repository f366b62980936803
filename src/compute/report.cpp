#include "scmplan/report.hpp"

namespace scmplan {

namespace {

PlanReport build_one(const Model& m, const Plan& p, const ReportRequest& req, const Holidays& holidays) {
    auto acts = m.activities_of(p.id.value);
    PlanReport r;
    static_cast<PlanTotals&>(r) = plan_totals(p, acts, report_date(p, req.date));
    r.quarterly = req.date.kind == ReportDate::Kind::quarter;
    r.quarter = r.quarterly ? req.date.quarter : plan_quarter_of(p, r.as_of);
    if (r.quarter) r.quarter_range = plan_quarter(p, r.quarter);
    if (r.quarter) r.due = report_due(p, r.quarter, m.rules, holidays);

    // Targets take the actual of this quarter's report or the latest before it;
    // outside the plan's quarters, of the last quarter ended by the as-of date.
    int target_quarter = r.quarter;
    for (int q = 4; q >= 1 && !target_quarter; --q)
        if (plan_quarter(p, q).end <= r.as_of) target_quarter = q;
    for (const Activity* a : acts) {
        ActivityRow row;
        row.activity = a;
        row.planned = activity_planned(*a, r.as_of);
        row.actual = activity_completion(*a, r.as_of);
        row.status = activity_status(*a, r.as_of, p.end.value);
        row.target = evaluate_target(*a, target_quarter);
        row.report = r.quarter ? a->report_for(r.quarter) : nullptr;
        r.activities.push_back(row);
    }
    r.risk_register = risk_register(m, p, r.as_of);
    return r;
}

}  // namespace

PlanTotals plan_totals(const Plan& p, const std::vector<const Activity*>& acts, Date as_of) {
    PlanTotals t;
    t.plan = &p;
    t.as_of = as_of;
    t.completion = plan_completion(acts, as_of);
    t.planned = plan_planned(acts, as_of);
    for (const Activity* a : acts)
        if (a->counts) ++t.counting;
    t.activities_done = activities_done(acts, as_of);
    for (const Kpi& k : p.kpis) {
        t.kpis.push_back(evaluate_kpi(k, p, acts, as_of));
        if (t.kpis.back().met) ++t.kpis_met;
    }
    t.gaps_total = static_cast<int>(p.gaps.size());
    t.gaps_taken_up = gaps_taken_up(p);
    for (const Gap& g : p.gaps)
        if (g.closed_by(as_of)) t.gaps_closed.push_back(&g);
    return t;
}

std::vector<PlanReport> build_reports(const Model& m, const ReportRequest& req) {
    std::vector<PlanReport> out;
    Holidays holidays = m.holidays();
    for (const Plan& p : m.plans)
        if (req.plan_id.empty() || p.id.value == req.plan_id) out.push_back(build_one(m, p, req, holidays));
    return out;
}

std::vector<ReportChartData> report_chart_data(const Model& m, const std::vector<PlanReport>& reports) {
    std::vector<ReportChartData> out;
    out.reserve(reports.size());
    for (const PlanReport& r : reports) {
        ReportChartData d;
        d.timeline = build_timeline(m, *r.plan, r.as_of);
        if (!r.risk_register.risks.empty()) d.heat_map = &r.risk_register;
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace scmplan

namespace scmplan {

namespace {

CompletionPoint activity_point(const Activity& a, int quarter, Date as_of, Date plan_end) {
    CompletionPoint c;
    c.quarter = quarter;
    c.as_of = as_of;
    c.planned = activity_planned(a, as_of);
    c.actual = activity_completion(a, as_of);
    c.status = activity_status(a, as_of, plan_end);
    c.target = evaluate_target(a, quarter ? quarter : 4);
    return c;
}

/// The quarter whose report gives evaluate_target(a, 4) its actual: the latest
/// report through Q4 with an actual.
int target_quarter_of(const Activity& a) {
    for (int q = 4; q >= 1; --q)
        if (const QuarterReport* r = a.report_for(q); r && r->actual) return q;
    return 0;
}

}  // namespace

YearEnd year_end_of(const Model& m, const Plan& p) { return plan_totals(p, m.activities_of(p.id.value), p.end.value); }

std::vector<AnnualReport> build_annual_reports(const Model& m, const std::string& plan_id, std::optional<Date> today) {
    std::vector<AnnualReport> out;
    for (const Plan& p : m.plans) {
        if (!plan_id.empty() && p.id.value != plan_id) continue;
        AnnualReport r;
        r.plan = &p;
        auto acts = m.activities_of(p.id.value);
        std::vector<Date> ends;
        for (int q = 1; q <= 4; ++q) ends.push_back(plan_quarter(p, q).end);
        for (int q = 1; q <= 4; ++q) {
            CompletionPoint c;
            c.quarter = q;
            c.as_of = ends[q - 1];
            c.planned = plan_planned(acts, c.as_of);
            c.actual = plan_completion(acts, c.as_of);
            r.quarters.push_back(c);
        }
        r.year_end = year_end_of(m, p);
        if (today && *today < p.end.value) r.early = today;
        for (const Activity* a : acts) {
            AnnualActivity aa;
            aa.activity = a;
            for (int q = 1; q <= 4; ++q) aa.quarters.push_back(activity_point(*a, q, ends[q - 1], p.end.value));
            aa.year_end = activity_point(*a, 0, p.end.value, p.end.value);
            aa.target = evaluate_target(*a, 4);
            aa.target_quarter = target_quarter_of(*a);
            for (int q = 1; q <= 4; ++q)
                if (const QuarterReport* qr = a->report_for(q); qr && (!qr->problems.empty() || !qr->suggestions.empty()))
                    aa.notes.push_back({q, qr});
            r.activities.push_back(std::move(aa));
        }
        for (const Risk* risk : m.risks_of(p.id.value)) {
            AnnualRisk ar;
            ar.risk = risk;
            for (int q = 1; q <= 4; ++q)
                ar.quarters.push_back({q, ends[q - 1], evaluate_risk(*risk, m.rules, MetricValues{&m, &p, ends[q - 1]})});
            ar.year_end = {0, p.end.value, evaluate_risk(*risk, m.rules, MetricValues{&m, &p, p.end.value})};
            r.risks.push_back(std::move(ar));
        }
        for (const Plan& prev : m.plans)
            if (prev.year.value == p.year.value - 1 && prev.enabler.value == p.enabler.value &&
                prev.organisation == p.organisation) {
                r.previous = year_end_of(m, prev);
                break;
            }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace scmplan

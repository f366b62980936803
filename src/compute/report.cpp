#include "scmplan/report.hpp"

namespace scmplan {

namespace {

PlanReport build_one(const Model& m, const Plan& p, const ReportRequest& req, const Holidays& holidays) {
    PlanReport r;
    r.plan = &p;
    if (req.quarter) {
        r.quarter = *req.quarter;
        r.quarterly = true;
        r.quarter_range = plan_quarter(p, r.quarter);
        r.as_of = r.quarter_range->end;
    } else {
        r.as_of = req.as_of.value_or(p.end.value);
        r.quarter = plan_quarter_of(p, r.as_of);
        if (r.quarter) r.quarter_range = plan_quarter(p, r.quarter);
    }
    if (r.quarter) r.due = report_due(p, r.quarter, m.rules, holidays);

    auto acts = m.activities_of(p.id.value);
    r.completion = plan_completion(acts, r.as_of);
    r.planned = plan_planned(acts, r.as_of);
    for (const Activity* a : acts) {
        ActivityRow row;
        row.activity = a;
        row.planned = activity_planned(*a, r.as_of);
        row.actual = activity_completion(*a, r.as_of);
        row.status = activity_status(*a, r.as_of);
        row.target = evaluate_target(*a, r.quarter);
        row.report = r.quarter ? a->report_for(r.quarter) : nullptr;
        if (a->counts) ++r.counting;
        r.activities.push_back(row);
    }
    for (const Kpi& k : p.kpis) r.kpis.push_back(evaluate_kpi(k, p, acts, r.as_of));
    r.gaps_total = static_cast<int>(p.gaps.size());
    r.gaps_closed = gaps_closed(p, r.as_of);
    MetricValues values{&m, &p, r.as_of};
    for (const Risk* risk : m.risks_of(p.id.value)) r.risks.push_back(evaluate_risk(*risk, m.rules, values));
    return r;
}

}  // namespace

std::vector<PlanReport> build_reports(const Model& m, const ReportRequest& req) {
    std::vector<PlanReport> out;
    Holidays holidays = m.holidays();
    for (const Plan& p : m.plans)
        if (req.plan_id.empty() || p.id.value == req.plan_id) out.push_back(build_one(m, p, req, holidays));
    return out;
}

}  // namespace scmplan

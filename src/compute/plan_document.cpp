// The action plan as a document: its sections' data (plan_document.hpp).
#include "scmplan/plan_document.hpp"

#include <algorithm>

#include "scmplan/compute.hpp"

namespace scmplan {

std::vector<Date> months_between(Date d0, Date d1) {
    std::vector<Date> out;
    if (d1 < d0) return out;
    int y = d0.year(), mo = d0.month();
    const int y1 = d1.year(), m1 = d1.month();
    while (y < y1 || (y == y1 && mo <= m1)) {
        out.push_back(Date::from_ymd(y, mo, 1));
        if (++mo > 12) {
            mo = 1;
            ++y;
        }
    }
    return out;
}

namespace {

/// The month of `months` that holds d (months ascending, first days).
std::size_t month_index(const std::vector<Date>& months, Date d) {
    std::size_t k = 0;
    while (k + 1 < months.size() && months[k + 1] <= d) ++k;
    return k;
}

std::string unit_name(const Model& m, const std::string& code) {
    if (m.workspace)
        for (const auto& [unit, name] : m.workspace->units)
            if (unit.value == code && !name.empty()) return name;
    return code;
}

}  // namespace

PlanDocument plan_document(const Model& m, const Plan& p) {
    PlanDocument d;
    d.plan = &p;
    d.owner_name = unit_name(m, p.owner.value);
    d.scores = score_view(m, p, {});
    d.activities = m.activities_of(p.id.value);

    for (const Gap& g : p.gaps) {
        PlanDocGap row;
        row.gap = &g;
        for (const Activity* a : d.activities)
            if (std::any_of(a->gaps.begin(), a->gaps.end(),
                            [&](const Located<std::string>& id) { return id.value == g.id.value; }))
                row.activities.push_back(a);
        row.taken_up = g.status.value != GapStatus::open;
        d.gaps_taken_up += row.taken_up ? 1 : 0;
        d.gaps.push_back(std::move(row));
    }

    const Holidays holidays = m.holidays();
    Date first = p.start.value, last = p.end.value;
    for (const Activity* a : d.activities) {
        first = std::min(first, a->start.value);
        last = std::max(last, a->end.value);
    }
    for (int q = 1; q <= 4; ++q) {
        PlanDocReport r;
        r.quarter = q;
        r.range = plan_quarter(p, q);
        r.due = report_due(p, q, m.rules, holidays);
        last = std::max(last, r.due);
        d.reports.push_back(r);
    }
    d.months = months_between(first, last);
    for (PlanDocReport& r : d.reports) r.month = month_index(d.months, r.due);
    for (const Activity* a : d.activities) {
        std::vector<bool> row(d.months.size(), false);
        for (std::size_t k = 0; k < d.months.size(); ++k) {
            Date month_end = k + 1 < d.months.size() ? d.months[k + 1] - 1
                                                      : Date::from_ymd(d.months[k].year(), d.months[k].month(),
                                                                       days_in_month(d.months[k].year(),
                                                                                     d.months[k].month()));
            row[k] = a->start.value <= month_end && d.months[k] <= a->end.value;
        }
        d.activity_months.push_back(std::move(row));
    }

    d.risk_profile.plan = &p;
    d.risk_profile.as_of = p.start.value;
    for (const Risk* r : m.risks_of(p.id.value)) {
        PlanDocRisk row;
        row.risk = r;
        for (const Assessment& a : r->assessments)
            if (!row.current || a.as_of.value < row.current->as_of.value) row.current = &a;
        RiskResult result;
        result.risk = r;
        if (row.current) {
            auto assessed = [&](const Located<int>& level) {
                LevelDecision ld;
                ld.basis = LevelDecision::Basis::assessed;
                ld.level = level.value;
                ld.assessed_on = row.current->as_of.value;
                return ld;
            };
            result.likelihood = assessed(row.current->likelihood);
            result.impact = assessed(row.current->impact);
            row.current_score = row.current->likelihood.value * row.current->impact.value;
            row.current_band = m.rules.band_for(row.current_score);
            result.score = row.current_score;
            result.band = row.current_band;
            result.over_threshold = row.current_score >= m.rules.risk_threshold;
            d.risk_profile.as_of = std::max(d.risk_profile.as_of, row.current->as_of.value);
        }
        row.target = risk_target(*r, m.rules);
        d.risk_profile.risks.push_back(result);
        d.risks.push_back(row);
    }
    d.risk_profile.map = heat_map(d.risk_profile.risks, m.rules);
    return d;
}

}  // namespace scmplan

#include "scmplan/executive_summary.hpp"

#include <algorithm>

namespace scmplan {

SummaryFacts summary_facts(const PlanReport& r) {
    SummaryFacts f;
    for (const ActivityRow& row : r.activities) {
        if (!row.activity->counts) continue;
        if (row.status == Status::behind) f.behind.push_back(&row);
        if (row.status == Status::overdue) f.overdue.push_back(&row);
    }
    for (const KpiResult& k : r.kpis) {
        if (!k.value) f.kpis_unmeasured.push_back(&k);
        else if (k.met) f.kpis_met.push_back(&k);
        else f.kpis_not_met.push_back(&k);
    }
    for (const RiskResult& rr : r.risk_register.risks) {
        if (rr.over_threshold) f.risks_over.push_back(&rr);
        if (!f.risk_highest || rr.score > f.risk_highest->score) f.risk_highest = &rr;
    }
    // r.risk_register.risks is in id order; a stable sort keeps it within equal scores.
    std::stable_sort(f.risks_over.begin(), f.risks_over.end(),
                     [](const RiskResult* a, const RiskResult* b) { return a->score > b->score; });

    auto by_due = [](const DueItem& a, const DueItem& b) { return a.due < b.due; };
    for (const ActivityRow& row : r.activities) {
        if (row.activity->counts && row.status == Status::overdue) continue;  // listed as a whole
        const Activity& a = *row.activity;
        for (const Step& s : a.steps) {
            Date due = a.due_of(s);
            if (due < r.as_of && !s.done_by(r.as_of)) f.steps_overdue.push_back({&a, &s, due});
        }
    }
    std::stable_sort(f.steps_overdue.begin(), f.steps_overdue.end(), by_due);

    if (r.quarter >= 1 && r.quarter <= 3) {
        f.next_quarter_number = r.quarter + 1;
        f.next_quarter = plan_quarter(*r.plan, r.quarter + 1);
        const DateRange& q = *f.next_quarter;
        for (const ActivityRow& row : r.activities) {
            const Activity& a = *row.activity;
            for (const Step& s : a.steps) {
                Date due = a.due_of(s);
                if (!s.done_by(r.as_of) && q.start <= due && due <= q.end) f.due_next.push_back({&a, &s, due});
            }
            if (a.steps.empty() && q.start <= a.end.value && a.end.value <= q.end)
                f.due_next.push_back({&a, nullptr, a.end.value});
        }
        std::stable_sort(f.due_next.begin(), f.due_next.end(), by_due);
    }
    return f;
}

}  // namespace scmplan

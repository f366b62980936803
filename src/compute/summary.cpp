#include "scmplan/summary.hpp"

#include "scmplan/compute.hpp"

#include <algorithm>
#include <map>

namespace scmplan {

PlanSummary summarize(const PlanReport& r) {
    PlanSummary s;
    s.plan = r.plan;
    s.quarter = r.quarter;
    s.as_of = r.as_of;
    s.completion = r.completion;
    s.planned = r.planned;
    s.counting = r.counting;
    s.done = r.activities_done;
    bool all_reported = true;
    for (const ActivityRow& row : r.activities) {
        if (!row.activity->counts) continue;
        if (row.status == Status::behind) ++s.behind;
        if (row.status == Status::overdue) ++s.overdue;
        // Only a quarter that overlaps the activity's period expects its report.
        if (!row.report && r.quarter && report_expected(*r.plan, *row.activity, r.quarter)) all_reported = false;
    }
    if (r.quarter) s.all_reported = all_reported;
    s.kpis_total = static_cast<int>(r.kpis.size());
    s.kpis_met = r.kpis_met;
    s.gaps_closed = static_cast<int>(r.gaps_closed.size());
    s.gaps_total = r.gaps_total;
    for (const RiskResult& rr : r.risk_register.risks)
        if (rr.score > s.risk_max) {
            s.risk_max = rr.score;
            s.risk_band = rr.band;
        }
    s.due = r.due;
    return s;
}

CompletionMatrix completion_matrix(const std::vector<PlanSummary>& rows) {
    CompletionMatrix m;
    std::map<std::string, std::size_t> org_index, enabler_index;
    for (const PlanSummary& s : rows) {
        org_index.emplace(s.plan->organisation, 0);
        if (enabler_index.emplace(s.plan->enabler.value, m.enablers.size()).second)
            m.enablers.push_back(s.plan->enabler.value);
    }
    for (auto& [name, index] : org_index) {
        index = m.organisations.size();
        m.organisations.push_back(name);
    }
    m.cells.assign(m.organisations.size(), std::vector<CompletionMatrix::Cell>(m.enablers.size()));
    for (const PlanSummary& s : rows) {
        auto& cell = m.cells[org_index[s.plan->organisation]][enabler_index[s.plan->enabler.value]];
        cell.sum += s.completion;
        ++cell.plans;
    }
    return m;
}

}  // namespace scmplan

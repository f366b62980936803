// The facts an executive summary states about one report: what is behind or
// overdue, which KPIs are met, which risks are at or over the threshold and what
// falls due in the next quarter. Selected from a PlanReport; no text.
#pragma once

#include <optional>
#include <vector>

#include "scmplan/report.hpp"

namespace scmplan {

/// A step (or, for an activity without steps, the activity's end) that falls due.
struct DueItem {
    const Activity* activity = nullptr;
    const Step* step = nullptr;  ///< null: the activity itself ends then
    Date due;
};

struct SummaryFacts {
    std::vector<const ActivityRow*> behind;        ///< counting ones, status behind, id order
    std::vector<const ActivityRow*> overdue;       ///< counting ones, status overdue, id order
    std::vector<const KpiResult*> kpis_met;
    std::vector<const KpiResult*> kpis_not_met;    ///< measured and not met
    std::vector<const KpiResult*> kpis_unmeasured; ///< no value yet
    std::vector<const RiskResult*> risks_over;     ///< score >= threshold, highest score first (then id)
    const RiskResult* risk_highest = nullptr;      ///< the highest score (the first in id order among equals)
    /// Steps due before the report's date and not done by it, but those of
    /// counting activities overdue as a whole (listed as activities), by
    /// due date (then activity id, file order). Any activity, counting or not:
    /// the director's approval of the plan counts toward nothing and matters most.
    std::vector<DueItem> steps_overdue;
    /// The quarter after the report's one (none after quarter 4 or outside the
    /// year), and what falls due in it and is not done by the report's date:
    /// steps of every activity, counting or not, by due date (then activity id,
    /// file order).
    std::optional<DateRange> next_quarter;
    int next_quarter_number = 0;
    std::vector<DueItem> due_next;
};

SummaryFacts summary_facts(const PlanReport& r);

}  // namespace scmplan

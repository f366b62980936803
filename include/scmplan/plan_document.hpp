// The action plan itself as a document (`scmplan plan`): what each of its
// sections shows, computed once from the model, in the published plan's order
// (docs/plan-document.md). No progress is shown: a plan document is the plan
// as approved, so nothing here depends on a date but the plan's own.
#pragma once

#include <optional>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/views.hpp"

namespace scmplan {

/// Section 9: one GAP item and the activities whose `gaps` list it.
struct PlanDocGap {
    const Gap* gap = nullptr;
    std::vector<const Activity*> activities;  ///< in id order
    /// Taken up this year (table 9 lists it): status planned or closed. An
    /// open item is only listed (the activities that address it say so in
    /// table 12.3).
    bool taken_up = false;
};

/// One quarterly report to the director: the quarter, its range and the date
/// it is due (report_due: N working days after the quarter's last day).
struct PlanDocReport {
    int quarter = 0;
    DateRange range;
    Date due;
    std::size_t month = 0;  ///< index into PlanDocument::months of the due date's month
};

/// Section 13: one risk with its position as the plan states it.
struct PlanDocRisk {
    const Risk* risk = nullptr;
    /// The first assessment (by as_of), the "current status" as the plan
    /// states it (later assessments are progress); null when the risk file
    /// has none.
    const Assessment* current = nullptr;
    int current_score = 0;  ///< likelihood × impact of `current`; 0 without it
    const RiskBand* current_band = nullptr;
    std::optional<RiskTarget> target;
};

struct PlanDocument {
    const Plan* plan = nullptr;
    /// The owner unit's full name from the workspace's `units`, or the code.
    std::string owner_name;
    /// Section 8: the baseline, module and total scores computed from the
    /// topics, each with the published figure (ScoreCell::mismatch flags a
    /// published figure that differs).
    ScoreView scores;
    std::vector<PlanDocGap> gaps;  ///< every GAP item, in the plan's order
    int gaps_taken_up = 0;         ///< how many of them table 9 lists
    std::vector<const Activity*> activities;  ///< in id order (tables 12.1–12.3)
    /// Table 12.2's columns: the first day of each month from the earliest
    /// start (the plan's or an activity's) to the latest of the plan's end,
    /// the activities' ends and the last report's due date.
    std::vector<Date> months;
    /// activity_months[i][k]: activity i runs in month k (its period overlaps it).
    std::vector<std::vector<bool>> activity_months;
    std::vector<PlanDocReport> reports;  ///< quarters 1–4
    std::vector<PlanDocRisk> risks;      ///< in id order
    /// The 5×5 risk profile: each risk at its current (first assessed) and
    /// target position.
    RiskRegister risk_profile;
};

/// The document of plan p (a plan of m).
PlanDocument plan_document(const Model& m, const Plan& p);

/// The first days of the months from d0's month to d1's month, inclusive
/// (empty when d1 < d0).
std::vector<Date> months_between(Date d0, Date d1);

}  // namespace scmplan

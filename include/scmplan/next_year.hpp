// Next year's plan drafted from this one (`scmplan init DIR --from PLAN_DIR`):
// the plan, its activities and risks moved by whole years, with everything
// that records progress left out (docs/cli.md, "init --from").
#pragma once

#include <vector>

#include "scmplan/model.hpp"

namespace scmplan {

struct NextYear {
    int from_year = 0;  ///< BE
    int year = 0;       ///< BE
    Plan plan;
    std::vector<Activity> activities;
    std::vector<Risk> risks;
    /// The workspace file's units, rules path and signatures; no holidays
    /// (they change every year).
    WorkspaceFile workspace;
};

/// `d` moved by `years` whole years; 29 February becomes 28 February.
Date shift_years(Date d, int years);

/// The plan `p` of `m` as next year's draft for BE year `year`: the id and
/// title with the old year replaced (or "-YEAR" added to the id), the period
/// and every date of an activity's period, a step's due date and a risk
/// condition's date moved by (year − p.year) years; GAP items not closed by
/// the plan's end carried with their ids and texts (an activity's link to a
/// closed one is dropped); every activity with its steps and target, without
/// done dates, evidence or reports; every risk with its scales, target and
/// its latest assessment as the only one, dated the new period's start; the
/// baseline and KPIs as they are.
NextYear next_year(const Model& m, const Plan& p, int year);

}  // namespace scmplan

// Validation of a loaded model, across files: every rule of docs/format.md.
// Findings are added to a Diagnostics; nothing is printed here.
#pragma once

#include <optional>

#include "scmplan/dates.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

struct CheckOptions {
    /// When set, the current risk levels as of this date are also checked
    /// against the threshold, and steps done after it are reported.
    std::optional<Date> as_of;
    /// Or as of the end of this quarter of each plan (report --quarter N):
    /// only the risk levels are checked then.
    std::optional<int> quarter;
};

/// The rules file (built-in or the workspace's): weights, codes, bands.
void check_rules(const Rules& rules, Diagnostics& diags);

/// Everything: rules, workspace, plans, activities, risks.
void check_model(const Model& model, Diagnostics& diags, const CheckOptions& options = {});

}  // namespace scmplan

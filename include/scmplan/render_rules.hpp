// The rules in force as a commented rules file (scmplan rules).
#pragma once

#include <string>

#include "scmplan/model.hpp"

namespace scmplan {

/// A `kind: rules` file that `scmplan check` accepts and that gives the same
/// rules: every enabler with `extends: none` when `enabler` is empty, else
/// only that enabler (which must be among r.enablers) over the built-in
/// rules (`extends: se-am`), as a start for replacing it. Comments say what
/// each part means and, for an enabler without modules, how to describe them.
std::string render_rules_yaml(const Rules& r, const std::string& enabler = {});

}  // namespace scmplan

// The dated checks (W120–W122), called by check_model when a date is given.
#pragma once

#include <optional>

#include "scmplan/date.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// As of `as_of`, or of the end of `quarter` of each plan; nothing without either.
void check_dated(const Model& m, Diagnostics& d, std::optional<Date> as_of, std::optional<int> quarter);

}  // namespace scmplan

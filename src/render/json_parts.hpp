// JSON pieces shared by the report and the year-end summary.
#pragma once

#include <optional>

#include "scmplan/json_writer.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// The fields text, op, value, unit and actual of an activity's target object
/// (the caller opens and closes the object and adds what else it has).
void json_target_fields(JsonWriter& w, const Activity& a, std::optional<double> actual);

}  // namespace scmplan

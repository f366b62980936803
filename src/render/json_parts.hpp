// JSON pieces shared by the report, the year-end summary and the views.
#pragma once

#include <optional>

#include "scmplan/json_writer.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// The fields text, op, value, unit and actual of an activity's target object
/// (the caller opens and closes the object and adds what else it has).
void json_target_fields(JsonWriter& w, const Activity& a, std::optional<double> actual);

/// The fields that identify plan p: workspace, organisation, enabler, year,
/// plan_title; `enabler` and `year` are left out where the object already has them.
void json_plan_id_fields(JsonWriter& w, const Plan& p, bool has_enabler = false, bool has_year = false);

}  // namespace scmplan

// JSON pieces shared by the report, the year-end summary and the views.
#pragma once

#include <optional>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// The fields text, op, value, unit and actual of an activity's target object
/// (the caller opens and closes the object and adds what else it has).
void json_target_fields(JsonWriter& w, const Activity& a, std::optional<double> actual);

/// The fields that name activity a: id, title, counts.
void json_activity_fields(JsonWriter& w, const Activity& a);

/// The fields that say where plan p belongs: workspace, organisation, enabler,
/// year; `enabler` and `year` are left out where the object already has them.
void json_plan_place_fields(JsonWriter& w, const Plan& p, bool has_enabler = false, bool has_year = false);

/// The fields that identify plan p: its place (json_plan_place_fields), then plan_title.
void json_plan_id_fields(JsonWriter& w, const Plan& p, bool has_enabler = false, bool has_year = false);

/// "completion" and "planned": a plan's percentages, one decimal.
void json_completion_fields(JsonWriter& w, double completion, double planned);

/// "kpis": [{id, measure, value (one decimal for percentages), op, target, met}].
void json_kpis(JsonWriter& w, const std::vector<KpiResult>& kpis);

/// A level as a number, null when unknown (0).
void json_level(JsonWriter& w, std::string_view key, int level);

/// A risk band's English name, null without one.
void json_band(JsonWriter& w, const RiskBand* band);

/// A risk's likelihood, impact (json_level), score, band and over_threshold.
void json_risk_score_fields(JsonWriter& w, const RiskResult& r);

}  // namespace scmplan

// JSON pieces shared by the report, the year-end summary and the views.
#include "json_parts.hpp"

#include "scmplan/render.hpp"

namespace scmplan {

void json_plan_place_fields(JsonWriter& w, const Plan& p, bool has_enabler, bool has_year) {
    w.field("workspace", p.workspace);
    w.field("organisation", p.organisation);
    if (!has_enabler) w.field("enabler", p.enabler.value);
    if (!has_year) w.field("year", p.year.value);
}

void json_plan_id_fields(JsonWriter& w, const Plan& p, bool has_enabler, bool has_year) {
    json_plan_place_fields(w, p, has_enabler, has_year);
    w.field("plan_title", p.title);
}

void json_activity_fields(JsonWriter& w, const Activity& a) {
    w.field("id", a.id.value);
    w.field("title", a.title);
    w.field("counts", a.counts);
}

void json_target_fields(JsonWriter& w, const Activity& a, std::optional<double> actual) {
    w.field("text", a.target.text);
    w.key("op");
    if (a.target.op) w.value(op_text(*a.target.op));
    else w.null();
    w.optional_number("value", a.target.value ? std::optional<double>(a.target.value->value) : std::nullopt);
    w.field("unit", a.target.unit);
    w.optional_number("actual", actual);
}

void json_completion_fields(JsonWriter& w, double completion, double planned) {
    w.key("completion");
    w.number(completion, 1);
    w.key("planned");
    w.number(planned, 1);
}

void json_kpis(JsonWriter& w, const std::vector<KpiResult>& kpis) {
    w.key("kpis");
    w.begin_array();
    for (const auto& k : kpis) {
        w.begin_object();
        w.field("id", k.kpi->id.value);
        w.field("measure", measure_text(k.kpi->measure.value));
        w.key("value");
        if (!k.value) w.null();
        else if (is_percentage(k.kpi->measure.value)) w.number(*k.value, 1);
        else w.number(*k.value);
        w.field("op", op_text(k.kpi->op));
        w.key("target");
        w.number(k.kpi->value.value);
        w.field("met", k.met);
        w.end_object();
    }
    w.end_array();
}

void json_level(JsonWriter& w, std::string_view key, int level) {
    w.key(key);
    if (level) w.value(level);
    else w.null();
}

void json_band(JsonWriter& w, const RiskBand* band) {
    w.key("band");
    if (band) w.value(band->name.in(Lang::en));
    else w.null();
}

void json_risk_score_fields(JsonWriter& w, const RiskResult& r) {
    json_level(w, "likelihood", r.likelihood.level);
    json_level(w, "impact", r.impact.level);
    w.field("score", r.score);
    json_band(w, r.band);
    w.field("over_threshold", r.over_threshold);
}

}  // namespace scmplan

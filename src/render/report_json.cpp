// The report as JSON: one object per plan, names fixed by the contract in docs/cli.md.
#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "json_parts.hpp"

namespace scmplan {

namespace {

void level(JsonWriter& w, std::string_view key, const LevelDecision& d) {
    w.key(key);
    if (d.level) w.value(d.level);
    else w.null();
}

}  // namespace

void json_plan_id_fields(JsonWriter& w, const Plan& p, bool has_enabler, bool has_year) {
    w.field("workspace", p.workspace);
    w.field("organisation", p.organisation);
    if (!has_enabler) w.field("enabler", p.enabler.value);
    if (!has_year) w.field("year", p.year.value);
    w.field("plan_title", p.title);
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

std::string render_report_json(const std::vector<PlanReport>& reports, const Model& m) {
    JsonWriter w;
    w.begin_array();
    for (const auto& r : reports) {
        const Plan& p = *r.plan;
        w.begin_object();
        w.field("plan", p.id.value);
        json_plan_id_fields(w, p);
        w.key("quarter");
        if (r.quarter) w.value(r.quarter);
        else w.null();
        w.field("as_of", format_iso(r.as_of));
        w.key("due");
        if (r.due) w.value(format_iso(*r.due));
        else w.null();
        w.key("completion");
        w.number(r.completion, 1);
        w.key("planned");
        w.number(r.planned, 1);

        w.key("activities");
        w.begin_array();
        for (const auto& row : r.activities) {
            const Activity& a = *row.activity;
            w.begin_object();
            w.field("id", a.id.value);
            w.field("title", a.title);
            w.field("counts", a.counts);
            w.key("actual_pct");
            w.number(row.actual, 1);
            w.key("planned_pct");
            w.number(row.planned, 1);
            w.field("status", status_text(row.status));
            w.key("target");
            w.begin_object();
            json_target_fields(w, a, row.target.actual);
            w.optional_bool("met", row.target.met);
            w.end_object();
            w.end_object();
        }
        w.end_array();

        w.key("kpis");
        w.begin_array();
        for (const auto& k : r.kpis) {
            w.begin_object();
            w.field("id", k.kpi->id.value);
            w.field("measure", measure_text(k.kpi->measure.value));
            w.key("value");
            if (!k.value) w.null();
            else if (k.kpi->measure.value == Measure::completion || k.kpi->measure.value == Measure::on_time)
                w.number(*k.value, 1);
            else w.number(*k.value);
            w.field("op", op_text(k.kpi->op));
            w.key("target");
            w.number(k.kpi->value.value);
            w.field("met", k.met);
            w.end_object();
        }
        w.end_array();

        w.key("gaps");
        w.begin_object();
        w.field("total", r.gaps_total);
        w.field("closed", r.gaps_closed);
        w.end_object();

        w.key("risks");
        w.begin_array();
        for (const auto& rr : r.risks) {
            w.begin_object();
            w.field("id", rr.risk->id.value);
            level(w, "likelihood", rr.likelihood);
            level(w, "impact", rr.impact);
            w.field("score", rr.score);
            w.key("band");
            if (rr.band) w.value(rr.band->name.in(Lang::en));
            else w.null();
            w.field("over_threshold", rr.over_threshold);
            w.field("derived", rr.derived);
            // How each level was set, e.g. "level 2: projected: activity A01 not done; …".
            w.key("explanation");
            w.begin_object();
            w.field("likelihood", explain_level(rr.likelihood, r.as_of, Lang::en));
            w.field("impact", explain_level(rr.impact, r.as_of, Lang::en));
            w.end_object();
            w.end_object();
        }
        w.end_array();
        (void)m;
        w.end_object();
    }
    w.end_array();
    return w.str();
}

}  // namespace scmplan

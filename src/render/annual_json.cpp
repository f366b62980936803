// The year-end summary (report --annual) as JSON.
#include "scmplan/json_writer.hpp"
#include "scmplan/render_annual.hpp"
#include "json_parts.hpp"

namespace scmplan {

namespace {

void json_year_end(JsonWriter& w, const YearEnd& y) {
    w.field("as_of", format_iso(y.as_of));
    json_completion_fields(w, y.completion, y.planned);
    w.field("counting", y.counting);
    w.field("activities_done", y.activities_done);
    json_kpis(w, y.kpis);
    w.key("gaps");
    w.begin_object();
    w.field("total", y.gaps_total);
    w.field("taken_up", y.gaps_taken_up);
    w.field("closed", static_cast<int>(y.gaps_closed.size()));
    w.key("closed_items");
    w.begin_array();
    for (const Gap* g : y.gaps_closed) {
        w.begin_object();
        w.field("id", g->id.value);
        w.field("closed", format_iso(g->closed->value));
        w.field("text", g->text);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void json_risk_point(JsonWriter& w, const RiskPoint& p) {
    w.begin_object();
    w.key("quarter");
    if (p.quarter) w.value(p.quarter);
    else w.null();
    w.field("as_of", format_iso(p.as_of));
    json_risk_score_fields(w, p.result);
    w.end_object();
}

void json_activity_point(JsonWriter& w, const CompletionPoint& c) {
    w.begin_object();
    w.key("quarter");
    if (c.quarter) w.value(c.quarter);
    else w.null();
    w.field("as_of", format_iso(c.as_of));
    w.key("planned_pct");
    w.number(c.planned, 1);
    w.key("actual_pct");
    w.number(c.actual, 1);
    w.field("status", status_text(c.status));
    w.optional_number("target_actual", c.target.actual);
    w.optional_bool("target_met", c.target.met);
    w.end_object();
}

}  // namespace

// One object per plan:
//   plan, year (BE), start, end, as_of (the plan's end), completion, planned,
//   counting, activities_done, kpis[] (as in report), gaps {total, closed,
//   closed_items[] {id, closed, text}}: the year end, as in YearEnd;
//   quarters[] {quarter, as_of, planned_pct, actual_pct}: the plan per quarter;
//   activities[] {id, title, counts, quarters[], year_end, target {text, op,
//   value, unit, actual, quarter, met}}, where quarters[] and year_end are
//   {quarter (null at the end), as_of, planned_pct, actual_pct, status,
//   target_actual, target_met};
//   risks[] {id, title, quarters[], year_end}, each point {quarter, as_of,
//   likelihood, impact, score, band, over_threshold};
//   notes[] {activity, quarter, problems, suggestions} ("" when absent);
//   previous: null, or {plan, year, ...the year-end fields above}.
std::string render_annual_json(const std::vector<AnnualReport>& reports, const Model& m) {
    (void)m;
    JsonWriter w;
    w.begin_array();
    for (const auto& r : reports) {
        const Plan& p = *r.plan;
        w.begin_object();
        w.field("plan", p.id.value);
        w.field("year", p.year.value);
        json_plan_id_fields(w, p, false, true);
        w.field("start", format_iso(p.start.value));
        w.field("end", format_iso(p.end.value));
        json_year_end(w, r.year_end);

        w.key("quarters");
        w.begin_array();
        for (const auto& c : r.quarters) {
            w.begin_object();
            w.field("quarter", c.quarter);
            w.field("as_of", format_iso(c.as_of));
            w.key("planned_pct");
            w.number(c.planned, 1);
            w.key("actual_pct");
            w.number(c.actual, 1);
            w.end_object();
        }
        w.end_array();

        w.key("activities");
        w.begin_array();
        for (const auto& aa : r.activities) {
            const Activity& a = *aa.activity;
            w.begin_object();
            json_activity_fields(w, a);
            w.key("quarters");
            w.begin_array();
            for (const auto& c : aa.quarters) json_activity_point(w, c);
            w.end_array();
            w.key("year_end");
            json_activity_point(w, aa.year_end);
            w.key("target");
            w.begin_object();
            json_target_fields(w, a, aa.target.actual);
            w.key("quarter");
            if (aa.target_quarter) w.value(aa.target_quarter);
            else w.null();
            w.optional_bool("met", aa.target.met);
            w.end_object();
            w.end_object();
        }
        w.end_array();

        w.key("risks");
        w.begin_array();
        for (const auto& ar : r.risks) {
            w.begin_object();
            w.field("id", ar.risk->id.value);
            w.field("title", ar.risk->title);
            w.key("quarters");
            w.begin_array();
            for (const auto& q : ar.quarters) json_risk_point(w, q);
            w.end_array();
            w.key("year_end");
            json_risk_point(w, ar.year_end);
            w.end_object();
        }
        w.end_array();

        w.key("notes");
        w.begin_array();
        for (const auto& aa : r.activities)
            for (const auto& n : aa.notes) {
                w.begin_object();
                w.field("activity", aa.activity->id.value);
                w.field("quarter", n.quarter);
                w.field("problems", n.report->problems);
                w.field("suggestions", n.report->suggestions);
                w.end_object();
            }
        w.end_array();

        w.key("previous");
        if (!r.previous) w.null();
        else {
            w.begin_object();
            w.field("plan", r.previous->plan->id.value);
            w.field("year", r.previous->plan->year.value);
            json_plan_id_fields(w, *r.previous->plan, false, true);
            json_year_end(w, *r.previous);
            w.end_object();
        }
        w.end_object();
    }
    w.end_array();
    return w.str();
}

}  // namespace scmplan

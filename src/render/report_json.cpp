// The report as JSON: one object per plan, names fixed by the contract in docs/cli.md.
#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "json_parts.hpp"

namespace scmplan {

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
        json_completion_fields(w, r.completion, r.planned);

        w.key("activities");
        w.begin_array();
        for (const auto& row : r.activities) {
            const Activity& a = *row.activity;
            w.begin_object();
            json_activity_fields(w, a);
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

        json_kpis(w, r.kpis);

        w.key("gaps");
        w.begin_object();
        w.field("total", r.gaps_total);
        w.field("taken_up", r.gaps_taken_up);
        w.field("closed", static_cast<int>(r.gaps_closed.size()));
        w.end_object();

        w.key("risks");
        w.begin_array();
        for (const auto& rr : r.risk_register.risks) {
            w.begin_object();
            w.field("id", rr.risk->id.value);
            json_risk_score_fields(w, rr);
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

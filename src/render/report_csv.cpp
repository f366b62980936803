// The report as CSV or TSV: one row per activity, columns fixed by the contract in docs/cli.md.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"

namespace scmplan {

namespace {

const char* const columns =
    "plan,quarter,as_of,activity,title,group,counts,owners,start,end,planned_pct,actual_pct,status,"
    "target_op,target_value,target_unit,target_actual,target_met,note,problems,suggestions";

}  // namespace

std::string render_report_csv(const std::vector<PlanReport>& reports, const RenderOptions& o) {
    std::string out = table_header(std::string(columns) + "," + plan_id_columns(), o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    for (const auto& r : reports) {
        for (const auto& row : r.activities) {
            const Activity& a = *row.activity;
            std::string owners;
            for (const auto& w : a.owners) owners += (owners.empty() ? "" : ";") + w.value;
            std::vector<std::string> cells = {
                f(r.plan->id.value),
                r.quarter ? std::to_string(r.quarter) : "",
                format_iso(r.as_of),
                f(a.id.value),
                f(a.title),
                f(a.group),
                a.counts ? "true" : "false",
                f(owners),
                format_iso(a.start.value),
                format_iso(a.end.value),
                format_pct(row.planned),
                format_pct(row.actual),
                status_text(row.status),
                a.target.op ? f(op_text(*a.target.op)) : "",
                a.target.value ? format_number(a.target.value->value) : "",
                f(a.target.unit),
                row.target.actual ? format_number(*row.target.actual) : "",
                row.target.met ? (*row.target.met ? "true" : "false") : "",
                row.report ? f(row.report->note) : "",
                row.report ? f(row.report->problems) : "",
                row.report ? f(row.report->suggestions) : "",
            };
            append_plan_id(cells, *r.plan, o);
            out += table_row(cells, o);
        }
    }
    return out;
}

}  // namespace scmplan

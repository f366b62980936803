// scmplan gaps: GAP items × activities traceability as of a date.
#include "commands_views.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_gaps(const Invocation& inv, Output& out) {
    auto sel = select_plans(inv, out, "md");
    if (!sel) return out.exit_code;
    std::vector<std::string> parts;
    for (const WorkspacePlans& w : sel->chosen) {
        std::vector<GapsView> views;
        for (const Plan* p : w.plans) views.push_back(gaps_view(*w.model, *p, sel->as_of));
        if (sel->format == "csv" || sel->format == "tsv") parts.push_back(render_gaps_csv(views, sel->render));
        else if (sel->format == "json") parts.push_back(render_gaps_json(views));
        else parts.push_back(render_gaps_md(views, sel->render));
    }
    out.out = join_outputs(sel->format, parts);
    return exit_ok;
}

}  // namespace

CommandSpec gaps_command() {
    return with_filters({"gaps",
            "GAP items and the activities that address them: coverage, completion, the gaps_closed KPI",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, tsv or json", {"md", "csv", "tsv", "json"}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_gaps,
            true,
            {{"scmplan gaps", "GAP items x activities: what is covered, what is not"},
             {"scmplan gaps --format csv --excel -o gaps.csv", "the same as CSV for a spreadsheet"}}});
}

}  // namespace scmplan::cli

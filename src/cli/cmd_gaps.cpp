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
    std::vector<GapsView> views;
    for (const Plan* p : sel->plans) views.push_back(gaps_view(sel->loaded.model, *p, sel->as_of));

    if (sel->format == "csv") out.out = render_gaps_csv(views, sel->render);
    else if (sel->format == "json") out.out = render_gaps_json(views);
    else out.out = render_gaps_md(views, sel->render);
    return exit_ok;
}

}  // namespace

CommandSpec gaps_command() {
    return {"gaps",
            "GAP items and the activities that address them: coverage, completion, the gaps_closed KPI",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv or json", {"md", "csv", "json"}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_gaps,
            true,
            {{"scmplan gaps", "GAP items x activities: what is covered, what is not"},
             {"scmplan gaps --format csv --excel -o gaps.csv", "the same as CSV for a spreadsheet"}}};
}

}  // namespace scmplan::cli

// scmplan gaps: GAP items × activities traceability as of a date.
#include "commands_views.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_gaps(const Invocation& inv, Output& out) {
    auto sel = select_plans(inv, out, "md");
    if (!sel) return out.exit_code;
    std::vector<GapsView> views;
    for (const Plan* p : sel->plans) views.push_back(gaps_view(sel->loaded.model, *p, sel->as_of));

    const RenderOptions& o = sel->render;
    return render_output({{"md", always([&] { return render_gaps_md(views, o); })},
                          {"csv", always([&] { return render_gaps_csv(views, o); })},
                          {"json", always([&] { return render_gaps_json(views); })},
                          {"xlsx", xlsx([&] { return gaps_workbook(views, o); })},
                          {"html", always([&] { return render_workbook_html(gaps_workbook(views, o), {}, {}); })}},
                         sel->format, out);
}

}  // namespace

CommandSpec gaps_command() {
    return {"gaps",
            "GAP items and the activities that address them: coverage, completion, the gaps_closed KPI",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, json, xlsx or html", {"md", "csv", "json", "xlsx", "html"}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_quiet()},
            run_gaps};
}

}  // namespace scmplan::cli

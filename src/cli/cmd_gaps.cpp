// scmplan gaps: GAP items × activities traceability as of a date.
#include "commands.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

Output run_gaps(const Invocation& inv) {
    Output out;
    auto sel = select_plans(inv, out);
    if (!sel) return out;
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            auto views = std::make_shared<std::vector<GapsView>>();
            for (const Plan* p : w.plans) views->push_back(gaps_view(*w.model, *p, sel->as_of));
            return std::vector<FormatEntry>{
                {Format::md, always([views, &o] { return render_gaps_md(*views, o); })},
                {Format::csv, always([views, &o] { return render_gaps_csv(*views, o); })},
                {Format::tsv, always([views, &o] { return render_gaps_csv(*views, o); })},
                {Format::json, always([views] { return render_gaps_json(*views); })},
                {Format::xlsx, xlsx([views, &o] { return gaps_workbook(*views, o); })},
                {Format::html, always([views, &o] { return render_workbook_html(gaps_workbook(*views, o), {}, {}); })}};
        },
        sel->format, out);
}

}  // namespace

CommandSpec gaps_command() {
    return with_filters({"gaps",
            "GAP items and the activities that address them: coverage, completion, the gaps_closed KPI",
            {opt_as_of(),
             opt_plan(),
             format_option("gaps"),
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

// scmplan summary: one row per plan over every workspace given, and the
// organisation × enabler matrix of completion.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_summary.hpp"
#include "scmplan/summary.hpp"

namespace scmplan::cli {

namespace {

Output run_summary(const Invocation& inv) {
    Output out;
    std::optional<ReportDate> when;
    if (!read_report_date(inv, out, when)) return out;
    ReportRequest req;
    // --quarter, --as-of, or --annual (each plan as of its own end); none of
    // them: as of today, like status.
    req.date = when.value_or(ReportDate::on(inv.env.today));
    const Format format = inv.format;
    const std::optional<RenderOptions> options = render_options(inv, out);
    if (!options) return out;
    auto filter = read_filter(inv, out);
    if (!filter) return out;

    auto loaded = load_checked(inv, out, req.date);
    if (!loaded) return out;
    auto chosen = choose_plans(*loaded, *filter, out);
    if (!chosen) return out;
    if (req.date.kind == ReportDate::Kind::quarter && !quarter_unambiguous(*chosen, *filter, out))
        return out.ending(exit_usage);

    std::vector<PlanSummary> rows;
    for (const WorkspacePlans& w : *chosen)
        for (const PlanReport& r : chosen_reports(w, req)) rows.push_back(summarize(r));
    const RenderOptions& o = *options;
    if (format == Format::csv || format == Format::tsv) out.out = render_summary_csv(rows, o);
    else if (format == Format::json) out.out = render_summary_json(rows);
    else if (format == Format::svg) out.out = render_matrix_svg(completion_matrix(rows), o);
    else out.out = render_summary_md(rows, o);
    return out;
}

}  // namespace

CommandSpec summary_command() {
    return with_filters(
        {"summary",
         "one row per plan over every workspace: completion, activities, KPIs, gaps, top risk, report due",
         {{"--quarter", "", "N", "as of the last day of quarter N (1-4) of each plan's year", {}, Complete::quarters},
          opt_as_of(),
          {"--annual", "", "", "as of each plan's end", {}},
          opt_plan(),
          format_option("summary", ": the table and the organisation × enabler matrix",
                        {{Format::svg, "the matrix as a heat map"}}),
          opt_lang(),
          opt_excel(),
          opt_output(),
          opt_color(),
          opt_quiet()},
         run_summary,
         true,
         {{"scmplan summary --year 2566 --quarter 2", "one row per plan as of quarter 2 of 2566, and the matrix"},
          {"scmplan summary --annual --format tsv", "every plan at its year end, for awk, cut and sort"},
          {"scmplan summary --quarter 2 --format svg -o matrix.svg", "the organisation x enabler heat map"}}});
}

}  // namespace scmplan::cli

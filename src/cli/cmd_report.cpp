// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_report(const Invocation& inv, Output& out) {
    ReportRequest req;
    if (!read_report_date(inv, out, req)) return out.exit_code;
    const bool annual = inv.flag("--annual");
    if (!req.quarter && !req.as_of && !annual)
        return usage(out, "say which report: --quarter N, --as-of DATE or --annual",
                     "e.g. scmplan report --quarter 2");
    std::string format = inv.value("--format").value_or("md");
    if (inv.flag("--excel") && format != "csv") return usage(out, "--excel applies to --format csv only");
    const bool embed = inv.flag("--embed");
    if (embed && format != "md") return usage(out, "--embed applies to --format md only");
    if (embed && annual) return usage(out, "--embed applies to --quarter and --as-of reports, not --annual");
    auto filter = read_filter(inv, out);
    if (!filter) return out.exit_code;

    auto loaded = load_checked(inv, out, req.as_of, req.quarter);
    if (!loaded) return out.exit_code;
    auto chosen = choose_plans(*loaded, *filter, out);
    if (!chosen) return out.exit_code;
    if (req.quarter && !quarter_unambiguous(*chosen, *filter, out)) return exit_usage;
    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.excel = inv.flag("--excel");
    o.tsv = format == "tsv";
    std::vector<std::string> parts;
    for (const WorkspacePlans& w : *chosen) {
        const Model& m = *w.model;
        if (annual) {
            std::vector<AnnualReport> annuals;
            for (const Plan* p : w.plans) {
                auto one = build_annual_reports(m, p->id.value, inv.env.today);
                annuals.insert(annuals.end(), one.begin(), one.end());
            }
            if (format == "csv" || format == "tsv") parts.push_back(render_annual_csv(annuals, o));
            else if (format == "json") parts.push_back(render_annual_json(annuals, m));
            else parts.push_back(render_annual_md(annuals, m, o));
            continue;
        }
        std::vector<PlanReport> reports = chosen_reports(w, req);
        if (format == "csv" || format == "tsv") parts.push_back(render_report_csv(reports, o));
        else if (format == "json") parts.push_back(render_report_json(reports, m));
        else if (embed) {
            // The timeline and the heat map of each plan, as of the report's date.
            std::vector<std::string> embeds;
            for (const PlanReport& r : reports) {
                Timeline t = build_timeline(m, *r.plan, r.as_of);
                HeatMap map = heat_map(r.risks, m.rules);
                embeds.push_back(render_report_embed(t, r.risks.empty() ? nullptr : &map, m, o));
            }
            parts.push_back(render_report_md_embedded(reports, m, o, embeds));
        } else parts.push_back(render_report_md(reports, m, o));
    }
    out.out = join_outputs(format, parts);
    return exit_ok;
}

}  // namespace

CommandSpec report_command() {
    return with_filters({"report",
            "the quarterly report to the director: completion, status, targets, KPIs, gaps, risks, problems",
            {{"--quarter", "", "N", "report on quarter N (1-4) of the plan's year, as of its last day", {}, Complete::quarters},
             opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, tsv or json", {"md", "csv", "tsv", "json"}},
             opt_lang(),
             {"--annual", "", "", "the year-end summary: per quarter, KPIs, targets, gaps, risk trend, previous year", {}},
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             {"--embed", "", "", "Markdown only: add the Mermaid timeline and the risk heat map", {}},
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_report,
            true,
            {{"scmplan report --quarter 2 -o q2.md", "the quarter 2 report to the director, Thai Markdown, into q2.md"},
             {"scmplan report --as-of 2023-08-15 --lang en --format csv", "as of a date, English labels, as CSV"},
             {"scmplan report --annual --plan fio-scm-2566", "the year-end summary of one plan"}}});
}

}  // namespace scmplan::cli

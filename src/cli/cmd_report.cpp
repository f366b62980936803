// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include <filesystem>

#include "common.hpp"
#include "formats.hpp"
#include "scmplan/docx.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

/// A docx renderer: its error says which file could not be made.
template <class F>
Render docx(F f) {
    return [f](std::string& error) -> std::optional<std::string> {
        std::optional<std::string> bytes = f(error);
        if (!bytes) error = "cannot make the docx file: " + error;
        return bytes;
    };
}

Output run_report(const Invocation& inv) {
    Output out;
    std::optional<ReportDate> when;
    if (!read_report_date(inv, out, when)) return out;
    if (!when)
        return usage(out, "say which report: --quarter N, --as-of DATE or --annual",
                     "e.g. scmplan report --quarter 2");
    ReportRequest req;
    req.date = *when;
    const bool annual = req.date.kind == ReportDate::Kind::annual;
    const Format format = inv.format;
    const std::optional<RenderOptions> options = render_options(inv, out);
    if (!options) return out;
    const bool embed = inv.flag("--embed");
    if (embed && format != Format::md) return usage(out, "--embed applies to --format md only");
    if (embed && annual) return usage(out, "--embed applies to --quarter and --as-of reports, not --annual");
    if (inv.flag("--no-memo") && format != Format::docx && format != Format::html)
        return usage(out, "--no-memo applies to --format docx and html only");
    auto filter = read_filter(inv, out);
    if (!filter) return out;
    const Charts charts_kind = inv.charts.value_or(Charts::mermaid);
    if (inv.charts && !embed) return usage(out, "--charts applies with --embed");
    const std::optional<std::string> output = inv.value("--output");
    if (charts_kind == Charts::files && !output)
        return usage(out, "--charts files writes the pictures beside -o FILE: give -o", "or --charts data-uri");

    auto loaded = load_checked(inv, out, req.date);
    if (!loaded) return out;
    auto chosen = choose_plans(*loaded, *filter, out);
    if (!chosen) return out;
    if (req.date.kind == ReportDate::Kind::quarter && !quarter_unambiguous(*chosen, *filter, out))
        return out.ending(exit_usage);
    RenderOptions o = *options;
    o.memo = !inv.flag("--no-memo");
    return render_each(
        *chosen,
        [&](const WorkspacePlans& w) -> std::vector<FormatEntry> {
            const Model& m = *w.model;
            if (annual) {
                auto annuals = std::make_shared<std::vector<AnnualReport>>();
                for (const Plan* p : w.plans) {
                    auto one = build_annual_reports(m, p->id.value, inv.env.today);
                    annuals->insert(annuals->end(), one.begin(), one.end());
                }
                return {{Format::md, always([annuals, &m, &o] { return render_annual_md(*annuals, m, o); })},
                        {Format::csv, always([annuals, &o] { return render_annual_csv(*annuals, o); })},
                        {Format::tsv, always([annuals, &o] { return render_annual_csv(*annuals, o); })},
                        {Format::json, always([annuals, &m] { return render_annual_json(*annuals, m); })},
                        {Format::xlsx, xlsx([annuals, &o] { return annual_workbook(*annuals, o); })},
                        {Format::html, always([annuals, &o] {
                             // Each plan's opening paragraph, escaped with the page.
                             std::vector<std::string> intro;
                             for (const AnnualReport& a : *annuals)
                                 intro.push_back(
                                     annual_opening(a, o.lang, [](std::string_view t) { return std::string(t); }));
                             return render_workbook_html(annual_workbook(*annuals, o), intro, {});
                         })},
                        {Format::docx, docx([annuals, &m, &o](std::string& error) {
                             return docx_file(render_annual_docx(*annuals, m, o), error);
                         })}};
            }
            auto reports = std::make_shared<std::vector<PlanReport>>(chosen_reports(w, req));
            auto charts = [reports, &m, &o] { return render_report_charts(report_chart_data(m, *reports), m, o); };
            // The timeline and the heat map of each plan, as of the report's date: as
            // Mermaid and a table, or as SVG pictures beside the file or inside it.
            auto embedded_md = [reports, charts, &m, &o, &out, &charts_kind, &output] {
                std::vector<std::string> embeds;
                if (charts_kind == Charts::mermaid) {
                    for (const ReportChartData& d : report_chart_data(m, *reports))
                        embeds.push_back(render_report_embed(d, m, o));
                    return render_report_md_embedded(*reports, m, o, embeds);
                }
                std::vector<ReportCharts> pictures = charts();
                for (std::size_t i = 0; i < reports->size(); ++i) {
                    const PlanReport& r = (*reports)[i];
                    std::vector<MdImage> images;
                    auto add = [&](const Picture& picture, const char* suffix) {
                        const std::string& svg = picture.svg;
                        if (svg.empty()) return;
                        std::string target = svg_data_uri(svg);
                        if (charts_kind == Charts::files) {
                            std::filesystem::path md(*output);
                            std::string name =
                                fmt::format("{}-{}-{}.svg", md.stem().string(), r.plan->id.value, suffix);
                            out.files.emplace_back((md.parent_path() / name).string(), svg);
                            target = name;
                        }
                        images.push_back({picture.caption, target});
                    };
                    add(pictures[i].timeline, "timeline");
                    add(pictures[i].heat_map, "risks");
                    embeds.push_back(render_report_embed_images(images));
                }
                return render_report_md_embedded(*reports, m, o, embeds);
            };
            return {{Format::md, always([reports, embedded_md, embed, &m, &o] {
                         return embed ? embedded_md() : render_report_md(*reports, m, o);
                     })},
                    {Format::csv, always([reports, &o] { return render_report_csv(*reports, o); })},
                    {Format::tsv, always([reports, &o] { return render_report_csv(*reports, o); })},
                    {Format::json, always([reports, &m] { return render_report_json(*reports, m); })},
                    {Format::xlsx, xlsx([reports, &o] { return report_workbook(*reports, o); })},
                    {Format::html, always([reports, charts, &m, &o] { return render_report_html(*reports, m, o, charts()); })},
                    {Format::docx, docx([reports, &m, &o](std::string& error) {
                         return docx_file(render_report_docx(*reports, report_chart_data(m, *reports), m, o), error);
                     })}};
        },
        format, out);
}

}  // namespace

CommandSpec report_command() {
    return with_filters({"report",
            "the quarterly report to the director: completion, status, targets, KPIs, gaps, risks, problems",
            {{"--quarter", "", "N", "report on quarter N (1-4) of the plan's year, as of its last day", {}, Complete::quarters},
             opt_as_of(),
             opt_plan(),
             format_option("report", "", {{Format::docx, "Word; also chosen by -o FILE.docx"}}),
             opt_lang(),
             {"--annual", "", "", "the year-end summary: per quarter, KPIs, targets, gaps, risk trend, previous year", {}},
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             {"--embed", "", "", "Markdown only: add the Mermaid timeline and the risk heat map", {}},
             {"--no-memo", "", "", "Word and HTML: leave out the memo page in front of the report", {}},
             opt_charts(),
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

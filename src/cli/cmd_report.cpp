// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include <filesystem>

#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_report(const Invocation& inv, Output& out) {
    ReportRequest req;
    if (auto q = inv.value("--quarter")) {
        if (q->size() != 1 || (*q)[0] < '1' || (*q)[0] > '4')
            return usage(out, fmt::format("--quarter must be 1, 2, 3 or 4, not '{}'", *q));
        req.quarter = (*q)[0] - '0';
    }
    req.as_of = parse_as_of(inv, out);
    if (out.exit_code) return out.exit_code;
    const bool annual = inv.flag("--annual");
    if (annual && (req.quarter || req.as_of))
        return usage(out, "give one of --quarter, --as-of and --annual, not several");
    if (req.quarter && req.as_of) return usage(out, "give --quarter or --as-of, not both");
    if (!req.quarter && !req.as_of && !annual)
        return usage(out, "say which report: --quarter N or --as-of DATE", "e.g. scmplan report --quarter 2");
    req.plan_id = inv.value("--plan").value_or("");
    std::string format = inv.value("--format").value_or("md");
    if (inv.flag("--excel") && format != "csv") return usage(out, "--excel applies to --format csv only");
    const bool embed = inv.flag("--embed");
    if (embed && format != "md") return usage(out, "--embed applies to --format md only");
    if (embed && annual) return usage(out, "--embed applies to --quarter and --as-of reports, not --annual");
    const std::string charts_kind = inv.value("--charts").value_or("mermaid");
    if (inv.value("--charts") && !embed) return usage(out, "--charts applies with --embed");
    const std::optional<std::string> output = inv.value("--output");
    if (charts_kind == "files" && !output)
        return usage(out, "--charts files writes the pictures beside -o FILE: give -o", "or --charts data-uri");

    auto loaded = load_checked(inv, out, req.as_of, req.quarter);
    if (!loaded) return out.exit_code;
    const Model& m = loaded->model;
    if (!plan_exists(m, req.plan_id, out)) return exit_usage;
    if (m.plans.empty()) {
        out.err += "scmplan: error: the workspace has no plan\n";
        return exit_data_error;
    }
    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.excel = inv.flag("--excel");
    if (annual) {
        auto annuals = build_annual_reports(m, req.plan_id, inv.env.today);
        return render_output({{"md", always([&] { return render_annual_md(annuals, m, o); })},
                              {"csv", always([&] { return render_annual_csv(annuals, o); })},
                              {"json", always([&] { return render_annual_json(annuals, m); })},
                              {"xlsx", xlsx([&] { return annual_workbook(annuals, o); })},
                              {"html", always([&] {
                                   // Each plan's opening paragraph, escaped with the page.
                                   std::vector<std::string> intro;
                                   for (const AnnualReport& a : annuals)
                                       intro.push_back(annual_opening(a, o.lang, [](std::string_view t) {
                                           return std::string(t);
                                       }));
                                   return render_workbook_html(annual_workbook(annuals, o), intro, {});
                               })}},
                             format, out);
    }
    auto reports = build_reports(m, req);
    auto charts = [&] {
        std::vector<ReportCharts> list;
        for (const PlanReport& r : reports) {
            RiskRegister reg{r.plan, r.as_of, r.risks, heat_map(r.risks, m.rules)};
            list.push_back({render_gantt_svg(build_timeline(m, *r.plan, r.as_of), o),
                            r.risks.empty() ? std::string() : render_risk_svg({reg}, m, o)});
        }
        return list;
    };
    // The timeline and the heat map of each plan, as of the report's date: as
    // Mermaid and a table, or as SVG pictures beside the file or inside it.
    auto embedded_md = [&] {
        std::vector<std::string> embeds;
        std::vector<ReportCharts> pictures = charts_kind == "mermaid" ? std::vector<ReportCharts>() : charts();
        for (std::size_t i = 0; i < reports.size(); ++i) {
            const PlanReport& r = reports[i];
            if (charts_kind == "mermaid") {
                Timeline t = build_timeline(m, *r.plan, r.as_of);
                HeatMap map = heat_map(r.risks, m.rules);
                embeds.push_back(render_report_embed(t, r.risks.empty() ? nullptr : &map, m, o));
                continue;
            }
            std::vector<MdImage> images;
            auto add = [&](const char* caption_key, const char* suffix, const std::string& svg) {
                if (svg.empty()) return;
                std::string target = svg_data_uri(svg);
                if (charts_kind == "files") {
                    std::filesystem::path md(*output);
                    std::string name = fmt::format("{}-{}-{}.svg", md.stem().string(), r.plan->id.value, suffix);
                    out.files.emplace_back((md.parent_path() / name).string(), svg);
                    target = name;
                }
                images.push_back({label(caption_key, o.lang), target});
            };
            add("gantt.embed.title", "timeline", pictures[i].timeline_svg);
            add("views.risk.map", "risks", pictures[i].heat_map_svg);
            embeds.push_back(render_report_embed_images(images));
        }
        return render_report_md_embedded(reports, m, o, embeds);
    };
    return render_output({{"md", always([&] { return embed ? embedded_md() : render_report_md(reports, m, o); })},
                          {"csv", always([&] { return render_report_csv(reports, o); })},
                          {"json", always([&] { return render_report_json(reports, m); })},
                          {"xlsx", xlsx([&] { return report_workbook(reports, o); })},
                          {"html", always([&] { return render_report_html(reports, m, o, charts()); })}},
                         format, out);
}

}  // namespace

CommandSpec report_command() {
    return {"report",
            "the quarterly report to the director: completion, status, targets, KPIs, gaps, risks, problems",
            {{"--quarter", "", "N", "report on quarter N (1-4) of the plan's year, as of its last day", {}},
             opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, json, xlsx or html", {"md", "csv", "json", "xlsx", "html"}},
             opt_lang(),
             {"--annual", "", "", "the year-end summary: per quarter, KPIs, targets, gaps, risk trend, previous year", {}},
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             {"--embed", "", "", "Markdown only: add the Mermaid timeline and the risk heat map", {}},
             {"--charts", "", "KIND",
              "with --embed: mermaid (default; and the heat map as a table), files (SVG pictures beside -o FILE) "
              "or data-uri (SVG pictures inside the Markdown)",
              {"mermaid", "files", "data-uri"}},
             opt_output(),
             opt_quiet()},
            run_report};
}

}  // namespace scmplan::cli

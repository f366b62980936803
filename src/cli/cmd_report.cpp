// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include "common.hpp"
#include "scmplan/docx.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

using Bytes = std::optional<std::string>;

/// What each --format writes, for the quarterly (or as-of) report and for the
/// year-end summary. Text formats cannot fail; docx can (a picture, the zip).
struct ReportFormat {
    std::string_view name;
    Bytes (*quarterly)(const std::vector<PlanReport>&, const Model&, const RenderOptions&, std::string& error);
    Bytes (*annual)(const std::vector<AnnualReport>&, const Model&, const RenderOptions&, std::string& error);
};

const ReportFormat report_formats[] = {
    {"md", [](const std::vector<PlanReport>& r, const Model& m, const RenderOptions& o, std::string&) -> Bytes {
         return render_report_md(r, m, o); },
     [](const std::vector<AnnualReport>& r, const Model& m, const RenderOptions& o, std::string&) -> Bytes {
         return render_annual_md(r, m, o); }},
    {"csv", [](const std::vector<PlanReport>& r, const Model&, const RenderOptions& o, std::string&) -> Bytes {
         return render_report_csv(r, o); },
     [](const std::vector<AnnualReport>& r, const Model&, const RenderOptions& o, std::string&) -> Bytes {
         return render_annual_csv(r, o); }},
    {"json", [](const std::vector<PlanReport>& r, const Model& m, const RenderOptions&, std::string&) -> Bytes {
         return render_report_json(r, m); },
     [](const std::vector<AnnualReport>& r, const Model& m, const RenderOptions&, std::string&) -> Bytes {
         return render_annual_json(r, m); }},
    {"docx", report_docx, annual_docx},
};

const ReportFormat* find_format(std::string_view name) {
    for (const auto& f : report_formats)
        if (f.name == name) return &f;
    return &report_formats[0];  // CLI11 admits only the names of the table
}

/// The Markdown report with each plan's timeline and heat map (--embed).
std::string embedded_md(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o) {
    std::vector<std::string> embeds;
    for (const PlanReport& r : reports) {
        Timeline t = build_timeline(m, *r.plan, r.as_of);
        HeatMap map = heat_map(r.risks, m.rules);
        embeds.push_back(render_report_embed(t, r.risks.empty() ? nullptr : &map, m, o));
    }
    return render_report_md_embedded(reports, m, o, embeds);
}

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
    const ReportFormat* f = find_format(format);
    std::string error;
    std::optional<std::string> bytes;
    if (annual) {
        bytes = f->annual(build_annual_reports(m, req.plan_id, inv.env.today), m, o, error);
    } else {
        auto reports = build_reports(m, req);
        bytes = embed ? embedded_md(reports, m, o) : f->quarterly(reports, m, o, error);
    }
    if (!bytes) {
        out.err += fmt::format("scmplan: error: cannot make the {} file: {}\n", format, error);
        return exit_io;
    }
    out.out = std::move(*bytes);
    return exit_ok;
}

}  // namespace

CommandSpec report_command() {
    return {"report",
            "the quarterly report to the director: completion, status, targets, KPIs, gaps, risks, problems",
            {{"--quarter", "", "N", "report on quarter N (1-4) of the plan's year, as of its last day", {}},
             opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, json or docx (Word; also chosen by -o FILE.docx)",
              {"md", "csv", "json", "docx"}},
             opt_lang(),
             {"--annual", "", "", "the year-end summary: per quarter, KPIs, targets, gaps, risk trend, previous year", {}},
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             {"--embed", "", "", "Markdown only: add the Mermaid timeline and the risk heat map", {}},
             opt_output(),
             opt_quiet()},
            run_report};
}

}  // namespace scmplan::cli

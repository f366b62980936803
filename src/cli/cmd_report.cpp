// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"

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
    if (req.quarter && req.as_of) return usage(out, "give --quarter or --as-of, not both");
    if (!req.quarter && !req.as_of)
        return usage(out, "say which report: --quarter N or --as-of DATE", "e.g. scmplan report --quarter 2");
    req.plan_id = inv.value("--plan").value_or("");
    std::string format = inv.value("--format").value_or("md");
    if (inv.flag("--excel") && format != "csv") return usage(out, "--excel applies to --format csv only");

    auto loaded = load_checked(inv, out, req.as_of);
    if (!loaded) return out.exit_code;
    const Model& m = loaded->model;
    if (!plan_exists(m, req.plan_id, out)) return exit_usage;
    if (m.plans.empty()) {
        out.err += "scmplan: error: the workspace has no plan\n";
        return exit_data_error;
    }
    auto reports = build_reports(m, req);

    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.excel = inv.flag("--excel");
    if (format == "csv") out.out = render_report_csv(reports, o);
    else if (format == "json") out.out = render_report_json(reports, m);
    else out.out = render_report_md(reports, m, o);
    return exit_ok;
}

}  // namespace

CommandSpec report_command() {
    return {"report",
            "the quarterly report to the director: completion, status, targets, KPIs, gaps, risks, problems",
            {{"--quarter", "", "N", "report on quarter N (1-4) of the plan's year, as of its last day", {}},
             opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv or json", {"md", "csv", "json"}},
             opt_lang(),
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             opt_output(),
             opt_quiet()},
            run_report};
}

}  // namespace scmplan::cli

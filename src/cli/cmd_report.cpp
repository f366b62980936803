// scmplan report: the quarterly report to the director (or as of any date).
#include <fmt/format.h>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

int usage(Output& out, const std::string& message, const std::string& hint = {}) {
    out.err += fmt::format("scmplan: error: {}\n", message);
    if (!hint.empty()) out.err += fmt::format("  hint: {}\n", hint);
    return exit_usage;
}

/// Resolves --plan; reports an unknown id with the closest one.
bool plan_exists(const Model& m, const std::string& id, Output& out) {
    if (id.empty() || m.plan(id)) return true;
    std::vector<std::string> ids;
    for (const auto& p : m.plans) ids.push_back(p.id.value);
    std::string near = closest_match(id, ids);
    usage(out, fmt::format("--plan: no plan '{}' in the workspace", id),
          near.empty() ? fmt::format("plans: {}", fmt::join(ids, ", ")) : fmt::format("did you mean '{}'?", near));
    return false;
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
    if (req.quarter && req.as_of) return usage(out, "give --quarter or --as-of, not both");
    if (!req.quarter && !req.as_of)
        return usage(out, "say which report: --quarter N or --as-of DATE", "e.g. scmplan report --quarter 2");
    req.plan_id = inv.value("--plan").value_or("");

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
    std::string format = inv.value("--format").value_or("md");
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

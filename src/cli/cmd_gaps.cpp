// scmplan gaps: GAP items × activities traceability as of a date.
#include <fmt/format.h>

#include "commands_views.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_gaps(const Invocation& inv, Output& out) {
    std::optional<Date> as_of = parse_as_of(inv, out);
    if (out.exit_code) return out.exit_code;
    Date date = as_of.value_or(inv.env.today);
    std::string plan_id = inv.value("--plan").value_or("");
    std::string format = inv.value("--format").value_or("md");
    if (inv.flag("--excel") && format != "csv") return usage(out, "--excel applies to --format csv only");

    auto loaded = load_checked(inv, out, date);
    if (!loaded) return out.exit_code;
    const Model& m = loaded->model;
    if (!plan_exists(m, plan_id, out)) return exit_usage;
    if (m.plans.empty()) {
        out.err += "scmplan: error: the workspace has no plan\n";
        return exit_data_error;
    }
    std::vector<GapsView> views;
    for (const Plan& p : m.plans)
        if (plan_id.empty() || p.id.value == plan_id) views.push_back(gaps_view(m, p, date));

    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.excel = inv.flag("--excel");
    if (format == "csv") out.out = render_gaps_csv(views, o);
    else if (format == "json") out.out = render_gaps_json(views);
    else out.out = render_gaps_md(views, o);
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
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             opt_output(),
             opt_quiet()},
            run_gaps};
}

}  // namespace scmplan::cli

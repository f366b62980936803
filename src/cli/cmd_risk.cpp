// scmplan risk: the risk register as of a date, with its 5×5 heat map.
#include <fmt/format.h>

#include "commands_views.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_risk(const Invocation& inv, Output& out) {
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
    auto regs = build_risk_registers(m, date, plan_id);

    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.excel = inv.flag("--excel");
    if (format == "csv") out.out = render_risk_csv(regs, o);
    else if (format == "json") out.out = render_risk_json(regs, m);
    else if (format == "svg") out.out = render_risk_svg(regs, m, o);
    else out.out = render_risk_md(regs, m, o);
    return exit_ok;
}

}  // namespace

CommandSpec risk_command() {
    return {"risk",
            "the risk register as of a date: levels and how they were set, score, band, target, 5x5 heat map",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, json or svg (the heat map as a picture)",
              {"md", "csv", "json", "svg"}},
             opt_lang(),
             {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}},
             opt_output(),
             opt_quiet()},
            run_risk};
}

}  // namespace scmplan::cli

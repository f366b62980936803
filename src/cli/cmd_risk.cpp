// scmplan risk: the risk register as of a date, with its 5×5 heat map.
#include "commands_views.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

int run_risk(const Invocation& inv, Output& out) {
    auto sel = select_plans(inv, out, "md");
    if (!sel) return out.exit_code;
    const Model& m = sel->loaded.model;
    std::vector<RiskRegister> regs;
    for (const Plan* p : sel->plans) regs.push_back(risk_register(m, *p, sel->as_of));

    if (sel->format == "csv") out.out = render_risk_csv(regs, sel->render);
    else if (sel->format == "json") out.out = render_risk_json(regs, m);
    else if (sel->format == "svg") out.out = render_risk_svg(regs, m, sel->render);
    else out.out = render_risk_md(regs, m, sel->render);
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
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_risk,
            true,
            {{"scmplan risk --as-of 2023-06-30", "the risk register as of 30 Jun 2023"},
             {"scmplan risk --format svg -o heat.svg", "the 5x5 heat map as an SVG picture"}}};
}

}  // namespace scmplan::cli

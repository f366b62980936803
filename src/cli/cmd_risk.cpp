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
    auto sel = select_plans(inv, out, "md");
    if (!sel) return out.exit_code;
    if (sel->format == "svg" && sel->chosen.size() > 1)
        return usage(out, fmt::format("plans of {} workspaces are chosen: a picture shows the risks of one",
                                      sel->chosen.size()),
                     "choose them with --plan, --organisation or --enabler");
    std::vector<std::string> parts;
    for (const WorkspacePlans& w : sel->chosen) {
        const Model& m = *w.model;
        std::vector<RiskRegister> regs;
        for (const Plan* p : w.plans) regs.push_back(risk_register(m, *p, sel->as_of));
        if (sel->format == "csv" || sel->format == "tsv") parts.push_back(render_risk_csv(regs, sel->render));
        else if (sel->format == "json") parts.push_back(render_risk_json(regs, m));
        else if (sel->format == "svg") parts.push_back(render_risk_svg(regs, m, sel->render));
        else parts.push_back(render_risk_md(regs, m, sel->render));
    }
    out.out = join_outputs(sel->format, parts);
    return exit_ok;
}

}  // namespace

CommandSpec risk_command() {
    return with_filters({"risk",
            "the risk register as of a date: levels and how they were set, score, band, target, 5x5 heat map",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, tsv, json or svg (the heat map as a picture)",
              {"md", "csv", "tsv", "json", "svg"}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_risk,
            true,
            {{"scmplan risk --as-of 2023-06-30", "the risk register as of 30 Jun 2023"},
             {"scmplan risk --format svg -o heat.svg", "the 5x5 heat map as an SVG picture"}}});
}

}  // namespace scmplan::cli

// scmplan risk: the risk register as of a date, with its 5×5 heat map.
#include "commands_views.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_html.hpp"
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

    const RenderOptions& o = sel->render;
    return render_output({{"md", always([&] { return render_risk_md(regs, m, o); })},
                          {"csv", always([&] { return render_risk_csv(regs, o); })},
                          {"json", always([&] { return render_risk_json(regs, m); })},
                          {"svg", always([&] { return render_risk_svg(regs, m, o); })},
                          {"xlsx", xlsx([&] { return risk_workbook(regs, o); })},
                          {"html", always([&] {
                               return render_workbook_html(risk_workbook(regs, o), {}, {render_risk_svg(regs, m, o)});
                           })}},
                         sel->format, out);
}

}  // namespace

CommandSpec risk_command() {
    return {"risk",
            "the risk register as of a date: levels and how they were set, score, band, target, 5x5 heat map",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv, json, svg (the heat map as a picture), xlsx or html",
              {"md", "csv", "json", "svg", "xlsx", "html"}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_quiet()},
            run_risk};
}

}  // namespace scmplan::cli

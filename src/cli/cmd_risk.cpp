// scmplan risk: the risk register as of a date, with its 5×5 heat map.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

Output run_risk(const Invocation& inv) {
    Output out;
    auto sel = select_plans(inv, out);
    if (!sel) return out;
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            const Model& m = *w.model;
            auto regs = std::make_shared<std::vector<RiskRegister>>();
            for (const Plan* p : w.plans) regs->push_back(risk_register(m, *p, sel->as_of));
            return std::vector<FormatEntry>{
                {Format::md, always([regs, &m, &o] { return render_risk_md(*regs, m, o); })},
                {Format::csv, always([regs, &o] { return render_risk_csv(*regs, o); })},
                {Format::tsv, always([regs, &o] { return render_risk_csv(*regs, o); })},
                {Format::json, always([regs, &m] { return render_risk_json(*regs, m); })},
                {Format::svg, always([regs, &m, &o] { return render_risk_svg(*regs, m, o); })},
                {Format::xlsx, xlsx([regs, &o] { return risk_workbook(*regs, o); })},
                {Format::html, always([regs, &m, &o] {
                     return render_workbook_html(risk_workbook(*regs, o), {}, {render_risk_svg(*regs, m, o)});
                 })}};
        },
        sel->format, out);
}

}  // namespace

CommandSpec risk_command() {
    return with_filters({"risk",
            "the risk register as of a date: levels and how they were set, score, band, target, 5x5 heat map",
            {opt_as_of(),
             opt_plan(),
             format_option("risk", "", {{Format::svg, "the heat map as a picture"}}),
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

// scmplan gantt: the plan's timeline (activities, steps, quarters, report due
// dates, the as-of date) as a Mermaid gantt diagram or an SVG picture.
#include <fmt/format.h>

#include "commands_gantt.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/timeline.hpp"

namespace scmplan::cli {

namespace {

int run_gantt(const Invocation& inv, Output& out) {
    std::optional<Date> as_of = parse_as_of(inv, out);
    if (out.exit_code) return out.exit_code;
    if (!as_of) as_of = inv.env.today;
    std::string plan_id = inv.value("--plan").value_or("");
    std::string format = inv.value("--format").value_or("mermaid");

    auto loaded = load_checked(inv, out, as_of);
    if (!loaded) return out.exit_code;
    const Model& m = loaded->model;
    if (!plan_exists(m, plan_id, out)) return exit_usage;
    if (m.plans.empty()) {
        out.err += "scmplan: error: the workspace has no plan\n";
        return exit_data_error;
    }
    if (plan_id.empty() && m.plans.size() > 1) {
        std::vector<std::string> ids;
        for (const auto& p : m.plans) ids.push_back(p.id.value);
        return usage(out, fmt::format("the workspace holds {} plans: a chart shows one, choose it with --plan", ids.size()),
                     fmt::format("plans: {}", fmt::join(ids, ", ")));
    }
    const Plan& plan = plan_id.empty() ? m.plans.front() : *m.plan(plan_id);
    Timeline t = build_timeline(m, plan, *as_of);

    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    out.out = format == "svg" ? render_gantt_svg(t, o) : render_gantt_mermaid(t, o);
    return exit_ok;
}

}  // namespace

CommandSpec gantt_command() {
    return {"gantt",
            "the plan's timeline: activities, steps, quarters, report due dates, as a Mermaid gantt or an SVG",
            {opt_as_of(),
             opt_plan(),
             {"--format", "", "FORMAT", "mermaid (default) or svg", {"mermaid", "svg"}},
             opt_lang(),
             opt_output(),
             opt_quiet()},
            run_gantt};
}

}  // namespace scmplan::cli

// scmplan gantt: the plan's timeline (activities, steps, quarters, report due
// dates, the as-of date) as a Mermaid gantt diagram or an SVG picture.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/timeline.hpp"

namespace scmplan::cli {

namespace {

Output run_gantt(const Invocation& inv) {
    Output out;
    auto sel = select_plans(inv, out);
    if (!sel) return out;
    if (sel->plans.size() > 1) {
        std::vector<std::string> ids;
        for (const Plan* p : sel->plans) ids.push_back(p->id.value);
        return usage(out, fmt::format("{} plans are chosen: a chart shows one, choose it with --plan", ids.size()),
                     fmt::format("plans: {}", fmt::join(ids, ", ")));
    }
    Timeline t = build_timeline(*sel->chosen.front().model, *sel->plans.front(), sel->as_of);
    out.out = sel->format == Format::svg ? render_gantt_svg(t, sel->render) : render_gantt_mermaid(t, sel->render);
    return out;
}

}  // namespace

CommandSpec gantt_command() {
    return with_filters({"gantt",
            "the plan's timeline: activities, steps, quarters, report due dates, as a Mermaid gantt or an SVG",
            {opt_as_of(),
             opt_plan(),
             format_option("gantt"),
             opt_lang(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_gantt,
            true,
            {{"scmplan gantt --plan fio-scm-2566", "the timeline as a Mermaid gantt diagram"},
             {"scmplan gantt --format svg --lang en -o gantt.svg", "the same as an SVG picture, English labels"}}});
}

}  // namespace scmplan::cli

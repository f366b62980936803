// scmplan status: a terminal overview, one line per activity.
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan::cli {

namespace {

std::size_t terminal_width(const Environment& env) {
    if (env.stdout_is_tty) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
    }
    return 100;
}

int run_status(const Invocation& inv, Output& out) {
    ReportRequest req;
    req.as_of = parse_as_of(inv, out);
    if (out.exit_code) return out.exit_code;
    if (!req.as_of) req.as_of = inv.env.today;
    req.plan_id = inv.value("--plan").value_or("");
    auto loaded = load_checked(inv, out, req.as_of);
    if (!loaded) return out.exit_code;
    const Model& m = loaded->model;
    if (!plan_exists(m, req.plan_id, out)) return exit_usage;
    if (!has_plans(m, out)) return exit_data_error;
    RenderOptions o;
    o.lang = inv.value("--lang").value_or("th");
    o.color = use_color(inv, inv.env.stdout_is_tty);
    o.width = terminal_width(inv.env);
    out.out = render_status(build_reports(m, req), o);
    return exit_ok;
}

}  // namespace

CommandSpec status_command() {
    return {"status",
            "a terminal overview: one line per activity with a bar, percent and status",
            {opt_as_of(), opt_plan(), opt_lang(), opt_color(), opt_quiet()},
            run_status,
            true,
            {{"scmplan status", "every plan of ./plans as of today"},
             {"scmplan status --as-of 2023-06-30 --lang en", "as of 30 Jun 2023, English labels"},
             {"scmplan status --plan fio-scm-2566 --color=always | less -R", "one plan, in colour, in a pager"}}};
}

}  // namespace scmplan::cli

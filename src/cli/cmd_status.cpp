// scmplan status: a terminal overview, one line per activity.
#include <fmt/format.h>

#include <algorithm>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan::cli {

namespace {

Output run_status(const Invocation& inv) {
    Output out;
    std::optional<ReportDate> when;
    if (!read_report_date(inv, out, when)) return out;
    ReportRequest req;
    req.date = when.value_or(ReportDate::on(inv.env.today));  // --as-of, else today
    const Date as_of = req.date.date;
    auto filter = read_filter(inv, out);
    if (!filter) return out;
    auto loaded = load_checked(inv, out, req.date);
    if (!loaded) return out;
    auto chosen = choose_plans(*loaded, *filter, out);
    if (!chosen) return out;
    const std::optional<RenderOptions> o = render_options(inv, out);
    if (!o) return out;
    // The plans under way on the date, unless --all: a ministry's folder holds
    // past and future years too.
    const bool all = inv.flag("--all");
    std::vector<PlanReport> reports;
    std::size_t left_out = 0;
    for (WorkspacePlans& w : *chosen) {
        if (!all) {
            auto running = [&](const Plan* p) { return !(as_of < p->start.value || p->end.value < as_of); };
            auto keep = std::stable_partition(w.plans.begin(), w.plans.end(), running);
            left_out += static_cast<std::size_t>(w.plans.end() - keep);
            w.plans.erase(keep, w.plans.end());
            if (w.plans.empty()) continue;
        }
        auto some = chosen_reports(w, req);
        reports.insert(reports.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
    }
    if (reports.empty()) {
        out.err += fmt::format("scmplan: no plan runs on {} ({} outside their period)\n", format_iso(as_of),
                               left_out);
        out.err += "  hint: --all shows them, or choose a date with --as-of\n";
        return out;
    }
    out.out = render_status(reports, *o);
    if (left_out && !inv.flag("--quiet"))
        out.err += fmt::format("scmplan: {} plan(s) not running on {} left out (--all shows them)\n", left_out,
                               format_iso(as_of));
    return out;
}

}  // namespace

CommandSpec status_command() {
    return with_filters({"status",
                         "a terminal overview: one line per activity with a bar, percent and status",
                         {opt_as_of(),
                          opt_plan(),
                          {"--all", "", "", "every plan, also those whose period does not contain the date", {}},
                          opt_lang(),
                          opt_color(),
                          opt_quiet()},
                         run_status,
                         true,
                         {{"scmplan status", "every plan of ./plans as of today"},
                          {"scmplan status --as-of 2023-06-30 --lang en", "as of 30 Jun 2023, English labels"},
                          {"scmplan status --plan fio-scm-2566 --color=always | less -R", "one plan, in colour, in a pager"}}});
}

}  // namespace scmplan::cli

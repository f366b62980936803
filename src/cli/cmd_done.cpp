// scmplan done ACTIVITY STEP [PATH…]: record a step as done, in place.
#include <fmt/format.h>

#include "common.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

int run_done(const Invocation& inv, Output& out) {
    if (inv.paths.size() < 2 || inv.paths == std::vector<std::string>{"plans"})
        return usage(out, "done needs an activity and a step", "scmplan done A07 3.1 [--on DATE] [PATH…]");
    DoneEdit edit;
    edit.step = inv.paths[1];
    edit.on = inv.env.today;
    if (auto on = inv.value("--on")) {
        DateParse p = parse_date(*on);
        if (!p.date) return usage(out, fmt::format("--on: {}", p.error), p.hint);
        edit.on = *p.date;
    }
    if (auto it = inv.lists.find("--evidence"); it != inv.lists.end()) edit.evidence = it->second;
    std::vector<std::string> paths(inv.paths.begin() + 2, inv.paths.end());
    if (paths.empty()) paths.push_back("plans");
    return record_in_activity(inv, out, paths, inv.paths[0],
                              [&](std::string_view text) { return record_done(text, edit); });
}

}  // namespace

CommandSpec done_command() {
    CommandSpec spec{"done",
                     "record a step as done (and its evidence) in the activity file, in place",
                     {{"--on", "", "DATE", "the day it was done (default today; 2023-06-20 or 20 มิ.ย. 66)", {}},
                      opt_evidence(),
                      opt_plan(),
                      opt_dry_run(),
                      opt_quiet()},
                     run_done};
    spec.paths_help = "ACTIVITY STEP, then workspace folders or files (default: plans)";
    return spec;
}

}  // namespace scmplan::cli

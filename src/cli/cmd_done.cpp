// scmplan done ACTIVITY STEP [PATH…]: record a step as done, in place.
#include <fmt/format.h>

#include "common.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

Output run_done(const Invocation& inv) {
    Output out;
    auto activity = inv.value("activity");
    auto step = inv.value("step");
    if (!activity || !step)
        return usage(out, "done needs an activity and a step", "scmplan done A07 3.1 [--on DATE] [PATH…]");
    DoneEdit edit;
    edit.step = *step;
    edit.on = inv.env.today;
    if (auto on = inv.value("--on")) {
        DateParse p = parse_date(*on);
        if (!p.date) return usage(out, fmt::format("--on: {}", p.error), p.hint);
        edit.on = *p.date;
    }
    edit.evidence = inv.list("--evidence");
    edit.force = inv.flag("--force");
    return record_in_activity(inv, out, inv.paths, *activity,
                              [&](std::string_view text) { return record_done(text, edit); });
}

}  // namespace

CommandSpec done_command() {
    return record_command(
        "done", "record a step as done (and its evidence) in the activity file, in place",
        {{"step", "", "STEP", "the step's id, e.g. 3.1; ID#N is the Nth step with that id, where several have it (3.2#2)", {}, Complete::step_ids},
         {"--on", "", "DATE", "the day it was done (default today; ISO, Thai or day/month/year date)", {}},
         {"--force", "", "", "replace a different done date already recorded (without it, such a step is refused)", {}}},
        run_done,
        {{"scmplan done A07 3.1 --on 2023-06-12 --dry-run", "show the edit that marks step 3.1 of A07 done on 12 Jun 2023"},
         {"scmplan done A07 3.1 --evidence evidence/a07-plan.pdf", "mark it done today, with a file as its evidence"},
         {"scmplan done A09 3.2#2 --dry-run", "the second of A09's two steps numbered 3.2"}});
}

}  // namespace scmplan::cli

// Commands that are not in the table, for tests of what is generated from it.
#pragma once

#include "../../src/cli/command.hpp"

namespace scmplan::cli::test {

/// `mark ACTIVITY STEP [PATH…]`: two positionals before the workspace paths
/// (like `done ACTIVITY STEP`), completed from the workspace, and options of
/// every kind of value.
inline CommandSpec marker() {
    return {"mark",
            "mark a step",
            {{"activity", "", "ACTIVITY", "the activity", {}, Complete::activity_ids},
             {"step", "", "STEP", "the step", {}, Complete::step_ids},
             {"--plan", "", "ID", "only this plan", {}, Complete::plan_ids},
             {"--quarter", "", "N", "a quarter", {}, Complete::quarters},
             {"--on", "", "DATE", "the date", {}},
             {"--output", "-o", "FILE", "write here", {}},
             {"--quiet", "-q", "", "quiet", {}}},
            nullptr};
}

}  // namespace scmplan::cli::test

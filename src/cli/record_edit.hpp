// What `scmplan done` and `scmplan progress` share: find the activity's file,
// check the workspace before (refuse on errors) and with the edit (refuse when
// it would add one), then print a diff (--dry-run) or write the file atomically.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "command.hpp"
#include "scmplan/record.hpp"

namespace scmplan::cli {

/// `--dry-run`, `--plan` and `--evidence PATH…`, declared once for both commands.
OptionSpec opt_dry_run();
OptionSpec opt_evidence();

/// Edits the file of activity `activity` (of --plan, when given) in the
/// workspace `paths` with `edit`, which gets the file's bytes. Fills `out`
/// and returns the exit code.
int record_in_activity(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                       const std::string& activity,
                       const std::function<RecordResult(std::string_view)>& edit);

}  // namespace scmplan::cli

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

/// The spec of a command that records in an activity file: the ACTIVITY
/// positional, then `own` (the command's options, in order), then --evidence,
/// --plan, --dry-run and --quiet.
CommandSpec record_command(std::string name, std::string summary, std::vector<OptionSpec> own,
                           Output (*run)(const Invocation&), std::vector<Example> examples);

/// Edits the file of activity `activity` (of --plan, when given) in the
/// workspace `paths` with `edit`, which gets the file's bytes. Fills `out`
/// (its text and exit code) and returns it.
Output& record_in_activity(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                           const std::string& activity,
                           const std::function<RecordResult(std::string_view)>& edit);

}  // namespace scmplan::cli

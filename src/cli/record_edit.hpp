// What `scmplan done` and `scmplan progress` share: find the activity's file,
// check the workspace before (refuse on errors) and with the edit (refuse when
// it would add one), then print a diff (--dry-run) or write the file atomically.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "command.hpp"
#include "file_edit.hpp"
#include "scmplan/load.hpp"
#include "scmplan/model.hpp"
#include "scmplan/record.hpp"

namespace scmplan::cli {

/// The model loaded from `r`'s files and checked (the checks that read the
/// disk, such as evidence, through `files`).
LoadResult checked(LoadResult r, const FileReader& files);

/// The workspace of `m` as it would be with `edited` (path → new text) in
/// place of those files, every other file read now through `files`, loaded and
/// checked; nullopt, with the error on out (exit 3), when a file cannot be read.
/// A file read now with the bytes a tree of `reuse` was parsed from is read
/// from that tree (load_sources): only what changed is parsed again.
std::optional<LoadResult> workspace_with(const Model& m, const std::map<std::string, std::string>& edited,
                                         const FileReader& files, Output& out, KeptFiles* reuse = nullptr);

/// Writes `content` through `file` (FileEdit::commit). False when it was not
/// written, with the error on out.err and its exit code: a file changed since
/// it was read is a data conflict (exit 1), a write that failed exit 3.
bool commit_edit(FileEdit& file, std::string_view content, Output& out);
/// commit_edit for the staged file `i` of `staged` (FileEdit::commit_staged),
/// with the same errors and exit codes.
bool commit_staged_edit(FileEdit& file, StagedWrites& staged, std::size_t i, Output& out);

/// `--dry-run`, `--plan` and `--evidence PATH…`, declared once for both commands.
OptionSpec opt_dry_run();
OptionSpec opt_evidence();

/// The spec of a command that records in an activity file: the ACTIVITY
/// positional, then `own` (the command's options, in order), then --evidence,
/// --plan, --dry-run and --quiet.
CommandSpec record_command(std::string name, std::string summary, std::vector<OptionSpec> own,
                           Output (*run)(const Invocation&), std::vector<Example> examples);

/// What an in-place edit is about: an activity, a plan's GAP item, a risk.
struct EditTarget {
    std::string noun;  ///< "activity", "gap", "risk": in messages, "activity A07"
    std::string id;
    /// Where the thing is in a model: (plan, file) of each match, of `plan`
    /// when it is not empty.
    std::function<std::vector<std::pair<std::string, std::string>>(const Model&, const std::string& plan)> find;
    /// The ids of its kind in a model (of `plan`), for "did you mean".
    std::function<std::vector<std::string>(const Model&, const std::string& plan)> ids;
};

/// Edits the file that holds `target` in the workspace `paths` with `edit`,
/// which gets the file's bytes: found among several workspaces, checked before
/// and after, written under a lock or shown as a diff (--dry-run). Fills `out`
/// (its text and exit code) and returns it.
Output& record_in_file(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                       const EditTarget& target, const std::function<RecordResult(std::string_view)>& edit);

/// The command spec of `close` and `assess`: POSITIONAL, then `own`, then
/// --plan, --dry-run and --quiet.
CommandSpec edit_command(std::string name, std::string summary, OptionSpec positional, std::vector<OptionSpec> own,
                         Output (*run)(const Invocation&), std::vector<Example> examples);

/// Edits the file of activity `activity` (of --plan, when given) in the
/// workspace `paths` with `edit`, which gets the file's bytes. Fills `out`
/// (its text and exit code) and returns it.
Output& record_in_activity(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                           const std::string& activity,
                           const std::function<RecordResult(std::string_view)>& edit);

}  // namespace scmplan::cli

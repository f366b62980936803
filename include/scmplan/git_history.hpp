// When progress was recorded: the git history of the activity files (libgit2),
// for `check --git`. Reads the repository that holds the workspace; never writes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/done_history.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// For every activity file of the model that the repository tracks, walks the
/// commits reachable from HEAD, oldest first (every commit after its parents),
/// and notes for each step the first commit since which it has had its latest
/// committed done date (a date changed or removed later starts again; a file
/// renamed, with or without edits, keeps its history). nullopt, with `error`,
/// when the workspace is not inside a git repository with a working tree. A
/// repository without commits gives no records; one whose history stops early
/// (shallow) or cannot be read says so in the result (DoneHistory).
/// Costs one read per commit and per change of a YAML file, not commits × files.
std::optional<DoneHistory> read_done_history(const Model& m, std::string& error);

}  // namespace scmplan

// When progress was recorded: the git history of the activity files (libgit2),
// for `check --git`. Reads the repository that holds the workspace; never writes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// For every activity file of the model that the repository tracks, walks the
/// commits reachable from HEAD, oldest first, and notes for each step the first
/// commit since which it has had its latest committed done date (a date changed
/// or removed later starts again). nullopt, with `error`, when the workspace is
/// not inside a git repository or the repository cannot be read. A repository
/// without commits gives no records.
std::optional<std::vector<DoneRecord>> read_done_history(const Model& m, std::string& error);

}  // namespace scmplan

// When progress was recorded: the git history of the activity files (libgit2),
// for `check --git`. Reads the repository that holds the workspace; never writes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scmplan/dates.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// The commit that first recorded a step with the done date it has now.
struct DoneRecord {
    std::uint32_t file = 0;  ///< index into Model::files
    std::string step;        ///< the step's id
    Date done;               ///< the done date, as committed
    Date committed;          ///< the commit's date, in the committer's time zone
    std::string commit;      ///< its abbreviated id (7 hex digits)
};

/// For every activity file of the model that the repository tracks, walks the
/// commits reachable from HEAD, oldest first, and notes for each step the first
/// commit since which it has had its latest committed done date (a date changed
/// or removed later starts again). nullopt, with `error`, when the workspace is
/// not inside a git repository or the repository cannot be read. A repository
/// without commits gives no records.
std::optional<std::vector<DoneRecord>> read_done_history(const Model& m, std::string& error);

}  // namespace scmplan

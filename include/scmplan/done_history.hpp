// What `check --git` learns from the repository: when each done date was first
// committed, and what kept the history from telling (read_done_history in
// git_history.hpp makes it; check_git_history in check.hpp judges it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scmplan/model.hpp"

namespace scmplan {

/// A DoneRecord and whether its commit tells when the date was written.
struct HistoryRecord {
    /// committed: it does. before_history: the commit is one of the oldest the
    /// repository holds although it had parents (a shallow clone's boundary):
    /// the date may be older than the commit. out_of_range: the commit's date
    /// lies outside the years dates are read in (a clock far off, a commit made
    /// by hand); `record.committed` is then meaningless.
    enum class When : std::uint8_t { committed, before_history, out_of_range };
    DoneRecord record;
    When when = When::committed;
    std::int64_t commit_time = 0;  ///< the commit's time as written: seconds since 1970, UTC
};

struct DoneHistory {
    std::vector<HistoryRecord> records;
    bool shallow = false;  ///< the repository is a shallow clone (`git clone --depth`)
    /// "1a2b3c4 of 2023-07-01" for each commit whose parents are not in the
    /// repository: the history stops there.
    std::vector<std::string> cut;
    /// What could not be read ("" = everything needed was): a HEAD naming a
    /// missing commit, a missing tree or file version. No records then.
    std::string unreadable;
};

}  // namespace scmplan

// `check --git`: back-dated progress (W125), a done date long before the commit
// that recorded it, and what keeps the history from telling (W126–W128).
#include <fmt/format.h>

#include <map>

#include "scmplan/check.hpp"

namespace scmplan {

namespace {

/// "1a2b3c4 of 2023-07-01" or, with more, "… and 2 other commit(s)".
std::string commits_text(const std::vector<std::string>& commits) {
    if (commits.size() == 1) return commits.front();
    return fmt::format("{} and {} other commit(s)", commits.front(), commits.size() - 1);
}

}  // namespace

void check_backdated(const Model& m, const std::vector<HistoryRecord>& history, Diagnostics& d) {
    const int limit = m.rules.backdated_done_days;
    std::map<std::string, std::int64_t> undated;  // commit → its time, for W128
    for (const Activity& a : m.activities)
        for (const Step& s : a.steps) {
            if (!s.done) continue;
            for (const HistoryRecord& h : history) {
                const DoneRecord& r = h.record;
                if (r.file != a.loc.file || r.step != s.id.value) continue;
                // Only the date committed: a date changed since is not recorded yet.
                if (r.done != s.done->value) break;
                // A commit that is no evidence of when the date was written:
                // W126/W127 or W128 say why, once.
                if (h.when == HistoryRecord::When::out_of_range) undated.emplace(r.commit, h.commit_time);
                if (h.when != HistoryRecord::When::committed) break;
                int late = r.committed - r.done;
                if (late > limit)
                    d.warning(s.done->loc, DiagCode::W125,
                              fmt::format("step {} of activity {} is done {} but was first recorded in commit {} "
                                          "of {}, {} days later (more than {})",
                                          s.id.value, a.id.value, format_iso(r.done), r.commit,
                                          format_iso(r.committed), late, limit),
                              "record progress when it happens (scmplan done); assessors distrust back-dated steps");
                break;
            }
        }
    if (!undated.empty()) {
        Diagnostic w;
        w.severity = Severity::warning;
        w.code = DiagCode::W128;
        w.message = fmt::format(
            "commit {} is dated {} seconds since 1970, not a date scmplan reads{}: the done dates it first records are "
            "not checked for back-dating",
            undated.begin()->first, undated.begin()->second,
            undated.size() > 1 ? fmt::format(" (and {} other commit(s))", undated.size() - 1) : "");
        w.hint = "a commit's date is the committer's clock: a clock set far off, or a commit made by hand";
        d.add(std::move(w));
    }
}

void check_git_history(const Model& m, const DoneHistory& history, Diagnostics& d) {
    if (!history.unreadable.empty()) {
        Diagnostic w;
        w.severity = Severity::warning;
        w.code = DiagCode::W127;
        w.message = "the git history cannot be read: " + history.unreadable + "; back-dated done dates are not checked";
        w.hint = "the repository is damaged or incomplete: 'git fsck' names what is missing";
        d.add(std::move(w));
        return;
    }
    if (!history.cut.empty()) {
        Diagnostic w;
        w.severity = Severity::warning;
        if (history.shallow) {
            w.code = DiagCode::W126;
            w.message = fmt::format(
                "the git history is shallow (a clone with --depth): the commits before {} are not there; done "
                "dates already in it are not checked for back-dating",
                commits_text(history.cut));
            w.hint = "fetch the full history ('git fetch --unshallow', or 'fetch-depth: 0' in GitHub Actions) to "
                     "check back-dated done dates";
        } else {
            w.code = DiagCode::W127;
            w.message = fmt::format(
                "the git history is incomplete: the parents of commit {} are not in the repository; done dates "
                "already in it are not checked for back-dating",
                commits_text(history.cut));
            w.hint = "the repository is damaged or incomplete: 'git fsck' names what is missing";
        }
        d.add(std::move(w));
    }
    check_backdated(m, history.records, d);
}

}  // namespace scmplan

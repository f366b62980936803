// Validation of a loaded model, across files: every rule of docs/format.md.
// Findings are added to a Diagnostics; nothing is printed here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "scmplan/date.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/done_history.hpp"
#include "scmplan/evidence.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

struct CheckOptions {
    /// When set, the current risk levels as of this date are also checked
    /// against the threshold, and steps done after it are reported.
    std::optional<Date> as_of;
    /// Or as of the end of this quarter of each plan (report --quarter N):
    /// only the risk levels are checked then.
    std::optional<int> quarter;
    /// Where evidence files are looked for (below `Model::root`). Without
    /// one, evidence entries are checked as text only (E050, E051, W124).
    const FileReader* files = nullptr;
};

/// The rules file (built-in or the workspace's): weights, codes, bands.
void check_rules(const Rules& rules, Diagnostics& diags);

/// Evidence of steps and reports (src/check/check_evidence.cpp): URLs are
/// http(s) (E051); paths stay inside the workspace, lexically and through
/// symbolic links (E050); with `Model::root` set and `files` given, the
/// paths are looked up through `files` and a missing file is W123; with
/// `evidence: required_for_done` in the rules, a done step without any is W124.
/// Every file below an evidence folder is looked at too (list_evidence): a
/// link out of the workspace is E050 at the evidence entry; a file that cannot
/// be read, that has a name an archive cannot hold safely, or is not a regular
/// file is E052.
void check_evidence(const Model& model, Diagnostics& diags, const FileReader* files);

/// The files that the evidence path `ref` (relative, already checked to stay
/// inside the workspace lexically) names below `canonical_root` (the
/// workspace root with every link resolved): the file itself, or every file
/// below the folder in path order. Links are resolved at every level and
/// followed only inside the workspace (a link out is a problem, never read);
/// entries whose name starts with '.' are skipped, not descended into, and
/// so is the file `exclude` (an absolute path with links resolved: the archive
/// being written). Each folder is walked once. Each file is opened to prove it
/// can be read (then closed) and its path must be a safe archive name. Every
/// question is asked of `reader`.
/// src/check/evidence_files.cpp.
EvidenceListing list_evidence(const FileReader& reader, const std::string& canonical_root, const std::string& ref,
                              const std::string& exclude = {});

/// Why `path` (relative, '/'-separated) cannot be the name of a file in an
/// archive: an empty, "." or ".." component, a leading '/', a backslash, a
/// control character (tab included), a ':' in the first component (a drive on
/// Windows) or invalid UTF-8; nullopt when it is safe. Unpacked anywhere, a
/// safe name stays inside the folder it is unpacked into.
std::optional<std::string> unsafe_entry_path(std::string_view path);

/// `check --git` (src/check/check_git.cpp): W125 for each step whose done date
/// is more than the rules' `backdated_done_days` before the commit that first
/// recorded it (`history`, from read_done_history).
/// A record whose commit is no evidence of when the date was written is not
/// checked: before_history (W126/W127 say why), out_of_range (W128, once).
void check_backdated(const Model& model, const std::vector<HistoryRecord>& history, Diagnostics& diags);

/// check_backdated on what read_done_history read, and what kept it from
/// reading everything: a shallow clone (W126: dates already in its oldest
/// commit are not checked), a missing parent, commit, tree or file version
/// (W127; with nothing read, no W125).
void check_git_history(const Model& model, const DoneHistory& history, Diagnostics& diags);

/// Everything: rules, workspace, plans, activities, risks, evidence.
void check_model(const Model& model, Diagnostics& diags, const CheckOptions& options = {});

}  // namespace scmplan

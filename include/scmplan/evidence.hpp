// The evidence of a plan, as the assessor asks for it: every GAP item, its
// SE-AM topic, the activities that address it, their steps and their evidence,
// and what is missing. Pure computation over the model.
#pragma once

#include <string>
#include <vector>

#include "scmplan/model.hpp"

namespace scmplan {

struct StepEvidence {
    const Step* step = nullptr;
    bool missing = false;  ///< done without any evidence
};

struct ActivityEvidence {
    const Activity* activity = nullptr;
    std::vector<StepEvidence> steps;  ///< every step, in file order
    /// Evidence of the quarterly reports, with their quarter, in file order.
    std::vector<std::pair<int, const Evidence*>> reports;
    bool has_evidence = false;  ///< any step or report has some
};

struct GapEvidence {
    const Gap* gap = nullptr;
    const Topic* topic = nullptr;  ///< the rules' topic of the gap, or null
    std::vector<ActivityEvidence> activities;  ///< those whose `gaps` list it, in id order
    bool missing = false;  ///< neither it (`evidence` of the GAP item) nor any of its activities has evidence
};

struct EvidenceView {
    const Plan* plan = nullptr;
    std::vector<GapEvidence> gaps;           ///< in the plan's order
    std::vector<ActivityEvidence> without_gap;  ///< activities that list no gap of the plan
    int done_steps = 0;
    /// The done steps without evidence, activity by activity in id order, steps in file order.
    std::vector<std::pair<const Activity*, const Step*>> done_without_evidence;
    /// Every evidence path (not URL) once, in order of first mention: what an archive holds.
    std::vector<std::string> files;
};

EvidenceView evidence_view(const Model& m, const Plan& p);

/// A file that an evidence path brings into the archive.
struct EvidenceFile {
    std::string entry;  ///< relative to the workspace root, '/'-separated, a safe archive name (safe_entry_path)
    std::string real;   ///< the file to read: absolute, every link resolved, inside the workspace
};

/// Why an entry below an evidence folder is left out of the archive on purpose.
enum class EvidenceSkip {
    hidden,        ///< a name starting with '.' (.git, .DS_Store, temporary files), not descended into
    archive_itself,///< the archive being written
    folder_again,  ///< a folder already walked, reached again through a link (also cuts link loops)
};

struct SkippedEvidence {
    std::string path;  ///< relative to the workspace root, as found (may hold any bytes)
    EvidenceSkip why;
};

/// What keeps an evidence file out of an archive: each is an error.
enum class EvidenceIssue {
    outside,      ///< a symbolic link whose target is outside the workspace
    broken_link,  ///< a symbolic link to nothing
    unreadable,   ///< a file or folder that cannot be read (permission denied …)
    unsafe_name,  ///< a name an archive cannot hold safely (backslash, control character, invalid UTF-8)
    special,      ///< a FIFO, device or socket
    too_deep,     ///< folders nested deeper than 64 levels
};

struct EvidenceProblem {
    std::string path;    ///< relative to the workspace root, as found (may hold any bytes)
    EvidenceIssue issue;
    std::string detail;  ///< why, in words (strerror, the offending character, the file type)
};

/// The files one evidence path names, found on the disk (check layer,
/// list_evidence): a file, or every file below a folder.
struct EvidenceListing {
    bool found = false;  ///< the path names a file or folder
    std::vector<EvidenceFile> files;  ///< in path order
    std::vector<SkippedEvidence> skipped;
    std::vector<EvidenceProblem> problems;
};

}  // namespace scmplan

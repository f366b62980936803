// Which files a command reads when it is given no PATH, or a PATH inside a
// workspace: the workspace is found as git finds a repository. Reads the file
// system only through a FileReader, to test for files; the workspace file's
// `rules:` key is read by the loader (workspace_rules_value, load.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/file_reader.hpp"

namespace scmplan {

/// Where the workspace came from, for the summary line.
enum class WorkspaceOrigin {
    given,        ///< PATH names it, or no workspace file was found or needed
    environment,  ///< no PATH: $SCMPLAN_WORKSPACE
    ancestor,     ///< no PATH: the nearest folder upwards holding scmplan.yaml
    plans,        ///< no PATH and no workspace upwards: ./plans
    above_path,   ///< a PATH inside a workspace: its scmplan.yaml was added
};

/// What to load: the folders and files for `load_paths`, and the workspace file
/// that discovery chose (to be named in the summary).
struct Discovery {
    std::vector<std::string> paths;
    /// The workspace file used, when discovery chose it rather than a PATH that
    /// holds it (every origin except `given`); shown in the summary.
    std::optional<std::string> workspace_file;
    WorkspaceOrigin origin = WorkspaceOrigin::given;
};

/// The paths to load for the command-line PATHs `given` (possibly none), run
/// from the folder `cwd` (absolute), with `env_workspace` the value of
/// $SCMPLAN_WORKSPACE (empty when unset). Contract (docs/cli.md, "Which files"):
/// - no PATH: $SCMPLAN_WORKSPACE if set; else the nearest folder, from `cwd`
///   upwards, that holds `scmplan.yaml`; else `plans`.
/// - each PATH that lies inside a workspace (a folder above it holds
///   `scmplan.yaml`) also loads that workspace file and the rules file it names;
///   a PATH inside a plan's folder (a folder above it, below the workspace,
///   holds `plan.yaml`) stands for that plan folder, so that references resolve.
/// Paths are returned as shown_path shows them (relative below `cwd`, else
/// absolute, lexically normal), given or found, so that every file loaded from
/// them, and every message that names one, is named the same way whichever
/// folder the command runs from. A PATH that does not exist is passed on,
/// normalised so (the loader reports it). `reader` answers
/// every question asked of the file system (tests pass files held in memory).
Discovery discover_paths(const std::vector<std::string>& given, const std::string& cwd,
                         const std::string& env_workspace, const FileReader& reader);

/// The file name that marks a workspace folder.
inline constexpr const char* workspace_file_name = "scmplan.yaml";

}  // namespace scmplan

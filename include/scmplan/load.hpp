// Loading a workspace: discovery of files, YAML → typed model, with every
// problem reported as a diagnostic. Asks the file system only through the
// FileReader it is given (file_reader.hpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scmplan/diag.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/model.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan {

/// One file's text, already read.
struct Source {
    std::string path;
    std::string text;
};

struct LoadResult {
    Model model;
    Diagnostics diags;
    bool io_error = false;  ///< a file or folder could not be read (exit code 3)
};

/// What a load keeps of each file it parsed when asked to (load_files' and
/// load_workspaces' `keep`): the SHA-256 of the very bytes it parsed and their
/// YAML tree. An in-place edit that follows the load (`scmplan import` of
/// forms) edits a file whose bytes still have that hash from that tree,
/// without parsing it a second time, and the check after an edit reads the
/// files it did not change from their trees (load_sources' `reuse`). Only a
/// parse that reported nothing is kept. By the file's path as the model names it.
struct KeptFile {
    std::string sha256;
    YNode root;
};
using KeptFiles = std::map<std::string, KeptFile>;

/// Loads sources that are already in memory (most tests use this). The rules are
/// the built-in SE-AM rules unless a `kind: rules` source is selected (see docs/format.md).
/// A source whose bytes have the hash of its path's entry in `reuse` is read
/// from that entry's tree (moved out of it), not parsed again: an edit's check
/// of the workspace as it would be parses only the files the edit changed.
LoadResult load_sources(std::vector<Source> sources, const YamlLimits& limits = {}, KeptFiles* reuse = nullptr);

/// Discovers `*.yaml` / `*.yml` under each path (a folder, recursively, hidden
/// folders skipped, in name order; or a file), reads and loads them, asking
/// the file system only through `reader`.
LoadResult load_paths(const std::vector<std::string>& paths, const FileReader& reader, const YamlLimits& limits = {});

/// The YAML files found under some paths, and the paths that could not be read (E001).
struct FoundFiles {
    std::vector<std::string> files;    ///< in path order, each file once
    Diagnostics problems;  ///< against a table of their own paths
};

/// Finds `*.yaml` / `*.yml` under each path (see load_paths).
FoundFiles find_files(const std::vector<std::string>& paths, const FileReader& reader);

/// The folder evidence paths are relative to (Model::root): the folder of the
/// workspace file; without one, the first folder given (or the folder of the
/// first file given); "" when nothing was given.
std::string workspace_root(const Model& m, const std::vector<std::string>& paths, const FileReader& reader);

/// Reads (through `reader`) and loads the files found, as one workspace; the
/// problems become its diagnostics.
LoadResult load_files(FoundFiles found, const FileReader& reader, const YamlLimits& limits = {},
                      KeptFiles* keep = nullptr);

/// Every workspace under the paths, each loaded on its own (its units,
/// holidays, rules and ids). A workspace is the folder of a `scmplan.yaml` (or
/// `scmplan.yml`) and every file below it that is not below a nested one.
/// With at most one such file, everything found is one workspace, as
/// load_paths gives it; with several, files under none of them form one more
/// workspace without a workspace file, named by the first path given.
/// Workspaces come in the order of their folders; each model's
/// `workspace_root` and its plans' `workspace` are set. Discovery problems go
/// to the first workspace. Never empty.
std::vector<LoadResult> load_workspaces(const std::vector<std::string>& paths, const FileReader& reader,
                                        const YamlLimits& limits = {}, KeptFiles* keep = nullptr);

/// The `rules:` value of the workspace file `path`, read through `reader` and
/// loaded as load_files loads it (the same parse, the same header and key
/// checks); nullopt when the file cannot be read or parsed, is no workspace
/// file, or names no rules. Its diagnostics are dropped: the file is loaded
/// again with the rest, which reports them. For discovery (discovery.hpp).
std::optional<std::string> workspace_rules_value(const std::string& path, const FileReader& reader,
                                                 const YamlLimits& limits = {});

/// The built-in SE-AM rules as YAML text (the same format as a `kind: rules` file).
std::string_view builtin_rules_yaml();

}  // namespace scmplan

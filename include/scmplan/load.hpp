// Loading a workspace: discovery of files, YAML → typed model, with every
// problem reported as a diagnostic. Reads files only through a FileSource.
#pragma once

#include <string>
#include <vector>

#include "scmplan/diag.hpp"
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

/// Loads sources that are already in memory (most tests use this). The rules are
/// the built-in SE-AM rules unless a `kind: rules` source is selected (see docs/format.md).
LoadResult load_sources(std::vector<Source> sources, const YamlLimits& limits = {});

/// Discovers `*.yaml` / `*.yml` under each path (a folder, recursively, hidden
/// folders skipped, in name order; or a file), reads and loads them.
LoadResult load_paths(const std::vector<std::string>& paths, const YamlLimits& limits = {});

/// The built-in SE-AM rules as YAML text (the same format as a `kind: rules` file).
std::string_view builtin_rules_yaml();

}  // namespace scmplan

// Where the `rules:` path of a workspace file leads: decided once, for
// discovery (which adds the rules file to what is read, and so must never add
// one outside the workspace) and for the assembler (which says why a path is
// refused). Private to the load layer.
#pragma once

#include <string>
#include <string_view>

#include "scmplan/file_reader.hpp"

namespace scmplan::load {

enum class RulesPlace {
    inside,          ///< a path in the workspace folder or below it
    absolute,        ///< an absolute path: refused wherever it leads
    outside,         ///< `..` leads out of the workspace folder
    link_outside,    ///< a symbolic link on the way leads out of it
    workspace_file,  ///< the workspace file itself
};

struct RulesTarget {
    RulesPlace place = RulesPlace::inside;
    /// The workspace file's folder joined with the value, lexically normal
    /// (as the loaded files are named); the value itself when absolute.
    std::string path;
};

/// Where `value`, the `rules:` of the workspace file `workspace_file`, leads.
/// The workspace is the folder of the workspace file. The path is relative to
/// that folder; it is refused when absolute, when `..` leaves the folder, or
/// (with a `reader`) when the real path of the result, every symbolic link
/// resolved, is not inside the real path of the folder. Without a reader
/// (files held in memory) the check is lexical only. A path that cannot be
/// resolved (a link loop) counts as inside: reading it reports the loop.
RulesTarget place_rules_file(std::string_view workspace_file, std::string_view value, const FileReader* reader);

}  // namespace scmplan::load

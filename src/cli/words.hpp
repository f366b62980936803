// A command's words read with the command table alone (without CLI11), the way
// the parser reads them: for the "did you mean" of an unknown option, before
// CLI11 sees it, and for `scmplan __complete`, which must find the workspace
// paths and option values on a half-typed command line.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"

namespace scmplan::cli {

struct ScannedWords {
    /// The positional words in order: the positional specs' values first, then
    /// the workspace paths.
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values;  ///< long option name → its (last) value
    std::vector<std::string> unknown;           ///< words that look like options but are none of the command's
};

/// Reads `words` (what follows the command's name). Values come as the next
/// word, after '=' (`--plan=x`) or, for a short option, attached (`-ofile`);
/// a lone "=" word between an option and its value (bash splits `--plan=x` so
/// for completion) is skipped. `-h` and `--help` are known; a word "--" ends
/// the options; "-" alone is a value (standard output or input).
ScannedWords scan_words(const CommandSpec& spec, const std::vector<std::string>& words);

/// The workspace paths of a scanned command line: the positionals after those
/// of the command's positional specs; none when none is given (the workspace
/// is then discovered, as every command discovers it).
std::vector<std::string> workspace_paths(const CommandSpec& spec, const ScannedWords& scanned);

struct UnknownOption {
    std::string word;  ///< as typed, without any "=value"
    std::string near;  ///< the closest option of the command, or ""
};

/// The first word of `words` that looks like an option the command does not
/// have, with the closest one it has ("did you mean").
std::optional<UnknownOption> unknown_option(const CommandSpec& spec, const std::vector<std::string>& words);

}  // namespace scmplan::cli

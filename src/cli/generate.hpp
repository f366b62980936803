// Texts generated from the command table, the same table that builds --help:
// shell completions and the man page. Each generator is a pure function of the
// table, so a new command or option appears in all of them by itself.
#pragma once

#include <string>
#include <vector>

#include "command.hpp"

namespace scmplan::cli {

/// A bash completion script for `scmplan`: subcommands, the options of each,
/// the choices of options with a closed set of values, and file and folder
/// names for workspace paths and for FILE/DIR/PATH values. Other values (N,
/// DATE, ID) complete to nothing. Source it, or install it as
/// share/bash-completion/completions/scmplan.
std::string bash_completion(const std::vector<CommandSpec>& commands);

/// The same completions for zsh (`#compdef scmplan`, `_arguments`), with each
/// command's summary and each option's help as descriptions. Install it as
/// `_scmplan` in a folder of $fpath, e.g. share/zsh/vendor-completions.
std::string zsh_completion(const std::vector<CommandSpec>& commands);

/// The man page scmplan(1) in roff (man macros): NAME, SYNOPSIS, DESCRIPTION,
/// COMMANDS (every command with its options, value names, choices and help),
/// OPTIONS, EXIT STATUS, ENVIRONMENT, FILES, SEE ALSO. `version` and `date`
/// (ISO, the page's date) go into its footer. Non-ASCII characters are written
/// as roff escapes (\[u0E01]), so the page is plain ASCII and renders without
/// preconv.
std::string manpage(const std::vector<CommandSpec>& commands, const std::string& version, const std::string& date);

/// Text for roff as manpage() writes it: `\` as `\e`, `-` as `\-` (options copy
/// as ASCII), every non-ASCII character as `\[uXXXX]` (invalid UTF-8 as U+FFFD).
std::string roff_escape(const std::string& s);

/// The help of the positional workspace paths, as main.cpp gives it to CLI11.
inline constexpr const char* paths_help = "workspace folders or files (default: the workspace found from here)";

/// The name of a kind of value that `scmplan __complete` reads from the
/// workspace ("plan-ids", "enablers", "activity-ids", "step-ids"), or nullptr
/// for a kind the scripts complete by themselves.
const char* dynamic_kind_name(Complete kind);

/// What `scmplan __complete KIND COMMAND WORDS…` prints, one a line: the values
/// of the named dynamic kind, read from the workspace that the words before
/// the cursor (`words`, from the command's name on) name, its paths found as
/// the command would (no PATH: discovered from the current folder and
/// $SCMPLAN_WORKSPACE, docs/cli.md "Which files"). --plan narrows activity ids;
/// step ids are those of the activity given as the command's activity_ids
/// positional. Diagnostics are dropped; an unknown kind gives nothing.
std::vector<std::string> complete_values(const std::vector<CommandSpec>& commands, const std::string& kind,
                                         const std::vector<std::string>& words);

/// What ends a command's --help: its examples, then where the manual is.
std::string help_footer(const CommandSpec& command);
/// The examples of `scmplan --help` and of the man page's EXAMPLES.
std::vector<Example> top_examples();
/// What ends `scmplan --help`: examples across commands, `scmplan help
/// COMMAND`, and where the manual is.
std::string top_help_footer();

/// `scmplan 0.1.0 (06e00b0)`: the project version and the commit the binary was
/// built from (`git describe --always --dirty`), or "unknown" outside a git
/// checkout.
std::string version_line();

/// The hidden commands, which --help does not list: `completion bash|zsh`,
/// `manpage` (each with --help) and `__complete` (for the completions). When `args` (argv without the program name)
/// starts with one of them, fills `out` (the text, or a usage error with exit
/// code 2) and returns true; otherwise returns false and leaves `out` alone.
/// The man page's date is SOURCE_DATE_EPOCH's (reproducible builds), else
/// SCMPLAN_TODAY's, else the system's date.
bool run_hidden_command(const std::vector<CommandSpec>& commands, const std::vector<std::string>& args,
                        Output& out);

}  // namespace scmplan::cli

// The command table: each subcommand declares its name, help and options once,
// as data. main.cpp turns the table into the CLI11 parser; the same table can
// feed shell completions and the man page. Commands fill an Output; only main prints.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "choices.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/file_reader.hpp"

namespace scmplan::cli {

/// What a value (of an option or a positional) completes to in a shell. The
/// dynamic kinds are read from the workspace (or the rules) on the command
/// line by the hidden `scmplan __complete` entry point (completion.hpp).
enum class Complete {
    automatic,    ///< from the spec: its choices, else FILE/PATH files, DIR folders, else nothing
    nothing,      ///< a date, a number, free text
    files,        ///< file and folder names
    dirs,         ///< folder names
    quarters,     ///< 1 2 3 4
    schema_kinds, ///< the file kinds of `scmplan schema`
    plan_ids,     ///< the plan ids of the workspace
    enablers,     ///< the enabler codes of the rules (the workspace's, else the built-in ones)
    activity_ids, ///< the activity ids of the workspace (of --plan's plan, when given)
    step_ids,     ///< the step ids of the activity named by the activity_ids positional
    gap_ids,      ///< the GAP item ids of the workspace's plans (of --plan's plan, when given)
    risk_ids,     ///< the risk ids of the workspace (of --plan's plan, when given)
};

/// An option, or a positional argument when `name` has no leading dash (e.g.
/// "kind"): main.cpp makes such a spec a positional, given in table order.
struct OptionSpec {
    std::string name;        ///< long form, e.g. "--quarter"; or the positional's name
    std::string short_name;  ///< e.g. "-o", or ""
    std::string value_name;  ///< e.g. "N"; "" for a flag
    std::string help;
    std::vector<std::string> choices;  ///< allowed values, if a closed set
    Complete complete = Complete::automatic;
    bool repeatable = false;           ///< may be given several times (Invocation::list)

    bool positional() const { return !name.empty() && name[0] != '-'; }
};

/// What the process knows besides the command line.
struct CommandSpec;

struct Environment {
    bool stdout_is_tty = false;
    bool stderr_is_tty = false;
    bool no_color = false;        ///< NO_COLOR is set and not empty
    bool clicolor_force = false;  ///< CLICOLOR_FORCE is set, not empty and not "0"
    bool term_dumb = false;       ///< TERM is "dumb"
    Date today;                 ///< SCMPLAN_TODAY if set (ISO), else the system's date
    std::string workspace;      ///< SCMPLAN_WORKSPACE, "" when unset or empty
    std::string cwd;            ///< the current folder, absolute
    /// What the commands read through: workspaces, evidence (check and
    /// --zip), `init`'s look before writing. The disk; tests give files in memory.
    const FileReader* files = &disk();
    /// Columns of the terminal the diagnostics go to: COLUMNS when it is a
    /// number, else stderr's width when it is a terminal, else 0 (100 is used).
    std::size_t columns = 0;
};

/// A command's parsed command line. Options are read through value(), flag()
/// and list(), by the names of the command's spec (`declared`): a name the spec
/// does not declare is a programming error (std::logic_error, exit 70), never
/// an option silently not given. Shared helpers that serve commands with and
/// without an option ask declares() first.
struct Invocation {
    std::vector<std::string> paths;  ///< positional; none = discover the workspace (discovery.hpp)
    bool paths_given = false;        ///< some PATH was given on the command line
    std::map<std::string, std::string> values;  ///< option name → value
    std::set<std::string> flags;
    std::map<std::string, std::vector<std::string>> lists;  ///< repeatable options, in order given
    std::set<std::string> declared;  ///< the option names of the command's spec (declare())
    Environment env;
    /// The typed values, decided once before the command runs (main.cpp), never
    /// read again from `values`: the output format (resolve_output_format: --format,
    /// -o FILE's extension, else the command's default, which Invocation::of
    /// sets), --color (read_choices; auto when absent) and --charts (nullopt when absent).
    Format format = Format::md;
    ColorWhen color = ColorWhen::automatic;
    std::optional<Charts> charts;

    /// An Invocation of `spec`'s command, nothing given yet.
    static Invocation of(const CommandSpec& spec);

    bool declares(const std::string& name) const { return declared.count(name) > 0; }
    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    /// Every value of a repeatable option (empty when not given).
    std::vector<std::string> list(const std::string& name) const;

private:
    /// Throws std::logic_error when `name` is not declared.
    void require(const std::string& name) const;
};

/// What a command returns: what it prints and its exit code, one value (a
/// command has no other way to say how it ended).
struct Output {
    std::string out;  ///< data, for stdout (or -o FILE)
    std::string err;  ///< diagnostics, for stderr
    ExitCode exit_code = exit_ok;
    /// Files to write beside -o FILE, before it (report --embed --charts files:
    /// the pictures): path and bytes. Only with -o; written atomically each.
    std::vector<std::pair<std::string, std::string>> files;

    /// Sets the exit code: `return out.ending(exit_io);` in a command.
    Output& ending(ExitCode code) {
        exit_code = code;
        return *this;
    }
};

/// A command line shown at the end of --help and in the man page's EXAMPLES.
/// It must run as shown from a copy of the example workspace (tests run each).
struct Example {
    std::string line;  ///< e.g. "scmplan report --quarter 2 -o q2.md"
    std::string what;  ///< what it does, one line
};

struct CommandSpec {
    std::string name;
    std::string summary;
    std::vector<OptionSpec> options;
    Output (*run)(const Invocation&) = nullptr;
    bool takes_paths = true;
    std::vector<Example> examples{};  ///< two or three (an initializer: specs may leave it out)
};

}  // namespace scmplan::cli

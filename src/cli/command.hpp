// The command table: each subcommand declares its name, help and options once,
// as data. main.cpp turns the table into the CLI11 parser; the same table can
// feed shell completions and the man page. Commands fill an Output; only main prints.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "scmplan/dates.hpp"

namespace scmplan::cli {

struct OptionSpec {
    std::string name;        ///< long form, e.g. "--quarter"
    std::string short_name;  ///< e.g. "-o", or ""
    std::string value_name;  ///< e.g. "N"; "" for a flag
    std::string help;
    std::vector<std::string> choices;  ///< allowed values, if a closed set
    bool many = false;                 ///< may be given several times, one value each (Invocation::lists)
};

/// What the process knows besides the command line.
struct Environment {
    bool stdout_is_tty = false;
    bool no_color = false;      ///< NO_COLOR is set and not empty
    Date today;                 ///< SCMPLAN_TODAY if set (ISO), else the system's date
};

struct Invocation {
    std::vector<std::string> paths;  ///< positional; default {"plans"}
    std::map<std::string, std::string> values;  ///< option name → value
    std::set<std::string> flags;
    std::map<std::string, std::vector<std::string>> lists;  ///< values of `many` options
    Environment env;

    bool flag(const std::string& name) const { return flags.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
};

struct Output {
    std::string out;  ///< data, for stdout (or -o FILE)
    std::string err;  ///< diagnostics, for stderr
    int exit_code = 0;
};

struct CommandSpec {
    std::string name;
    std::string summary;
    std::vector<OptionSpec> options;
    int (*run)(const Invocation&, Output&) = nullptr;
    bool takes_paths = true;
    std::string paths_help = {};  ///< help of the positional arguments when they are more than paths
};

CommandSpec check_command();
CommandSpec report_command();
CommandSpec status_command();
CommandSpec done_command();
CommandSpec progress_command();
CommandSpec evidence_command();

/// Every subcommand, in the order --help lists them.
std::vector<CommandSpec> all_commands();

}  // namespace scmplan::cli

// The hidden commands `completion bash|zsh` and `manpage`, which print texts
// generated from the command table. --help does not list them: they are for
// packagers and for `make install`, not for planning analysts.
#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>

#include "generate.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

constexpr const char* completion_usage =
    "Print a shell completion script, generated from the commands and options\n"
    "Usage: scmplan completion bash|zsh\n"
    "\n"
    "  bash   install as share/bash-completion/completions/scmplan, or: source <(scmplan completion bash)\n"
    "  zsh    install as _scmplan in a folder of $fpath (e.g. share/zsh/vendor-completions)\n";

constexpr const char* manpage_usage =
    "Print the man page scmplan(1) in roff, generated from the commands and options\n"
    "Usage: scmplan manpage\n"
    "\n"
    "  e.g. scmplan manpage > scmplan.1 && man -l scmplan.1\n";

bool is_help(const std::string& a) { return a == "-h" || a == "--help"; }

Output& bad_usage(Output& out, const std::string& message, const std::string& usage_line) {
    out.err += fmt::format("scmplan: error: {}\n  hint: {}\n", message, usage_line);
    return out.ending(exit_usage);
}

/// The man page's date (see generate.hpp), or nullopt after a usage error.
std::optional<Date> page_date(Output& out) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        long long seconds = 0;
        auto [end, ec] = std::from_chars(epoch, epoch + std::strlen(epoch), seconds);
        if (ec != std::errc{} || *end != '\0' || seconds < 0) {
            out.err += fmt::format("scmplan: error: SOURCE_DATE_EPOCH: '{}' is not a number of seconds\n", epoch);
            return std::nullopt;
        }
        return Date{static_cast<std::int32_t>(seconds / 86400)};
    }
    if (const char* today = std::getenv("SCMPLAN_TODAY"); today && *today) {
        DateParse p = parse_date(today);
        if (!p.date) out.err += fmt::format("scmplan: error: SCMPLAN_TODAY: {}\n", p.error);
        return p.date;
    }
    auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return Date{static_cast<std::int32_t>(now.time_since_epoch().count())};
}

}  // namespace

bool run_hidden_command(const std::vector<CommandSpec>& commands, const std::vector<std::string>& args,
                        Output& out) {
    if (args.empty()) return false;
    if (args[0] == "completion") {
        const std::string usage_line = "usage: scmplan completion bash|zsh";
        if (args.size() == 2 && is_help(args[1])) out.out = completion_usage;
        else if (args.size() < 2) bad_usage(out, "completion needs a shell: bash or zsh", usage_line);
        else if (args.size() > 2)
            bad_usage(out, fmt::format("unexpected argument '{}'", args[2]), usage_line);
        else if (args[1] == "bash") out.out = bash_completion(commands);
        else if (args[1] == "zsh") out.out = zsh_completion(commands);
        else bad_usage(out, fmt::format("unknown shell '{}': bash or zsh", args[1]), usage_line);
        return true;
    }
    if (args[0] == "__complete") {
        if (args.size() >= 2)
            for (const auto& v : complete_values(commands, args[1], {args.begin() + 2, args.end()}))
                out.out += v + "\n";
        return true;
    }
    if (args[0] == "manpage") {
        if (args.size() == 2 && is_help(args[1])) out.out = manpage_usage;
        else if (args.size() > 1)
            bad_usage(out, fmt::format("unexpected argument '{}'", args[1]), "usage: scmplan manpage");
        else if (auto date = page_date(out)) out.out = manpage(commands, SCMPLAN_VERSION, format_iso(*date));
        else out.exit_code = exit_usage;
        return true;
    }
    return false;
}

}  // namespace scmplan::cli

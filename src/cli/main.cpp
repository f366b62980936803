// The scmplan executable: builds the command line from the command table, runs
// one subcommand, prints its output, and maps every failure to an exit code.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <malloc.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "generate.hpp"
#include "output_file.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/text.hpp"
#include "words.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

Date system_today() {
    auto now = std::chrono::system_clock::now();
    auto days = std::chrono::floor<std::chrono::days>(now);
    return Date{static_cast<std::int32_t>(days.time_since_epoch().count())};
}

Environment read_environment(std::string& error) {
    Environment env;
    env.stdout_is_tty = isatty(STDOUT_FILENO) == 1;
    env.stderr_is_tty = isatty(STDERR_FILENO) == 1;
    const char* no_color = std::getenv("NO_COLOR");
    env.no_color = no_color != nullptr && *no_color != '\0';  // no-color.org: present and not empty
    const char* force = std::getenv("CLICOLOR_FORCE");
    env.clicolor_force = force != nullptr && *force != '\0' && std::string_view(force) != "0";  // bixense.com/clicolors
    const char* term = std::getenv("TERM");
    env.term_dumb = term != nullptr && std::string_view(term) == "dumb";
    env.today = system_today();
    if (const char* t = std::getenv("SCMPLAN_TODAY"); t && *t) {
        DateParse p = parse_date(t);
        if (p.date) env.today = *p.date;
        else error = fmt::format("SCMPLAN_TODAY: {}", p.error);
    }
    if (const char* w = std::getenv("SCMPLAN_WORKSPACE"); w && *w) env.workspace = w;
    std::error_code ec;
    env.cwd = std::filesystem::current_path(ec).generic_string();
    if (const char* c = std::getenv("COLUMNS"); c && *c) {
        std::size_t n = 0;
        auto [end, cec] = std::from_chars(c, c + std::strlen(c), n);
        if (cec == std::errc() && *end == '\0') env.columns = n;
    }
    if (env.columns == 0 && env.stderr_is_tty) {
        winsize size{};
        if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0) env.columns = size.ws_col;
    }
    return env;
}

/// CLI11's help layout, with the option column padded by display width
/// (CLI11 counts bytes: "TOPIC=VALUE,…" would push its help 2 columns left).
class HelpFormatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        std::string desc = make_option_desc(opt);
        std::size_t width = display_width(name);
        std::string out = name;
        if (!desc.empty()) {
            if (width >= column_width_) out += "\n" + std::string(column_width_, ' ');
            else out += std::string(column_width_ - width, ' ');
            for (char c : desc) out += c == '\n' ? "\n" + std::string(column_width_, ' ') : std::string(1, c);
        }
        return out + "\n";
    }
};

/// `scmplan help [COMMAND]` as `scmplan [COMMAND] --help`; an unknown command
/// is left for the check below. Returns the rewritten arguments.
std::vector<std::string> expand_help(int argc, char** argv) {
    std::vector<std::string> args(argv, argv + argc);
    if (args.size() >= 2 && args[1] == "help") {
        args.erase(args.begin() + 1);
        if (args.size() > 2) args.resize(2);
        args.push_back("--help");
    }
    return args;
}

/// Writes to standard output or error. A failure is reported on standard error
/// (if that still works) and makes the run end with exit 3: a report that did
/// not reach its reader is never a success.
bool print(int fd, std::string_view text) {
    std::cout.flush();
    std::string why;
    if (write_fd(fd, text, why)) return true;
    std::string msg = fmt::format("scmplan: error: cannot write to standard {}: {}\n",
                                  fd == STDOUT_FILENO ? "output" : "error", why);
    if (fd == STDOUT_FILENO) write_fd(STDERR_FILENO, msg, why);
    return false;
}

/// After CLI11 printed help or the version to std::cout: success, or exit 3 if
/// that output could not be written.
ExitCode printed() {
    errno = 0;
    std::cout.flush();
    if (std::cout) return exit_ok;
    std::string why, msg = "scmplan: error: cannot write to standard output";
    if (errno != 0) msg += std::string(": ") + std::strerror(errno);
    write_fd(STDERR_FILENO, msg + "\n", why);
    return exit_io;
}

ExitCode run(int argc, char** argv) {
    CLI::App app{"scmplan: SE-AM action plans as YAML, checked, computed and reported", "scmplan"};
    app.set_version_flag("--version", version_line());
    app.require_subcommand(1);
    app.fallthrough(false);
    app.formatter(std::make_shared<HelpFormatter>());
    app.footer(top_help_footer());

    auto specs = all_commands();
    if (Output hidden; argc > 1 && run_hidden_command(specs, {argv + 1, argv + argc}, hidden)) {
        if (!print(STDERR_FILENO, hidden.err) || !print(STDOUT_FILENO, hidden.out)) return exit_io;
        return hidden.exit_code;
    }
    Invocation inv;
    std::vector<std::string> flag_names;
    const CommandSpec* chosen = nullptr;
    std::vector<std::pair<CLI::App*, const CommandSpec*>> subs;
    // Storage for flag results: one bool per (command, option).
    std::vector<std::unique_ptr<bool>> flag_store;
    std::vector<std::tuple<const CommandSpec*, std::string, bool*>> flag_refs;
    std::vector<std::tuple<const CommandSpec*, std::string, std::unique_ptr<std::string>, CLI::Option*>> value_refs;
    std::vector<std::tuple<const CommandSpec*, std::string, std::unique_ptr<std::vector<std::string>>>> list_refs;

    for (const auto& spec : specs) {
        CLI::App* sub = app.add_subcommand(spec.name, spec.summary);
        sub->footer(help_footer(spec));
        subs.push_back({sub, &spec});
        for (const auto& o : spec.options) {
            std::string names = o.short_name.empty() ? o.name : o.short_name + "," + o.name;
            if (o.value_name.empty()) {
                flag_store.push_back(std::make_unique<bool>(false));
                sub->add_flag(names, *flag_store.back(), o.help);
                flag_refs.emplace_back(&spec, o.name, flag_store.back().get());
            } else if (o.repeatable) {
                // One value per occurrence (--evidence a --evidence b): a greedy
                // list would swallow the workspace paths that follow it.
                auto holder = std::make_unique<std::vector<std::string>>();
                sub->add_option(names, *holder, o.help)->type_name(o.value_name)->allow_extra_args(false);
                list_refs.emplace_back(&spec, o.name, std::move(holder));
            } else {
                auto holder = std::make_unique<std::string>();
                // A positional is shown by its value name alone: "KIND", not "kind KIND".
                auto* opt = o.positional() ? sub->add_option(o.value_name, *holder, o.help)->type_name("")
                                           : sub->add_option(names, *holder, o.help)->type_name(o.value_name);
                if (!o.choices.empty()) opt->check(CLI::IsMember(o.choices));
                value_refs.emplace_back(&spec, o.name, std::move(holder), opt);
            }
        }
        // After the command's own positionals, which take the first words.
        if (spec.takes_paths) sub->add_option("paths", inv.paths, paths_help)->type_name("PATH");
    }

    std::vector<std::string> args = expand_help(argc, argv);
    if (args.size() > 1 && args[1][0] != '-') {
        std::vector<std::string> names;
        for (const auto& spec : specs) names.push_back(spec.name);
        auto known = std::find(names.begin(), names.end(), args[1]);
        if (known == names.end()) {
            std::string near = closest_match(args[1], names);
            std::cerr << fmt::format("scmplan: error: unknown command '{}'\n", escape_for_terminal(args[1]));
            std::cerr << (near.empty() ? fmt::format("  hint: commands: {}\n", fmt::join(names, ", "))
                                       : fmt::format("  hint: did you mean '{}'?\n", near));
            return exit_usage;
        }
        const CommandSpec& spec = specs[static_cast<std::size_t>(known - names.begin())];
        if (auto bad = unknown_option(spec, {args.begin() + 2, args.end()})) {
            std::cerr << fmt::format("scmplan: error: {} has no option '{}'\n", spec.name,
                                     escape_for_terminal(bad->word));
            std::cerr << (bad->near.empty()
                              ? fmt::format("  hint: run 'scmplan {} --help' for the options\n", spec.name)
                              : fmt::format("  hint: did you mean '{}'?\n", bad->near));
            return exit_usage;
        }
    }
    try {
        // CLI11 takes the arguments in reverse order, without the program name.
        std::vector<std::string> reversed(args.rbegin(), args.rend() - 1);
        app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
        app.exit(e);  // prints; its code is 0 for help and version
        return printed();
    } catch (const CLI::CallForAllHelp& e) {
        app.exit(e);  // prints; its code is 0 for help and version
        return printed();
    } catch (const CLI::CallForVersion& e) {
        app.exit(e);  // prints; its code is 0 for help and version
        return printed();
    } catch (const CLI::ParseError& e) {
        std::cerr << "scmplan: error: " << escape_for_terminal(e.what()) << "\n";
        std::string sub = args.size() > 1 && args[1][0] != '-' ? args[1] + " " : "";
        std::cerr << "  hint: run 'scmplan " << sub << "--help' for the options\n";
        return exit_usage;
    }

    for (auto& [sub, spec] : subs)
        if (sub->parsed()) chosen = spec;
    if (!chosen) return exit_usage;
    const Invocation fresh = Invocation::of(*chosen);
    inv.declared = fresh.declared;
    inv.format = fresh.format;
    for (auto& [spec, name, value] : flag_refs)
        if (spec == chosen && *value) inv.flags.insert(name);
    // An empty value is a mistake (an unset shell variable), never "not given".
    auto empty_value = [](const std::string& name) {
        std::cerr << fmt::format("scmplan: error: {}: the value is empty\n", name);
        std::cerr << "  hint: give a value, or leave the option out\n";
        return exit_usage;
    };
    for (auto& [spec, name, holder, opt] : value_refs) {
        if (spec != chosen || opt->count() == 0) continue;
        if (holder->empty()) return empty_value(name);
        inv.values[name] = *holder;
    }
    for (auto& [spec, name, holder] : list_refs) {
        if (spec != chosen || holder->empty()) continue;
        if (std::find(holder->begin(), holder->end(), std::string()) != holder->end()) return empty_value(name);
        inv.lists[name] = *holder;
    }
    inv.paths_given = !inv.paths.empty();

    std::string env_error;
    inv.env = read_environment(env_error);
    if (!env_error.empty()) {
        std::cerr << "scmplan: error: " << env_error << "\n";
        return exit_usage;
    }

    std::string hint;
    if (std::string error = read_choices(*chosen, inv, hint); !error.empty()) {
        std::cerr << "scmplan: error: " << error << "\n  hint: " << hint << "\n";
        return exit_usage;
    }

    const Output out = chosen->run(inv);
    if (!print(STDERR_FILENO, out.err)) return exit_io;
    if (out.exit_code == exit_ok || !out.out.empty()) {
        auto file = inv.declares("--output") ? inv.value("--output") : std::nullopt;
        if (file && *file != "-") {
            std::string error;
            for (const auto& [path, bytes] : out.files)
                if (!write_output(path, bytes, error)) {
                    print(STDERR_FILENO, "scmplan: error: " + escape_for_terminal(error) + "\n");
                    return exit_io;
                }
            if (!write_output(*file, out.out, error)) {
                print(STDERR_FILENO, "scmplan: error: " + escape_for_terminal(error) + "\n");
                return exit_io;
            }
        } else if (!print(STDOUT_FILENO, out.out)) {
            return exit_io;
        }
    }
    return out.exit_code;
}

}  // namespace
}  // namespace scmplan::cli

int main(int argc, char** argv) {
    // Memory freed is kept for the next allocation rather than given back to
    // the system at once, and large blocks come from the heap too: a load
    // frees the trees of thousands of files, and the next phase would
    // otherwise fault the same pages in again (about a tenth of an import's
    // time at 50,000 rows, docs/performance.md). A command runs for seconds;
    // all of it is given back when it exits.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 1 << 28);
    mallopt(M_TOP_PAD, 64 << 20);
    try {
        return scmplan::cli::run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "scmplan: internal error: " << e.what() << "\n";
        return scmplan::exit_internal;
    }
}

// The ends of --help: examples from the command table and where the manual is.
// (CLI11 ends the footer with a newline of its own.)
#include <fmt/format.h>

#include "generate.hpp"

namespace scmplan::cli {

namespace {

std::string examples_block(const std::vector<Example>& examples) {
    if (examples.empty()) return "";
    std::string s = "Examples:\n";
    for (const auto& e : examples) s += fmt::format("  {}\n      {}\n", e.line, e.what);
    return s + "\n";
}

}  // namespace

std::string help_footer(const CommandSpec& command) {
    return examples_block(command.examples) + "Exit codes, environment, every command: man scmplan";
}

std::vector<Example> top_examples() {
    return {{"scmplan check", "check the workspace in ./plans: every problem at file:line:column"},
            {"scmplan report --quarter 2 -o q2.md", "the quarter 2 report to the director, in Thai"},
            {"scmplan status --plan fio-scm-2566", "one line per activity, as of today"}};
}

std::string top_help_footer() {
    return examples_block(top_examples()) +
           "Run 'scmplan help COMMAND' for a command's options and examples.\n"
           "Exit codes, environment, every command: man scmplan";
}

}  // namespace scmplan::cli

// The colour decision (--color and the environment) and coloured diagnostics
// (src/cli/common.cpp).
#include <doctest/doctest.h>

#include <string>

#include "../../src/cli/common.hpp"

using namespace scmplan;
using namespace scmplan::cli;

namespace {

Invocation with(const std::string& when, Environment env) {
    Invocation inv;
    inv.declared = {"--color"};
    if (!when.empty()) inv.values["--color"] = when;
    inv.env = env;
    std::string hint;
    CHECK(read_choices(CommandSpec{"status", "", {opt_color()}, nullptr}, inv, hint) == "");
    return inv;
}

}  // namespace

TEST_CASE("--color=auto (or none): a terminal, unless NO_COLOR or TERM=dumb; CLICOLOR_FORCE a pipe too") {
    Environment plain;
    CHECK(use_color(with("", plain), true));
    CHECK_FALSE(use_color(with("", plain), false));
    CHECK(use_color(with("auto", plain), true));
    Environment dumb;
    dumb.term_dumb = true;
    CHECK_FALSE(use_color(with("", dumb), true));
    Environment no_color;
    no_color.no_color = true;
    CHECK_FALSE(use_color(with("", no_color), true));
    Environment force;
    force.clicolor_force = true;
    CHECK(use_color(with("", force), false));
    force.term_dumb = true;
    CHECK(use_color(with("", force), false));  // forced: even TERM=dumb
    force.no_color = true;
    CHECK_FALSE(use_color(with("", force), true));  // NO_COLOR wins
}

TEST_CASE("--color=always and never override the environment") {
    Environment all;
    all.no_color = true;
    all.term_dumb = true;
    CHECK(use_color(with("always", all), false));
    Environment force;
    force.clicolor_force = true;
    CHECK_FALSE(use_color(with("never", force), true));
}

TEST_CASE("diagnostics in colour: position bold, error red, warning magenta, hint cyan; plain otherwise") {
    Diagnostics d;
    d.add({no_file, 3, 5, Severity::error, DiagCode::E012, "bad value", "use a number"}, "a.yaml");
    d.add({no_file, 1, 1, Severity::warning, DiagCode::W103, "odd owner", ""}, "b.yaml");
    CHECK(format_diagnostics_text(d, 10, "") ==
          "a.yaml:3:5: error[E012]: bad value\n"
          "  hint: use a number\n"
          "b.yaml:1:1: warning[W103]: odd owner\n");
    CHECK(format_diagnostics_text(d, 10, "", true) ==
          "\x1b[1ma.yaml:3:5:\x1b[0m \x1b[1;31merror[E012]:\x1b[0m bad value\n"
          "  \x1b[1;36mhint:\x1b[0m use a number\n"
          "\x1b[1mb.yaml:1:1:\x1b[0m \x1b[1;35mwarning[W103]:\x1b[0m odd owner\n");
}

TEST_CASE("diagnostics in text show the source line with a caret, from the text the command gives") {
    Diagnostics d;
    d.add({no_file, 2, 10, Severity::warning, DiagCode::W103, "odd owner", "did you mean 'ส.ตต.'?"}, "a.yaml");
    d.add({no_file, 9, 1, Severity::error, DiagCode::E011, "past the end", ""}, "a.yaml");    // no such line: none shown
    d.add({no_file, 1, 1, Severity::error, DiagCode::E001, "unreadable", ""}, "gone.yaml");  // no text: none shown
    d.add({no_file, 0, 0, Severity::error, DiagCode::E005, "whole file", ""}, "a.yaml");     // no line: none shown
    d.sort();
    int reads = 0;
    SourceLines sources;
    sources.text = [&reads](const std::string& path) -> std::optional<std::string> {
        ++reads;
        if (path == "a.yaml") return std::string("scmplan: 1\nowners: [ส.ธต.]\n");
        return std::nullopt;
    };
    CHECK(format_diagnostics_text(d, 10, "", false, sources) ==
          "a.yaml: error[E005]: whole file\n"
          "a.yaml:2:10: warning[W103]: odd owner\n"
          "  2 | owners: [ส.ธต.]\n"
          "    |          ^\n"
          "  hint: did you mean 'ส.ตต.'?\n"
          "a.yaml:9:1: error[E011]: past the end\n"
          "gone.yaml:1:1: error[E001]: unreadable\n");
    CHECK(reads == 2);  // each file read once
    CHECK(format_diagnostics_text(d, 10, "", true, sources).find("    |          \x1b[1;32m^\x1b[0m\n") !=
          std::string::npos);
}

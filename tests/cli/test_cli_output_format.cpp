// -o FILE chooses the format (src/cli/output_format.cpp): by extension when
// --format is absent, a usage error when they disagree or when the command cannot
// write it, and binary formats never to a terminal.
#include <doctest/doctest.h>

#include "../../src/cli/output_format.hpp"

using namespace scmplan::cli;

namespace {

CommandSpec report_like() {
    return {"report", "", {{"--format", "", "FORMAT", "", {"md", "csv", "json", "docx"}}, {"--output", "-o", "FILE", "", {}}},
            nullptr};
}

Invocation with(std::map<std::string, std::string> values, bool tty = false) {
    Invocation inv = Invocation::of(report_like());
    inv.values = std::move(values);
    inv.env.stdout_is_tty = tty;
    return inv;
}

}  // namespace

TEST_CASE("format_of_extension: known extensions, any case; others none") {
    CHECK(format_of_extension("q2.docx") == "docx");
    CHECK(format_of_extension("out/Q2.DOCX") == "docx");
    CHECK(format_of_extension("a.htm") == "html");
    CHECK(format_of_extension("a.html") == "html");
    CHECK(format_of_extension("t.mmd") == "mermaid");
    CHECK(format_of_extension("report.txt") == "");
    CHECK(format_of_extension("report") == "");
    CHECK(format_of_extension(".json") == "");         // a hidden file named ".json"
    CHECK(format_of_extension("dir.md/report") == "");  // the folder's name does not count
}

TEST_CASE("-o FILE.docx without --format chooses docx") {
    auto inv = with({{"--output", "q2.docx"}});
    std::string hint;
    CHECK(settle_output_format(report_like(), inv, hint) == "");
    CHECK(inv.value("--format") == "docx");
}

TEST_CASE("-o with an unknown extension keeps the default format") {
    auto inv = with({{"--output", "q2.txt"}});
    std::string hint;
    CHECK(settle_output_format(report_like(), inv, hint) == "");
    CHECK_FALSE(inv.value("--format"));
}

TEST_CASE("an extension that contradicts --format is an error") {
    auto inv = with({{"--output", "q2.xlsx"}, {"--format", "csv"}});
    std::string hint;
    CHECK(settle_output_format(report_like(), inv, hint) == "-o q2.xlsx asks for xlsx, but --format says csv");
    CHECK(hint == "name the file ….csv; report writes md, csv, json, docx");
    auto writable = with({{"--output", "q2.docx"}, {"--format", "md"}});
    CHECK(settle_output_format(report_like(), writable, hint) == "-o q2.docx asks for docx, but --format says md");
    CHECK(hint == "name the file ….md, or drop --format to write docx");
    auto same = with({{"--output", "q2.csv"}, {"--format", "csv"}});
    CHECK(settle_output_format(report_like(), same, hint) == "");
}

TEST_CASE("an extension the command cannot write is an error") {
    auto inv = with({{"--output", "q2.svg"}});
    std::string hint;
    CHECK(settle_output_format(report_like(), inv, hint) == "report cannot write svg (asked for by -o q2.svg)");
    CHECK(hint == "report writes md, csv, json, docx");
}

TEST_CASE("a binary format is not written to a terminal") {
    std::string hint;
    auto tty = with({{"--format", "docx"}}, true);
    CHECK(settle_output_format(report_like(), tty, hint) == "docx is a binary format and standard output is a terminal");
    CHECK(hint == "write it to a file: -o FILE.docx, or redirect standard output");
    auto piped = with({{"--format", "docx"}}, false);
    CHECK(settle_output_format(report_like(), piped, hint) == "");
    auto text = with({{"--format", "md"}}, true);
    CHECK(settle_output_format(report_like(), text, hint) == "");
}

TEST_CASE("commands without --format are left alone") {
    CommandSpec schema{"schema", "", {{"--output", "-o", "FILE", "", {}}}, nullptr};
    auto inv = with({{"--output", "plan.docx"}});
    std::string hint;
    CHECK(settle_output_format(schema, inv, hint) == "");
    CHECK_FALSE(inv.value("--format"));
}

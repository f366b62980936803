// The format table and the output format of a command line (src/cli/output_format.cpp):
// every extension names its format and back, every command's --format comes from
// the table; -o FILE chooses the format by extension when --format is absent, a
// usage error when they disagree or when the command cannot write it, and binary
// formats never to a terminal. The parsed values are never rewritten.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "../../src/cli/commands.hpp"
#include "../../src/cli/common.hpp"
#include "../../src/cli/output_format.hpp"

using namespace scmplan::cli;

namespace {

CommandSpec report_like() { return {"report", "", {format_option("report"), opt_output()}, nullptr}; }

Invocation with(std::map<std::string, std::string> values, bool tty = false) {
    Invocation inv = Invocation::of(report_like());
    inv.values = std::move(values);
    inv.env.stdout_is_tty = tty;
    return inv;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

const OptionSpec* option(const CommandSpec& spec, const std::string& name) {
    for (const auto& o : spec.options)
        if (o.name == name) return &o;
    return nullptr;
}

}  // namespace

TEST_CASE("the format table: every extension names its format, and the format its first extension") {
    std::set<std::string_view> names, extensions;
    for (const FormatInfo& i : format_table()) {
        CHECK(names.insert(i.name).second);  // each name once
        CHECK(format_named(i.name) == i.format);
        CHECK(format_name(i.format) == i.name);
        CHECK(&format_info(i.format) == &i);
        for (std::string_view e : i.extensions) {
            CAPTURE(e);
            CHECK(extensions.insert(e).second);  // each extension names one format
            CHECK(format_of_extension("out/q2" + std::string(e)) == i.format);
            CHECK(format_of_extension("Q2" + upper(e)) == i.format);
        }
        CHECK_FALSE(i.commands.empty());  // a format no command offers has no place in it
    }
    CHECK(format_info(Format::html).extensions.front() == ".html");  // the one suggested; .htm is read too
    CHECK(format_of_extension("a.htm") == Format::html);
    CHECK(format_of_extension("t.mmd") == Format::mermaid);
    CHECK(format_of_extension("t.tsv") == Format::tsv);
    CHECK_FALSE(format_named("markdown"));
}

TEST_CASE("format_of_extension: other names are none") {
    CHECK_FALSE(format_of_extension("report.txt"));
    CHECK_FALSE(format_of_extension("report"));
    CHECK_FALSE(format_of_extension(".json"));         // a hidden file named ".json"
    CHECK_FALSE(format_of_extension("dir.md/report"));  // the folder's name does not count
}

TEST_CASE("binary and joinable come from the table") {
    std::vector<std::string_view> binary, joinable;
    for (const FormatInfo& i : format_table()) {
        if (i.binary) binary.push_back(i.name);
        if (i.joinable) joinable.push_back(i.name);
    }
    CHECK(binary == std::vector<std::string_view>{"xlsx", "docx"});
    CHECK(joinable == std::vector<std::string_view>{"md", "csv", "tsv", "json"});
}

TEST_CASE("every command's --format: its choices are the table's formats for it, the first its default") {
    std::set<std::string> with_format;
    for (const CommandSpec& spec : all_commands()) {
        CAPTURE(spec.name);
        const OptionSpec* o = option(spec, "--format");
        std::vector<Format> formats = formats_of(spec.name);
        if (!o) {
            CHECK(formats.empty());
            continue;
        }
        with_format.insert(spec.name);
        std::vector<std::string> names;
        for (Format f : formats) names.emplace_back(format_name(f));
        CHECK(o->choices == names);
        CHECK(o->help.starts_with(names.front() + " (default"));
        for (const std::string& n : names) CHECK(o->help.find(n) != std::string::npos);
        CHECK(Invocation::of(spec).format == formats.front());
    }
    // Every command the table names has --format.
    for (const FormatInfo& i : format_table())
        for (std::string_view c : i.commands) CHECK(with_format.count(std::string(c)) == 1);
    CHECK(formats_of("check") == std::vector<Format>{Format::text, Format::json, Format::github});
    CHECK(formats_of("gantt") == std::vector<Format>{Format::mermaid, Format::svg});
    CHECK(formats_of("evidence") == std::vector<Format>{Format::md, Format::csv, Format::tsv, Format::json});
}

TEST_CASE("the --format help: a list in prose with the notes") {
    CHECK(format_option("check", ", to stderr", {{Format::github, "to stdout"}}).help ==
          "text (default, to stderr), json or github (to stdout)");
    CHECK(format_option("gantt").help == "mermaid (default) or svg");
    CHECK(format_option("report", "", {{Format::docx, "Word"}}).help ==
          "md (default), csv, tsv, json, xlsx, html or docx (Word)");
}

TEST_CASE("no --format: the command's default; the parsed values are left as they are") {
    auto inv = with({});
    std::string hint;
    CHECK(resolve_output_format(report_like(), inv, hint) == "");
    CHECK(inv.format == Format::md);
    auto given = with({{"--format", "tsv"}});
    CHECK(resolve_output_format(report_like(), given, hint) == "");
    CHECK(given.format == Format::tsv);
}

TEST_CASE("-o FILE.docx without --format chooses docx, and -o FILE.tsv tsv") {
    auto inv = with({{"--output", "q2.docx"}});
    std::string hint;
    CHECK(resolve_output_format(report_like(), inv, hint) == "");
    CHECK(inv.format == Format::docx);
    CHECK_FALSE(inv.value("--format"));  // not rewritten
    auto tsv = with({{"--output", "q2.TSV"}});
    CHECK(resolve_output_format(report_like(), tsv, hint) == "");
    CHECK(tsv.format == Format::tsv);
}

TEST_CASE("-o with an unknown extension keeps the default format") {
    auto inv = with({{"--output", "q2.txt"}});
    std::string hint;
    CHECK(resolve_output_format(report_like(), inv, hint) == "");
    CHECK(inv.format == Format::md);
}

TEST_CASE("an extension that contradicts --format is an error") {
    auto inv = with({{"--output", "q2.svg"}, {"--format", "csv"}});
    std::string hint;
    CHECK(resolve_output_format(report_like(), inv, hint) == "-o q2.svg asks for svg, but --format says csv");
    CHECK(hint == "name the file ….csv; report writes md, csv, tsv, json, xlsx, html, docx");
    auto writable = with({{"--output", "q2.docx"}, {"--format", "md"}});
    CHECK(resolve_output_format(report_like(), writable, hint) == "-o q2.docx asks for docx, but --format says md");
    CHECK(hint == "name the file ….md, or drop --format to write docx");
    auto same = with({{"--output", "q2.csv"}, {"--format", "csv"}});
    CHECK(resolve_output_format(report_like(), same, hint) == "");
    CHECK(same.format == Format::csv);
}

TEST_CASE("a format the command does not offer is refused, with its formats as the hint") {
    std::string hint;
    auto svg = with({{"--output", "q2.svg"}});
    CHECK(resolve_output_format(report_like(), svg, hint) == "report cannot write svg (asked for by -o q2.svg)");
    CHECK(hint == "report writes md, csv, tsv, json, xlsx, html, docx");
    auto mmd = with({{"--output", "t.mmd"}});
    CHECK(resolve_output_format(report_like(), mmd, hint) == "report cannot write mermaid (asked for by -o t.mmd)");
    CommandSpec evidence{"evidence", "", {format_option("evidence"), opt_output()}, nullptr};
    auto html = Invocation::of(evidence);
    html.values = {{"--output", "e.htm"}};
    CHECK(resolve_output_format(evidence, html, hint) == "evidence cannot write html (asked for by -o e.htm)");
    CHECK(hint == "evidence writes md, csv, tsv, json");
}

TEST_CASE("a binary format is not written to a terminal") {
    std::string hint;
    auto tty = with({{"--format", "docx"}}, true);
    CHECK(resolve_output_format(report_like(), tty, hint) == "docx is a binary format and standard output is a terminal");
    CHECK(hint == "write it to a file: -o FILE.docx, or redirect standard output");
    auto xlsx = with({{"--format", "xlsx"}}, true);
    CHECK(resolve_output_format(report_like(), xlsx, hint) == "xlsx is a binary format and standard output is a terminal");
    auto piped = with({{"--format", "docx"}}, false);
    CHECK(resolve_output_format(report_like(), piped, hint) == "");
    auto text = with({{"--format", "md"}}, true);
    CHECK(resolve_output_format(report_like(), text, hint) == "");
}

TEST_CASE("commands without --format are left alone") {
    CommandSpec schema{"schema", "", {{"--output", "-o", "FILE", "", {}}}, nullptr};
    Invocation inv = Invocation::of(schema);
    inv.values = {{"--output", "plan.docx"}};
    std::string hint;
    CHECK(resolve_output_format(schema, inv, hint) == "");
    CHECK(inv.format == Invocation().format);
}

TEST_CASE("--color and --charts: typed, their choices and help from their tables") {
    CHECK(opt_color().choices == std::vector<std::string>{"auto", "always", "never"});
    CHECK(opt_color().help == "colours: auto (default: on a terminal), always or never");
    CHECK(opt_charts().choices == std::vector<std::string>{"mermaid", "files", "data-uri"});
    CHECK(opt_charts().help ==
          "with --embed: mermaid (default; and the heat map as a table), files (SVG pictures beside -o FILE) "
          "or data-uri (SVG pictures inside the Markdown)");
    CommandSpec spec{"report", "", {format_option("report"), opt_color(), opt_charts()}, nullptr};
    Invocation inv = Invocation::of(spec);
    std::string hint;
    CHECK(read_choices(spec, inv, hint) == "");
    CHECK(inv.color == ColorWhen::automatic);
    CHECK_FALSE(inv.charts);
    inv.values = {{"--color", "never"}, {"--charts", "data-uri"}};
    CHECK(read_choices(spec, inv, hint) == "");
    CHECK(inv.color == ColorWhen::never);
    CHECK(inv.charts == Charts::data_uri);
}

TEST_CASE("render options: built once from the command line, --excel with CSV only") {
    CommandSpec spec{"summary", "", {format_option("summary"), opt_lang(), opt_excel(), opt_color()}, nullptr};
    Invocation inv = Invocation::of(spec);
    inv.values = {{"--lang", "en"}, {"--format", "tsv"}, {"--color", "always"}};
    std::string hint;
    REQUIRE(read_choices(spec, inv, hint) == "");
    Output out;
    auto o = render_options(inv, out);
    REQUIRE(o);
    CHECK(o->lang == scmplan::Lang::en);
    CHECK(o->tsv);
    CHECK_FALSE(o->excel);
    CHECK(o->color);
    CHECK(o->width == 100);  // not a terminal

    inv.flags = {"--excel"};
    CHECK_FALSE(render_options(inv, out));
    CHECK(out.exit_code == scmplan::exit_usage);
    CHECK(out.err == "scmplan: error: --excel applies to --format csv only\n");

    inv.values["--format"] = "csv";
    REQUIRE(read_choices(spec, inv, hint) == "");
    Output fine;
    auto csv = render_options(inv, fine);
    REQUIRE(csv);
    CHECK(csv->excel);
    CHECK_FALSE(csv->tsv);

    // A command without --lang, --excel or --format (none renders so, but the
    // defaults hold): Thai, no CSV options.
    CommandSpec bare{"status", "", {opt_color()}, nullptr};
    Invocation plain = Invocation::of(bare);
    auto d = render_options(plain, fine);
    REQUIRE(d);
    CHECK(d->lang == scmplan::Lang::th);
    CHECK_FALSE(d->tsv);
}

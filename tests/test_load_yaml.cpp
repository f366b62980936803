// The positioned YAML layer: what yaml-cpp lets through must be refused here.
#include <doctest/doctest.h>

#include "support.hpp"
#include "scmplan/yaml_tree.hpp"

using namespace scmplan;

namespace {

using test::parse_errors;

YNode parse_ok(std::string_view text) {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse_yaml(text, 0, d);
    CHECK(test::diag_lines(d) == "");
    return n;
}

}  // namespace

TEST_CASE("positions are 1-based and count characters, not bytes") {
    YNode n = parse_ok("ชื่อ: ค่า\nb: 2\n");
    REQUIRE(n.is_map());
    CHECK(n.key(0).loc.line == 1);
    CHECK(n.key(0).loc.column == 1);
    CHECK(n.value(0).loc.column == 7);  // "ชื่อ: " is 6 code points
    CHECK(n.key(1).loc.line == 2);
}

TEST_CASE("quoted scalars are marked, plain ones are not") {
    YNode n = parse_ok("a: \"8\"\nb: 8\nc: '8'\n");
    CHECK(n.value(0).quoted);
    CHECK_FALSE(n.value(1).quoted);
    CHECK(n.value(2).quoted);
}

TEST_CASE("an empty value points at its key") {
    YNode n = parse_ok("a:\nb: 1\n");
    CHECK(n.value(0).is_null());
    CHECK(n.value(0).loc.line == 1);
}

TEST_CASE("duplicate keys are errors at the second key, naming the first") {
    CHECK(parse_errors("a: 1\nb: 2\na: 3\n") ==
          "f.yaml:3:1: E012 duplicate key 'a' (first at line 1, column 1) "
          "[merge the two entries: scmplan never lets one silently win]\n");
    CHECK(parse_errors("x:\n  - {k: 1, k: 2}\n").find("f.yaml:2:12: E012 duplicate key 'k'") == 0);
}

TEST_CASE("a second document is an error") {
    CHECK(parse_errors("a: 1\n---\nb: 2\n").find("f.yaml:3:1: E004 a second YAML document in one file") == 0);
}

TEST_CASE("anchors and aliases are refused, so alias bombs cannot blow up") {
    std::string out = parse_errors("a: &x [1, 2]\nb: *x\n");
    CHECK(out.find("E004 anchors (&x) are not supported") != std::string::npos);
    CHECK(out.find("f.yaml:2:4: E004 aliases (*name) are not supported") != std::string::npos);
    CHECK(parse_errors("a: &x {ref: *x}\n").find("E004") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is an error at its position") {
    CHECK(parse_errors("a: ok\nb: \xFF\n") == "f.yaml:2:4: E002 byte 0xFF is not valid UTF-8 [save the file as UTF-8]\n");
    CHECK(parse_errors("a: \xE0\xB8\n").find("E002") != std::string::npos);  // truncated sequence
    CHECK(parse_errors("a: \xC0\xAF\n").find("E002") != std::string::npos);  // overlong
}

TEST_CASE("control characters are errors") {
    CHECK(parse_errors(std::string("a: x") + "\x01" + "y\n").find("f.yaml:1:5: E002 control character 0x01") == 0);
}

TEST_CASE("a BOM and CRLF line ends are accepted") {
    YNode n = parse_ok("\xEF\xBB\xBF" "a: 1\r\nb: ค\r\n");
    REQUIRE(n.is_map());
    CHECK(n.value(1).text == "ค");
    CHECK(n.key(1).loc.line == 2);
    CHECK(n.key(0).loc.column == 1);
}

TEST_CASE("tabs in indentation are errors") {
    CHECK(parse_errors("a:\n\tb: 1\n").find("f.yaml:2:1: E003 tab character in indentation") == 0);
}

TEST_CASE("an unclosed quote that swallows the next key is an error") {
    CHECK(parse_errors("a: \"x\nb: 2\n").find("f.yaml:1:4: E003 quoted text opened here is not closed before line 2") == 0);
    // A properly indented continuation is fine.
    YNode n = parse_ok("a: \"x\n  y\"\nb: 2\n");
    CHECK(n.value(0).text == "x y");
}

TEST_CASE("syntax errors name the position without yaml-cpp's prefix") {
    std::string out = parse_errors("a: b: c\n");
    CHECK(out.find("f.yaml:1:") == 0);
    CHECK(out.find("E003 YAML syntax") != std::string::npos);
    CHECK(out.find("yaml-cpp") == std::string::npos);
}

TEST_CASE("limits: size and depth") {
    YamlLimits small;
    small.max_bytes = 10;
    CHECK(parse_errors("a: 123456789\n", small).find("E005 file is 13 bytes, over the limit of 10 bytes") != std::string::npos);
    std::string deep(200, '[');
    CHECK(parse_errors(deep).find("E005 nesting deeper than 64 levels") != std::string::npos);
}

TEST_CASE("flow brackets past the depth limit are refused before parsing, at the bracket of level 65") {
    // Unclosed and closed alike, and a million of them: one error, no recursion.
    std::string prefix = "id: ";
    for (std::string tail : {std::string(1000000, '['), std::string(100, '[') + std::string(100, ']')}) {
        std::string text = prefix + tail + "\n";
        CHECK(parse_errors(text) == "f.yaml:1:69: E005 nesting deeper than 64 levels\n");
    }
    // Brackets inside quotes and comments are text.
    CHECK(parse_errors("a: '" + std::string(100, '[') + "'\n# " + std::string(100, '{') + "\n") == "");
}

TEST_CASE("an anchor bomb is reported once per kind, and the file is not read further") {
    std::string bomb = "a: &a [x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n";
    std::string errors = parse_errors(bomb);
    CHECK(errors == "f.yaml:1:4: E004 anchors (&a) are not supported in scmplan files"
                    " [remove the anchor and write values out in full]\n"
                    "f.yaml:2:8: E004 aliases (*name) are not supported in scmplan files"
                    " [write the value out in full]\n");
}

TEST_CASE("an empty file is an error") {
    CHECK(parse_errors("") == "f.yaml:1:1: E010 file is empty [a scmplan file starts with 'scmplan: 1' and 'kind: …']\n");
    CHECK(parse_errors("# only a comment\n").find("E010 file is empty") != std::string::npos);
}

TEST_CASE("non-characters and what XML forbids are errors, raw or as escapes, at their place") {
    // Raw in the text: at the character, and the file is not read further.
    CHECK(parse_errors("a: ok\nb: x\xEF\xBF\xBEy\n") ==
          "f.yaml:2:5: E002 non-character U+FFFE in text [remove it: it is not a character of any text, and "
          "Word, Excel and SVG files cannot hold it]\n");
    CHECK(parse_errors("a: \xEF\xB7\x90\n").find("f.yaml:1:4: E002 non-character U+FDD0 in text") == 0);
    CHECK(parse_errors("a: \xF4\x8F\xBF\xBF\n").find("f.yaml:1:4: E002 non-character U+10FFFF in text") == 0);
    CHECK(parse_errors("# \xEF\xBF\xBF in a comment too\na: 1\n").find("f.yaml:1:3: E002 non-character U+FFFF") == 0);
    // As YAML escapes: at the value, every one of them in one run.
    const std::string escapes = "a: \"\\uFFFE\"\nb: \"x\\uFDEF\"\nc: \"\\U0001FFFF\"\nd: \"\\U0010FFFE\"\n"
                                "\"\\uFFFF\": key\ne: [\"\\uFDD0\"]\n";
    const std::string errors = parse_errors(escapes);
    CHECK(errors.find("f.yaml:1:4: E002 non-character U+FFFE in text") != std::string::npos);
    CHECK(errors.find("f.yaml:2:4: E002 non-character U+FDEF in text") != std::string::npos);
    CHECK(errors.find("f.yaml:3:4: E002 non-character U+1FFFF in text") != std::string::npos);
    CHECK(errors.find("f.yaml:4:4: E002 non-character U+10FFFE in text") != std::string::npos);
    CHECK(errors.find("f.yaml:5:1: E002 non-character U+FFFF in text") != std::string::npos);
    CHECK(errors.find("f.yaml:6:5: E002 non-character U+FDD0 in text") != std::string::npos);
    // The neighbours are text.
    parse_ok("a: \"\\uFFFD \\uFDCF \\uFDF0 \\U0001FFFD \\U0010FFFD \\uE000 \\uD7FF\"\nb: \xEF\xBF\xBD\n");
    // A surrogate escape is not a character: yaml-cpp refuses it, and it never reaches a value.
    CHECK(parse_errors("a: \"\\uD800\"\n").find("E00") != std::string::npos);
    CHECK(parse_errors("a: \"\\uDFFF x\"\n").find("E00") != std::string::npos);
}

TEST_CASE("a value is quoted in a message at most 80 characters long") {
    // A whole line as the top level (a file that is not a scmplan file): the message stays short.
    LoadResult r = load_sources({{"f.yaml", std::string(500000, 'x') + "\n"}});
    const std::string lines = test::diag_lines(r.diags);
    CHECK(lines.size() < 300);
    CHECK(lines.find("'" + std::string(80, 'x') + "…'") != std::string::npos);
    CHECK(describe(parse_ok("a: " + std::string(1000, 'y') + "\n").items[1]).size() == 80 + 2 + 3);
}

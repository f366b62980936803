// Hostile shapes of input for the loader: positions on very long lines, big
// mappings, the bracket count, controls from escapes, invisible characters,
// number bounds.
#include <doctest/doctest.h>

#include <string>

#include "support.hpp"
#include "scmplan/yaml_tree.hpp"

using namespace scmplan;

using test::parse_errors;

TEST_CASE("columns on one long line are counted on from the previous position") {
    // A flow list of 20,000 Thai items on one line, then a duplicate key in a
    // flow mapping at its end: the column counts code points, not bytes.
    std::string line = "a: [";
    for (int i = 0; i < 20000; ++i) line += "ก, ";  // 3 code points each (ก , space)
    line += "{x: 1, x: 2}]\n";
    // "a: [" is 4, the items 60,000, "{x: 1, " 7: the second x is at column 4 + 60000 + 7 + 1.
    CHECK(parse_errors(line) ==
          "f.yaml:1:60012: E012 duplicate key 'x' (first at line 1, column 60006) "
          "[merge the two entries: scmplan never lets one silently win]\n");
}

TEST_CASE("duplicate keys in a big mapping are found by the index") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "k" + std::to_string(i) + ": 1\n";
    text += "k3: 2\nk999: 3\nk1000: 4\n";
    CHECK(parse_errors(text) ==
          "f.yaml:1001:1: E012 duplicate key 'k3' (first at line 4, column 1) "
          "[merge the two entries: scmplan never lets one silently win]\n"
          "f.yaml:1002:1: E012 duplicate key 'k999' (first at line 1000, column 1) "
          "[merge the two entries: scmplan never lets one silently win]\n");
    // Below the index threshold the search finds them too.
    CHECK(parse_errors("a: 1\nb: 2\na: 3\n") ==
          "f.yaml:3:1: E012 duplicate key 'a' (first at line 1, column 1) "
          "[merge the two entries: scmplan never lets one silently win]\n");
}

TEST_CASE("bracket count: a quote inside a plain scalar does not hide brackets") {
    // `[-'` is a flow list holding the plain scalar -' : the brackets after it
    // are real. yaml-cpp would spend minutes and gigabytes on a million.
    std::string text = "id: [-'" + std::string(100000, '[') + "\n";
    // Level 1 is the `[` at column 5; level 65 the 64th `[` after "-'", at 7 + 64 = 71.
    CHECK(parse_errors(text) == "f.yaml:1:71: E005 nesting deeper than 64 levels\n");
    std::string apostrophe = "title: it's\nx: " + std::string(100, '[') + "\n";
    CHECK(parse_errors(apostrophe) == "f.yaml:2:68: E005 nesting deeper than 64 levels\n");
}

TEST_CASE("bracket count: brackets in block scalars, plain text and quotes are text") {
    std::string many(65, '[');
    CHECK(parse_errors("note: |\n  " + many + "\n  more\nb: 1\n") == "");
    CHECK(parse_errors("note: >-\n  " + many + "\n") == "");
    CHECK(parse_errors("title: a" + many + "\n") == "");
    CHECK(parse_errors("title: '" + many + "'\n") == "");
    CHECK(parse_errors("title: \"" + many + "\"\n") == "");
    CHECK(parse_errors("# " + many + "\nb: 1\n") == "");
    // After the block scalar, brackets count again.
    CHECK(parse_errors("note: |\n  x\nb: " + many + "\n") == "f.yaml:3:68: E005 nesting deeper than 64 levels\n");
}

TEST_CASE("controls written as escapes are errors at the value") {
    CHECK(parse_errors("title: \"\\e[2J\\e]0;x\\a\"\n") ==
          "f.yaml:1:8: E002 control character U+001B in text [remove it: only tab and line breaks may appear in text]\n");
    CHECK(parse_errors("title: \"a\\0b\"\n") ==
          "f.yaml:1:8: E002 control character U+0000 in text [remove it: only tab and line breaks may appear in text]\n");
    CHECK(parse_errors("title: \"\\x01\"\n") ==
          "f.yaml:1:8: E002 control character U+0001 in text [remove it: only tab and line breaks may appear in text]\n");
    CHECK(parse_errors("title: \"\\u009b\"\n") ==
          "f.yaml:1:8: E002 control character U+009B in text [remove it: only tab and line breaks may appear in text]\n");
    CHECK(parse_errors("title: \"tab\\there\"\nnote: \"two\\nlines\"\n") == "");
}

TEST_CASE("a key must be one line of visible text") {
    CHECK(parse_errors("\"a\\nb\": 1\n") == "f.yaml:1:1: E002 line break in a key [a key is one line of text: remove it]\n");
    CHECK(parse_errors("\"title\\u200b\": 1\n") ==
          "f.yaml:1:1: E006 invisible or direction-changing character U+200B in key 'title\u200b' "
          "[retype the key: it only looks like the one meant]\n");
}

TEST_CASE("invisible characters: errors in ids and codes, warnings in titles") {
    std::string out = test::check_sources(
        {{"plan.yaml", test::plan_yaml()}, {"A01.yaml", test::activity_yaml("\"A01\\u202e\"")}});
    CHECK(out.find("A01.yaml:4:5: E006 invisible or direction-changing character U+202E in activity 'id'") !=
          std::string::npos);
    std::string title = test::check_sources(
        {{"plan.yaml", test::plan_yaml()},
         {"A01.yaml", test::activity_yaml("A01", "description: \"abc\\u202edef\"\n")}});
    CHECK(title.find("A01.yaml:11:14: W114 invisible or direction-changing character U+202E in activity "
                     "'description'") != std::string::npos);
    CHECK(title.find("E006") == std::string::npos);
}

TEST_CASE("numbers are bounded: a weight of 1e308 cannot overflow the sum") {
    std::string act = "scmplan: 1\nkind: activity\nplan: p1\nid: A01\ntitle: t\nowners: [ส.ตต.]\n"
                      "period: {start: 2023-01-01, end: 2023-12-31}\nsteps:\n"
                      "  - {id: \"1\", title: a, due: 2023-03-31, weight: 1e308, done: 2023-03-01}\n"
                      "  - {id: \"2\", title: b, due: 2023-06-30, weight: 1e308}\n";
    std::string out = test::check_sources({{"plan.yaml", test::plan_yaml()}, {"A01.yaml", act}});
    // Column 50: the value after "  - {id: \"1\", title: a, due: 2023-03-31, weight: ".
    CHECK(out ==
          "A01.yaml:9:50: E015 step 'weight' is out of range: 1e308 [numbers are at most 1e+15 in size]\n"
          "A01.yaml:10:50: E015 step 'weight' is out of range: 1e308 [numbers are at most 1e+15 in size]\n");
    std::string big = act;
    big.replace(big.find("1e308"), 5, "2e6");
    big.replace(big.find("1e308"), 5, "1e6");  // the largest weight allowed
    CHECK(test::check_sources({{"plan.yaml", test::plan_yaml()}, {"A01.yaml", big}}) ==
          "A01.yaml:9:50: E015 step weight must be at most 1000000, not 2e6 [weights are relative: 1, 2, 3 … or percentages]\n");
    std::string kpi = test::check_sources(
        {{"plan.yaml", test::plan_yaml("kpis:\n  - {id: K1, text: k, measure: activities_done, value: 1e16}\n")}});
    CHECK(kpi.find("E015 KPI 'value' is out of range: 1e16 [numbers are at most 1e+15 in size]") != std::string::npos);
}

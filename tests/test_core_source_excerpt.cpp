// The source line under a diagnostic (src/core/source_excerpt.cpp): the caret
// under its column in Thai text, escaped controls, lines cut to the width.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/source_excerpt.hpp"

using namespace scmplan;

TEST_CASE("source_line: by number, without its line end") {
    const std::string text = "scmplan: 1\r\nkind: plan\nid: x";
    CHECK(source_line(text, 1) == "scmplan: 1");
    CHECK(source_line(text, 2) == "kind: plan");
    CHECK(source_line(text, 3) == "id: x");
    CHECK_FALSE(source_line(text, 4));
    CHECK_FALSE(source_line(text, 0));
    CHECK(source_line("a\n", 1) == "a");
    CHECK_FALSE(source_line("a\n", 2));  // no line after the last line end
    CHECK(source_line("a\n\nb", 2) == "");
}

TEST_CASE("source_excerpt: the caret under the column, after a gutter with the line number") {
    // '0' of "000 บาท" is code point 25: 24 columns before it.
    CHECK(source_excerpt("budget: {expense: 1,200,000 บาท}", 12, 25, 100) ==
          "  12 | budget: {expense: 1,200,000 บาท}\n"
          "     |                         ^\n");
    CHECK(source_excerpt("id: x", 3, 1, 100) == "  3 | id: x\n    | ^\n");
}

TEST_CASE("source_excerpt: Thai vowels and tone marks take no column, wide characters two") {
    // ชื่อ (4 code points, 2 columns), ": ", ก้า (3 code points, 2 columns), " ":
    // x is code point 11, after 7 columns.
    CHECK(source_excerpt("ชื่อ: ก้า x", 1, 11, 100) == "  1 | ชื่อ: ก้า x\n    |        ^\n");
    // 漢字 take 2 columns each: b is code point 4, after 5 columns.
    CHECK(source_excerpt("漢字 b", 1, 4, 100) == "  1 | 漢字 b\n    |      ^\n");
}

TEST_CASE("source_excerpt: past the end, or no column: the caret after the last character") {
    CHECK(source_excerpt("key:", 2, 9, 100) == "  2 | key:\n    |     ^\n");
    CHECK(source_excerpt("key:", 2, 0, 100) == "  2 | key:\n    |     ^\n");
    CHECK(source_excerpt("", 2, 1, 100) == "  2 | \n    | ^\n");
}

TEST_CASE("source_excerpt: controls escaped, a tab as one space, the caret still under its character") {
    // ESC (code point 3) is shown as \x1b, 4 columns: y (code point 4) after 6.
    CHECK(source_excerpt("a:\x1by", 1, 4, 100) == "  1 | a:\\x1by\n    |       ^\n");
    CHECK(source_excerpt("a:\ty", 1, 4, 100) == "  1 | a: y\n    |    ^\n");
    // A right-to-left override cannot turn the line around.
    CHECK(source_excerpt("\u202Eab", 1, 2, 100) == "  1 | \\u202eab\n    |       ^\n");
}

TEST_CASE("source_excerpt: a long line is cut to the width, the caret's part kept") {
    const std::string line = "title: " + std::string(200, 'a') + "X" + std::string(200, 'b');
    // Width 40: the gutter "  7 | " takes 6, 34 columns for the text.
    const std::string early = source_excerpt(line, 7, 1, 40);
    CHECK(early == "  7 | title: " + std::string(26, 'a') + "…\n    | ^\n");
    // X (code point 208) lies far to the right: "…", some text before it, X, more, "…".
    const std::string late = source_excerpt(line, 7, 208, 40);
    CHECK(late == "  7 | …" + std::string(10, 'a') + "X" + std::string(21, 'b') + "…\n" +
                      "    | " + std::string(11, ' ') + "^\n");
    // At the end of a long line: the end is shown.
    const std::string end = source_excerpt(line, 7, 409, 40);
    CHECK(end == "  7 | …" + std::string(10, 'b') + "\n    | " + std::string(11, ' ') + "^\n");
}

TEST_CASE("source_excerpt: a cut never splits a Thai letter from its vowels and tone marks") {
    std::string line;
    for (int i = 0; i < 60; ++i) line += "ที่";  // 3 code points, 1 column each
    const std::string cut = source_excerpt(line, 1, 1, 20);
    // 14 columns for the text: 13 whole clusters and "…".
    std::string expected = "  1 | ";
    for (int i = 0; i < 13; ++i) expected += "ที่";
    CHECK(cut == expected + "…\n    | ^\n");
}

TEST_CASE("source_excerpt: in colour, only the caret is painted") {
    CHECK(source_excerpt("id: x", 3, 5, 100, true) == "  3 | id: x\n    |     \x1b[1;32m^\x1b[0m\n");
}

// Markdown tables sized to their content (src/render/md_table.hpp).
#include <doctest/doctest.h>

#include "../src/render/md_table.hpp"
#include "scmplan/render_annual.hpp"

using namespace scmplan;

TEST_CASE("the separator row: short columns their width, long ones the rest of a 78-column page") {
    MdTable t({{"", MdTable::Align::left}, {"กิจกรรม", MdTable::Align::left}, {"ผล (%)", MdTable::Align::right}});
    t.row({"A01", "ผู้รับผิดชอบ", "100.0%"});
    t.row({"A2", std::string(50, 'x'), "5.0%"});
    // Each column's widest cell + 6: "A01" 3 → 9 and "100.0%" 6 → 12 are short
    // (at most 18) and keep that; the x's 50 → 56 get what is left of 78
    // (57), at most their own 56.
    CHECK(t.str() == "| | กิจกรรม | ผล (%) |\n"
                     "|---------|" + std::string(56, '-') + "|-----------:|\n"
                     "| A01 | ผู้รับผิดชอบ | 100.0% |\n"
                     "| A2 | " + std::string(50, 'x') + " | 5.0% |\n");
}

TEST_CASE("long columns share the page in proportion, at least 14 each") {
    MdTable t({{"a", MdTable::Align::left}, {"b", MdTable::Align::left}, {"c", MdTable::Align::left}});
    // "ผู้รับผิดชอบ" is 8 columns wide (vowel and tone marks take none): 14,
    // short. 100 → 106 and 20 → 26 share 78 − 14 = 64: 64 × 106 / 132 = 51 and
    // 64 × 26 / 132 = 12, raised to 14.
    t.row({"ผู้รับผิดชอบ", std::string(100, 'y'), std::string(20, 'z')});
    std::string sep = t.str().substr(t.str().find('\n') + 1);
    CHECK(sep.substr(0, sep.find('\n')) == "|" + std::string(14, '-') + "|" + std::string(51, '-') + "|" +
                                               std::string(14, '-') + "|");
}

TEST_CASE("empty cells and short rows stay cells") {
    MdTable t({{"a", MdTable::Align::left}, {"b", MdTable::Align::right}});
    t.row({"", "1"});
    t.row({"x"});
    CHECK(t.str() == "| a | b |\n|-------|------:|\n| | 1 |\n| x | |\n");
}

TEST_CASE("svg_data_uri is standard base64 with padding") {
    CHECK(svg_data_uri("abc") == "data:image/svg+xml;base64,YWJj");
    CHECK(svg_data_uri("ab") == "data:image/svg+xml;base64,YWI=");
    CHECK(svg_data_uri("a") == "data:image/svg+xml;base64,YQ==");
    CHECK(svg_data_uri("<svg>ก</svg>") == "data:image/svg+xml;base64,PHN2Zz7guIE8L3N2Zz4=");
}

TEST_CASE("image references: captions escaped, awkward file names in angle brackets") {
    CHECK(render_report_embed_images({{"แผนภูมิ [1]", "q2-p-timeline.svg"}, {"Risks", "my report (2)-p-risks.svg"}}) ==
          "## แผนภูมิ \\[1\\]\n\n![แผนภูมิ \\[1\\]](q2-p-timeline.svg)\n\n"
          "## Risks\n\n![Risks](<my report (2)-p-risks.svg>)\n\n");
}

// Tests of tests/docgen (schema_md.cpp, format_md.cpp): docs/format.md's key
// tables are the ones the format table renders. Each stands between
// `<!-- table: ID -->` and `<!-- end table -->`. The first test runs
// scmplan_docgen on docs/format.md; with SCMPLAN_UPDATE=1 it rewrites the
// tables instead (then read the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <set>
#include <string>
#include <sys/wait.h>

#include "docgen.hpp"

using namespace scmplan::docgen;

TEST_CASE("docs/format.md's key tables are those of the format table (scmplan_docgen)") {
    // Every kind's top level and 15 mappings of their own (the workspace's
    // holiday calendar the 15th); evidence twice (of an activity's steps and of
    // a plan's GAP items).
    CHECK(all_format_tables().size() == 21);
    const std::string command =
        std::string("'") + SCMPLAN_DOCGEN + "' '" + std::string(SCMPLAN_SOURCE_DIR) + "/docs/format.md'";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK_MESSAGE(WEXITSTATUS(status) == 0, "run SCMPLAN_UPDATE=1 build/scmplan_docgen docs/format.md (CONTRIBUTING.md)");
}

TEST_CASE("splice_tables: a differing table is reported, or replaced with update; unknown and missing tables are reported") {
    const std::vector<FormatTable> tables{{"a", "| x |\n"}, {"b", "| y |\n"}};
    const std::string doc =
        "# Doc\n<!-- table: a -->\n| old |\n<!-- end table -->\ntext\n<!-- table: b -->\n| y |\n<!-- end table -->\n";
    Spliced checked = splice_tables(doc, tables, false);
    CHECK(checked.problems == std::vector<std::string>{"table 'a': differs from the format table"});
    CHECK(checked.text == doc);
    Spliced updated = splice_tables(doc, tables, true);
    CHECK(updated.problems.empty());
    CHECK(updated.text ==
          "# Doc\n<!-- table: a -->\n| x |\n<!-- end table -->\ntext\n<!-- table: b -->\n| y |\n<!-- end table -->\n");
    CHECK(splice_tables(updated.text, tables, false).problems.empty());

    Spliced extra = splice_tables(updated.text + "<!-- table: c -->\n<!-- end table -->\n", tables, true);
    CHECK(extra.problems == std::vector<std::string>{"table 'c': the format table has no such table"});
    Spliced missing = splice_tables("<!-- table: a -->\n| x |\n", tables, true);
    CHECK(missing.problems == std::vector<std::string>{"table 'a': no '<!-- end table -->' after it",
                                                       "table 'b': missing; add its two markers"});
}

TEST_CASE("a mapping without a def is written into its parent's table as parent.key") {
    auto tables = format_tables("plan");
    REQUIRE(!tables.empty());
    CHECK(tables[0].id == "plan");
    CHECK(tables[0].markdown.find("| `period.start` | date | **yes** |") != std::string::npos);
    CHECK(tables[0].markdown.find("| `quarters` | `calendar` or `fiscal` | no | `calendar` |") != std::string::npos);
    std::set<std::string> ids;
    for (const auto& t : tables) ids.insert(t.id);
    CHECK(ids == std::set<std::string>{"plan", "baseline", "gap", "evidence", "kpi"});
    CHECK(format_tables("plans").empty());
}

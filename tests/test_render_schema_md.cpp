// docs/format.md's key tables are the ones the format table renders
// (tests/format_tables.hpp). Each stands between `<!-- table: ID -->` and
// `<!-- end table -->`. With SCMPLAN_UPDATE set, the test rewrites them in
// docs/format.md instead (then read the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "format_tables.hpp"
#include "scmplan/schemas.hpp"

using namespace scmplan;
using test::format_tables;

namespace {

const std::string format_md = std::string(SCMPLAN_SOURCE_DIR) + "/docs/format.md";
constexpr std::string_view end_marker = "<!-- end table -->\n";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string begin_marker(const std::string& id) { return "<!-- table: " + id + " -->\n"; }

/// Every table the format table renders, by id.
std::map<std::string, std::string> rendered() {
    std::map<std::string, std::string> out;
    for (std::string_view kind : schema_kinds())
        for (auto& t : format_tables(kind)) out[t.id] = t.markdown;
    return out;
}

}  // namespace

TEST_CASE("docs/format.md's key tables are those of the format table") {
    std::string doc = read_file(format_md);
    REQUIRE(doc.size() > 10000);
    const auto tables = rendered();
    CHECK(tables.size() == 19);  // every kind's top level and 14 mappings of their own
    const bool update = std::getenv("SCMPLAN_UPDATE") != nullptr;
    for (const auto& [id, markdown] : tables) {
        CAPTURE(id);
        auto begin = doc.find(begin_marker(id));
        REQUIRE_MESSAGE(begin != std::string::npos, "docs/format.md lacks the table; add its two markers");
        begin += begin_marker(id).size();
        auto end = doc.find(end_marker, begin);
        REQUIRE(end != std::string::npos);
        if (update) doc.replace(begin, end - begin, markdown);
        else CHECK(doc.substr(begin, end - begin) == markdown);
    }
    // No table in the docs that the format table does not have.
    for (auto at = doc.find("<!-- table: "); at != std::string::npos; at = doc.find("<!-- table: ", at + 1)) {
        auto close = doc.find(" -->", at);
        std::string id = doc.substr(at + 12, close - at - 12);
        CAPTURE(id);
        CHECK(tables.count(id) == 1);
    }
    if (update) std::ofstream(format_md, std::ios::binary) << doc;
}

TEST_CASE("a mapping without a def is written into its parent's table as parent.key") {
    auto tables = format_tables("plan");
    REQUIRE(!tables.empty());
    CHECK(tables[0].id == "plan");
    CHECK(tables[0].markdown.find("| `period.start` | date | **yes** |") != std::string::npos);
    CHECK(tables[0].markdown.find("| `quarters` | `calendar` or `fiscal` | no | `calendar` |") != std::string::npos);
    std::set<std::string> ids;
    for (const auto& t : tables) ids.insert(t.id);
    CHECK(ids == std::set<std::string>{"plan", "baseline", "gap", "kpi"});
    CHECK(format_tables("plans").empty());
}

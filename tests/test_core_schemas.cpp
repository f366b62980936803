// Tests of src/core/schemas.cpp: the embedded JSON Schemas are the files of
// schemas/, byte for byte, one per kind. (scripts/check-schemas validates real
// files against them with an independent validator.)
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "scmplan/schemas.hpp"

using namespace scmplan;

TEST_CASE("the kinds with a schema are the five file kinds") {
    std::vector<std::string> kinds(schema_kinds().begin(), schema_kinds().end());
    CHECK(kinds == std::vector<std::string>{"plan", "activity", "risk", "workspace", "rules"});
}

TEST_CASE("each embedded schema is schemas/<kind>.schema.json byte for byte") {
    for (std::string_view kind : schema_kinds()) {
        CAPTURE(kind);
        std::ifstream in(std::string(SCMPLAN_SOURCE_DIR) + "/schemas/" + std::string(kind) + ".schema.json",
                         std::ios::binary);
        std::ostringstream file;
        file << in.rdbuf();
        REQUIRE(file.str().size() > 1000);
        REQUIRE(schema_json(kind));
        CHECK(*schema_json(kind) == file.str());
        CHECK(schema_json(kind)->find("\"$id\": \"https://scmplan.invalid/schema/v1/" + std::string(kind) +
                                      ".schema.json\"") != std::string_view::npos);
    }
}

TEST_CASE("no schema for another kind, nor for a kind in other case") {
    CHECK_FALSE(schema_json("plans"));
    CHECK_FALSE(schema_json("Plan"));
    CHECK_FALSE(schema_json(""));
}

// Tests of src/render/schema_json.cpp: the JSON Schema of each kind says what
// the format table says. (scripts/check-schemas validates real files against
// the schemas with an independent validator.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scmplan/schemas.hpp"

using namespace scmplan;

TEST_CASE("the kinds with a schema are the five file kinds of the format table") {
    std::vector<std::string> kinds(schema_kinds().begin(), schema_kinds().end());
    CHECK(kinds == std::vector<std::string>{"plan", "activity", "risk", "workspace", "rules"});
}

TEST_CASE("each schema names its kind: $id, the kind's const, its grammar") {
    for (std::string_view kind : schema_kinds()) {
        CAPTURE(kind);
        auto json = schema_json(kind);
        REQUIRE(json);
        CHECK(json->find("\"$id\": \"https://scmplan.invalid/schema/v1/" + std::string(kind) + ".schema.json\"") !=
              std::string::npos);
        CHECK(json->find("\"const\": \"" + std::string(kind) + "\"") != std::string::npos);
        CHECK(json->ends_with("}\n"));
    }
    CHECK(schema_json("activity")->find("This file is an activity file.") != std::string::npos);
    CHECK(schema_json("plan")->find("This file is a plan file.") != std::string::npos);
}

TEST_CASE("a schema holds the table's allowed values, ranges, required keys and no other keys") {
    const std::string plan = *schema_json("plan");
    CHECK(plan.find("\"enum\": [\n            \"open\",\n            \"planned\",\n            \"closed\"\n") !=
          std::string::npos);
    CHECK(plan.find("\"minimum\": 2400,\n      \"maximum\": 2700") != std::string::npos);
    CHECK(plan.find("\"additionalProperties\": false") != std::string::npos);
    CHECK(plan.find("\"required\": [\n    \"scmplan\",\n    \"kind\",\n    \"id\",") != std::string::npos);
    const std::string rules = *schema_json("rules");
    CHECK(rules.find("\"exclusiveMinimum\": 0") != std::string::npos);  // weights above 0
}

TEST_CASE("no schema for another kind, nor for a kind in other case") {
    CHECK_FALSE(schema_json("plans"));
    CHECK_FALSE(schema_json("Plan"));
    CHECK_FALSE(schema_json(""));
}

// Tests of src/core/format_spec*.cpp: the table of the file format is whole
// and consistent (each rule names keys that exist, each mapping is named).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "scmplan/format_spec.hpp"

using namespace scmplan;
using format::Type;

namespace {

/// Every mapping reachable from the kinds, once each.
std::vector<const format::MapSpec*> all_specs() {
    std::vector<const format::MapSpec*> out;
    std::set<const format::MapSpec*> seen;
    std::vector<const format::MapSpec*> todo;
    for (const auto& k : format::kinds()) todo.push_back(k.top);
    while (!todo.empty()) {
        const format::MapSpec* s = todo.back();
        todo.pop_back();
        if (!seen.insert(s).second) continue;
        out.push_back(s);
        for (const auto& f : s->fields)
            if (f.spec) todo.push_back(f.spec);
    }
    return out;
}

}  // namespace

TEST_CASE("the kinds are the five file kinds, in the docs' order") {
    std::vector<std::string> names(format::kind_names().begin(), format::kind_names().end());
    CHECK(names == std::vector<std::string>{"plan", "activity", "risk", "workspace", "rules"});
    REQUIRE(format::kinds().size() == 5);
    for (std::size_t i = 0; i < 5; ++i) CHECK(format::kinds()[i].kind == format::kind_names()[i]);
    CHECK(format::find_kind("risk")->top == &format::spec::risk());
    CHECK(format::find_kind("plans") == nullptr);
}

TEST_CASE("every kind starts with the header keys scmplan and kind") {
    for (const auto& k : format::kinds()) {
        REQUIRE(k.top->fields.size() > 2);
        CHECK(k.top->fields[0].type == Type::version);
        CHECK(k.top->fields[1].type == Type::kind);
        CHECK_FALSE(k.top->title.empty());
    }
}

TEST_CASE("each mapping has unique keys, a name, and what its types need") {
    for (const format::MapSpec* s : all_specs()) {
        CAPTURE(s->what);
        CHECK_FALSE(s->what.empty());
        std::set<std::string_view> keys;
        for (const auto& f : s->fields) {
            CAPTURE(f.key);
            CHECK(keys.insert(f.key).second);
            if (f.type == Type::choice) CHECK_FALSE(f.allowed.empty());
            if (f.type == Type::mapping || f.type == Type::text_or_mapping) CHECK(f.spec != nullptr);
            if (f.type == Type::list && (f.item == Type::mapping || f.item == Type::text_or_mapping))
                CHECK(f.spec != nullptr);
            if (f.exact_levels > 0) CHECK(f.spec->find(f.level_key) != nullptr);
        }
        for (const auto& r : s->rules) {
            CHECK(s->find(r.if_key) != nullptr);
            if (!r.then_require.empty()) CHECK(s->find(r.then_require) != nullptr);
            if (!r.then_key.empty()) CHECK(s->find(r.then_key) != nullptr);
        }
        for (auto key : s->one_of) CHECK(s->find(key) != nullptr);
    }
}

TEST_CASE("choices are {text, value} pairs: the allowed values are their texts") {
    const format::Field* q = format::spec::plan().find("quarters");
    REQUIRE(q);
    CHECK(q->allowed == format::texts(format::choices::quarters()));
    CHECK(format::value_of(format::choices::quarters(), "fiscal") == QuarterScheme::fiscal);
    CHECK_FALSE(format::value_of(format::choices::quarters(), "Fiscal"));
    CHECK(format::text_of(format::choices::measure(), Measure::on_time) == "on_time");
    CHECK(format::allowed_text(*format::spec::gap().find("status")) == "open, planned or closed");
}

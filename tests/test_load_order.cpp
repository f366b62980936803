// The loader's model is in a stable order whatever the order and number of files:
// plans by id, activities and risks by (plan, id), ties in file order. Enough
// files to load on several threads through the ordered merge.
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>

#include "support.hpp"

using namespace scmplan;

namespace {

std::string plan_of(const std::string& id) {
    std::string y = test::plan_yaml();
    y.replace(y.find("id: p1"), 6, "id: " + id);
    return y;
}

std::string activity_of(const std::string& plan, const std::string& id) {
    std::string y = test::activity_yaml(id);
    y.replace(y.find("plan: p1"), 8, "plan: " + plan);
    return y;
}

}  // namespace

TEST_CASE("plans, activities and lookups in sorted order from files in any order") {
    std::vector<Source> sources;
    // Plans p9 … p0, each with activities A09 … A00, written in reverse order.
    for (int p = 9; p >= 0; --p) {
        std::string plan = fmt::format("p{}", p);
        sources.push_back({fmt::format("{}/plan.yaml", plan), plan_of(plan)});
        for (int a = 9; a >= 0; --a)
            sources.push_back({fmt::format("{}/A{:02}.yaml", plan, a), activity_of(plan, fmt::format("A{:02}", a))});
    }
    // A duplicate activity id: both kept, the first file's first.
    sources.push_back({"dup.yaml", activity_of("p3", "A05") + "place: second\n"});
    LoadResult r = load_sources(sources);
    const Model& m = r.model;
    REQUIRE(m.plans.size() == 10);
    REQUIRE(m.activities.size() == 101);
    CHECK(m.sorted);
    for (std::size_t i = 0; i < m.plans.size(); ++i) CHECK(m.plans[i].id.value == fmt::format("p{}", i));
    auto key = [](const Activity& a) { return std::tie(a.plan.value, a.id.value); };
    CHECK(std::is_sorted(m.activities.begin(), m.activities.end(),
                         [&](const Activity& a, const Activity& b) { return key(a) < key(b); }));
    const Activity* dup = m.activity("p3", "A05");
    REQUIRE(dup != nullptr);
    CHECK(dup->place.empty());
    CHECK((dup + 1)->place == "second");
    CHECK(m.activities_of("p3").size() == 11);
    CHECK(m.activities_of("p10").empty());
    CHECK(m.activity("p3", "A10") == nullptr);
    CHECK(m.plan("p7") == &m.plans[7]);
    CHECK(m.plan("p") == nullptr);

    // A model built by hand (not sorted) gets the same answers by scanning.
    Model hand;
    hand.plans = {m.plans[2], m.plans[1]};
    hand.activities = {m.activities[40], m.activities[3]};
    CHECK(!hand.sorted);
    CHECK(hand.plan("p1") == &hand.plans[1]);
    CHECK(hand.activities_of("p0").size() == 1);
    CHECK(hand.activity(m.activities[40].plan.value, m.activities[40].id.value) == &hand.activities[0]);
}

TEST_CASE("ids numbered without leading zeros sort as numbers, and lookups find them") {
    std::vector<Source> sources{{"p.yaml", plan_of("p1")}};
    for (const char* id : {"A10", "A2", "A1", "A9"}) sources.push_back({fmt::format("{}.yaml", id), activity_of("p1", id)});
    LoadResult r = load_sources(sources);
    const Model& m = r.model;
    REQUIRE(m.activities.size() == 4);
    std::vector<std::string> ids;
    for (const auto& a : m.activities) ids.push_back(a.id.value);
    CHECK(ids == std::vector<std::string>{"A1", "A2", "A9", "A10"});
    for (const char* id : {"A1", "A2", "A9", "A10"}) {
        const Activity* a = m.activity("p1", id);
        REQUIRE(a != nullptr);
        CHECK(a->id.value == id);
    }
    CHECK(m.activity("p1", "A3") == nullptr);
}

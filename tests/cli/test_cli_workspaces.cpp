// Plan filters, the --quarter year rule and the joining of several
// workspaces' outputs (src/cli/workspaces.cpp).
#include <doctest/doctest.h>

#include "../../src/cli/workspaces.hpp"
#include "../support.hpp"

using namespace scmplan;
using namespace scmplan::cli;

namespace {

/// Two workspaces: p1 (SCM 2566, "องค์กรทดสอบ") in the first, p1 again and p2
/// (DT 2567, "Example Co") in the second.
std::vector<LoadResult> two_workspaces() {
    std::vector<LoadResult> w;
    w.push_back(load_sources({{"a/p.yaml", test::plan_yaml()}}));
    std::string p2 = test::plan_yaml();
    p2.replace(p2.find("id: p1"), 6, "id: p2");
    p2.replace(p2.find("enabler: SCM"), 12, "enabler: DT");
    p2.replace(p2.find("year: 2566"), 10, "year: 2567");
    p2.replace(p2.find("organisation: องค์กรทดสอบ"), std::string("organisation: องค์กรทดสอบ").size(),
               "organisation: Example Co");
    w.push_back(load_sources({{"b/p1.yaml", test::plan_yaml()}, {"b/p2.yaml", p2}}));
    return w;
}

std::size_t count(const std::vector<WorkspacePlans>& chosen) {
    std::size_t n = 0;
    for (const auto& w : chosen) n += w.plans.size();
    return n;
}

}  // namespace

TEST_CASE("filters combine; --plan matches the id in every workspace") {
    auto ws = two_workspaces();
    Output out;
    PlanFilter f;
    f.ids = {"p1"};
    auto chosen = choose_plans(ws, f, out);
    REQUIRE(chosen);
    CHECK(chosen->size() == 2);
    CHECK(count(*chosen) == 2);
    f = PlanFilter{};
    f.organisation = "example";  // ASCII letters without case
    chosen = choose_plans(ws, f, out);
    REQUIRE(chosen);
    REQUIRE(count(*chosen) == 1);
    CHECK(chosen->front().plans.front()->id.value == "p2");
    f.year = 2567;
    f.enabler = "DT";
    CHECK(choose_plans(ws, f, out));
    CHECK(out.err == "");
}

TEST_CASE("a filter that matches nothing is a usage error with the closest value") {
    auto ws = two_workspaces();
    Output out;
    PlanFilter f;
    f.enabler = "SMC";
    CHECK_FALSE(choose_plans(ws, f, out));
    CHECK(out.exit_code == 2);
    CHECK(out.err == "scmplan: error: --enabler: no enabler 'SMC' in the workspaces\n  hint: did you mean 'SCM'?\n");
    Output out2;
    f = PlanFilter{};
    f.enabler = "DT";
    f.year = 2566;  // each matches a plan, together none
    CHECK_FALSE(choose_plans(ws, f, out2));
    CHECK(out2.err.starts_with("scmplan: error: no plan matches all of the filters together\n"));
}

TEST_CASE("--year takes a BE year; a CE year gets the BE one as a hint") {
    Invocation inv;
    inv.declared = {"--plan", "--organisation", "--enabler", "--year"};
    inv.values["--year"] = "2023";
    Output out;
    CHECK_FALSE(read_filter(inv, out));
    CHECK(out.err ==
          "scmplan: error: --year must be a Buddhist-era year such as 2566, not '2023'\n  hint: 2023 CE is 2566 BE\n");
    inv.values["--year"] = "2566";
    Output ok;
    auto f = read_filter(inv, ok);
    REQUIRE(f);
    CHECK(f->year == 2566);
}

TEST_CASE("--quarter over plans of several years needs --year") {
    auto ws = two_workspaces();
    Output out;
    auto chosen = choose_plans(ws, PlanFilter{}, out);
    REQUIRE(chosen);
    CHECK(years_of(*chosen) == std::vector<int>{2566, 2567});
    CHECK_FALSE(quarter_unambiguous(*chosen, PlanFilter{}, out));
    CHECK(out.exit_code == 2);
    CHECK(out.err ==
          "scmplan: error: --quarter: the plans are of 2 years (2566, 2567); a quarter is of one plan year\n"
          "  hint: add --year, e.g. --year 2567\n");
    PlanFilter f;
    f.year = 2566;
    Output fine;
    CHECK(quarter_unambiguous(*chosen, f, fine));
}

TEST_CASE("joining outputs: one CSV or TSV header, one JSON array, Markdown parts apart") {
    CHECK(join_outputs(Format::csv, {"a,b\r\n1,2\r\n", "a,b\r\n3,4\r\n"}) == "a,b\r\n1,2\r\n3,4\r\n");
    CHECK(join_outputs(Format::tsv, {"a\tb\n1\t2\n", "a\tb\n"}) == "a\tb\n1\t2\n");
    CHECK(join_outputs(Format::json, {"[\n  {\n    \"a\": 1\n  }\n]\n", "[]\n", "[\n  {\n    \"a\": 2\n  }\n]\n"}) ==
          "[\n  {\n    \"a\": 1\n  },\n  {\n    \"a\": 2\n  }\n]\n");
    CHECK(join_outputs(Format::json, {"[]\n", "[]\n"}) == "[]\n");
    CHECK(join_outputs(Format::md, {"# A\n", "# B\n"}) == "# A\n\n---\n\n# B\n");
    CHECK(join_outputs(Format::md, {"# only\n"}) == "# only\n");
}

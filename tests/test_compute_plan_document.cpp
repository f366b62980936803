// Tests of src/compute/plan_document.cpp (`scmplan plan`): the months of table
// 12.2 and which of them each activity runs in, the month each quarterly report
// is due in, the GAP items table 9 takes up, and the risk's current position
// (its latest assessment). Expected values are worked out by hand in comments.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/load.hpp"
#include "scmplan/plan_document.hpp"
#include "support.hpp"

using namespace scmplan;
using scmplan::test::plan_yaml;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

std::string activity(const std::string& id, const std::string& start, const std::string& end,
                     const std::string& extra = "") {
    return "scmplan: 1\nkind: activity\nplan: p1\nid: " + id + "\ntitle: กิจกรรม " + id +
           "\nowners: [ส.ตต.]\nperiod: {start: " + start + ", end: " + end +
           "}\nsteps:\n  - {id: \"1\", title: ขั้นที่ 1}\n" + extra;
}

const char* const risk =
    "scmplan: 1\nkind: risk\nplan: p1\nid: R1\ntitle: ความเสี่ยง\n"
    "likelihood:\n  scale:\n"
    "    - {level: 1, label: a, text: a}\n    - {level: 2, label: b, text: b}\n    - {level: 3, label: c, text: c}\n"
    "    - {level: 4, label: d, text: d}\n    - {level: 5, label: e, text: e}\n"
    "impact:\n  scale:\n"
    "    - {level: 1, label: a, text: a}\n    - {level: 2, label: b, text: b}\n    - {level: 3, label: c, text: c}\n"
    "    - {level: 4, label: d, text: d}\n    - {level: 5, label: e, text: e}\n"
    // Written out of date order: the earlier one (2023-01-01, 2 × 5) is the status the plan states.
    "assessments:\n  - {as_of: 2023-04-01, likelihood: 3, impact: 4}\n  - {as_of: 2023-01-01, likelihood: 2, impact: 5}\n"
    "target: {likelihood: 1, impact: 2}\n";

LoadResult workspace() {
    std::string gaps =
        "gaps:\n"
        "  - {id: G1, text: ก, status: planned}\n"   // planned: taken up, though no activity names it
        "  - {id: G2, text: ข, status: open}\n"      // open, addressed by A2: only listed (12.3 names it)
        "  - {id: G3, text: ค, status: open}\n";     // open, nothing addresses it: only listed
    return load_sources({{"w.yaml", "scmplan: 1\nkind: workspace\nunits: {ส.ตต.: สำนักธุรกิจการตลาด}\n"},
                         {"p.yaml", plan_yaml(gaps)},
                         {"a1.yaml", activity("A1", "2022-11-15", "2023-02-01")},
                         {"a2.yaml", activity("A2", "2023-03-31", "2023-03-31", "gaps: [G2]\n")},
                         {"r1.yaml", risk}});
}

}  // namespace

TEST_CASE("months_between: every month from the first date's to the last's, across a year's end") {
    auto months = months_between(ymd(2022, 11, 15), ymd(2023, 2, 1));
    REQUIRE(months.size() == 4);  // Nov, Dec 2022, Jan, Feb 2023
    CHECK(months.front() == ymd(2022, 11, 1));
    CHECK(months.back() == ymd(2023, 2, 1));
    CHECK(months_between(ymd(2023, 5, 1), ymd(2023, 5, 31)).size() == 1);  // one month
    CHECK(months_between(ymd(2023, 5, 1), ymd(2023, 4, 30)).empty());
}

TEST_CASE("plan_document: table 12.2 runs from the earliest start to the last report's due month") {
    LoadResult r = workspace();
    REQUIRE_FALSE(r.diags.has_errors());
    PlanDocument d = plan_document(r.model, *r.model.plan("p1"));
    // A1 starts 15 Nov 2022, before the plan (1 Jan 2023). The Q4 report is due
    // 7 working days after Sunday 31 Dec 2023 (no holidays given, so New Year's
    // Day counts): Jan 1, 2, 3, 4, 5, 8, 9 → 9 Jan 2024.
    REQUIRE(d.reports.size() == 4);
    CHECK(d.reports[3].due == ymd(2024, 1, 9));
    REQUIRE(d.months.size() == 15);  // Nov 2022 … Jan 2024
    CHECK(d.months.front() == ymd(2022, 11, 1));
    CHECK(d.months.back() == ymd(2024, 1, 1));
    // Q1 is due 7 working days after 31 Mar 2023: Apr 3–7, 10, 11 → 11 Apr 2023, month index 5 (Apr 2023).
    CHECK(d.reports[0].due == ymd(2023, 4, 11));
    CHECK(d.reports[0].month == 5);
    CHECK(d.reports[3].month == 14);
    // A1 (15 Nov 2022 – 1 Feb 2023) runs in Nov, Dec, Jan and Feb: indexes 0–3.
    REQUIRE(d.activity_months.size() == 2);
    std::vector<bool> a1(15, false);
    for (int k = 0; k <= 3; ++k) a1[static_cast<std::size_t>(k)] = true;
    CHECK(d.activity_months[0] == a1);
    // A2 runs on 31 Mar 2023 alone: March only, index 4.
    std::vector<bool> a2(15, false);
    a2[4] = true;
    CHECK(d.activity_months[1] == a2);
}

TEST_CASE("plan_document: table 9 takes up the planned items, not the open ones an activity addresses") {
    LoadResult r = workspace();
    PlanDocument d = plan_document(r.model, *r.model.plan("p1"));
    REQUIRE(d.gaps.size() == 3);
    CHECK(d.gaps[0].taken_up);
    CHECK(d.gaps[0].activities.empty());
    CHECK_FALSE(d.gaps[1].taken_up);
    REQUIRE(d.gaps[1].activities.size() == 1);
    CHECK(d.gaps[1].activities[0]->id.value == "A2");
    CHECK_FALSE(d.gaps[2].taken_up);
    CHECK(d.gaps_taken_up == 1);
    CHECK(d.owner_name == "สำนักธุรกิจการตลาด");
}

TEST_CASE("plan_document: a risk's current status is its first assessment, placed on the profile with its target") {
    LoadResult r = workspace();
    PlanDocument d = plan_document(r.model, *r.model.plan("p1"));
    REQUIRE(d.risks.size() == 1);
    REQUIRE(d.risks[0].current != nullptr);
    CHECK(d.risks[0].current->as_of.value == ymd(2023, 1, 1));
    CHECK(d.risks[0].current_score == 10);  // 2 × 5
    REQUIRE(d.risks[0].target);
    CHECK(d.risks[0].target->score == 2);  // 1 × 2
    CHECK(d.risk_profile.map.at(2, 5).current.size() == 1);
    CHECK(d.risk_profile.map.at(3, 4).current.empty());
    CHECK(d.risk_profile.map.at(1, 2).target.size() == 1);
}

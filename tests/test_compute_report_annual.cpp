// The year-end summary of `scmplan report --annual` (build_annual_reports in
// src/compute/report.cpp): completion per quarter, targets, KPIs, gaps, the risk
// trend, the gathered problems and the previous year. Every expected value is
// worked out by hand from the files (plans/: docs/computations.md and the
// activity files; tests/fixtures/two-years: its EXPECTED.md).
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "scmplan/load.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/report.hpp"

using namespace scmplan;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

const Model& load(const std::string& path) {
    static std::map<std::string, LoadResult> cache;
    auto it = cache.find(path);
    if (it == cache.end()) it = cache.emplace(path, load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/" + path}, disk())).first;
    return it->second.model;
}

const AnnualActivity& activity(const AnnualReport& r, const std::string& id) {
    for (const auto& a : r.activities)
        if (a.activity->id.value == id) return a;
    FAIL("no activity " << id);
    throw 0;
}

}  // namespace

TEST_CASE("annual, plans/: completion per quarter, by hand from the activity files") {
    const Model& m = load("plans");
    auto reports = build_annual_reports(m, "");
    REQUIRE(reports.size() == 1);
    const AnnualReport& r = reports[0];
    // Steps (due; done) of the counting activities, weight 1 each:
    //   A03 4 steps: 3-31 (3-20), 4-30 (4-10), 9-30 (6-23), end 2024-01-15
    //   A04, A05 4 steps: 3-31, 4-30 (both done by then), 9-30, end 12-31
    //   A06 6 steps: 3-31 (3-15), 4-30 (4-05), 9-30, 9-30 (6-16), end 2024-01-15 ×2
    //   A07 8 steps: 3-31 (4-12), 4-30 (5-09), 9-30 ×4, end 12-31 ×2
    //   A08 7 steps: 3-31, 4-30 (both done), 9-30 ×3, end 12-31 ×2
    //   A09 7 steps: 3-31 (3-30), 4-30, 9-30 ×4, end 12-31
    //   A10 6 steps: 3-31, 4-30 (both done), 9-30 ×2, end 2024-01-15 ×2
    // Q1 (3-31) actual: 1/4 1/4 1/4 1/6 0/8 1/7 1/7 1/6; planned the same but A07 1/8.
    const double q1_actual = (25 + 25 + 25 + 100.0 / 6 + 0 + 100.0 / 7 + 100.0 / 7 + 100.0 / 6) / 8;
    const double q1_planned = q1_actual + 12.5 / 8;
    // Q2 (6-30) actual: 3/4 2/4 2/4 3/6 2/8 2/7 1/7 2/6; planned 2/4 2/4 2/4 2/6 2/8 2/7 2/7 2/6.
    const double q2_actual = (75 + 50 + 50 + 50 + 25 + 200.0 / 7 + 100.0 / 7 + 200.0 / 6) / 8;
    const double q2_planned = (50 + 50 + 50 + 200.0 / 6 + 25 + 200.0 / 7 + 200.0 / 7 + 200.0 / 6) / 8;
    // Q3 (9-30): nothing done after June; planned 3/4 3/4 3/4 4/6 6/8 5/7 6/7 4/6.
    const double q3_planned = (75 + 75 + 75 + 400.0 / 6 + 75 + 500.0 / 7 + 600.0 / 7 + 400.0 / 6) / 8;
    // Q4 (12-31): planned 3/4 1 1 4/6 1 1 1 4/6 (A03, A06, A10 end on 2024-01-15).
    const double q4_planned = (75 + 100 + 100 + 400.0 / 6 + 100 + 100 + 100 + 400.0 / 6) / 8;
    REQUIRE(r.quarters.size() == 4);
    CHECK(r.quarters[0].as_of == ymd(2023, 3, 31));
    CHECK(r.quarters[0].actual == doctest::Approx(q1_actual));    // 17.113 → 17.1
    CHECK(r.quarters[0].planned == doctest::Approx(q1_planned));  // 18.676 → 18.7
    CHECK(r.quarters[1].actual == doctest::Approx(q2_actual));    // 40.774 → 40.8
    CHECK(r.quarters[1].planned == doctest::Approx(q2_planned));  // 37.351 → 37.4
    CHECK(r.quarters[2].actual == doctest::Approx(q2_actual));
    CHECK(r.quarters[2].planned == doctest::Approx(q3_planned));  // 73.810 → 73.8
    CHECK(r.quarters[3].as_of == ymd(2023, 12, 31));
    CHECK(r.quarters[3].planned == doctest::Approx(q4_planned));  // 88.542 → 88.5
    CHECK(format_pct(r.quarters[0].actual) == "17.1");
    CHECK(format_pct(r.quarters[0].planned) == "18.7");
    CHECK(format_pct(r.quarters[2].planned) == "73.8");
    CHECK(format_pct(r.quarters[3].planned) == "88.5");
    // The plan ends 15 Jan 2024, after Q4: everything is due by then.
    CHECK(r.year_end.as_of == ymd(2024, 1, 15));
    CHECK(r.year_end.planned == doctest::Approx(100.0));
    CHECK(r.year_end.completion == doctest::Approx(q2_actual));
    CHECK(r.year_end.counting == 8);
    CHECK(r.year_end.activities_done == 0);
    REQUIRE(r.year_end.gaps_closed.size() == 1);
    CHECK(r.year_end.gaps_closed[0]->id.value == "G03");
    // Per activity: A07 0/12.5 at Q1, A09 at Q3 1/7 against 6/7.
    CHECK(activity(r, "A07").quarters[0].actual == doctest::Approx(0.0));
    CHECK(activity(r, "A07").quarters[0].planned == doctest::Approx(12.5));
    CHECK(activity(r, "A09").quarters[2].planned == doctest::Approx(600.0 / 7));
    CHECK(activity(r, "A09").year_end.status == Status::overdue);  // ended 31 Dec 2023
    // Ends on the plan's end day itself, unfinished: overdue, as the plan has
    // no later day for it (docs/computations.md, "Activity status").
    CHECK(activity(r, "A03").year_end.status == Status::overdue);
    // Targets: A05 reported 1 กิจกรรม in Q2 (≥ 1: met); A03 40 in Q2 (≥ 100: not met).
    CHECK(activity(r, "A05").target.met == true);
    CHECK(activity(r, "A05").target_quarter == 2);
    CHECK(activity(r, "A03").target.actual == doctest::Approx(40.0));
    CHECK(activity(r, "A03").target.met == false);
    CHECK_FALSE(activity(r, "A06").target.met.has_value());  // text-only target
    // Notes: A07 has problems in Q1 and Q2; A08 none.
    REQUIRE(activity(r, "A07").notes.size() == 2);
    CHECK(activity(r, "A07").notes[0].quarter == 1);
    CHECK(activity(r, "A08").notes.empty());
    // Risk R1 (docs/computations.md): 2 × 5 = 10 at Q2; at Q1 A01 is not complete (24 Apr)
    // but projected to its planned 30 Apr: 2 × 5 = 10 too.
    REQUIRE(r.risks.size() == 1);
    CHECK(r.risks[0].quarters[0].result.likelihood.projected);
    CHECK(r.risks[0].quarters[0].result.score == 10);
    CHECK(r.risks[0].quarters[1].result.score == 10);
    CHECK(r.risks[0].year_end.result.score == 10);
    CHECK_FALSE(r.previous.has_value());
    CHECK_FALSE(r.early.has_value());
}

TEST_CASE("annual: today before the plan's end is noted, not used") {
    const Model& m = load("plans");
    auto early = build_annual_reports(m, "", ymd(2023, 6, 15));
    REQUIRE(early.size() == 1);
    CHECK(early[0].early == ymd(2023, 6, 15));
    CHECK(early[0].year_end.as_of == ymd(2024, 1, 15));
    CHECK(build_annual_reports(m, "", ymd(2024, 1, 15))[0].early == std::nullopt);  // the end day itself
    RenderOptions o;
    o.lang = Lang::en;
    std::string md = render_annual_md(early, m, o);
    CHECK(md.find("> Note: today (2023-06-15) is before the end of the plan (2024-01-15).") != std::string::npos);
}

TEST_CASE("annual, two-years: quarters, KPIs, gaps, risk trend, previous year (EXPECTED.md)") {
    const Model& m = load("tests/fixtures/two-years");
    auto reports = build_annual_reports(m, "");
    REQUIRE(reports.size() == 2);
    const AnnualReport& prev = reports[0];
    const AnnualReport& r = reports[1];
    REQUIRE(r.plan->id.value == "ty-scm-2566");
    // 2566: A01 w1 + w3 (step 2 done late, 15 Jul); A02 three steps.
    CHECK(r.quarters[0].actual == doctest::Approx((25 + 100.0 / 3) / 2));  // 29.2
    CHECK(r.quarters[1].actual == doctest::Approx((25 + 100.0 / 3) / 2));
    CHECK(r.quarters[1].planned == doctest::Approx((100 + 100.0 / 3) / 2));  // 66.7
    CHECK(r.quarters[2].actual == doctest::Approx((100 + 200.0 / 3) / 2));   // 83.3
    CHECK(r.quarters[3].actual == doctest::Approx(100.0));
    CHECK(format_pct(r.quarters[0].actual) == "29.2");
    CHECK(format_pct(r.quarters[1].planned) == "66.7");
    CHECK(format_pct(r.quarters[2].actual) == "83.3");
    CHECK(activity(r, "A01").quarters[1].status == Status::behind);
    CHECK(r.year_end.activities_done == 2);
    REQUIRE(r.year_end.kpis.size() == 3);
    CHECK(r.year_end.kpis[2].value == doctest::Approx(80.0));  // on_time: 4 of 5 steps
    CHECK(r.year_end.kpis[2].met);
    CHECK(r.year_end.gaps_closed.size() == 2);
    CHECK(r.year_end.gaps_total == 3);
    // Targets: A01 2 ครั้ง from Q4; A02 100% from Q3 (no Q4 report).
    CHECK(activity(r, "A01").target_quarter == 4);
    CHECK(activity(r, "A01").target.met == true);
    CHECK(activity(r, "A02").target_quarter == 3);
    CHECK(activity(r, "A02").target.actual == doctest::Approx(100.0));
    // Risk: likelihood from completion (3, 3, 1, 1) × assessed impact (4, 4, 3, 3).
    REQUIRE(r.risks.size() == 1);
    CHECK(r.risks[0].quarters[0].result.score == 12);
    CHECK(r.risks[0].quarters[0].result.over_threshold);
    CHECK(r.risks[0].quarters[1].result.score == 12);
    CHECK(r.risks[0].quarters[2].result.score == 3);
    CHECK(r.risks[0].quarters[3].result.score == 3);
    // Notes: A01 Q2 (problems and suggestions), A02 Q3 (suggestions only).
    CHECK(activity(r, "A01").notes.size() == 1);
    REQUIRE(activity(r, "A02").notes.size() == 1);
    CHECK(activity(r, "A02").notes[0].quarter == 3);
    CHECK(activity(r, "A03").notes.empty());
    // The previous year: 2565 as of 2022-12-31.
    REQUIRE(r.previous.has_value());
    CHECK(r.previous->plan->id.value == "ty-scm-2565");
    CHECK(r.previous->as_of == ymd(2022, 12, 31));
    CHECK(r.previous->completion == doctest::Approx(87.5));
    CHECK(r.previous->activities_done == 1);
    CHECK(r.previous->gaps_closed.size() == 1);
    REQUIRE(r.previous->kpis.size() == 3);
    CHECK_FALSE(r.previous->kpis[0].met);  // 1 < 2
    CHECK(r.previous->kpis[1].met);        // 1 ≥ 1
    CHECK_FALSE(r.previous->kpis[2].met);  // 87.5 < 100
    // 2565 itself: no 2564 plan; Q2 62.5 / 75.0; A02 overdue on its own end
    // day, which is the plan's last day.
    CHECK_FALSE(prev.previous.has_value());
    CHECK(prev.quarters[1].actual == doctest::Approx(62.5));
    CHECK(prev.quarters[1].planned == doctest::Approx(75.0));
    CHECK(activity(prev, "A02").year_end.status == Status::overdue);
    CHECK(activity(prev, "A02").target.met == false);
}

TEST_CASE("annual: the previous year must match enabler and organisation") {
    const Model& m = load("tests/fixtures/two-years");
    Model copy = m;  // a 2565 plan of another organisation is not the previous year
    for (Plan& p : copy.plans)
        if (p.id.value == "ty-scm-2565") p.organisation = "อื่น";
    auto reports = build_annual_reports(copy, "ty-scm-2566");
    REQUIRE(reports.size() == 1);
    CHECK_FALSE(reports[0].previous.has_value());
}

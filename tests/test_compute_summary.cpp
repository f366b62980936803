// The summary of a plan's report and the organisation × enabler matrix
// (src/compute/summary.cpp).
#include <doctest/doctest.h>

#include "scmplan/summary.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

/// Two counting activities and one that does not count, as of 30 Jun 2023:
/// A01: steps due 31 Mar (done 15 Mar) and 30 Jun (not done): 50% of 100% planned, behind.
/// A02: one step due 31 Mar, done: 100%, done.
/// A03 (counts: false): like A01, and has the quarter-2 report the others lack.
LoadResult sample() {
    const std::string one_done = "steps:\n  - {id: \"1\", title: t, due: 2023-03-31, done: 2023-03-15}\n";
    std::string a02 = test::activity_yaml("A02");
    a02 = a02.substr(0, a02.find("steps:")) + one_done + "reports:\n  - {quarter: 2, note: n}\n";
    LoadResult r = load_sources({{"p.yaml", test::plan_yaml(
                                                "kpis:\n  - {id: K1, text: k, measure: completion, op: \">=\", value: 70}\n"
                                                "  - {id: K2, text: k, measure: activities_done, op: \">=\", value: 1}\n")},
                                 {"a1.yaml", test::activity_yaml("A01")},
                                 {"a2.yaml", a02},
                                 {"a3.yaml", test::activity_yaml("A03", "counts: false\nreports:\n  - {quarter: 2}\n")}});
    return r;
}

}  // namespace

TEST_CASE("a plan's summary takes the report's figures and counts only counting activities") {
    LoadResult r = sample();
    REQUIRE(test::diag_lines(r.diags) == "");
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    auto reports = build_reports(r.model, req);
    REQUIRE(reports.size() == 1);
    PlanSummary s = summarize(reports[0]);
    CHECK(s.quarter == 2);
    CHECK(s.as_of == Date::from_ymd(2023, 6, 30));
    CHECK(s.completion == doctest::Approx(75.0));  // (50 + 100) / 2; A03 not counted
    CHECK(s.planned == doctest::Approx(100.0));
    CHECK(s.counting == 2);
    CHECK(s.done == 1);
    CHECK(s.behind == 1);
    CHECK(s.overdue == 0);
    CHECK(s.kpis_met == 2);  // 75 >= 70; 1 activity done >= 1
    CHECK(s.kpis_total == 2);
    CHECK(s.risk_max == 0);
    CHECK(s.risk_band == nullptr);
    REQUIRE(s.due);
    CHECK(*s.due == Date::from_ymd(2023, 7, 11));  // 7 working days after Fri 30 Jun: 3–7, 10, 11 Jul
    REQUIRE(s.all_reported);
    CHECK_FALSE(*s.all_reported);  // A01 has no quarter-2 report (A03's does not matter)
}

TEST_CASE("outside the plan's quarters, whether all reported is unknown") {
    LoadResult r = sample();
    ReportRequest req;
    req.date = ReportDate::on(Date::from_ymd(2024, 3, 1));
    PlanSummary s = summarize(build_reports(r.model, req)[0]);
    CHECK(s.quarter == 0);
    CHECK_FALSE(s.all_reported);
    CHECK(s.overdue == 1);  // A01 ended 31 Dec 2023, not done
}

TEST_CASE("the matrix holds the mean completion per organisation and enabler") {
    Plan a, b, c;
    a.organisation = "O2";
    a.enabler.value = "SCM";
    b.organisation = "O1";
    b.enabler.value = "DT";
    c.organisation = "O2";
    c.enabler.value = "SCM";
    std::vector<PlanSummary> rows(3);
    rows[0].plan = &a;
    rows[0].completion = 40;
    rows[1].plan = &b;
    rows[1].completion = 10;
    rows[2].plan = &c;
    rows[2].completion = 61;
    CompletionMatrix m = completion_matrix(rows);
    CHECK(m.organisations == std::vector<std::string>{"O1", "O2"});
    CHECK(m.enablers == std::vector<std::string>{"SCM", "DT"});  // first appearance
    CHECK(m.cells[1][0].mean() == doctest::Approx(50.5));        // (40 + 61) / 2
    CHECK(m.cells[1][0].plans == 2);
    CHECK(m.cells[0][1].mean() == doctest::Approx(10.0));
    CHECK_FALSE(m.cells[0][0].mean());  // O1 has no SCM plan
}

TEST_CASE("all reported asks only the activities whose period overlaps the quarter, as W120 does") {
    // A04 starts in October: quarter 2 expects no report from it; A05 ended in
    // March: neither. A01 has its reports for quarters 2 and 4.
    const std::string later = "scmplan: 1\nkind: activity\nplan: p1\nid: A04\ntitle: t\nowners: [ส.ตต.]\n"
                              "period: {start: 1 ต.ค. 66, end: 31 ธ.ค. 66}\n"
                              "steps:\n  - {id: \"1\", title: t, due: 2023-12-31}\n";
    std::string earlier = later;
    earlier.replace(earlier.find("A04"), 3, "A05");
    earlier.replace(earlier.find("1 ต.ค. 66, end: 31 ธ.ค. 66"), std::string("1 ต.ค. 66, end: 31 ธ.ค. 66").size(),
                    "1 ม.ค. 66, end: 31 มี.ค. 66");
    earlier.replace(earlier.find("2023-12-31"), 10, "2023-03-31");
    LoadResult ws = load_sources(
        {{"p.yaml", test::plan_yaml()},
         {"a1.yaml", test::activity_yaml("A01", "reports:\n  - {quarter: 2, note: n}\n  - {quarter: 4, note: n}\n")},
         {"a4.yaml", later},
         {"a5.yaml", earlier}});
    REQUIRE(test::diag_lines(ws.diags) == "");
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    PlanSummary s = summarize(build_reports(ws.model, req)[0]);
    REQUIRE(s.all_reported);
    CHECK(*s.all_reported);  // A04 and A05 have no quarter-2 report, and need none
    // Quarter 4: A04 overlaps it and has no report.
    req.date = ReportDate::of_quarter(4);
    PlanSummary q4 = summarize(build_reports(ws.model, req)[0]);
    REQUIRE(q4.all_reported);
    CHECK_FALSE(*q4.all_reported);
}

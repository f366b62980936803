// Tests of src/compute/report.cpp: the per-plan totals that the quarterly report
// and the year-end summary share.
#include <doctest/doctest.h>

#include "scmplan/report.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

/// A01 (one step due and done 15 Mar) is complete; A02 (one step due 30 Jun,
/// not done) is not; A03 does not count. Gap G1 is closed on 10 Apr, G2 is planned.
LoadResult sample() {
    const std::string done = "steps:\n  - {id: \"1\", title: t, due: 2023-03-15, done: 2023-03-15}\n";
    std::string a01 = test::activity_yaml("A01");
    a01 = a01.substr(0, a01.find("steps:")) + done;
    return load_sources(
        {{"p.yaml", test::plan_yaml("gaps:\n  - {id: G1, text: g, status: closed, closed: 2023-04-10}\n"
                                    "  - {id: G2, text: g, status: planned}\n"
                                    "kpis:\n  - {id: K1, text: k, measure: gaps_closed, op: \">=\", value: 1}\n")},
         {"a1.yaml", a01},
         {"a2.yaml", test::activity_yaml("A02")},
         {"a3.yaml", test::activity_yaml("A03", "counts: false\n")}});
}

}  // namespace

TEST_CASE("plan totals: counting activities, those done, KPIs and gaps closed by the date") {
    LoadResult r = sample();
    REQUIRE(test::diag_lines(r.diags) == "");
    const Plan& p = r.model.plans.at(0);
    auto acts = r.model.activities_of(p.id.value);

    PlanTotals march = plan_totals(p, acts, Date::from_ymd(2023, 3, 31));
    CHECK(march.plan == &p);
    CHECK(march.as_of == Date::from_ymd(2023, 3, 31));
    CHECK(march.counting == 2);
    CHECK(march.activities_done == 1);
    CHECK(march.completion == doctest::Approx(plan_completion(acts, march.as_of)));
    CHECK(march.gaps_total == 2);
    CHECK(march.gaps_closed.empty());
    REQUIRE(march.kpis.size() == 1);
    CHECK_FALSE(march.kpis[0].met);
    CHECK(march.kpis_met == 0);

    PlanTotals april = plan_totals(p, acts, Date::from_ymd(2023, 4, 10));
    REQUIRE(april.gaps_closed.size() == 1);
    CHECK(april.gaps_closed[0]->id.value == "G1");
    CHECK(april.kpis[0].met);
    CHECK(april.kpis_met == 1);
}

TEST_CASE("the quarterly report and the year-end summary carry the same totals") {
    LoadResult r = sample();
    const Plan& p = r.model.plans.at(0);
    ReportRequest req;
    req.date = ReportDate::on(p.end.value);
    PlanReport report = build_reports(r.model, req).at(0);
    YearEnd year = year_end_of(r.model, p);
    CHECK(report.as_of == year.as_of);
    CHECK(report.completion == year.completion);
    CHECK(report.counting == year.counting);
    CHECK(report.activities_done == year.activities_done);
    CHECK(report.gaps_closed == year.gaps_closed);
    CHECK(report.kpis.size() == year.kpis.size());
}

TEST_CASE("a year-end summary shows the plan's end apart only when it comes after the fourth quarter") {
    LoadResult r = sample();
    auto calendar = build_annual_reports(r.model, "p1");
    REQUIRE(calendar.size() == 1);
    CHECK_FALSE(calendar[0].ends_after_quarters());  // 31 Dec, the last day of Q4

    r.model.plans[0].end.value = Date::from_ymd(2024, 1, 15);  // the FIO plan's end
    auto longer = build_annual_reports(r.model, "p1");
    CHECK(longer[0].ends_after_quarters());
}

TEST_CASE("a report carries its plan's risk register, and its chart data points at it") {
    static LoadResult plans = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/plans"}, disk());
    const Model& m = plans.model;
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    std::vector<PlanReport> reports = build_reports(m, req);
    REQUIRE(reports.size() == 1);
    const PlanReport& report = reports[0];
    // The register is that of the plan as of the report's date, heat map included.
    RiskRegister alone = risk_register(m, *report.plan, report.as_of);
    REQUIRE_FALSE(alone.risks.empty());
    CHECK(report.risk_register.plan == report.plan);
    CHECK(report.risk_register.as_of == report.as_of);
    REQUIRE(report.risk_register.risks.size() == alone.risks.size());
    for (std::size_t i = 0; i < alone.risks.size(); ++i) {
        CHECK(report.risk_register.risks[i].risk == alone.risks[i].risk);
        CHECK(report.risk_register.risks[i].score == alone.risks[i].score);
    }
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) CHECK(report.risk_register.map.at(l, i).current == alone.map.at(l, i).current);

    // The pictures' data: the register itself (not a copy), the timeline as of
    // the report's date.
    std::vector<ReportChartData> charts = report_chart_data(m, reports);
    REQUIRE(charts.size() == 1);
    CHECK(charts[0].heat_map == &report.risk_register);
    CHECK(charts[0].timeline.as_of == report.as_of);
    CHECK(charts[0].timeline.plan == report.plan);

    // A plan without risks has no heat map.
    LoadResult r = sample();
    std::vector<PlanReport> none = build_reports(r.model, req);
    REQUIRE(none.size() == 1);
    CHECK(none[0].risk_register.risks.empty());
    CHECK(report_chart_data(r.model, none).at(0).heat_map == nullptr);
}

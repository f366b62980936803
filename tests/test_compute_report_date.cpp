// The report date (report_date, src/compute/completion.cpp): what --quarter N,
// --as-of DATE and --annual mean for a plan, on a calendar-year and a
// fiscal-year plan, on the days at the edges of quarters; and the report built
// on such a day.
#include <doctest/doctest.h>

#include "scmplan/report.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

/// A plan of BE `year` under `scheme`, running start – end.
Plan plan(int year, QuarterScheme scheme, Date start, Date end) {
    Plan p;
    p.id.value = "p1";
    p.year.value = year;
    p.quarters = scheme;
    p.start.value = start;
    p.end.value = end;
    return p;
}

}  // namespace

TEST_CASE("report date on a calendar-year plan: a quarter's last day, the date itself, the plan's end") {
    // BE 2566 = CE 2023; the plan runs on after its fourth quarter, to 15 Jan 2024.
    const Plan p = plan(2566, QuarterScheme::calendar, ymd(2023, 1, 1), ymd(2024, 1, 15));
    CHECK(report_date(p, ReportDate::of_quarter(1)) == ymd(2023, 3, 31));
    CHECK(report_date(p, ReportDate::of_quarter(2)) == ymd(2023, 6, 30));
    CHECK(report_date(p, ReportDate::of_quarter(3)) == ymd(2023, 9, 30));
    CHECK(report_date(p, ReportDate::of_quarter(4)) == ymd(2023, 12, 31));
    CHECK(report_date(p, ReportDate::annual()) == ymd(2024, 1, 15));  // the plan's end, not the fourth quarter's
    // A date is itself, inside the plan's period, at its edges, or outside it.
    CHECK(report_date(p, ReportDate::on(ymd(2023, 6, 30))) == ymd(2023, 6, 30));
    CHECK(report_date(p, ReportDate::on(ymd(2023, 7, 1))) == ymd(2023, 7, 1));
    CHECK(report_date(p, ReportDate::on(ymd(2022, 12, 31))) == ymd(2022, 12, 31));
    CHECK(report_date(p, ReportDate::on(ymd(2025, 2, 28))) == ymd(2025, 2, 28));
    CHECK(ReportDate() == ReportDate::annual());
}

TEST_CASE("report date on a fiscal-year plan: quarters from October of the year before") {
    // Fiscal BE 2567: 1 Oct 2023 – 30 Sep 2024; its second quarter ends in a leap February's quarter.
    const Plan p = plan(2567, QuarterScheme::fiscal, ymd(2023, 10, 1), ymd(2024, 9, 30));
    CHECK(report_date(p, ReportDate::of_quarter(1)) == ymd(2023, 12, 31));
    CHECK(report_date(p, ReportDate::of_quarter(2)) == ymd(2024, 3, 31));
    CHECK(report_date(p, ReportDate::of_quarter(3)) == ymd(2024, 6, 30));
    CHECK(report_date(p, ReportDate::of_quarter(4)) == ymd(2024, 9, 30));
    CHECK(report_date(p, ReportDate::annual()) == ymd(2024, 9, 30));  // the end is the fourth quarter's here
    CHECK(report_date(p, ReportDate::on(ymd(2024, 2, 29))) == ymd(2024, 2, 29));
    CHECK(report_date(p, ReportDate::on(ymd(2023, 9, 30))) == ymd(2023, 9, 30));  // the day before the year
}

TEST_CASE("a report on a quarter's last day and on the day after: its quarter, and whether it was asked for") {
    LoadResult r = load_sources({{"p.yaml", test::plan_yaml()}, {"a1.yaml", test::activity_yaml("A01")}});
    REQUIRE(test::diag_lines(r.diags) == "");
    const Plan& p = r.model.plans.at(0);  // calendar 2566: 1 Jan – 31 Dec 2023
    auto one = [&](ReportDate when) {
        ReportRequest req;
        req.date = when;
        return build_reports(r.model, req).at(0);
    };
    PlanReport q2 = one(ReportDate::of_quarter(2));
    CHECK(q2.as_of == ymd(2023, 6, 30));
    CHECK(q2.quarter == 2);
    CHECK(q2.quarterly);
    PlanReport last_day = one(ReportDate::on(ymd(2023, 6, 30)));
    CHECK(last_day.as_of == ymd(2023, 6, 30));
    CHECK(last_day.quarter == 2);
    CHECK_FALSE(last_day.quarterly);
    PlanReport next_day = one(ReportDate::on(ymd(2023, 7, 1)));
    CHECK(next_day.quarter == 3);
    PlanReport before = one(ReportDate::on(ymd(2022, 12, 31)));
    CHECK(before.quarter == 0);  // outside the plan's year
    CHECK_FALSE(before.due);
    PlanReport annual = one(ReportDate::annual());
    CHECK(annual.as_of == p.end.value);
    CHECK(annual.quarter == 4);
    CHECK_FALSE(annual.quarterly);
}

// Tests of src/core/holiday_calendar.cpp: the built-in calendars' data, and
// plans/' hand-typed holidays against the calendar with the FIO's choices.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "scmplan/format_spec.hpp"
#include "scmplan/holiday_calendar.hpp"
#include "scmplan/load.hpp"

using namespace scmplan;

TEST_CASE("holiday calendars: named as the format's choices, days sorted, unique, valid") {
    auto calendars = holiday_calendars();
    auto choices = format::choices::holiday_calendar();
    REQUIRE(calendars.size() == choices.size());
    for (std::size_t i = 0; i < calendars.size(); ++i) {
        CHECK(calendars[i].name == choices[i].text);
        CHECK(choices[i].value == static_cast<int>(i));
        CHECK(find_holiday_calendar(calendars[i].name) == &calendars[i]);
        const auto& days = calendars[i].days;
        for (std::size_t d = 0; d < days.size(); ++d) {
            CAPTURE(days[d].th);
            CHECK(valid_ymd(days[d].year, days[d].month, days[d].day));
            CHECK(!days[d].th.empty());
            CHECK(!days[d].en.empty());
            if (d > 0) CHECK(days[d - 1].date() < days[d].date());
        }
    }
    CHECK(find_holiday_calendar("th-gov") == nullptr);
}

TEST_CASE("th-government: the counts of each year and its known days") {
    const HolidayCalendar* c = find_holiday_calendar("th-government");
    REQUIRE(c);
    CHECK(c->first_year == 2023);
    CHECK(c->last_year == 2025);
    int count[3] = {0, 0, 0};
    for (const CalendarDay& d : c->days)
        if (d.year >= 2023 && d.year <= 2025) ++count[d.year - 2023];
    // docs/holidays.md: 26 days listed for 2566, 28 for 2567, 25 for 2568.
    CHECK(count[0] == 26);
    CHECK(count[1] == 28);
    CHECK(count[2] == 25);
    // Labour Day is no government holiday.
    for (const CalendarDay& d : c->days) CHECK(!(d.month == 5 && d.day == 1));
}

TEST_CASE("plans/: the calendar with Labour Day added and Royal Ploughing removed gives the hand-typed working days") {
    std::ifstream in(std::string(SCMPLAN_SOURCE_DIR) + "/plans/scmplan.yaml", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    LoadResult listed = load_sources({{"scmplan.yaml", text.str()}});
    REQUIRE(listed.model.workspace);
    LoadResult calendar = load_sources({{"scmplan.yaml",
                                         "scmplan: 1\nkind: workspace\nholidays:\n  calendar: th-government\n"
                                         "  add: [2023-05-01]\n  remove: [2023-05-17]\n"}});
    REQUIRE(calendar.model.workspace);
    CHECK(calendar.diags.items().empty());
    const Holidays a = listed.model.holidays(), b = calendar.model.holidays();
    // The plan runs 1 Jan 2566 – 15 Jan 2567; its last report falls due in January 2567.
    int weekdays = 0;
    for (Date d = Date::from_ymd(2023, 1, 1); d <= Date::from_ymd(2024, 1, 31); d = d + 1) {
        CAPTURE(format_iso(d));
        if (d.weekday() > 5) continue;
        CHECK(a.contains(d) == b.contains(d));
        ++weekdays;
    }
    CHECK(weekdays == 283);
    // The one difference: New Year's Day 2566, a Sunday, which the list leaves out.
    CHECK(b.contains(Date::from_ymd(2023, 1, 1)));
    CHECK(!a.contains(Date::from_ymd(2023, 1, 1)));
}

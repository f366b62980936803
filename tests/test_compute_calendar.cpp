// Tests of src/compute/calendar.cpp: working days and quarters. Expected values
// are hand-checked against a calendar or come from a day-by-day reference.
#include <doctest/doctest.h>

#include <climits>
#include <random>
#include <vector>

#include "scmplan/calendar.hpp"

using scmplan::Date;
using scmplan::DateRange;
using scmplan::Holidays;
using scmplan::QuarterScheme;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// Reference: step one day at a time, counting Monday–Friday non-holidays.
Date ref_nth_working_day(Date from, int n, const std::vector<Date>& holidays) {
    Date d = from;
    while (n > 0) {
        d = d + 1;
        bool holiday = false;
        for (Date h : holidays) holiday = holiday || h == d;
        if (d.weekday() <= 5 && !holiday) --n;
    }
    return d;
}

}  // namespace

TEST_CASE("calendar: is_working_day") {
    const Holidays h({ymd(2023, 7, 3)});
    CHECK(scmplan::is_working_day(ymd(2023, 6, 30), h));        // Friday
    CHECK_FALSE(scmplan::is_working_day(ymd(2023, 7, 1), h));   // Saturday
    CHECK_FALSE(scmplan::is_working_day(ymd(2023, 7, 2), h));   // Sunday
    CHECK_FALSE(scmplan::is_working_day(ymd(2023, 7, 3), h));   // Monday, holiday
    CHECK(scmplan::is_working_day(ymd(2023, 7, 4), h));         // Tuesday
}

TEST_CASE("calendar: nth_working_day_after, hand-checked cases") {
    using scmplan::nth_working_day_after;
    const Holidays none;
    // Fri 30 Jun 2023 + 7 working days: Jul 3,4,5,6,7,10,11.
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 7, none) == ymd(2023, 7, 11));
    // A holiday after the answer changes nothing; one before it moves it a day.
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 7, Holidays({ymd(2023, 7, 28)})) == ymd(2023, 7, 11));
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 7, Holidays({ymd(2023, 7, 3)})) == ymd(2023, 7, 12));
    // A holiday on the answer itself, and on a weekend (which changes nothing).
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 7, Holidays({ymd(2023, 7, 11)})) == ymd(2023, 7, 12));
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 7, Holidays({ymd(2023, 7, 8)})) == ymd(2023, 7, 11));
    // Across a weekend, from a Friday, a Saturday and a Sunday.
    CHECK(nth_working_day_after(ymd(2023, 6, 30), 1, none) == ymd(2023, 7, 3));
    CHECK(nth_working_day_after(ymd(2023, 7, 1), 1, none) == ymd(2023, 7, 3));
    CHECK(nth_working_day_after(ymd(2023, 7, 2), 1, none) == ymd(2023, 7, 3));
    CHECK(nth_working_day_after(ymd(2023, 7, 2), 5, none) == ymd(2023, 7, 7));
    CHECK(nth_working_day_after(ymd(2023, 7, 3), 5, none) == ymd(2023, 7, 10));
    // The start day itself never counts, even when it is a holiday.
    CHECK(nth_working_day_after(ymd(2023, 7, 3), 1, Holidays({ymd(2023, 7, 3)})) == ymd(2023, 7, 4));
    // Holidays before the start are ignored.
    CHECK(nth_working_day_after(ymd(2023, 7, 3), 1, Holidays({ymd(2023, 6, 1)})) == ymd(2023, 7, 4));
    // Consecutive holidays (Thai Songkran) followed by a weekend.
    const Holidays songkran({ymd(2023, 4, 13), ymd(2023, 4, 14), ymd(2023, 4, 17)});
    CHECK(nth_working_day_after(ymd(2023, 4, 12), 1, songkran) == ymd(2023, 4, 18));
}

TEST_CASE("calendar: nth_working_day_after with n <= 0 returns the start") {
    const Holidays h({ymd(2023, 7, 3)});
    CHECK(scmplan::nth_working_day_after(ymd(2023, 6, 30), 0, h) == ymd(2023, 6, 30));
    CHECK(scmplan::nth_working_day_after(ymd(2023, 7, 1), -5, h) == ymd(2023, 7, 1));
    CHECK(scmplan::nth_working_day_after(ymd(2023, 7, 1), INT_MIN, h) == ymd(2023, 7, 1));
}

TEST_CASE("calendar: nth_working_day_after matches a day-by-day count") {
    std::mt19937 rng(2566);
    for (int round = 0; round < 300; ++round) {
        std::vector<Date> holidays;
        const int count = static_cast<int>(rng() % 12);
        for (int k = 0; k < count; ++k) holidays.push_back(ymd(2023, 6, 25) + static_cast<int>(rng() % 60));
        const Holidays h(holidays);
        const Date from = ymd(2023, 6, 25) + static_cast<int>(rng() % 14);
        for (int n = 1; n <= 25; ++n) {
            CAPTURE(round);
            CAPTURE(n);
            CHECK(scmplan::nth_working_day_after(from, n, h) == ref_nth_working_day(from, n, holidays));
        }
    }
}

TEST_CASE("calendar: nth_working_day_after ends with long holiday spans and huge n") {
    std::vector<Date> all_of_2024;
    for (Date d = ymd(2024, 1, 1); d <= ymd(2024, 12, 31); d = d + 1) all_of_2024.push_back(d);
    const Holidays h(all_of_2024);
    // 2025-01-01 is a Wednesday.
    CHECK(scmplan::nth_working_day_after(ymd(2023, 12, 29), 1, h) == ymd(2025, 1, 1));
    CHECK(scmplan::nth_working_day_after(ymd(2023, 12, 28), 2, h) == ymd(2025, 1, 1));

    // Thousands of years of holidays in a row: the answer is the first weekday after them.
    const Date start = ymd(2000, 1, 1);
    std::vector<Date> many;
    for (int k = 1; k <= 2'000'000; ++k) many.push_back(start + k);
    const Date last = many.back();
    CHECK(scmplan::nth_working_day_after(start, 1, Holidays(std::move(many))) == ref_nth_working_day(last, 1, {}));

    CHECK(scmplan::nth_working_day_after(start, 1'000'000, Holidays{}) == ref_nth_working_day(start, 1'000'000, {}));
    const Date far = scmplan::nth_working_day_after(start, INT_MAX, Holidays{});
    CHECK(far > start);
}

TEST_CASE("calendar: quarter_range, calendar scheme") {
    const auto q = [](int n) { return scmplan::quarter_range(2566, QuarterScheme::calendar, n); };
    CHECK(q(1).start == ymd(2023, 1, 1));
    CHECK(q(1).end == ymd(2023, 3, 31));
    CHECK(q(2).start == ymd(2023, 4, 1));
    CHECK(q(2).end == ymd(2023, 6, 30));
    CHECK(q(3).start == ymd(2023, 7, 1));
    CHECK(q(3).end == ymd(2023, 9, 30));
    CHECK(q(4).start == ymd(2023, 10, 1));
    CHECK(q(4).end == ymd(2023, 12, 31));
    // A leap-year Q1 ends on 31 March all the same.
    CHECK(scmplan::quarter_range(2567, QuarterScheme::calendar, 1).end == ymd(2024, 3, 31));
}

TEST_CASE("calendar: quarter_range, fiscal scheme") {
    const auto q = [](int n) { return scmplan::quarter_range(2566, QuarterScheme::fiscal, n); };
    CHECK(q(1).start == ymd(2022, 10, 1));
    CHECK(q(1).end == ymd(2022, 12, 31));
    CHECK(q(2).start == ymd(2023, 1, 1));
    CHECK(q(2).end == ymd(2023, 3, 31));
    CHECK(q(3).start == ymd(2023, 4, 1));
    CHECK(q(3).end == ymd(2023, 6, 30));
    CHECK(q(4).start == ymd(2023, 7, 1));
    CHECK(q(4).end == ymd(2023, 9, 30));
}

TEST_CASE("calendar: quarter_of at the boundaries") {
    using scmplan::quarter_of;
    const QuarterScheme cal = QuarterScheme::calendar;
    const QuarterScheme fis = QuarterScheme::fiscal;
    // Calendar BE 2566 = CE 2023.
    CHECK(quarter_of(ymd(2022, 12, 31), 2566, cal) == 0);
    CHECK(quarter_of(ymd(2023, 1, 1), 2566, cal) == 1);
    CHECK(quarter_of(ymd(2023, 3, 31), 2566, cal) == 1);
    CHECK(quarter_of(ymd(2023, 4, 1), 2566, cal) == 2);
    CHECK(quarter_of(ymd(2023, 6, 30), 2566, cal) == 2);
    CHECK(quarter_of(ymd(2023, 7, 1), 2566, cal) == 3);
    CHECK(quarter_of(ymd(2023, 9, 30), 2566, cal) == 3);
    CHECK(quarter_of(ymd(2023, 10, 1), 2566, cal) == 4);
    CHECK(quarter_of(ymd(2023, 12, 31), 2566, cal) == 4);
    CHECK(quarter_of(ymd(2024, 1, 1), 2566, cal) == 0);
    // Fiscal BE 2566 = 1 Oct 2022 .. 30 Sep 2023.
    CHECK(quarter_of(ymd(2022, 9, 30), 2566, fis) == 0);
    CHECK(quarter_of(ymd(2022, 10, 1), 2566, fis) == 1);
    CHECK(quarter_of(ymd(2022, 12, 31), 2566, fis) == 1);
    CHECK(quarter_of(ymd(2023, 1, 1), 2566, fis) == 2);
    CHECK(quarter_of(ymd(2023, 3, 31), 2566, fis) == 2);
    CHECK(quarter_of(ymd(2023, 4, 1), 2566, fis) == 3);
    CHECK(quarter_of(ymd(2023, 6, 30), 2566, fis) == 3);
    CHECK(quarter_of(ymd(2023, 7, 1), 2566, fis) == 4);
    CHECK(quarter_of(ymd(2023, 9, 30), 2566, fis) == 4);
    CHECK(quarter_of(ymd(2023, 10, 1), 2566, fis) == 0);
    CHECK(quarter_of(ymd(2023, 12, 31), 2566, fis) == 0);
}

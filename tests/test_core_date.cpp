// Tests of src/core/date.cpp: the civil calendar, ISO formatting and the
// calendar values of the model. Expected values are known calendar facts or
// come from a simple independent reference written here.
#include <doctest/doctest.h>

#include <climits>
#include <cstdint>
#include <vector>

#include "scmplan/date.hpp"

using scmplan::Date;
using scmplan::DateRange;
using scmplan::Holidays;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// Reference: Gregorian leap rule and month lengths, written independently.
bool ref_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int ref_month_length(int y, int m) {
    if (m == 2) return ref_leap(y) ? 29 : 28;
    return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}

}  // namespace

TEST_CASE("date: from_ymd and year/month/day agree with a day counter over 1900..2100") {
    std::int32_t counter = -25567;  // 1900-01-01 is 25567 days before 1970-01-01
    int expected_weekday = 1;       // 1900-01-01 was a Monday
    int mismatches = 0;
    for (int y = 1900; y <= 2100; ++y) {
        for (int m = 1; m <= 12; ++m) {
            for (int d = 1; d <= ref_month_length(y, m); ++d) {
                const Date from = ymd(y, m, d);
                const Date back{counter};
                const bool ok = from.days == counter && back.year() == y && back.month() == m && back.day() == d &&
                                back.weekday() == expected_weekday && scmplan::valid_ymd(y, m, d);
                if (!ok && ++mismatches <= 5) {
                    FAIL_CHECK("mismatch at " << y << "-" << m << "-" << d << " (counter " << counter << ")");
                }
                ++counter;
                expected_weekday = expected_weekday % 7 + 1;
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(counter == 47846 + 1);  // 2100-12-31 is day 47846
}

TEST_CASE("date: extremes of the supported range") {
    CHECK(ymd(1, 1, 1).days == -719162);
    CHECK(ymd(9999, 12, 31).days == 2932896);
    const Date first{-719162};
    CHECK(first.year() == 1);
    CHECK(first.month() == 1);
    CHECK(first.day() == 1);
    CHECK(first.weekday() == 1);  // 0001-01-01 (proleptic Gregorian) was a Monday
    const Date last{2932896};
    CHECK(last.year() == 9999);
    CHECK(last.month() == 12);
    CHECK(last.day() == 31);
    CHECK(last.weekday() == 5);
}

TEST_CASE("date: leap years and month lengths") {
    CHECK_FALSE(scmplan::is_leap_year(1900));
    CHECK(scmplan::is_leap_year(2000));
    CHECK(scmplan::is_leap_year(2024));
    CHECK_FALSE(scmplan::is_leap_year(2023));
    CHECK_FALSE(scmplan::is_leap_year(2100));
    CHECK(scmplan::days_in_month(2023, 2) == 28);
    CHECK(scmplan::days_in_month(2024, 2) == 29);
    CHECK(scmplan::days_in_month(2023, 4) == 30);
    CHECK(scmplan::days_in_month(2023, 12) == 31);
    CHECK(scmplan::valid_ymd(2024, 2, 29));
    CHECK_FALSE(scmplan::valid_ymd(2023, 2, 29));
    CHECK_FALSE(scmplan::valid_ymd(2023, 13, 1));
    CHECK_FALSE(scmplan::valid_ymd(2023, 0, 1));
    CHECK_FALSE(scmplan::valid_ymd(2023, 1, 0));
    CHECK_FALSE(scmplan::valid_ymd(0, 1, 1));
    CHECK_FALSE(scmplan::valid_ymd(10000, 1, 1));
}

TEST_CASE("date: weekday of known dates") {
    CHECK(ymd(2023, 6, 30).weekday() == 5);  // Friday
    CHECK(ymd(1970, 1, 1).weekday() == 4);   // Thursday
    CHECK(ymd(2000, 1, 1).weekday() == 6);   // Saturday
    CHECK(ymd(2023, 7, 2).weekday() == 7);   // Sunday
    CHECK(ymd(1969, 12, 29).weekday() == 1);  // Monday, before the epoch
}

TEST_CASE("date: arithmetic and ordering") {
    CHECK(ymd(2023, 2, 28) + 1 == ymd(2023, 3, 1));
    CHECK(ymd(2024, 2, 28) + 1 == ymd(2024, 2, 29));
    CHECK(ymd(2024, 1, 1) - 1 == ymd(2023, 12, 31));
    CHECK(ymd(2024, 1, 1) - ymd(2023, 1, 1) == 365);
    CHECK(ymd(2025, 1, 1) - ymd(2024, 1, 1) == 366);
    CHECK(ymd(2023, 1, 1) < ymd(2023, 1, 2));
}

TEST_CASE("date: format_iso pads year, month and day") {
    CHECK(scmplan::format_iso(ymd(2023, 6, 30)) == "2023-06-30");
    CHECK(scmplan::format_iso(ymd(2023, 1, 5)) == "2023-01-05");
    CHECK(scmplan::format_iso(ymd(999, 12, 31)) == "0999-12-31");
}

TEST_CASE("date: DateRange::contains is inclusive") {
    const DateRange r{ymd(2023, 4, 1), ymd(2023, 6, 30)};
    CHECK(r.contains(ymd(2023, 4, 1)));
    CHECK(r.contains(ymd(2023, 6, 30)));
    CHECK_FALSE(r.contains(ymd(2023, 3, 31)));
    CHECK_FALSE(r.contains(ymd(2023, 7, 1)));
}

TEST_CASE("date: Holidays sorts, removes duplicates and finds days") {
    const Holidays h({ymd(2023, 7, 28), ymd(2023, 7, 3), ymd(2023, 7, 28), ymd(2023, 1, 2)});
    REQUIRE(h.days().size() == 3);
    CHECK(h.days()[0] == ymd(2023, 1, 2));
    CHECK(h.days()[1] == ymd(2023, 7, 3));
    CHECK(h.days()[2] == ymd(2023, 7, 28));
    CHECK(h.contains(ymd(2023, 7, 3)));
    CHECK(h.contains(ymd(2023, 7, 28)));
    CHECK_FALSE(h.contains(ymd(2023, 7, 4)));
    CHECK_FALSE(Holidays{}.contains(ymd(2023, 7, 4)));
}

TEST_CASE("date: clamp_to_date saturates at the ends of Date's range") {
    CHECK(scmplan::clamp_to_date(0) == Date{0});
    CHECK(scmplan::clamp_to_date(-5).days == -5);
    CHECK(scmplan::clamp_to_date(std::int64_t{INT32_MAX} + 1).days == INT32_MAX);
    CHECK(scmplan::clamp_to_date(std::int64_t{INT32_MIN} - 1).days == INT32_MIN);
}

TEST_CASE("date: weekday_of counts from Thursday 1970-01-01, also outside Date's range") {
    CHECK(scmplan::weekday_of(0) == 4);   // 1970-01-01 was a Thursday
    CHECK(scmplan::weekday_of(-1) == 3);  // 1969-12-31, a Wednesday
    CHECK(scmplan::weekday_of(3) == 7);   // 1970-01-04, a Sunday
    CHECK(scmplan::weekday_of(4) == 1);   // 1970-01-05, a Monday
    // 2^31 = 7 * 306783378 + 2: two days after a Thursday.
    CHECK(scmplan::weekday_of(std::int64_t{1} << 31) == 6);
    CHECK(scmplan::weekday_of(ymd(2023, 6, 30).days) == ymd(2023, 6, 30).weekday());
}

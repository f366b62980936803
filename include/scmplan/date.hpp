// Calendar dates: a day as a number, its year, month, day and weekday, month
// lengths, the ISO form; and the calendar values the model holds (a quarter
// scheme, a list of holidays). Pure arithmetic: no parsing of people's text
// (date_text.hpp), no working days or quarters (calendar.hpp).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace scmplan {

/// A day of the proleptic Gregorian calendar, stored as days since 1970-01-01.
struct Date {
    std::int32_t days = 0;

    /// The date y-m-d (CE). Precondition: valid_ymd(y, m, d).
    static Date from_ymd(int year, int month, int day);
    int year() const;   ///< CE year
    int month() const;  ///< 1..12
    int day() const;    ///< 1..31
    int weekday() const;  ///< ISO: 1 = Monday … 7 = Sunday

    Date operator+(int n) const { return Date{days + n}; }
    Date operator-(int n) const { return Date{days - n}; }
    int operator-(Date other) const { return days - other.days; }
    auto operator<=>(const Date&) const = default;
};

constexpr int be_offset = 543;  ///< BE year = CE year + 543
bool is_leap_year(int ce_year);
int days_in_month(int ce_year, int month);  ///< 0 for a month outside 1..12
bool valid_ymd(int ce_year, int month, int day);

/// A date made from a day number outside the range of `Date` is the nearest
/// date that is inside it (saturating, never wrapping).
Date clamp_to_date(std::int64_t days);

/// ISO weekday (1 = Monday … 7 = Sunday) of a day number since 1970-01-01, which
/// may lie outside the range of `Date` (calendar.cpp counts in 64 bits, then clamps).
int weekday_of(std::int64_t days);

std::string format_iso(Date d);  ///< "2023-06-30"

struct DateRange {
    Date start;
    Date end;  ///< inclusive
    bool contains(Date d) const { return start <= d && d <= end; }
};

/// Quarter numbering of a plan year (quarter_range in calendar.hpp).
/// calendar: Q1 = Jan–Mar of the plan's year (CE = BE - 543).
/// fiscal:   Thai government fiscal year BE Y runs 1 Oct (Y-1) – 30 Sep Y: Q1 = Oct–Dec of BE Y-1.
enum class QuarterScheme { calendar, fiscal };

/// Sorted, unique list of non-working days (public holidays) kept by the user.
class Holidays {
public:
    Holidays() = default;
    explicit Holidays(std::vector<Date> days);  ///< sorts and removes duplicates
    bool contains(Date d) const;
    const std::vector<Date>& days() const { return m_days; }

private:
    std::vector<Date> m_days;
};

}  // namespace scmplan

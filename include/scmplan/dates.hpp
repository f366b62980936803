// Calendar dates, Thai (Buddhist Era) date forms, working days and quarters.
// Pure computation: no I/O, no YAML.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
int days_in_month(int ce_year, int month);
bool valid_ymd(int ce_year, int month, int day);

/// Result of parsing a date written by a person.
struct DateParse {
    std::optional<Date> date;  ///< set on success
    std::string error;         ///< set on failure: what is wrong, e.g. "31 ก.พ. 2566 is not a date: February 2566 has 28 days"
    std::string hint;          ///< optional: how to fix it
};

/// Accepts ISO `2023-01-31` (CE; a year >= 2400 is refused with a hint that ISO dates are CE,
/// e.g. `2566-03-28` -> "did you mean 2023-03-28?"), and Thai `31 ม.ค. 2566` / `31 ม.ค. 66`
/// (BE; a two-digit year means 25YY), also with full month names (`31 มกราคม 2566`) and without
/// the dots of the abbreviation (`31 มค 66`). Surrounding spaces are ignored.
DateParse parse_date(std::string_view text);

std::string format_iso(Date d);          ///< "2023-06-30"
std::string format_thai(Date d);         ///< "30 มิ.ย. 2566" (BE, abbreviated month)
std::string thai_month_abbrev(int month);  ///< 1 -> "ม.ค."
std::string thai_month_name(int month);    ///< 1 -> "มกราคม"

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

/// Monday to Friday and not a holiday.
bool is_working_day(Date d, const Holidays& holidays);

/// The n-th working day after `from` (n >= 1; `from` itself never counts).
/// E.g. from Fri 2023-06-30, n = 7, no holidays -> Tue 2023-07-11.
Date nth_working_day_after(Date from, int n, const Holidays& holidays);

/// Quarter numbering of a plan year.
/// calendar: Q1 = Jan–Mar of the plan's year (CE = BE - 543).
/// fiscal:   Thai government fiscal year BE Y runs 1 Oct (Y-1) – 30 Sep Y: Q1 = Oct–Dec of BE Y-1.
enum class QuarterScheme { calendar, fiscal };

struct DateRange {
    Date start;
    Date end;  ///< inclusive
    bool contains(Date d) const { return start <= d && d <= end; }
};

/// Quarter q (1..4) of BE year `be_year` under `scheme`. Precondition: 1 <= q <= 4.
DateRange quarter_range(int be_year, QuarterScheme scheme, int q);

/// The quarter (1..4) of BE year `be_year` that contains d, or 0 if d is outside that year.
int quarter_of(Date d, int be_year, QuarterScheme scheme);

}  // namespace scmplan

// Calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days) and
// the ISO form of a date.
#include "scmplan/date.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace scmplan {

namespace {

struct Ymd {
    int year;
    int month;
    int day;
};

// Floor division and modulo for a positive divisor.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

// Days since 1970-01-01 of the proleptic Gregorian date y-m-d.
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;                                // [0, 399]
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;        // [0, 146096]
    return era * 146097 + doe - 719468;
}

Ymd civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t doe = z - era * 146097;                                       // [0, 146096]
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), month, day};
}

// Zero-padded decimal, the sign before the zeros.
std::string pad(int value, std::size_t width) {
    std::string s = std::to_string(value < 0 ? -value : value);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    if (value < 0) s.insert(0, 1, '-');
    return s;
}

}  // namespace

Date clamp_to_date(std::int64_t days) {
    constexpr std::int64_t lo = std::numeric_limits<std::int32_t>::min();
    constexpr std::int64_t hi = std::numeric_limits<std::int32_t>::max();
    return Date{static_cast<std::int32_t>(std::clamp(days, lo, hi))};
}

// 1970-01-01 was a Thursday.
int weekday_of(std::int64_t days) { return static_cast<int>(floor_mod(days + 3, 7)) + 1; }

Date Date::from_ymd(int year, int month, int day) { return clamp_to_date(days_from_civil(year, month, day)); }
int Date::year() const { return civil_from_days(days).year; }
int Date::month() const { return civil_from_days(days).month; }
int Date::day() const { return civil_from_days(days).day; }
int Date::weekday() const { return weekday_of(days); }

bool is_leap_year(int ce_year) { return ce_year % 4 == 0 && (ce_year % 100 != 0 || ce_year % 400 == 0); }

int days_in_month(int ce_year, int month) {
    static constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(ce_year)) return 29;
    return lengths[static_cast<std::size_t>(month - 1)];
}

// Years are limited to 1..9999, the range the four-digit formats can express.
bool valid_ymd(int ce_year, int month, int day) {
    return ce_year >= 1 && ce_year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(ce_year, month);
}

std::string format_iso(Date d) {
    const Ymd c = civil_from_days(d.days);
    return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2);
}

Holidays::Holidays(std::vector<Date> days) : m_days(std::move(days)) {
    std::sort(m_days.begin(), m_days.end());
    m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
}

bool Holidays::contains(Date d) const { return std::binary_search(m_days.begin(), m_days.end(), d); }

}  // namespace scmplan

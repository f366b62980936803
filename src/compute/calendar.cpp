// Working days and quarters.
#include "scmplan/calendar.hpp"

#include <algorithm>
#include <cstdint>

namespace scmplan {

namespace {

// The n-th Monday–Friday after day `from` (n >= 1), ignoring holidays.
std::int64_t add_weekdays(std::int64_t from, std::int64_t n) {
    // From a Saturday or Sunday, counting is the same as from the Friday before.
    const int wd = weekday_of(from) - 1;  // 0 = Monday … 6 = Sunday
    if (wd >= 5) from -= wd - 4;
    const int fri_based = std::min(wd, 4);  // 0 = Monday … 4 = Friday
    const std::int64_t weeks = (n - 1) / 5;
    const std::int64_t rest = (n - 1) % 5 + 1;  // 1..5
    const std::int64_t weekend = fri_based + rest > 4 ? 2 : 0;
    return from + weeks * 7 + rest + weekend;
}

}  // namespace

bool is_working_day(Date d, const Holidays& holidays) { return d.weekday() <= 5 && !holidays.contains(d); }

// Counts weekdays first, then walks the (sorted) holidays after `from`: each one
// on a weekday up to the current answer pushes the answer one weekday further.
// The loop runs at most once per holiday, so it ends for any n and any list.
Date nth_working_day_after(Date from, int n, const Holidays& holidays) {
    if (n <= 0) return from;
    std::int64_t result = add_weekdays(from.days, n);
    const auto& days = holidays.days();
    for (auto it = std::upper_bound(days.begin(), days.end(), from); it != days.end(); ++it) {
        if (it->days > result) break;
        if (it->weekday() <= 5) result = add_weekdays(result, 1);
    }
    return clamp_to_date(result);
}

DateRange quarter_range(int be_year, QuarterScheme scheme, int q) {
    q = std::clamp(q, 1, 4);  // out of contract; clamped so the result is still a real range
    int ce_year = be_year - be_offset;
    int first_month = 3 * q - 2;
    if (scheme == QuarterScheme::fiscal) {
        // Fiscal Q1 is Oct–Dec of the previous CE year; Q2..Q4 are Jan–Sep.
        first_month = q == 1 ? 10 : 3 * q - 5;
        if (q == 1) --ce_year;
    }
    const int last_month = first_month + 2;
    return {Date::from_ymd(ce_year, first_month, 1),
            Date::from_ymd(ce_year, last_month, days_in_month(ce_year, last_month))};
}

int quarter_of(Date d, int be_year, QuarterScheme scheme) {
    for (int q = 1; q <= 4; ++q)
        if (quarter_range(be_year, scheme, q).contains(d)) return q;
    return 0;
}

}  // namespace scmplan

// Working days and quarters: the calendar rules of reporting (when a quarter
// starts and ends, which days count towards a deadline). Pure computation.
#pragma once

#include "scmplan/date.hpp"

namespace scmplan {

/// Monday to Friday and not a holiday.
bool is_working_day(Date d, const Holidays& holidays);

/// The n-th working day after `from` (n >= 1; `from` itself never counts).
/// E.g. from Fri 2023-06-30, n = 7, no holidays -> Tue 2023-07-11.
Date nth_working_day_after(Date from, int n, const Holidays& holidays);

/// Quarter q (1..4) of BE year `be_year` under `scheme`. Precondition: 1 <= q <= 4.
DateRange quarter_range(int be_year, QuarterScheme scheme, int q);

/// The quarter (1..4) of BE year `be_year` that contains d, or 0 if d is outside that year.
int quarter_of(Date d, int be_year, QuarterScheme scheme);

}  // namespace scmplan

// Built-in holiday calendars: the Thai government's public holidays
// (วันหยุดราชการ) as the cabinet announced them, special days and substitution
// days included, for the years it covers. One table in code (a user's clone
// has no data files to read at run time); each day's source is in
// docs/holidays.md. A workspace selects one with `holidays: {calendar: …}`.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "scmplan/date.hpp"

namespace scmplan {

/// One day of a calendar: its date (CE) and its name in Thai and English.
struct CalendarDay {
    int year, month, day;
    std::string_view th, en;
    Date date() const { return Date::from_ymd(year, month, day); }
};

struct HolidayCalendar {
    std::string_view name;          ///< as a workspace selects it: "th-government"
    std::string_view title;         ///< a line of description
    int first_year = 0, last_year = 0;  ///< the CE years it covers in full
    std::span<const CalendarDay> days;  ///< sorted by date; may reach past last_year (a day decided with the year)
};

/// The calendars there are, in the order documentation lists them.
std::span<const HolidayCalendar> holiday_calendars();
/// The calendar named `name`, or nullptr.
const HolidayCalendar* find_holiday_calendar(std::string_view name);

}  // namespace scmplan

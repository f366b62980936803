// Dates as people write them: ISO and Thai (Buddhist Era) dates read with
// messages that say what is wrong, and the Thai written form and month names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "scmplan/date.hpp"

namespace scmplan {

/// Result of parsing a date written by a person.
struct DateParse {
    std::optional<Date> date;  ///< set on success
    std::string error;         ///< set on failure: what is wrong, e.g. "31 ก.พ. 2566 is not a date: February 2566 has 28 days"
    std::string hint;          ///< optional: how to fix it
};

/// Accepts ISO `2023-01-31` (CE; a year >= 2400 is refused with a hint that ISO dates are CE,
/// e.g. `2566-03-28` -> "did you mean 2023-03-28?"), and Thai `31 ม.ค. 2566` / `31 ม.ค. 66`
/// (BE; a two-digit year means 25YY), also with full month names (`31 มกราคม 2566`) and without
/// the dots of the abbreviation (`31 มค 66`); and day/month/year with slashes
/// (`31/12/2566`, `31/12/2023`, `1/6/66`): a four-digit year >= 2400 is BE, below
/// it CE; a two-digit year is read in the era that puts it in 2000–2059 CE
/// (`66` is 2566 BE, `23` is 2023 CE) and refused, naming both readings, when
/// both eras do (`43`–`59`). Surrounding spaces are ignored.
DateParse parse_date(std::string_view text);

std::string format_thai(Date d);           ///< "30 มิ.ย. 2566" (BE, abbreviated month)
std::string thai_month_abbrev(int month);  ///< 1 -> "ม.ค."
std::string thai_month_name(int month);    ///< 1 -> "มกราคม"

}  // namespace scmplan

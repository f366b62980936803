// scmplan holidays [PATH…] [--year YEAR]: the non-working days in force in the
// workspace (besides Saturdays and Sundays), each with its name and where it
// comes from: the built-in calendar, a day added to it, or the plain list.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "commands.hpp"
#include "common.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/holiday_calendar.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

struct DayInForce {
    Date date;
    std::string name;
    std::string source;  ///< "th-government", "added", "listed", "removed"
};

/// The name of `d` in `calendar` (the built-in one, for a plain list), or "".
std::string name_of(const HolidayCalendar* calendar, Date d, Lang lang) {
    if (!calendar) calendar = find_holiday_calendar("th-government");
    for (const CalendarDay& day : calendar->days)
        if (day.date() == d) return std::string(lang == Lang::th ? day.th : day.en);
    return {};
}

constexpr const char* weekdays_en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* weekdays_th[] = {"จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."};

Output run_holidays(const Invocation& inv) {
    Output out;
    std::optional<int> year;  // CE
    if (auto y = inv.value("--year")) {
        int v = 0;
        auto [end, ec] = std::from_chars(y->data(), y->data() + y->size(), v);
        if (ec != std::errc() || end != y->data() + y->size() || y->size() != 4)
            return usage(out, fmt::format("--year must be a year, BE (2566) or CE (2023), not '{}'", escape_for_terminal(*y)));
        year = v >= 2400 ? v - be_offset : v;
    }
    const Lang lang = read_lang(inv);
    auto loaded = load_checked(inv, out, std::nullopt);
    if (!loaded) return out;
    for (const LoadResult& r : *loaded) {
        const Model& m = r.model;
        if (!m.workspace) continue;
        const WorkspaceFile& ws = *m.workspace;
        const HolidayCalendar* calendar = ws.holiday_calendar ? find_holiday_calendar(ws.holiday_calendar->value) : nullptr;
        std::vector<DayInForce> days;
        auto removed = [&](Date d) {
            return std::any_of(ws.holidays_removed.begin(), ws.holidays_removed.end(),
                               [&](const auto& x) { return x.value == d; });
        };
        if (calendar)
            for (const CalendarDay& day : calendar->days)
                days.push_back({day.date(), std::string(lang == Lang::th ? day.th : day.en),
                                removed(day.date()) ? "removed" : std::string(calendar->name)});
        for (const auto& h : ws.holidays) {
            bool have = std::any_of(days.begin(), days.end(), [&](const DayInForce& x) { return x.date == h.value && x.source != "removed"; });
            if (!have) days.push_back({h.value, name_of(calendar, h.value, lang), calendar ? "added" : "listed"});
        }
        std::stable_sort(days.begin(), days.end(), [](const DayInForce& a, const DayInForce& b) { return a.date < b.date; });
        std::string name = m.workspace_root.empty() ? "." : m.workspace_root;
        std::string head = calendar ? fmt::format("calendar {} ({}–{} BE)", calendar->name, calendar->first_year + be_offset,
                                                  calendar->last_year + be_offset)
                                    : "the workspace's own list";
        out.out += fmt::format("# {}: {}\n", escape_for_terminal(name), head);
        int shown = 0;
        for (const DayInForce& d : days) {
            if (year && d.date.year() != *year) continue;
            const int wd = d.date.weekday() - 1;
            out.out += fmt::format("{}  {}  {}  ({})\n", lang == Lang::th ? format_thai(d.date) : format_iso(d.date),
                                   lang == Lang::th ? weekdays_th[wd] : weekdays_en[wd],
                                   escape_for_terminal(d.name.empty() ? "–" : d.name), d.source);
            ++shown;
        }
        if (year && shown == 0 && (!calendar || *year < calendar->first_year || *year > calendar->last_year))
            out.err += fmt::format("scmplan: {}: no holiday of {} ({} BE) is in force: no calendar covers it and none is listed\n",
                                   escape_for_terminal(name), *year, *year + be_offset);
    }
    return out;
}

}  // namespace

CommandSpec holidays_command() {
    return {"holidays",
            "list the holidays in force in the workspace, with their names and where each comes from",
            {{"--year", "", "YEAR", "only the days of this year, BE (2566) or CE (2023)", {}},
             opt_lang(),
             opt_quiet()},
            run_holidays,
            true,
            {{"scmplan holidays --year 2566", "the non-working days of 2566 in the example workspace"},
             {"scmplan holidays --lang en", "the same, named in English, with ISO dates"}}};
}

}  // namespace scmplan::cli

// The dated checks of docs/diagnostics.md (W120–W122): what makes the
// director's report late or its due dates wrong as of a date. They run only
// with a date (check --as-of, report, status), because "overdue" needs one.
#include "check_dated.hpp"
#include "scmplan/holiday_calendar.hpp"

#include <fmt/format.h>

#include <set>

#include "scmplan/compute.hpp"

namespace scmplan {

namespace {

constexpr const char* holidays_hint =
    "copy the cabinet's announcement of public holidays (ประกาศวันหยุดราชการประจำปี) into 'holidays' of scmplan.yaml";

/// W122: no holidays at all, so due dates count every weekday.
void check_no_holidays(const Model& m, Diagnostics& d) {
    if (m.workspace && (!m.workspace->holidays.empty() || m.workspace->holiday_calendar)) return;
    if (!m.workspace) {
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.code = DiagCode::W122;
        diag.message = "no workspace file (scmplan.yaml): report due dates ignore public holidays";
        diag.hint = "run scmplan inside the workspace or name its folder; there, " + std::string(holidays_hint);
        d.add(std::move(diag));
        return;
    }
    const Loc at = m.workspace->holidays_loc.line ? m.workspace->holidays_loc : m.workspace->loc;
    d.warning(at, DiagCode::W122,
              m.workspace->holidays_loc.line ? "the workspace's 'holidays' is empty: report due dates ignore public holidays"
                                             : "the workspace lists no 'holidays': report due dates ignore public holidays",
              holidays_hint);
}

/// W121: a year in which one of the plan's reports falls due has no holiday listed.
void check_holiday_years(const Model& m, const Plan& p, const Holidays& holidays, std::set<int>& reported,
                         Diagnostics& d) {
    if (!m.workspace || (m.workspace->holidays.empty() && !m.workspace->holiday_calendar)) return;  // W122 says it already
    // The years a calendar covers in full, and those a day is listed or added in.
    std::set<int> covered;
    for (const auto& h : m.workspace->holidays) covered.insert(h.value.year());
    if (m.workspace->holiday_calendar)
        if (const HolidayCalendar* c = find_holiday_calendar(m.workspace->holiday_calendar->value))
            for (int y = c->first_year; y <= c->last_year; ++y) covered.insert(y);
    for (int q = 1; q <= 4; ++q) {
        Date due = report_due(p, q, m.rules, holidays);
        int year = due.year();
        if (covered.count(year) || !reported.insert(year).second) continue;
        d.warning(m.workspace->holidays_loc.line ? m.workspace->holidays_loc : m.workspace->loc, DiagCode::W121,
                  fmt::format("no holiday of {} is listed, but the report on quarter {} of {} falls due then ({}): "
                              "due dates in {} ignore public holidays",
                              year, q, p.id.value, format_iso(due), year),
                  holidays_hint);
    }
}

/// W120: a counting activity without a report for an ended quarter that
/// overlaps its period, once that report's due date has passed.
void check_missing_reports(const Model& m, const Plan& p, Date as_of, const Holidays& holidays, Diagnostics& d) {
    Date due[4];
    for (int q = 1; q <= 4; ++q) due[q - 1] = report_due(p, q, m.rules, holidays);  // once per plan
    for (const Activity* a : m.activities_of(p.id.value)) {
        if (!a->counts) continue;
        for (int q = 1; q <= 4; ++q) {
            if (!report_expected(p, *a, q) || !(as_of > due[q - 1]) || a->report_for(q)) continue;
            d.warning(a->id.loc.line ? a->id.loc : a->loc, DiagCode::W120,
                      fmt::format("activity {} has no report for quarter {}, due {}: overdue as of {}", a->id.value, q,
                                  format_iso(due[q - 1]), format_iso(as_of)),
                      fmt::format("add an entry to its 'reports' with 'quarter: {}'", q));
        }
    }
}

}  // namespace

void check_dated(const Model& m, Diagnostics& d, std::optional<Date> as_of, std::optional<int> quarter) {
    if ((!as_of && !quarter) || m.plans.empty()) return;
    check_no_holidays(m, d);
    const Holidays holidays = m.holidays();
    std::set<int> years_reported;
    for (const Plan& p : m.plans) {
        check_holiday_years(m, p, holidays, years_reported, d);
        Date date = report_date(p, as_of ? ReportDate::on(*as_of) : ReportDate::of_quarter(*quarter));
        check_missing_reports(m, p, date, holidays, d);
    }
}

}  // namespace scmplan

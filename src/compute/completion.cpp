// Rounding, completion and status, quarters and due dates, KPIs and targets.
#include <algorithm>
#include <cmath>

#include "scmplan/compute.hpp"

namespace scmplan {

namespace {

constexpr double percent_eps = 1e-9;

bool is_complete(double percent) { return percent >= 100.0 - percent_eps; }

// Σ weight of the steps for which `counted` holds / Σ weight, in percent.
template <class Pred>
double weighted_percent(const Activity& a, Pred counted) {
    double total = 0.0;
    double part = 0.0;
    for (const Step& s : a.steps) {
        total += s.weight.value;
        if (counted(s)) part += s.weight.value;
    }
    if (a.steps.empty() || total == 0.0) return 0.0;
    return part / total * 100.0;
}

template <class F>
double mean_over_counting(const std::vector<const Activity*>& activities, F value) {
    double sum = 0.0;
    int n = 0;
    for (const Activity* a : activities) {
        if (a == nullptr || !a->counts) continue;
        sum += value(*a);
        ++n;
    }
    return n == 0 ? 0.0 : sum / n;
}

}  // namespace

// ---- rounding ----------------------------------------------------------------

double round_to(double value, int decimals) {
    if (!std::isfinite(value)) return value;
    const double factor = std::pow(10.0, decimals);
    const double scaled = value * factor;
    const double whole = std::trunc(scaled);
    const double frac = std::fabs(scaled - whole);
    double r;
    if (std::fabs(frac - 0.5) <= 1e-9 * std::max(1.0, std::fabs(scaled)))
        r = whole + (scaled < 0 ? -1.0 : 1.0);  // a half, give or take binary error: away from zero
    else
        r = std::round(scaled);
    return r / factor;
}

// ---- completion and status ---------------------------------------------------

double activity_completion(const Activity& a, Date as_of) {
    return weighted_percent(a, [&](const Step& s) { return s.done_by(as_of); });
}

double activity_planned(const Activity& a, Date as_of) {
    return weighted_percent(a, [&](const Step& s) { return a.due_of(s) <= as_of; });
}

std::optional<Date> activity_completed_on(const Activity& a) {
    if (a.steps.empty()) return std::nullopt;
    Date latest = a.steps.front().done ? a.steps.front().done->value : Date{};
    for (const Step& s : a.steps) {
        if (!s.done) return std::nullopt;
        latest = std::max(latest, s.done->value);
    }
    return latest;
}

Date activity_planned_finish(const Activity& a) {
    if (a.steps.empty()) return a.end.value;
    Date latest = a.due_of(a.steps.front());
    for (const Step& s : a.steps) latest = std::max(latest, a.due_of(s));
    return latest;
}

int activity_days_late(const Activity& a, Date as_of) {
    if (is_complete(activity_completion(a, as_of)) || as_of <= a.end.value) return 0;
    return as_of.days - a.end.value.days;
}

const char* status_text(Status s) {
    switch (s) {
        case Status::not_started: return "not-started";
        case Status::on_track: return "on-track";
        case Status::behind: return "behind";
        case Status::overdue: return "overdue";
        case Status::done: return "done";
    }
    return "?";
}

Status activity_status(const Activity& a, Date as_of, Date plan_end) {
    const double actual = activity_completion(a, as_of);
    if (is_complete(actual)) return Status::done;
    if (as_of > a.end.value || (as_of == a.end.value && as_of >= plan_end)) return Status::overdue;
    if (as_of < a.start.value) return Status::not_started;
    if (actual < activity_planned(a, as_of) - percent_eps) return Status::behind;
    return Status::on_track;
}

double plan_completion(const std::vector<const Activity*>& activities, Date as_of) {
    return mean_over_counting(activities, [&](const Activity& a) { return activity_completion(a, as_of); });
}

double plan_planned(const std::vector<const Activity*>& activities, Date as_of) {
    return mean_over_counting(activities, [&](const Activity& a) { return activity_planned(a, as_of); });
}

std::optional<Date> plan_completed_on(const std::vector<const Activity*>& activities) {
    std::optional<Date> latest;
    for (const Activity* a : activities) {
        if (a == nullptr || !a->counts) continue;
        auto on = activity_completed_on(*a);
        if (!on) return std::nullopt;
        if (!latest || *on > *latest) latest = on;
    }
    return latest;  // nullopt when no activity counts
}

std::optional<Date> plan_planned_finish(const std::vector<const Activity*>& activities) {
    std::optional<Date> latest;
    for (const Activity* a : activities) {
        if (a == nullptr || !a->counts) continue;
        Date f = activity_planned_finish(*a);
        if (!latest || f > *latest) latest = f;
    }
    return latest;
}

// ---- quarters and due dates --------------------------------------------------

DateRange plan_quarter(const Plan& p, int q) { return quarter_range(p.year.value, p.quarters, q); }

bool report_expected(const Plan& p, const Activity& a, int q) {
    DateRange r = plan_quarter(p, q);
    return r.start <= a.end.value && a.start.value <= r.end;
}

Date report_due(const Plan& p, int q, const Rules& rules, const Holidays& holidays) {
    return nth_working_day_after(plan_quarter(p, q).end, rules.report_due_working_days, holidays);
}

int plan_quarter_of(const Plan& p, Date as_of) { return quarter_of(as_of, p.year.value, p.quarters); }

Date report_date(const Plan& p, const ReportDate& when) {
    switch (when.kind) {
    case ReportDate::Kind::quarter: return plan_quarter(p, when.quarter).end;
    case ReportDate::Kind::date: return when.date;
    case ReportDate::Kind::annual: break;
    }
    return p.end.value;
}

// ---- KPIs ----------------------------------------------------------------------

int activities_done(const std::vector<const Activity*>& activities, Date as_of) {
    int n = 0;
    for (const Activity* a : activities)
        if (a != nullptr && a->counts && is_complete(activity_completion(*a, as_of))) ++n;
    return n;
}

int gaps_closed(const Plan& p, Date as_of) {
    int n = 0;
    for (const Gap& g : p.gaps)
        if (g.closed_by(as_of)) ++n;
    return n;
}

int gaps_taken_up(const Plan& p) {
    return static_cast<int>(
        std::count_if(p.gaps.begin(), p.gaps.end(), [](const Gap& g) { return g.status.value != GapStatus::open; }));
}

std::optional<double> on_time(const std::vector<const Activity*>& activities, Date as_of) {
    int due = 0;
    int kept = 0;
    for (const Activity* a : activities) {
        if (a == nullptr || !a->counts) continue;
        for (const Step& s : a->steps) {
            const Date d = a->due_of(s);
            if (d > as_of) continue;
            ++due;
            if (s.done_by(d)) ++kept;
        }
    }
    if (due == 0) return std::nullopt;
    return 100.0 * kept / due;
}

KpiResult evaluate_kpi(const Kpi& k, const Plan& p, const std::vector<const Activity*>& activities,
                       Date as_of) {
    KpiResult r;
    r.kpi = &k;
    switch (k.measure.value) {
        case Measure::activities_done: r.value = activities_done(activities, as_of); break;
        case Measure::gaps_closed: r.value = gaps_closed(p, as_of); break;
        case Measure::completion: r.value = plan_completion(activities, as_of); break;
        case Measure::on_time: r.value = on_time(activities, as_of); break;
    }
    r.met = r.value && compare(*r.value, k.op, k.value.value);
    return r;
}

TargetResult evaluate_target(const Activity& a, int quarter) {
    TargetResult r;
    const QuarterReport* chosen = nullptr;
    for (const QuarterReport& rep : a.reports) {
        if (rep.quarter.value == quarter && rep.actual) {
            chosen = &rep;
            break;
        }
    }
    if (chosen == nullptr) {
        for (const QuarterReport& rep : a.reports) {
            if (rep.quarter.value < quarter && rep.actual &&
                (chosen == nullptr || rep.quarter.value > chosen->quarter.value))
                chosen = &rep;
        }
    }
    if (chosen != nullptr) r.actual = chosen->actual->value;
    if (a.target.op && a.target.value && r.actual)
        r.met = compare(*r.actual, *a.target.op, a.target.value->value);
    return r;
}

}  // namespace scmplan

#include "scmplan/model.hpp"

#include "scmplan/format_spec.hpp"
#include "scmplan/holiday_calendar.hpp"

#include "scmplan/text.hpp"

#include <algorithm>

namespace scmplan {

const std::string& Names::in(Lang lang) const {
    if (lang == Lang::en) return en.empty() ? th : en;
    return th.empty() ? en : th;
}

const Enabler* Rules::enabler(const std::string& code) const {
    for (const auto& e : enablers)
        if (e.code.value == code) return &e;
    return nullptr;
}

const RiskBand* Rules::band_for(int score) const {
    for (const auto& b : bands)
        if (b.min <= score && score <= b.max) return &b;
    return nullptr;
}

const char* op_text(CompareOp op) { return format::text_of(format::choices::op(), op).data(); }

bool compare(double a, CompareOp op, double b) {
    switch (op) {
        case CompareOp::lt: return a < b;
        case CompareOp::le: return a <= b;
        case CompareOp::eq: return a == b;
        case CompareOp::ge: return a >= b;
        case CompareOp::gt: return a > b;
    }
    return false;
}

const char* gap_status_text(GapStatus s) { return format::text_of(format::choices::gap_status(), s).data(); }

const char* measure_text(Measure m) { return format::text_of(format::choices::measure(), m).data(); }

bool is_percentage(Measure m) { return m == Measure::completion || m == Measure::on_time; }

bool Gap::closed_by(Date d) const { return status.value == GapStatus::closed && closed && closed->value <= d; }

bool WorkspaceFile::lists_unit(std::string_view code) const {
    return units.empty() ||
           std::any_of(units.begin(), units.end(), [&](const auto& u) { return u.first.value == code; });
}

const Gap* Plan::gap(const std::string& gap_id) const {
    for (const auto& g : gaps)
        if (g.id.value == gap_id) return &g;
    return nullptr;
}

std::string Plan::group_title(std::string_view group) const {
    for (const auto& [key, name] : groups)
        if (key.value == group && !name.empty()) return name;
    return std::string(group);
}

const QuarterReport* Activity::report_for(int quarter) const {
    for (const auto& r : reports)
        if (r.quarter.value == quarter) return &r;
    return nullptr;
}

namespace {

/// The one list of metrics: the name a risk file writes (after "activity.<ID>."
/// for a metric of one activity), its kind and its unit.
struct MetricForm {
    std::string_view name;
    Metric::Kind kind;
    bool of_activity;
    MetricUnit unit;
};

constexpr MetricForm metric_forms[] = {
    {"completion", Metric::Kind::completion, false, MetricUnit::percent},
    {"completed_on", Metric::Kind::completed_on, false, MetricUnit::date},
    {"behind", Metric::Kind::behind, false, MetricUnit::points},
    {"activities_done_pct", Metric::Kind::activities_done_pct, false, MetricUnit::percent},
    {"completion", Metric::Kind::activity_completion, true, MetricUnit::percent},
    {"completed_on", Metric::Kind::activity_completed_on, true, MetricUnit::date},
    {"behind", Metric::Kind::activity_behind, true, MetricUnit::points},
    {"days_late", Metric::Kind::activity_days_late, true, MetricUnit::days},
};

constexpr std::string_view activity_prefix = "activity.";

const MetricForm& form_of(Metric::Kind kind) {
    for (const MetricForm& f : metric_forms)
        if (f.kind == kind) return f;
    return metric_forms[0];  // unreachable: every kind has a row
}

}  // namespace

MetricUnit Metric::unit() const { return form_of(kind).unit; }

bool Metric::of_activity() const { return form_of(kind).of_activity; }

std::string Metric::text() const {
    const MetricForm& f = form_of(kind);
    if (!f.of_activity) return std::string(f.name);
    return std::string(activity_prefix) + activity + "." + std::string(f.name);
}

std::optional<Metric> Metric::parse(std::string_view written) {
    if (!written.starts_with(activity_prefix)) {
        for (const MetricForm& f : metric_forms)
            if (!f.of_activity && f.name == written) return Metric{f.kind, {}};
        return std::nullopt;
    }
    // activity.<ID>.<name>: the id is all between the prefix and the last dot.
    auto dot = written.rfind('.');
    if (dot <= activity_prefix.size()) return std::nullopt;
    std::string_view id = written.substr(activity_prefix.size(), dot - activity_prefix.size());
    std::string_view name = written.substr(dot + 1);
    for (const MetricForm& f : metric_forms)
        if (f.of_activity && f.name == name) return Metric{f.kind, std::string(id)};
    return std::nullopt;
}

std::vector<std::string> Metric::written_forms() {
    std::vector<std::string> out;
    for (const MetricForm& f : metric_forms)
        out.push_back(f.of_activity ? std::string(activity_prefix) + "<ID>." + std::string(f.name) : std::string(f.name));
    return out;
}

bool Scale::derivable() const {
    if (levels.empty()) return false;
    // In level order, whatever the order of writing (the seed lists 5 down to 1).
    const ScaleLevel* last = &levels.front();
    for (const auto& l : levels)
        if (l.level.value > last->level.value) last = &l;
    for (const auto& l : levels)
        if (&l != last && !l.when) return false;
    return true;
}

Holidays Model::holidays() const {
    std::vector<Date> days;
    if (!workspace) return Holidays(std::move(days));
    if (workspace->holiday_calendar)
        if (const HolidayCalendar* c = find_holiday_calendar(workspace->holiday_calendar->value))
            for (const CalendarDay& day : c->days) {
                Date at = day.date();
                bool removed = false;
                for (const auto& r : workspace->holidays_removed) removed = removed || r.value == at;
                if (!removed) days.push_back(at);
            }
    for (const auto& h : workspace->holidays) days.push_back(h.value);
    return Holidays(std::move(days));
}

namespace {

/// The items of `v` whose plan id is `plan_id` (v sorted by plan, then id).
template <class T>
std::pair<typename std::vector<T>::const_iterator, typename std::vector<T>::const_iterator> plan_range(
    const std::vector<T>& v, const std::string& plan_id) {
    auto lo = std::lower_bound(v.begin(), v.end(), plan_id,
                               [](const T& x, const std::string& id) { return x.plan.value < id; });
    auto hi = std::upper_bound(lo, v.end(), plan_id,
                               [](const std::string& id, const T& x) { return id < x.plan.value; });
    return {lo, hi};
}

}  // namespace

const Plan* Model::plan(const std::string& plan_id) const {
    if (sorted) {
        auto it = std::lower_bound(plans.begin(), plans.end(), plan_id,
                                   [](const Plan& p, const std::string& id) { return p.id.value < id; });
        return it != plans.end() && it->id.value == plan_id ? &*it : nullptr;
    }
    for (const auto& p : plans)
        if (p.id.value == plan_id) return &p;
    return nullptr;
}

std::vector<const Activity*> Model::activities_of(const std::string& plan_id) const {
    std::vector<const Activity*> out;
    if (sorted) {
        auto [lo, hi] = plan_range(activities, plan_id);
        out.reserve(static_cast<std::size_t>(hi - lo));
        for (auto it = lo; it != hi; ++it) out.push_back(&*it);
        return out;
    }
    for (const auto& a : activities)
        if (a.plan.value == plan_id) out.push_back(&a);
    return out;
}

std::vector<const Risk*> Model::risks_of(const std::string& plan_id) const {
    std::vector<const Risk*> out;
    if (sorted) {
        auto [lo, hi] = plan_range(risks, plan_id);
        out.reserve(static_cast<std::size_t>(hi - lo));
        for (auto it = lo; it != hi; ++it) out.push_back(&*it);
        return out;
    }
    for (const auto& r : risks)
        if (r.plan.value == plan_id) out.push_back(&r);
    return out;
}

const Activity* Model::activity(const std::string& plan_id, const std::string& activity_id) const {
    if (sorted) {
        auto [lo, hi] = plan_range(activities, plan_id);
        auto it = std::lower_bound(lo, hi, activity_id,
                                   [](const Activity& a, const std::string& id) { return natural_less(a.id.value, id); });
        return it != hi && it->id.value == activity_id ? &*it : nullptr;
    }
    for (const auto& a : activities)
        if (a.plan.value == plan_id && a.id.value == activity_id) return &a;
    return nullptr;
}

std::string modules_hint(const std::string& enabler) {
    return "to describe them, print a start with 'scmplan rules --enabler " + enabler +
           "', give it modules and topics with weights, and name the file with 'rules:' in scmplan.yaml";
}

}  // namespace scmplan

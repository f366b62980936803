#include "scmplan/model.hpp"

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

const char* op_text(CompareOp op) {
    switch (op) {
        case CompareOp::lt: return "<";
        case CompareOp::le: return "<=";
        case CompareOp::eq: return "=";
        case CompareOp::ge: return ">=";
        case CompareOp::gt: return ">";
    }
    return "?";
}

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

const char* gap_status_text(GapStatus s) {
    switch (s) {
        case GapStatus::open: return "open";
        case GapStatus::planned: return "planned";
        case GapStatus::closed: return "closed";
    }
    return "?";
}

const char* measure_text(Measure m) {
    switch (m) {
        case Measure::activities_done: return "activities_done";
        case Measure::gaps_closed: return "gaps_closed";
        case Measure::completion: return "completion";
        case Measure::on_time: return "on_time";
    }
    return "?";
}

bool is_percentage(Measure m) { return m == Measure::completion || m == Measure::on_time; }

bool Gap::closed_by(Date d) const { return status.value == GapStatus::closed && closed && closed->value <= d; }

const Gap* Plan::gap(const std::string& gap_id) const {
    for (const auto& g : gaps)
        if (g.id.value == gap_id) return &g;
    return nullptr;
}

const QuarterReport* Activity::report_for(int quarter) const {
    for (const auto& r : reports)
        if (r.quarter.value == quarter) return &r;
    return nullptr;
}

std::string Metric::text() const {
    switch (kind) {
        case Kind::completion: return "completion";
        case Kind::completed_on: return "completed_on";
        case Kind::activity_completion: return "activity." + activity + ".completion";
        case Kind::activity_completed_on: return "activity." + activity + ".completed_on";
        case Kind::behind: return "behind";
        case Kind::activity_behind: return "activity." + activity + ".behind";
        case Kind::activities_done_pct: return "activities_done_pct";
        case Kind::activity_days_late: return "activity." + activity + ".days_late";
    }
    return "?";
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
    if (workspace)
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

// Risk metrics, `when` conditions and the current likelihood/impact levels.
#include <algorithm>

#include <fmt/format.h>

#include "scmplan/compute.hpp"

namespace scmplan {

namespace {

std::vector<const Activity*> plan_activities(const MetricValues& v) {
    if (v.model == nullptr || v.plan == nullptr) return {};
    return v.model->activities_of(v.plan->id.value);
}

const Activity* plan_activity(const MetricValues& v, const std::string& id) {
    if (v.model == nullptr || v.plan == nullptr) return nullptr;
    return v.model->activity(v.plan->id.value, id);
}

// The subject of a metric in an explanation: "plan" or "activity A01".
std::string subject(const Metric& m) {
    if (m.kind == Metric::Kind::activity_completion || m.kind == Metric::Kind::activity_completed_on)
        return "activity " + m.activity;
    return "plan";
}

// "plan completion 100.0% >= 100", "activity A01 completed on 2023-04-24 <= 2023-04-30".
std::string explain(const Condition& c, const MetricValues& v) {
    if (c.metric.is_date()) {
        auto d = metric_date(c.metric, v);
        const Date* limit = std::get_if<Date>(&c.value);
        return fmt::format("{} completed on {} {} {}", subject(c.metric), d ? format_iso(*d) : std::string("-"),
                           op_text(c.op), limit ? format_iso(*limit) : std::string("?"));
    }
    auto x = metric_number(c.metric, v);
    const double* limit = std::get_if<double>(&c.value);
    return fmt::format("{} completion {} {} {}", subject(c.metric),
                       x ? fmt::format("{:.1f}%", round_to(*x, 1)) : std::string("-"), op_text(c.op),
                       limit ? fmt::format("{}", *limit) : std::string("?"));
}

}  // namespace

namespace {

void measure(LevelDecision& d, const Condition& c, const MetricValues& v) {
    d.condition = &c;
    d.measured = c.metric.is_date() ? std::nullopt : metric_number(c.metric, v);
    d.measured_on = c.metric.is_date() ? metric_date(c.metric, v) : std::nullopt;
}

}  // namespace

std::optional<double> metric_number(const Metric& m, const MetricValues& v) {
    switch (m.kind) {
        case Metric::Kind::completion:
            if (v.model == nullptr || v.plan == nullptr) return std::nullopt;
            return plan_completion(plan_activities(v), v.as_of);
        case Metric::Kind::activity_completion: {
            const Activity* a = plan_activity(v, m.activity);
            if (a == nullptr) return std::nullopt;
            return activity_completion(*a, v.as_of);
        }
        case Metric::Kind::completed_on:
        case Metric::Kind::activity_completed_on:
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Date> metric_date(const Metric& m, const MetricValues& v) {
    std::optional<Date> d;
    switch (m.kind) {
        case Metric::Kind::completed_on:
            if (v.model == nullptr || v.plan == nullptr) return std::nullopt;
            d = plan_completed_on(plan_activities(v));
            break;
        case Metric::Kind::activity_completed_on: {
            const Activity* a = plan_activity(v, m.activity);
            if (a == nullptr) return std::nullopt;
            d = activity_completed_on(*a);
            break;
        }
        case Metric::Kind::completion:
        case Metric::Kind::activity_completion:
            return std::nullopt;
    }
    if (d && *d > v.as_of) return std::nullopt;  // not happened yet
    return d;
}

bool condition_holds(const Condition& c, const MetricValues& v) {
    if (c.metric.is_date()) {
        const Date* limit = std::get_if<Date>(&c.value);
        if (limit == nullptr) return false;
        auto d = metric_date(c.metric, v);
        return d && compare(d->days, c.op, limit->days);
    }
    const double* limit = std::get_if<double>(&c.value);
    if (limit == nullptr) return false;
    auto x = metric_number(c.metric, v);
    return x && compare(*x, c.op, *limit);
}

LevelDecision current_level(const Scale& s, const std::vector<Assessment>& assessments, bool likelihood,
                            const MetricValues& v) {
    LevelDecision d;
    if (s.derivable()) {
        std::vector<const ScaleLevel*> levels;
        for (const ScaleLevel& l : s.levels) levels.push_back(&l);
        std::stable_sort(levels.begin(), levels.end(),
                         [](const ScaleLevel* a, const ScaleLevel* b) { return a->level.value < b->level.value; });
        d.derived = true;
        for (const ScaleLevel* l : levels) {
            if (l->when && condition_holds(*l->when, v)) {
                d.level = l->level.value;
                d.decided_by = l;
                d.explanation = explain(*l->when, v);
                measure(d, *l->when, v);
                return d;
            }
        }
        d.level = levels.back()->level.value;
        for (const ScaleLevel* l : levels)
            if (l->when) measure(d, *l->when, v);
        d.explanation = fmt::format("no condition holds: level {} (the last)", d.level);
        return d;
    }
    const Assessment* latest = nullptr;
    for (const Assessment& a : assessments)
        if (a.as_of.value <= v.as_of && (latest == nullptr || a.as_of.value >= latest->as_of.value)) latest = &a;
    if (latest == nullptr) {
        d.explanation = "no assessment on or before " + format_iso(v.as_of);
        return d;
    }
    d.level = likelihood ? latest->likelihood.value : latest->impact.value;
    d.assessed_on = latest->as_of.value;
    d.explanation = "assessed on " + format_iso(latest->as_of.value);
    return d;
}

RiskResult evaluate_risk(const Risk& r, const Rules& rules, const MetricValues& v) {
    RiskResult out;
    out.risk = &r;
    out.likelihood = current_level(r.likelihood, r.assessments, true, v);
    out.impact = current_level(r.impact, r.assessments, false, v);
    if (out.likelihood.level > 0 && out.impact.level > 0) out.score = out.likelihood.level * out.impact.level;
    if (out.score > 0) out.band = rules.band_for(out.score);
    out.over_threshold = out.score >= rules.risk_threshold;
    out.derived = out.likelihood.derived && out.impact.derived;
    return out;
}

}  // namespace scmplan

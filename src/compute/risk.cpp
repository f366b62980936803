// Risk metrics, `when` conditions and the current likelihood/impact levels.
#include <algorithm>

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

/// Records in d the condition shown to people and its metric's value as of the date.
void measure(LevelDecision& d, const Condition& c, const MetricValues& v) {
    d.condition = &c;
    d.measured = c.metric.is_date() ? std::nullopt : metric_number(c.metric, v);
    d.measured_on.reset();
    d.projected = false;
    d.planned_finish.reset();
    d.past_planned_finish = false;
    if (c.metric.is_date()) {
        if (auto md = metric_date(c.metric, v)) {
            d.measured_on = md->date;
            d.projected = md->projected;
            d.planned_finish = md->planned_finish;
            d.past_planned_finish = md->projected && md->planned_finish && *md->planned_finish <= v.as_of;
        }
    }
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
        case Metric::Kind::behind:
            if (v.model == nullptr || v.plan == nullptr) return std::nullopt;
            return plan_planned(plan_activities(v), v.as_of) - plan_completion(plan_activities(v), v.as_of);
        case Metric::Kind::activity_behind: {
            const Activity* a = plan_activity(v, m.activity);
            if (a == nullptr) return std::nullopt;
            return activity_planned(*a, v.as_of) - activity_completion(*a, v.as_of);
        }
        case Metric::Kind::activities_done_pct: {
            if (v.model == nullptr || v.plan == nullptr) return std::nullopt;
            auto acts = plan_activities(v);
            int counting = 0;
            for (const Activity* a : acts) counting += a->counts ? 1 : 0;
            if (counting == 0) return 0.0;  // like plan completion: nothing counts, 0%
            return 100.0 * activities_done(acts, v.as_of) / counting;
        }
        case Metric::Kind::activity_days_late: {
            const Activity* a = plan_activity(v, m.activity);
            if (a == nullptr) return std::nullopt;
            return activity_days_late(*a, v.as_of);
        }
        case Metric::Kind::completed_on:
        case Metric::Kind::activity_completed_on:
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<MetricDate> metric_date(const Metric& m, const MetricValues& v) {
    std::optional<Date> done, planned;
    switch (m.kind) {
        case Metric::Kind::completed_on: {
            if (v.model == nullptr || v.plan == nullptr) return std::nullopt;
            auto acts = plan_activities(v);
            done = plan_completed_on(acts);
            planned = plan_planned_finish(acts);
            if (!planned) return std::nullopt;  // no counting activity: never complete
            break;
        }
        case Metric::Kind::activity_completed_on: {
            const Activity* a = plan_activity(v, m.activity);
            if (a == nullptr) return std::nullopt;
            done = activity_completed_on(*a);
            planned = activity_planned_finish(*a);
            break;
        }
        default:  // a number metric
            return std::nullopt;
    }
    if (done && *done <= v.as_of) return MetricDate{*done, false, std::nullopt};
    // Not complete as of D (a later `done` is not known on D): projected, and
    // never to D itself: what is not done by the end of D is done on D + 1 at
    // the earliest (docs/computations.md, "Projected dates").
    return MetricDate{std::max(v.as_of + 1, *planned), true, planned};
}

bool condition_holds(const Condition& c, const MetricValues& v) {
    if (c.metric.is_date()) {
        const Date* limit = std::get_if<Date>(&c.value);
        if (limit == nullptr) return false;
        auto d = metric_date(c.metric, v);
        return d && compare(d->date.days, c.op, limit->days);
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
                d.basis = LevelDecision::Basis::held;
                d.level = l->level.value;
                d.decided_by = l;
                measure(d, *l->when, v);
                return d;
            }
        }
        d.basis = LevelDecision::Basis::fallback;
        d.level = levels.back()->level.value;
        for (const ScaleLevel* l : levels)
            if (l->when) measure(d, *l->when, v);
        return d;
    }
    const Assessment* latest = nullptr;
    for (const Assessment& a : assessments)
        if (a.as_of.value <= v.as_of && (latest == nullptr || a.as_of.value >= latest->as_of.value)) latest = &a;
    if (latest == nullptr) return d;  // Basis::unknown
    d.basis = LevelDecision::Basis::assessed;
    d.level = likelihood ? latest->likelihood.value : latest->impact.value;
    d.assessed_on = latest->as_of.value;
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

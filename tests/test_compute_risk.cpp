// Tests of src/compute/risk.cpp: metrics, conditions, current levels and the
// risk score, on scales shaped like the seed's risk R1 (section 13).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"

using namespace scmplan;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

const std::string plan_id = "fio-scm-2566";

Activity activity(const std::string& id, const std::vector<std::optional<Date>>& done, bool counts = true) {
    Activity a;
    a.plan.value = plan_id;
    a.id.value = id;
    a.counts = counts;
    a.start.value = ymd(2023, 1, 1);
    a.end.value = ymd(2024, 1, 15);
    int n = 0;
    for (const auto& d : done) {
        Step s;
        s.id.value = std::to_string(++n);
        if (d) s.done = Located<Date>{*d, {}};
        a.steps.push_back(s);
    }
    return a;
}

Model model_with(std::vector<Activity> acts) {
    Model m;
    Plan p;
    p.id.value = plan_id;
    p.year.value = 2566;
    m.plans.push_back(p);
    Plan other;
    other.id.value = "other-plan";
    m.plans.push_back(other);
    // An activity of another plan with the same id, complete: must never be seen.
    Activity foreign = activity("A01", {ymd(2023, 1, 2)});
    foreign.plan.value = "other-plan";
    acts.push_back(foreign);
    m.activities = std::move(acts);
    return m;
}

MetricValues values(const Model& m, Date as_of) { return MetricValues{&m, &m.plans[0], as_of}; }

Metric metric(Metric::Kind k, const std::string& act = {}) {
    Metric m;
    m.kind = k;
    m.activity = act;
    return m;
}

Condition cond(Metric m, CompareOp op, std::variant<double, Date> value) {
    Condition c;
    c.metric = std::move(m);
    c.op = op;
    c.value = value;
    return c;
}

ScaleLevel level(int n, std::optional<Condition> when) {
    ScaleLevel l;
    l.level.value = n;
    l.label = "L" + std::to_string(n);
    l.when = std::move(when);
    return l;
}

// The seed's likelihood scale: the month A01 (the plan) is finished, March -> 1 … July -> 5.
Scale likelihood_scale() {
    Scale s;
    const Metric a01 = metric(Metric::Kind::activity_completed_on, "A01");
    s.levels = {level(1, cond(a01, CompareOp::le, ymd(2023, 3, 31))), level(2, cond(a01, CompareOp::le, ymd(2023, 4, 30))),
                level(3, cond(a01, CompareOp::le, ymd(2023, 5, 31))), level(4, cond(a01, CompareOp::le, ymd(2023, 6, 30))),
                level(5, cond(a01, CompareOp::le, ymd(2023, 7, 31)))};
    return s;
}

// The seed's impact scale: 100% by November -> 1, 100% -> 2, 90% -> 3, 80% -> 4, else 5.
Scale impact_scale() {
    Scale s;
    const Metric comp = metric(Metric::Kind::completion);
    s.levels = {level(1, cond(metric(Metric::Kind::completed_on), CompareOp::le, ymd(2023, 11, 30))),
                level(2, cond(comp, CompareOp::ge, 100.0)), level(3, cond(comp, CompareOp::ge, 90.0)),
                level(4, cond(comp, CompareOp::ge, 80.0)), level(5, std::nullopt)};
    return s;
}

Scale plain_scale() {
    Scale s;
    for (int i = 1; i <= 5; ++i) s.levels.push_back(level(i, std::nullopt));
    return s;
}

Assessment assessment(Date d, int l, int i) {
    Assessment a;
    a.as_of.value = d;
    a.likelihood.value = l;
    a.impact.value = i;
    return a;
}

Rules rules_with_bands() {
    Rules r;
    r.risk_threshold = 12;
    auto band = [](int lo, int hi, const std::string& en) {
        RiskBand b;
        b.min = lo;
        b.max = hi;
        b.name.en = en;
        return b;
    };
    r.bands = {band(1, 4, "low"), band(5, 9, "medium"), band(10, 16, "high"), band(17, 25, "very high")};
    return r;
}

// Five counting activities, each of one step; `done_by` of them done on `when`.
std::vector<Activity> five(int done_count, Date when) {
    std::vector<Activity> v;
    for (int i = 1; i <= 5; ++i) {
        std::optional<Date> d;
        if (i <= done_count) d = when;
        v.push_back(activity("A0" + std::to_string(i), {d}));
    }
    return v;
}

}  // namespace

// ---- metrics -------------------------------------------------------------------

TEST_CASE("metric_number: plan and activity completion as of the date") {
    // A01: 1 of 2 steps done 04-24 -> 50% after; A02: 0%; A03 does not count (100%).
    Model m = model_with({activity("A01", {ymd(2023, 4, 24), std::nullopt}), activity("A02", {std::nullopt}),
                          activity("A03", {ymd(2023, 1, 5)}, false)});
    auto v = values(m, ymd(2023, 6, 30));
    REQUIRE(metric_number(metric(Metric::Kind::completion), v));
    CHECK(*metric_number(metric(Metric::Kind::completion), v) == doctest::Approx(25.0));  // (50 + 0) / 2
    CHECK(*metric_number(metric(Metric::Kind::activity_completion, "A01"), v) == doctest::Approx(50.0));
    CHECK(*metric_number(metric(Metric::Kind::activity_completion, "A01"), values(m, ymd(2023, 4, 23))) == 0.0);
    CHECK(*metric_number(metric(Metric::Kind::activity_completion, "A03"), v) == doctest::Approx(100.0));
    CHECK_FALSE(metric_number(metric(Metric::Kind::activity_completion, "A99"), v));
    // A date metric has no number.
    CHECK_FALSE(metric_number(metric(Metric::Kind::completed_on), v));
}

TEST_CASE("metric_date: completion dates that have happened by the date") {
    Model m = model_with({activity("A01", {ymd(2023, 4, 24), ymd(2023, 3, 1)}), activity("A02", {ymd(2023, 11, 20)})});
    const Metric a01 = metric(Metric::Kind::activity_completed_on, "A01");
    REQUIRE(metric_date(a01, values(m, ymd(2023, 6, 30))));
    CHECK(metric_date(a01, values(m, ymd(2023, 6, 30)))->date == ymd(2023, 4, 24));
    CHECK_FALSE(metric_date(a01, values(m, ymd(2023, 6, 30)))->projected);
    CHECK(metric_date(a01, values(m, ymd(2023, 4, 24)))->date == ymd(2023, 4, 24));
    CHECK_FALSE(metric_date(metric(Metric::Kind::activity_completed_on, "A99"), values(m, ymd(2023, 12, 31))));

    const Metric plan_done = metric(Metric::Kind::completed_on);
    REQUIRE(metric_date(plan_done, values(m, ymd(2023, 11, 20))));
    CHECK(metric_date(plan_done, values(m, ymd(2023, 11, 20)))->date == ymd(2023, 11, 20));
    CHECK(metric_date(plan_done, values(m, ymd(2023, 12, 31)))->date == ymd(2023, 11, 20));
    // A number metric has no date.
    CHECK_FALSE(metric_date(metric(Metric::Kind::completion), values(m, ymd(2023, 12, 31))));
}

TEST_CASE("metric_date: not complete as of D -> projected, the later of D + 1 and the planned finish") {
    // A01: steps due 2023-03-15 and 2023-04-30 (the planned finish), done 04-24 and 04-28.
    Activity a01 = activity("A01", {ymd(2023, 4, 24), ymd(2023, 4, 28)});
    a01.steps[0].due = Located<Date>{ymd(2023, 3, 15), {}};
    a01.steps[1].due = Located<Date>{ymd(2023, 4, 30), {}};
    Activity a02 = activity("A02", {std::nullopt});  // one step, no due: the end 2024-01-15
    Model m = model_with({a01, a02});
    const Metric m01 = metric(Metric::Kind::activity_completed_on, "A01");

    auto on_first_day = metric_date(m01, values(m, ymd(2023, 1, 1)));
    REQUIRE(on_first_day);
    CHECK(on_first_day->projected);
    CHECK(on_first_day->date == ymd(2023, 4, 30));  // the planned finish, later than D
    CHECK(on_first_day->planned_finish == ymd(2023, 4, 30));
    // Done on 04-28, but as of 04-27 that is not known yet: still projected.
    CHECK(metric_date(m01, values(m, ymd(2023, 4, 27)))->projected);
    CHECK_FALSE(metric_date(m01, values(m, ymd(2023, 4, 28)))->projected);
    CHECK(metric_date(m01, values(m, ymd(2023, 4, 28)))->date == ymd(2023, 4, 28));

    // A02 is past its planned finish on 2024-02-01 and not done: projected to the day after D.
    auto late = metric_date(metric(Metric::Kind::activity_completed_on, "A02"), values(m, ymd(2024, 2, 1)));
    CHECK(late->projected);
    CHECK(late->date == ymd(2024, 2, 2));
    CHECK(late->planned_finish == ymd(2024, 1, 15));
    // On its planned finish itself, not done: not done by the end of that day either.
    auto last_day = metric_date(metric(Metric::Kind::activity_completed_on, "A02"), values(m, ymd(2024, 1, 15)));
    CHECK(last_day->projected);
    CHECK(last_day->date == ymd(2024, 1, 16));

    // The plan: the latest planned finish of its counting activities (A02's end).
    auto plan = metric_date(metric(Metric::Kind::completed_on), values(m, ymd(2023, 6, 30)));
    CHECK(plan->projected);
    CHECK(plan->date == ymd(2024, 1, 15));
    // An activity without steps finishes as planned at its end.
    Activity bare = activity("A03", {});
    bare.end.value = ymd(2023, 9, 30);
    CHECK(activity_planned_finish(bare) == ymd(2023, 9, 30));
    // A plan without counting activities has no planned finish.
    Model none = model_with({activity("A01", {std::nullopt}, false)});
    CHECK_FALSE(metric_date(metric(Metric::Kind::completed_on), values(none, ymd(2023, 6, 30))));
}

// ---- conditions ----------------------------------------------------------------

TEST_CASE("condition_holds: numbers, dates, not yet, type mismatch") {
    Model m = model_with({activity("A01", {ymd(2023, 4, 24)}), activity("A02", {std::nullopt})});
    auto v = values(m, ymd(2023, 6, 30));  // completion 50%, A01 completed 04-24
    const Metric comp = metric(Metric::Kind::completion);
    const Metric a01 = metric(Metric::Kind::activity_completed_on, "A01");

    CHECK(condition_holds(cond(comp, CompareOp::ge, 50.0), v));
    CHECK_FALSE(condition_holds(cond(comp, CompareOp::gt, 50.0), v));
    CHECK(condition_holds(cond(comp, CompareOp::lt, 50.1), v));
    CHECK(condition_holds(cond(comp, CompareOp::eq, 50.0), v));

    CHECK(condition_holds(cond(a01, CompareOp::le, ymd(2023, 4, 30)), v));
    CHECK(condition_holds(cond(a01, CompareOp::eq, ymd(2023, 4, 24)), v));
    CHECK_FALSE(condition_holds(cond(a01, CompareOp::le, ymd(2023, 3, 31)), v));
    CHECK(condition_holds(cond(a01, CompareOp::gt, ymd(2023, 3, 31)), v));
    // Not done as of 04-20: projected to its planned finish, the end 2024-01-15.
    auto before = values(m, ymd(2023, 4, 20));
    CHECK_FALSE(condition_holds(cond(a01, CompareOp::le, ymd(2023, 4, 30)), before));
    CHECK(condition_holds(cond(a01, CompareOp::gt, ymd(2023, 1, 1)), before));
    CHECK(condition_holds(cond(a01, CompareOp::eq, ymd(2024, 1, 15)), before));
    // Type mismatch is false.
    CHECK_FALSE(condition_holds(cond(a01, CompareOp::ge, 0.0), v));
    CHECK_FALSE(condition_holds(cond(comp, CompareOp::ge, ymd(2000, 1, 1)), v));
    // Unknown activity is false.
    CHECK_FALSE(condition_holds(cond(metric(Metric::Kind::activity_completion, "A99"), CompareOp::ge, 0.0), v));
}

// ---- current levels --------------------------------------------------------------

TEST_CASE("current_level: derived likelihood from A01's completion date") {
    Model m = model_with({activity("A01", {ymd(2023, 3, 10), ymd(2023, 4, 24)}), activity("A02", {std::nullopt})});
    Scale s = likelihood_scale();
    std::vector<Assessment> assessments = {assessment(ymd(2023, 1, 1), 2, 5)};  // ignored: the scale is derivable

    SUBCASE("as of 2023-06-30: done 04-24 -> level 2") {
        LevelDecision d = current_level(s, assessments, true, values(m, ymd(2023, 6, 30)));
        CHECK(d.level == 2);
        CHECK(d.derived);
        CHECK(d.decided_by == &s.levels[1]);
        CHECK_FALSE(d.assessed_on);
        CHECK(d.basis == LevelDecision::Basis::held);
        CHECK(d.condition == &*s.levels[1].when);
        CHECK(d.measured_on == ymd(2023, 4, 24));
        CHECK_FALSE(d.projected);
    }
    SUBCASE("as of 2023-03-31: A01 not done -> the last level, decided by nothing") {
        LevelDecision d = current_level(s, assessments, true, values(m, ymd(2023, 3, 31)));
        CHECK(d.level == 5);
        CHECK(d.derived);
        CHECK(d.decided_by == nullptr);
        CHECK(d.basis == LevelDecision::Basis::fallback);
        // The last condition tested is level 5's, its date projected to A01's planned finish.
        CHECK(d.condition == &*s.levels[4].when);
        CHECK(d.projected);
    }
    SUBCASE("levels written from 5 down to 1 still pick the lowest that holds") {
        Scale rev;
        for (auto it = s.levels.rbegin(); it != s.levels.rend(); ++it) rev.levels.push_back(*it);
        const Scale copy = rev;
        LevelDecision d = current_level(rev, {}, true, values(m, ymd(2023, 6, 30)));
        CHECK(d.level == 2);
        CHECK(d.decided_by == &rev.levels[3]);
        CHECK(rev.levels[0].level.value == copy.levels[0].level.value);  // not reordered
        LevelDecision none = current_level(rev, {}, true, values(m, ymd(2023, 3, 31)));
        CHECK(none.level == 5);
        CHECK(none.decided_by == nullptr);
    }
    SUBCASE("finished in August: beyond every level -> 5") {
        Model late = model_with({activity("A01", {ymd(2023, 8, 15)})});
        LevelDecision d = current_level(s, {}, true, values(late, ymd(2023, 9, 30)));
        CHECK(d.level == 5);
        CHECK(d.decided_by == nullptr);
    }
}

TEST_CASE("current_level: derived impact from plan completion") {
    Scale s = impact_scale();

    SUBCASE("40% complete -> 5 (the level without a condition)") {
        Model m = model_with(five(2, ymd(2023, 6, 1)));
        LevelDecision d = current_level(s, {}, false, values(m, ymd(2023, 12, 31)));
        CHECK(d.level == 5);
        CHECK(d.derived);
        CHECK(d.decided_by == nullptr);
        CHECK(d.basis == LevelDecision::Basis::fallback);
        REQUIRE(d.measured);
        CHECK(*d.measured == doctest::Approx(40.0));
    }
    SUBCASE("all done 2023-11-20, as of 2023-12-31 -> 1") {
        Model m = model_with(five(5, ymd(2023, 11, 20)));
        LevelDecision d = current_level(s, {}, false, values(m, ymd(2023, 12, 31)));
        CHECK(d.level == 1);
        CHECK(d.decided_by == &s.levels[0]);
        CHECK(d.basis == LevelDecision::Basis::held);
        CHECK(d.measured_on == ymd(2023, 11, 20));
        CHECK_FALSE(d.measured);
    }
    SUBCASE("all done 2023-11-20, as of 2023-11-19 -> 80% -> 4") {
        // four done on 11-01, the fifth on 11-20
        std::vector<Activity> acts = five(4, ymd(2023, 11, 1));
        acts[4].steps[0].done = Located<Date>{ymd(2023, 11, 20), {}};
        Model m = model_with(acts);
        LevelDecision d = current_level(s, {}, false, values(m, ymd(2023, 11, 19)));
        CHECK(d.level == 4);
        CHECK(d.decided_by == &s.levels[3]);
        REQUIRE(d.measured);
        CHECK(*d.measured == doctest::Approx(80.0));
    }
    SUBCASE("all done 2023-12-05 (after November) -> 2") {
        Model m = model_with(five(5, ymd(2023, 12, 5)));
        LevelDecision d = current_level(s, {}, false, values(m, ymd(2023, 12, 31)));
        CHECK(d.level == 2);
        CHECK(d.decided_by == &s.levels[1]);
        REQUIRE(d.measured);
        CHECK(*d.measured == doctest::Approx(100.0));
    }
}

TEST_CASE("current_level: the activity completion that decided the level") {
    Model m = model_with({activity("A03", {ymd(2023, 5, 1), std::nullopt})});
    Scale s;
    const Metric a03 = metric(Metric::Kind::activity_completion, "A03");
    s.levels = {level(1, cond(a03, CompareOp::ge, 100.0)), level(2, cond(a03, CompareOp::ge, 50.0)), level(3, std::nullopt)};
    LevelDecision d = current_level(s, {}, true, values(m, ymd(2023, 6, 30)));
    CHECK(d.level == 2);
    CHECK(d.basis == LevelDecision::Basis::held);
    CHECK(d.decided_by == &s.levels[1]);
    REQUIRE(d.condition);
    CHECK(d.condition->metric.activity == "A03");
    CHECK(d.condition->op == CompareOp::ge);
    CHECK(std::get<double>(d.condition->value) == 50.0);
    REQUIRE(d.measured);
    CHECK(*d.measured == doctest::Approx(50.0));
    // Unrounded: 1 of 3 steps.
    Model third = model_with({activity("A03", {ymd(2023, 5, 1), std::nullopt, std::nullopt})});
    s.levels[1].when = cond(a03, CompareOp::ge, 33.0);
    CHECK(*current_level(s, {}, true, values(third, ymd(2023, 6, 30))).measured == doctest::Approx(100.0 / 3));
}

TEST_CASE("current_level: not derivable -> the latest assessment on or before the date") {
    Scale s = plain_scale();
    Model m = model_with({});
    // Written out of order; the 2024 one is after every date asked below.
    std::vector<Assessment> as = {assessment(ymd(2023, 7, 1), 3, 4), assessment(ymd(2024, 1, 1), 1, 1),
                                  assessment(ymd(2023, 1, 1), 2, 5)};

    LevelDecision l = current_level(s, as, true, values(m, ymd(2023, 6, 30)));
    CHECK(l.level == 2);
    CHECK_FALSE(l.derived);
    CHECK(l.decided_by == nullptr);
    REQUIRE(l.assessed_on);
    CHECK(*l.assessed_on == ymd(2023, 1, 1));
    CHECK(l.basis == LevelDecision::Basis::assessed);
    CHECK_FALSE(l.condition);
    CHECK(current_level(s, as, false, values(m, ymd(2023, 6, 30))).level == 5);  // the impact field

    LevelDecision later = current_level(s, as, false, values(m, ymd(2023, 7, 1)));  // on the day counts
    CHECK(later.level == 4);
    CHECK(*later.assessed_on == ymd(2023, 7, 1));

    LevelDecision none = current_level(s, as, true, values(m, ymd(2022, 12, 31)));
    CHECK(none.level == 0);
    CHECK_FALSE(none.derived);
    CHECK_FALSE(none.assessed_on);
    CHECK(none.basis == LevelDecision::Basis::unknown);
    CHECK(none.level == 0);

    // A scale where a level other than the last lacks a condition is not derivable either.
    Scale partial = impact_scale();
    partial.levels[2].when.reset();
    CHECK_FALSE(current_level(partial, as, false, values(m, ymd(2023, 6, 30))).derived);
    CHECK(current_level(partial, as, false, values(m, ymd(2023, 6, 30))).level == 5);
}

// ---- the risk ------------------------------------------------------------------

TEST_CASE("evaluate_risk: score, band, threshold") {
    Rules rules = rules_with_bands();
    Model m = model_with({});
    Risk r;
    r.plan.value = plan_id;
    r.id.value = "R1";
    r.likelihood = plain_scale();
    r.impact = plain_scale();
    r.assessments = {assessment(ymd(2023, 1, 1), 2, 5), assessment(ymd(2023, 7, 1), 3, 4),
                     assessment(ymd(2023, 10, 1), 1, 1)};

    SUBCASE("2 x 5 = 10: high, not over 12") {
        RiskResult x = evaluate_risk(r, rules, values(m, ymd(2023, 6, 30)));
        CHECK(x.risk == &r);
        CHECK(x.likelihood.level == 2);
        CHECK(x.impact.level == 5);
        CHECK(x.score == 10);
        REQUIRE(x.band != nullptr);
        CHECK(x.band->name.en == "high");
        CHECK_FALSE(x.over_threshold);
        CHECK_FALSE(x.derived);
    }
    SUBCASE("3 x 4 = 12: high, over the threshold") {
        RiskResult x = evaluate_risk(r, rules, values(m, ymd(2023, 9, 30)));
        CHECK(x.score == 12);
        CHECK(x.band->name.en == "high");
        CHECK(x.over_threshold);
    }
    SUBCASE("1 x 1 = 1: low") {
        RiskResult x = evaluate_risk(r, rules, values(m, ymd(2023, 12, 31)));
        CHECK(x.score == 1);
        CHECK(x.band->name.en == "low");
        CHECK_FALSE(x.over_threshold);
    }
    SUBCASE("no assessment yet: score 0, no band") {
        RiskResult x = evaluate_risk(r, rules, values(m, ymd(2022, 12, 31)));
        CHECK(x.likelihood.level == 0);
        CHECK(x.score == 0);
        CHECK(x.band == nullptr);
        CHECK_FALSE(x.over_threshold);
    }
    SUBCASE("the threshold comes from the rules") {
        rules.risk_threshold = 10;
        CHECK(evaluate_risk(r, rules, values(m, ymd(2023, 6, 30))).over_threshold);
    }
}

TEST_CASE("evaluate_risk: both levels derived, seed-like R1") {
    Rules rules = rules_with_bands();
    // A01 done 04-24 (likelihood 2); 2 of 5 activities done (impact 5): 2 x 5 = 10.
    Model m = model_with(five(2, ymd(2023, 4, 24)));
    Risk r;
    r.plan.value = plan_id;
    r.id.value = "R1";
    r.likelihood = likelihood_scale();
    r.impact = impact_scale();
    r.assessments = {assessment(ymd(2023, 1, 1), 1, 1)};  // ignored: both scales derivable
    RiskResult x = evaluate_risk(r, rules, values(m, ymd(2023, 6, 30)));
    CHECK(x.likelihood.level == 2);
    CHECK(x.impact.level == 5);
    CHECK(x.score == 10);
    CHECK(x.band->name.en == "high");
    CHECK_FALSE(x.over_threshold);
    CHECK(x.derived);

    // Only the impact derivable: derived is false, the likelihood comes from the assessment.
    r.likelihood = plain_scale();
    RiskResult mixed = evaluate_risk(r, rules, values(m, ymd(2023, 6, 30)));
    CHECK(mixed.likelihood.level == 1);
    CHECK_FALSE(mixed.likelihood.derived);
    CHECK(mixed.impact.derived);
    CHECK(mixed.score == 5);
    CHECK(mixed.band->name.en == "medium");
    CHECK_FALSE(mixed.derived);
}

TEST_CASE("evaluate_risk: the seed's R1 derives the published 2 x 5 = 10 on the plan's first day") {
    // docs/computations.md, "Projected dates": A01 (the approval) has one step due
    // 2023-04-30, not done on 2023-01-01: projected to 30 Apr, which is <= 30 Apr
    // (level 2) but not <= 31 Mar (level 1). The plan (four counting activities,
    // none done, ending 2024-01-15) is projected to 15 Jan 2024, not <= 30 Nov 2023
    // (impact 1 fails); completion 0% fails 100, 90, 80: impact 5. 2 x 5 = 10.
    Activity a01 = activity("A01", {std::nullopt}, false);
    a01.end.value = ymd(2023, 4, 30);
    a01.steps[0].due = Located<Date>{ymd(2023, 4, 30), {}};
    std::vector<Activity> acts = five(0, ymd(2023, 1, 1));
    acts[0] = a01;  // A01 is the approval; A02–A05 count
    Model m = model_with(acts);
    Risk r;
    r.plan.value = plan_id;
    r.id.value = "R1";
    r.likelihood = likelihood_scale();
    r.impact = impact_scale();
    Rules rules = rules_with_bands();

    RiskResult first = evaluate_risk(r, rules, values(m, ymd(2023, 1, 1)));
    CHECK(first.likelihood.level == 2);
    CHECK(first.likelihood.projected);
    CHECK(first.likelihood.measured_on == ymd(2023, 4, 30));
    CHECK(first.likelihood.planned_finish == ymd(2023, 4, 30));
    CHECK_FALSE(first.likelihood.past_planned_finish);
    CHECK(first.impact.level == 5);
    CHECK(first.score == 10);
    CHECK(first.band->name.en == "high");
    CHECK_FALSE(first.over_threshold);
    // At the end of quarter 1 (31 Mar) it is still on schedule: still 10, not 5 x 5.
    CHECK(evaluate_risk(r, rules, values(m, ymd(2023, 3, 31))).score == 10);
    // Not done by 15 May: projected to 16 May, within May: likelihood 3, score 15, over 12.
    RiskResult late = evaluate_risk(r, rules, values(m, ymd(2023, 5, 15)));
    CHECK(late.likelihood.level == 3);
    CHECK(late.likelihood.measured_on == ymd(2023, 5, 16));
    CHECK(late.likelihood.past_planned_finish);  // planned for 30 Apr: projected to the day after the date
    CHECK(late.score == 15);
    CHECK(late.over_threshold);
    // Not done by August: past every level's date: the last level, 5.
    CHECK(evaluate_risk(r, rules, values(m, ymd(2023, 8, 1))).likelihood.level == 5);
}

TEST_CASE("condition_holds: a plan unfinished on its last day does not meet 'complete by the last day'") {
    // The plan's only counting activity ends (is planned to finish) on 30 Sep
    // and is not done: on 30 Sep it is projected to 1 Oct, so "completed on or
    // before 30 Sep" fails that day, as it does the day after.
    Activity a = activity("A01", {ymd(2023, 3, 1), std::nullopt});
    a.end.value = ymd(2023, 9, 30);
    Model m = model_with({a});
    const Condition by_end = cond(metric(Metric::Kind::completed_on), CompareOp::le, ymd(2023, 9, 30));
    CHECK(condition_holds(by_end, values(m, ymd(2023, 9, 29))));  // not due yet: on schedule
    CHECK_FALSE(condition_holds(by_end, values(m, ymd(2023, 9, 30))));
    CHECK_FALSE(condition_holds(by_end, values(m, ymd(2023, 10, 1))));
    // Done on the last day: met on that day.
    a.steps[1].done = Located<Date>{ymd(2023, 9, 30), {}};
    Model done = model_with({a});
    CHECK(condition_holds(by_end, values(done, ymd(2023, 9, 30))));
}

TEST_CASE("metric_number: behind, activities_done_pct, days_late") {
    // A01: steps due 03-31 and 06-30, the first done 03-15. A02: one step due 06-30, done 06-20.
    // A03 (not counting): one step, due the end 2024-01-15, not done.
    Activity a01 = activity("A01", {ymd(2023, 3, 15), std::nullopt});
    a01.steps[0].due = Located<Date>{ymd(2023, 3, 31), {}};
    a01.steps[1].due = Located<Date>{ymd(2023, 6, 30), {}};
    a01.end.value = ymd(2023, 6, 30);
    Activity a02 = activity("A02", {ymd(2023, 6, 20)});
    a02.steps[0].due = Located<Date>{ymd(2023, 6, 30), {}};
    Model m = model_with({a01, a02, activity("A03", {std::nullopt}, false)});
    auto n = [&](Metric::Kind k, const std::string& id, Date d) { return *metric_number(metric(k, id), values(m, d)); };

    // 2023-04-30: A01 planned 50, actual 50 -> 0 points; A02 planned 0, actual 0.
    CHECK(n(Metric::Kind::behind, "", ymd(2023, 4, 30)) == doctest::Approx(0.0));
    // 2023-06-30: A01 planned 100, actual 50 (behind 50); A02 100/100: plan planned 100, actual 75 -> 25.
    CHECK(n(Metric::Kind::activity_behind, "A01", ymd(2023, 6, 30)) == doctest::Approx(50.0));
    CHECK(n(Metric::Kind::behind, "", ymd(2023, 6, 30)) == doctest::Approx(25.0));
    // Ahead of plan is negative: A02 done 06-20, planned 0 on 06-25.
    CHECK(n(Metric::Kind::activity_behind, "A02", ymd(2023, 6, 25)) == doctest::Approx(-100.0));
    // Counting activities at 100%: none on 06-19, A02 (1 of 2) from 06-20; A03 does not count.
    CHECK(n(Metric::Kind::activities_done_pct, "", ymd(2023, 6, 19)) == doctest::Approx(0.0));
    CHECK(n(Metric::Kind::activities_done_pct, "", ymd(2023, 6, 20)) == doctest::Approx(50.0));
    // A01 ends 06-30 and is not complete: 0 days late on its end, 31 on 07-31.
    CHECK(n(Metric::Kind::activity_days_late, "A01", ymd(2023, 6, 30)) == 0.0);
    CHECK(n(Metric::Kind::activity_days_late, "A01", ymd(2023, 7, 31)) == 31.0);
    // A02 is complete: never late.
    CHECK(n(Metric::Kind::activity_days_late, "A02", ymd(2023, 12, 31)) == 0.0);
    CHECK_FALSE(metric_number(metric(Metric::Kind::activity_days_late, "A99"), values(m, ymd(2023, 7, 31))));

    // The template's "ล่าช้ากว่ากำหนดไม่เกิน 1 เดือน" (at most a month late) as a condition.
    Condition month = cond(metric(Metric::Kind::activity_days_late, "A01"), CompareOp::le, 30.0);
    CHECK(condition_holds(month, values(m, ymd(2023, 7, 30))));
    CHECK_FALSE(condition_holds(month, values(m, ymd(2023, 7, 31))));
    Scale s;
    s.levels = {level(1, cond(metric(Metric::Kind::behind), CompareOp::le, 0.0)), level(2, month),
                level(3, std::nullopt)};
    LevelDecision d = current_level(s, {}, true, values(m, ymd(2023, 7, 15)));
    CHECK(d.level == 2);
    CHECK(d.condition == &*s.levels[1].when);
    REQUIRE(d.measured);
    CHECK(*d.measured == 15.0);
}

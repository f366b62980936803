// Tests of src/compute/completion.cpp: rounding, completion, status, quarters and
// due dates, KPIs and targets. Models are built in code; expected values are hand
// arithmetic.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"

using namespace scmplan;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

struct StepSpec {
    std::string id;
    std::optional<Date> due;
    std::optional<Date> done;
    double weight = 1.0;
};

Step make_step(const StepSpec& spec) {
    Step s;
    s.id.value = spec.id;
    if (spec.due) s.due = Located<Date>{*spec.due, {}};
    if (spec.done) s.done = Located<Date>{*spec.done, {}};
    s.weight.value = spec.weight;
    return s;
}

Activity make_activity(const std::string& id, Date start, Date end, const std::vector<StepSpec>& steps,
                       bool counts = true) {
    Activity a;
    a.plan.value = "p";
    a.id.value = id;
    a.start.value = start;
    a.end.value = end;
    a.counts = counts;
    for (const auto& s : steps) a.steps.push_back(make_step(s));
    return a;
}

QuarterReport make_report(int q, std::optional<double> actual) {
    QuarterReport r;
    r.quarter.value = q;
    if (actual) r.actual = Located<double>{*actual, {}};
    return r;
}

Plan make_plan(int be_year, QuarterScheme scheme = QuarterScheme::calendar) {
    Plan p;
    p.id.value = "p";
    p.year.value = be_year;
    p.quarters = scheme;
    p.start.value = ymd(be_year - 543, 1, 1);
    p.end.value = ymd(be_year - 543, 12, 31);
    return p;
}

Gap make_gap(const std::string& id, GapStatus st, std::optional<Date> closed) {
    Gap g;
    g.id.value = id;
    g.status.value = st;
    if (closed) g.closed = Located<Date>{*closed, {}};
    return g;
}

Kpi make_kpi(Measure m, CompareOp op, double value) {
    Kpi k;
    k.id.value = "K";
    k.measure.value = m;
    k.op = op;
    k.value.value = value;
    return k;
}

std::vector<const Activity*> ptrs(const std::vector<Activity>& v) {
    std::vector<const Activity*> out;
    for (const auto& a : v) out.push_back(&a);
    return out;
}

}  // namespace

// ---- rounding ----------------------------------------------------------------

TEST_CASE("round_to: the header's examples") {
    CHECK(round_to(1.150215, 4) == doctest::Approx(1.1502).epsilon(1e-12));
    CHECK(round_to(0.125, 2) == doctest::Approx(0.13).epsilon(1e-12));
    CHECK(round_to(-0.125, 2) == doctest::Approx(-0.13).epsilon(1e-12));
}

TEST_CASE("round_to: halves go away from zero, including halves hidden by binary error") {
    CHECK(round_to(2.5, 0) == 3.0);
    CHECK(round_to(-2.5, 0) == -3.0);
    CHECK(round_to(0.5, 0) == 1.0);
    // 1.15 and 2.675 are stored a little below the half, but the products are exactly 11.5 / 267.5.
    CHECK(round_to(1.15, 1) == doctest::Approx(1.2).epsilon(1e-12));
    CHECK(round_to(2.675, 2) == doctest::Approx(2.68).epsilon(1e-12));
    // 1.005 * 100 = 100.49999999999999 and 0.285 * 100 = 28.499999999999996 in binary:
    // plain std::round would go down; these are halves, so they go up.
    CHECK(round_to(1.005, 2) == doctest::Approx(1.01).epsilon(1e-12));
    CHECK(round_to(0.285, 2) == doctest::Approx(0.29).epsilon(1e-12));
    CHECK(round_to(-1.005, 2) == doctest::Approx(-1.01).epsilon(1e-12));
    // 1.180005 (2563's computed SCM, 0.52 + 0.660005) rounds to 1.1800, not up.
    CHECK(round_to(1.180005, 4) == doctest::Approx(1.1800).epsilon(1e-12));
    CHECK(round_to(1.00005, 4) == doctest::Approx(1.0001).epsilon(1e-12));
}

TEST_CASE("round_to: values that are not halves round to nearest") {
    CHECK(round_to(1.0049, 2) == doctest::Approx(1.00).epsilon(1e-12));
    CHECK(round_to(1.0051, 2) == doctest::Approx(1.01).epsilon(1e-12));
    CHECK(round_to(-1.0051, 2) == doctest::Approx(-1.01).epsilon(1e-12));
    CHECK(round_to(1.30043, 4) == doctest::Approx(1.3004).epsilon(1e-12));
    CHECK(round_to(37.46, 1) == doctest::Approx(37.5).epsilon(1e-12));
    CHECK(round_to(0.0, 4) == 0.0);
}

// ---- completion --------------------------------------------------------------

TEST_CASE("activity_completion: weighted, counts only steps done by the date") {
    // weights 1, 1, 2 (Σ 4); s1 done 2023-02-10, s3 done 2023-05-01, s2 never.
    Activity a = make_activity("A", ymd(2023, 1, 1), ymd(2023, 12, 31),
                               {{"1", ymd(2023, 3, 31), ymd(2023, 2, 10), 1.0},
                                {"2", ymd(2023, 6, 30), std::nullopt, 1.0},
                                {"3", ymd(2023, 9, 30), ymd(2023, 5, 1), 2.0}});
    CHECK(activity_completion(a, ymd(2023, 2, 9)) == doctest::Approx(0.0));
    CHECK(activity_completion(a, ymd(2023, 2, 10)) == doctest::Approx(25.0));  // 1/4: done on the day counts
    // s3 done 2023-05-01 is after 2023-04-30: not counted yet.
    CHECK(activity_completion(a, ymd(2023, 4, 30)) == doctest::Approx(25.0));
    CHECK(activity_completion(a, ymd(2023, 5, 1)) == doctest::Approx(75.0));  // (1+2)/4
    // With equal weights the same steps give 2/3, so the weight matters.
    a.steps[2].weight.value = 1.0;
    CHECK(activity_completion(a, ymd(2023, 5, 1)) == doctest::Approx(200.0 / 3.0));
}

TEST_CASE("activity_completion: no steps, or zero total weight, is 0%") {
    Activity none = make_activity("A", ymd(2023, 1, 1), ymd(2023, 12, 31), {});
    CHECK(activity_completion(none, ymd(2023, 12, 31)) == 0.0);
    CHECK(activity_planned(none, ymd(2023, 12, 31)) == 0.0);
    Activity zero = make_activity("B", ymd(2023, 1, 1), ymd(2023, 12, 31),
                                  {{"1", std::nullopt, ymd(2023, 1, 5), 0.0}});
    CHECK(activity_completion(zero, ymd(2023, 12, 31)) == 0.0);
    CHECK(activity_planned(zero, ymd(2023, 12, 31)) == 0.0);
}

TEST_CASE("activity_planned: due dates, defaulting to the activity's end") {
    // s1 due 2023-03-31 (w 1); s2 has no due: the end, 2023-06-30 (w 3).
    Activity a = make_activity("A", ymd(2023, 1, 1), ymd(2023, 6, 30),
                               {{"1", ymd(2023, 3, 31), std::nullopt, 1.0}, {"2", std::nullopt, std::nullopt, 3.0}});
    CHECK(activity_planned(a, ymd(2023, 3, 30)) == doctest::Approx(0.0));
    CHECK(activity_planned(a, ymd(2023, 3, 31)) == doctest::Approx(25.0));
    CHECK(activity_planned(a, ymd(2023, 6, 29)) == doctest::Approx(25.0));
    CHECK(activity_planned(a, ymd(2023, 6, 30)) == doctest::Approx(100.0));
    // Planned ignores done dates.
    CHECK(activity_completion(a, ymd(2023, 6, 30)) == doctest::Approx(0.0));
}

TEST_CASE("activity_completed_on: the latest done date when every step is done") {
    Activity a = make_activity("A", ymd(2023, 1, 1), ymd(2023, 12, 31),
                               {{"1", std::nullopt, ymd(2023, 4, 24), 1.0},
                                {"2", std::nullopt, ymd(2023, 2, 1), 1.0},
                                {"3", std::nullopt, ymd(2023, 3, 15), 1.0}});
    REQUIRE(activity_completed_on(a));
    CHECK(*activity_completed_on(a) == ymd(2023, 4, 24));
    a.steps[1].done.reset();
    CHECK_FALSE(activity_completed_on(a));
    Activity none = make_activity("B", ymd(2023, 1, 1), ymd(2023, 12, 31), {});
    CHECK_FALSE(activity_completed_on(none));
}

// ---- status ------------------------------------------------------------------

TEST_CASE("status_text: the CSV/JSON strings") {
    CHECK(std::string(status_text(Status::not_started)) == "not-started");
    CHECK(std::string(status_text(Status::on_track)) == "on-track");
    CHECK(std::string(status_text(Status::behind)) == "behind");
    CHECK(std::string(status_text(Status::overdue)) == "overdue");
    CHECK(std::string(status_text(Status::done)) == "done");
}

TEST_CASE("activity_status: each status and their precedence") {
    // Period 2023-02-01 .. 2023-06-30; s1 due 03-31, s2 due 06-30.
    const Date year_end = ymd(2023, 12, 31);  // the plan's end, after the activity's
    Activity a = make_activity("A", ymd(2023, 2, 1), ymd(2023, 6, 30),
                               {{"1", ymd(2023, 3, 31), std::nullopt, 1.0}, {"2", std::nullopt, std::nullopt, 1.0}});

    SUBCASE("not-started before the start") { CHECK(activity_status(a, ymd(2023, 1, 31), year_end) == Status::not_started); }
    SUBCASE("on-track: nothing due yet, nothing done") {
        CHECK(activity_status(a, ymd(2023, 3, 30), year_end) == Status::on_track);
    }
    SUBCASE("behind: s1 due, not done") { CHECK(activity_status(a, ymd(2023, 3, 31), year_end) == Status::behind); }
    SUBCASE("on-track: ahead of plan") {
        a.steps[0].done = Located<Date>{ymd(2023, 2, 15), {}};
        CHECK(activity_status(a, ymd(2023, 3, 1), year_end) == Status::on_track);
        CHECK(activity_status(a, ymd(2023, 4, 1), year_end) == Status::on_track);  // 50% actual = 50% planned
    }
    SUBCASE("overdue beats behind: past the end and not complete") {
        a.steps[0].done = Located<Date>{ymd(2023, 3, 1), {}};
        CHECK(activity_status(a, ymd(2023, 6, 30), year_end) == Status::behind);  // on the end day: not yet overdue
        CHECK(activity_status(a, ymd(2023, 7, 1), year_end) == Status::overdue);
    }
    SUBCASE("overdue on the plan's last day when the activity ends that day, unfinished") {
        a.steps[0].done = Located<Date>{ymd(2023, 3, 1), {}};
        const Date plan_end = ymd(2023, 6, 30);
        CHECK(activity_status(a, ymd(2023, 6, 29), plan_end) == Status::on_track);  // s2 not due yet
        CHECK(activity_status(a, ymd(2023, 6, 30), plan_end) == Status::overdue);
        a.steps[1].done = Located<Date>{ymd(2023, 6, 30), {}};
        CHECK(activity_status(a, ymd(2023, 6, 30), plan_end) == Status::done);
    }
    SUBCASE("done beats overdue: finished late, seen after the end") {
        a.steps[0].done = Located<Date>{ymd(2023, 3, 1), {}};
        a.steps[1].done = Located<Date>{ymd(2023, 7, 10), {}};
        CHECK(activity_status(a, ymd(2023, 7, 9), year_end) == Status::overdue);  // s2 not done yet as of 07-09
        CHECK(activity_status(a, ymd(2023, 7, 10), year_end) == Status::done);
        CHECK(activity_status(a, ymd(2023, 12, 31), year_end) == Status::done);
    }
    SUBCASE("done beats not-started: finished before the period began") {
        a.steps[0].done = Located<Date>{ymd(2023, 1, 10), {}};
        a.steps[1].done = Located<Date>{ymd(2023, 1, 12), {}};
        CHECK(activity_status(a, ymd(2023, 1, 20), year_end) == Status::done);
    }
    SUBCASE("done with weights that do not sum exactly (0.1 x 10)") {
        Activity b = make_activity("B", ymd(2023, 1, 1), ymd(2023, 6, 30), {});
        for (int i = 0; i < 10; ++i)
            b.steps.push_back(make_step({std::to_string(i), std::nullopt, ymd(2023, 3, 1), 0.1}));
        CHECK(activity_status(b, ymd(2023, 3, 1), year_end) == Status::done);
    }
}

// ---- plan completion -----------------------------------------------------------

TEST_CASE("plan_completion and plan_planned: mean over counting activities") {
    std::vector<Activity> acts;
    // A1: 1 of 2 steps done by 03-01 -> 50%; planned as of 03-31 100%.
    acts.push_back(make_activity("A1", ymd(2023, 1, 1), ymd(2023, 3, 31),
                                 {{"1", ymd(2023, 2, 28), ymd(2023, 2, 1), 1.0}, {"2", std::nullopt, std::nullopt, 1.0}}));
    // A2: 0%; planned as of 03-31: 0% (due at end 06-30).
    acts.push_back(make_activity("A2", ymd(2023, 1, 1), ymd(2023, 6, 30), {{"1", std::nullopt, std::nullopt, 1.0}}));
    // A3 does not count: 100%, would raise the mean if it were counted.
    acts.push_back(make_activity("A3", ymd(2023, 1, 1), ymd(2023, 1, 31), {{"1", std::nullopt, ymd(2023, 1, 5), 1.0}},
                                 false));
    auto v = ptrs(acts);
    CHECK(plan_completion(v, ymd(2023, 3, 31)) == doctest::Approx(25.0));  // (50 + 0) / 2, not (50+0+100)/3
    CHECK(plan_planned(v, ymd(2023, 3, 31)) == doctest::Approx(50.0));     // (100 + 0) / 2
    CHECK(plan_planned(v, ymd(2023, 6, 30)) == doctest::Approx(100.0));
    acts[2].counts = true;
    v = ptrs(acts);
    CHECK(plan_completion(v, ymd(2023, 3, 31)) == doctest::Approx(50.0));  // (50+0+100)/3
}

TEST_CASE("plan_completion: 0 when no activity counts") {
    std::vector<Activity> acts;
    acts.push_back(make_activity("A", ymd(2023, 1, 1), ymd(2023, 1, 31), {{"1", std::nullopt, ymd(2023, 1, 5), 1.0}},
                                 false));
    CHECK(plan_completion(ptrs(acts), ymd(2023, 12, 31)) == 0.0);
    CHECK(plan_planned(ptrs(acts), ymd(2023, 12, 31)) == 0.0);
    CHECK(plan_completion({}, ymd(2023, 12, 31)) == 0.0);
}

TEST_CASE("plan_completed_on: latest completion of the counting activities") {
    std::vector<Activity> acts;
    acts.push_back(make_activity("A1", ymd(2023, 1, 1), ymd(2023, 12, 31), {{"1", std::nullopt, ymd(2023, 11, 20), 1.0}}));
    acts.push_back(make_activity("A2", ymd(2023, 1, 1), ymd(2023, 12, 31), {{"1", std::nullopt, ymd(2023, 5, 2), 1.0}}));
    // Not counting, and incomplete: ignored.
    acts.push_back(make_activity("A3", ymd(2023, 1, 1), ymd(2023, 12, 31), {{"1", std::nullopt, std::nullopt, 1.0}},
                                 false));
    REQUIRE(plan_completed_on(ptrs(acts)));
    CHECK(*plan_completed_on(ptrs(acts)) == ymd(2023, 11, 20));
    acts[2].counts = true;
    CHECK_FALSE(plan_completed_on(ptrs(acts)));
    // No counting activity: never completed.
    std::vector<Activity> none;
    none.push_back(make_activity("A", ymd(2023, 1, 1), ymd(2023, 1, 31), {{"1", std::nullopt, ymd(2023, 1, 5), 1.0}},
                                 false));
    CHECK_FALSE(plan_completed_on(ptrs(none)));
    CHECK_FALSE(plan_completed_on({}));
}

// ---- quarters and due dates --------------------------------------------------

TEST_CASE("plan_quarter: calendar and fiscal schemes") {
    Plan cal = make_plan(2566);
    DateRange q2 = plan_quarter(cal, 2);
    CHECK(q2.start == ymd(2023, 4, 1));
    CHECK(q2.end == ymd(2023, 6, 30));
    CHECK(plan_quarter(cal, 4).end == ymd(2023, 12, 31));
    Plan fis = make_plan(2566, QuarterScheme::fiscal);
    DateRange f1 = plan_quarter(fis, 1);
    CHECK(f1.start == ymd(2022, 10, 1));
    CHECK(f1.end == ymd(2022, 12, 31));
    CHECK(plan_quarter(fis, 4).end == ymd(2023, 9, 30));
}

TEST_CASE("plan_quarter_of") {
    Plan cal = make_plan(2566);
    CHECK(plan_quarter_of(cal, ymd(2023, 1, 1)) == 1);
    CHECK(plan_quarter_of(cal, ymd(2023, 5, 15)) == 2);
    CHECK(plan_quarter_of(cal, ymd(2023, 12, 31)) == 4);
    CHECK(plan_quarter_of(cal, ymd(2024, 1, 5)) == 0);
    CHECK(plan_quarter_of(cal, ymd(2022, 12, 31)) == 0);
    Plan fis = make_plan(2566, QuarterScheme::fiscal);
    CHECK(plan_quarter_of(fis, ymd(2022, 11, 1)) == 1);
    CHECK(plan_quarter_of(fis, ymd(2023, 9, 30)) == 4);
    CHECK(plan_quarter_of(fis, ymd(2023, 10, 1)) == 0);
}

TEST_CASE("report_due: N working days after the quarter's last day") {
    Plan p = make_plan(2566);
    Rules rules;
    rules.report_due_working_days = 7;
    // Q2 ends Fri 2023-06-30: Mon 07-03 .. Fri 07-07 (5), Mon 07-10 (6), Tue 07-11 (7).
    CHECK(report_due(p, 2, rules, Holidays{}) == ymd(2023, 7, 11));
    // A holiday on Mon 07-03 pushes it one working day: Wed 07-12.
    CHECK(report_due(p, 2, rules, Holidays({ymd(2023, 7, 3)})) == ymd(2023, 7, 12));
    // A holiday after the due date changes nothing.
    CHECK(report_due(p, 2, rules, Holidays({ymd(2023, 7, 28)})) == ymd(2023, 7, 11));
    // N comes from the rules: 6 -> Mon 07-10.
    rules.report_due_working_days = 6;
    CHECK(report_due(p, 2, rules, Holidays{}) == ymd(2023, 7, 10));
    // Q1 ends Fri 2023-03-31, N = 7: Apr 3..7 (5), Mon 04-10 (6), Tue 04-11 (7).
    rules.report_due_working_days = 7;
    CHECK(report_due(p, 1, rules, Holidays{}) == ymd(2023, 4, 11));
}

// ---- KPIs ----------------------------------------------------------------------

namespace {

// The KPI fixture, hand-computed as of 2023-06-30:
//   A1 (counts): s1 due 03-31 done 03-28 (on time); s2 due 04-30 done 05-10 (late) -> 100% by 05-10.
//   A2 (counts): s1 due 06-30, not done -> 0%.
//   A3 (counts: false): s1 due 01-31 done 01-15 -> 100%, but excluded everywhere.
//   activities_done = 1; completion = (100 + 0) / 2 = 50;
//   on_time: due by 06-30 among counting: A1.s1 ok, A1.s2 late, A2.s1 not done -> 1/3 = 33.33%.
struct KpiFixture {
    Plan plan = make_plan(2566);
    std::vector<Activity> acts;
    KpiFixture() {
        acts.push_back(make_activity("A1", ymd(2023, 1, 1), ymd(2023, 6, 30),
                                     {{"1", ymd(2023, 3, 31), ymd(2023, 3, 28), 1.0},
                                      {"2", ymd(2023, 4, 30), ymd(2023, 5, 10), 1.0}}));
        acts.push_back(make_activity("A2", ymd(2023, 1, 1), ymd(2023, 6, 30), {{"1", ymd(2023, 6, 30), std::nullopt, 1.0}}));
        acts.push_back(make_activity("A3", ymd(2023, 1, 1), ymd(2023, 1, 31),
                                     {{"1", ymd(2023, 1, 31), ymd(2023, 1, 15), 1.0}}, false));
        plan.gaps.push_back(make_gap("G1", GapStatus::closed, ymd(2023, 6, 20)));
        plan.gaps.push_back(make_gap("G2", GapStatus::closed, ymd(2023, 7, 15)));
        plan.gaps.push_back(make_gap("G3", GapStatus::planned, std::nullopt));
        // A date without the status closed does not count.
        plan.gaps.push_back(make_gap("G4", GapStatus::open, ymd(2023, 1, 1)));
    }
};

}  // namespace

TEST_CASE("activities_done: counting activities at 100%") {
    KpiFixture f;
    auto v = ptrs(f.acts);
    CHECK(activities_done(v, ymd(2023, 5, 9)) == 0);  // A1's s2 done 05-10; A3 does not count
    CHECK(activities_done(v, ymd(2023, 5, 10)) == 1);
    f.acts[2].counts = true;
    CHECK(activities_done(ptrs(f.acts), ymd(2023, 5, 10)) == 2);
}

TEST_CASE("gaps_closed: status closed with a closed date on or before the date") {
    KpiFixture f;
    CHECK(gaps_closed(f.plan, ymd(2023, 6, 19)) == 0);
    CHECK(gaps_closed(f.plan, ymd(2023, 6, 20)) == 1);
    CHECK(gaps_closed(f.plan, ymd(2023, 7, 15)) == 2);
    // closed status without a date does not count
    f.plan.gaps.push_back(make_gap("G5", GapStatus::closed, std::nullopt));
    CHECK(gaps_closed(f.plan, ymd(2023, 12, 31)) == 2);
}

TEST_CASE("gaps_taken_up: the gaps planned or closed, not the open ones on the assessor's list") {
    KpiFixture f;
    CHECK(gaps_taken_up(f.plan) == 3);  // G1, G2 closed and G3 planned; G4 open
    f.plan.gaps[2].status.value = GapStatus::open;
    CHECK(gaps_taken_up(f.plan) == 2);
}

TEST_CASE("on_time: steps due by the date done by their due date") {
    KpiFixture f;
    auto v = ptrs(f.acts);
    CHECK_FALSE(on_time(v, ymd(2023, 3, 30)));  // nothing counting is due yet (A3 is due 01-31 but excluded)
    REQUIRE(on_time(v, ymd(2023, 3, 31)));
    CHECK(*on_time(v, ymd(2023, 3, 31)) == doctest::Approx(100.0));  // A1.s1 only
    CHECK(*on_time(v, ymd(2023, 4, 30)) == doctest::Approx(50.0));   // A1.s2 late
    CHECK(*on_time(v, ymd(2023, 6, 30)) == doctest::Approx(100.0 / 3.0));
    // due defaults to the activity's end: A4 ends 2023-07-31, its step has no due.
    f.acts.push_back(make_activity("A4", ymd(2023, 1, 1), ymd(2023, 7, 31), {{"1", std::nullopt, ymd(2023, 7, 31), 1.0}}));
    v = ptrs(f.acts);
    CHECK(*on_time(v, ymd(2023, 7, 30)) == doctest::Approx(100.0 / 3.0));  // A4.s1 not due yet
    CHECK(*on_time(v, ymd(2023, 7, 31)) == doctest::Approx(50.0));         // 2 of 4
}

TEST_CASE("evaluate_kpi: each measure, met and not met") {
    KpiFixture f;
    auto v = ptrs(f.acts);
    const Date d = ymd(2023, 6, 30);

    SUBCASE("activities_done") {
        Kpi k = make_kpi(Measure::activities_done, CompareOp::ge, 1);
        KpiResult r = evaluate_kpi(k, f.plan, v, d);
        CHECK(r.kpi == &k);
        REQUIRE(r.value);
        CHECK(*r.value == 1.0);
        CHECK(r.met);
        CHECK_FALSE(evaluate_kpi(make_kpi(Measure::activities_done, CompareOp::ge, 2), f.plan, v, d).met);
    }
    SUBCASE("gaps_closed") {
        KpiResult r = evaluate_kpi(make_kpi(Measure::gaps_closed, CompareOp::ge, 2), f.plan, v, d);
        CHECK(*r.value == 1.0);
        CHECK_FALSE(r.met);
        KpiResult later = evaluate_kpi(make_kpi(Measure::gaps_closed, CompareOp::ge, 2), f.plan, v, ymd(2023, 7, 31));
        CHECK(*later.value == 2.0);
        CHECK(later.met);
    }
    SUBCASE("completion") {
        KpiResult r = evaluate_kpi(make_kpi(Measure::completion, CompareOp::ge, 50), f.plan, v, d);
        CHECK(*r.value == doctest::Approx(50.0));
        CHECK(r.met);
        CHECK_FALSE(evaluate_kpi(make_kpi(Measure::completion, CompareOp::ge, 100), f.plan, v, d).met);
    }
    SUBCASE("on_time") {
        KpiResult r = evaluate_kpi(make_kpi(Measure::on_time, CompareOp::ge, 80), f.plan, v, d);
        CHECK(*r.value == doctest::Approx(100.0 / 3.0));
        CHECK_FALSE(r.met);
        CHECK(evaluate_kpi(make_kpi(Measure::on_time, CompareOp::ge, 30), f.plan, v, d).met);
        // Nothing due yet: no value, never met, whatever the comparison.
        KpiResult early = evaluate_kpi(make_kpi(Measure::on_time, CompareOp::le, 100), f.plan, v, ymd(2023, 3, 1));
        CHECK_FALSE(early.value);
        CHECK_FALSE(early.met);
        // Its outcome is unknown, not "not met"; a measured one is met or not.
        CHECK_FALSE(early.outcome());
        CHECK(r.outcome() == false);
        CHECK(evaluate_kpi(make_kpi(Measure::on_time, CompareOp::ge, 30), f.plan, v, d).outcome() == true);
    }
}

TEST_CASE("evaluate_kpi: each comparison operator") {
    KpiFixture f;
    auto v = ptrs(f.acts);
    const Date d = ymd(2023, 6, 30);  // activities_done = 1
    auto met = [&](CompareOp op, double value) {
        return evaluate_kpi(make_kpi(Measure::activities_done, op, value), f.plan, v, d).met;
    };
    CHECK(met(CompareOp::ge, 1));
    CHECK_FALSE(met(CompareOp::ge, 2));
    CHECK(met(CompareOp::gt, 0));
    CHECK_FALSE(met(CompareOp::gt, 1));
    CHECK(met(CompareOp::eq, 1));
    CHECK_FALSE(met(CompareOp::eq, 2));
    CHECK(met(CompareOp::le, 1));
    CHECK_FALSE(met(CompareOp::le, 0));
    CHECK(met(CompareOp::lt, 2));
    CHECK_FALSE(met(CompareOp::lt, 1));
}

// ---- targets -------------------------------------------------------------------

TEST_CASE("evaluate_target: the quarter's actual, else the latest earlier one") {
    Activity a = make_activity("A", ymd(2023, 1, 1), ymd(2023, 12, 31), {});
    a.target.op = CompareOp::ge;
    a.target.value = Located<double>{50.0, {}};
    // Written out of order on purpose; Q2 reported without an actual.
    a.reports.push_back(make_report(3, 75.0));
    a.reports.push_back(make_report(1, 25.0));
    a.reports.push_back(make_report(2, std::nullopt));

    TargetResult q1 = evaluate_target(a, 1);
    REQUIRE(q1.actual);
    CHECK(*q1.actual == 25.0);
    REQUIRE(q1.met);
    CHECK_FALSE(*q1.met);

    TargetResult q2 = evaluate_target(a, 2);  // falls back to Q1
    REQUIRE(q2.actual);
    CHECK(*q2.actual == 25.0);
    CHECK_FALSE(*q2.met);

    TargetResult q3 = evaluate_target(a, 3);
    CHECK(*q3.actual == 75.0);
    CHECK(*q3.met);

    TargetResult q4 = evaluate_target(a, 4);  // the latest earlier one is Q3, not Q1
    REQUIRE(q4.actual);
    CHECK(*q4.actual == 75.0);
    CHECK(*q4.met);

    // A quarter with nothing reported on or before it (0: outside the year).
    TargetResult none = evaluate_target(a, 0);
    CHECK_FALSE(none.actual);
    CHECK_FALSE(none.met);
}

TEST_CASE("evaluate_target: no op or no value leaves met unknown") {
    Activity a = make_activity("A", ymd(2023, 1, 1), ymd(2023, 12, 31), {});
    a.reports.push_back(make_report(1, 100.0));
    TargetResult no_op = evaluate_target(a, 1);
    CHECK(*no_op.actual == 100.0);
    CHECK_FALSE(no_op.met);
    a.target.op = CompareOp::ge;
    CHECK_FALSE(evaluate_target(a, 1).met);  // still no value
    a.target.value = Located<double>{100.0, {}};
    REQUIRE(evaluate_target(a, 1).met);
    CHECK(*evaluate_target(a, 1).met);
    a.target.op.reset();
    CHECK_FALSE(evaluate_target(a, 1).met);
}

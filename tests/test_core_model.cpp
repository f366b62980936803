// Tests of the domain predicates of the model (model.hpp, src/core/model.cpp):
// when a gap counts as closed, a step as done, and which KPI measures are
// percentages; which unit a risk metric is in and how it is written.
#include <doctest/doctest.h>

#include "scmplan/model.hpp"

using namespace scmplan;

namespace {

Gap gap(GapStatus status, std::optional<Date> closed) {
    Gap g;
    g.id.value = "G1";
    g.status.value = status;
    if (closed) g.closed = Located<Date>{*closed, {}};
    return g;
}

}  // namespace

TEST_CASE("a gap is closed by a date when its status is closed and its closed date is not later") {
    const Date may31 = Date::from_ymd(2023, 5, 31);
    Gap g = gap(GapStatus::closed, may31);
    CHECK(g.closed_by(may31));
    CHECK(g.closed_by(Date::from_ymd(2023, 12, 31)));
    CHECK_FALSE(g.closed_by(Date::from_ymd(2023, 5, 30)));
}

TEST_CASE("a gap not marked closed, or closed without a date, is closed by no date") {
    const Date later = Date::from_ymd(2024, 1, 1);
    CHECK_FALSE(gap(GapStatus::planned, Date::from_ymd(2023, 5, 31)).closed_by(later));
    CHECK_FALSE(gap(GapStatus::open, Date::from_ymd(2023, 5, 31)).closed_by(later));
    CHECK_FALSE(gap(GapStatus::closed, std::nullopt).closed_by(later));
}

TEST_CASE("completion and on_time are percentages, activities_done and gaps_closed counts") {
    CHECK(is_percentage(Measure::completion));
    CHECK(is_percentage(Measure::on_time));
    CHECK_FALSE(is_percentage(Measure::activities_done));
    CHECK_FALSE(is_percentage(Measure::gaps_closed));
}

TEST_CASE("a step is done by a date when its done date is not later; an undone step never") {
    Step s;
    CHECK_FALSE(s.done_by(Date::from_ymd(2030, 1, 1)));
    s.done = Located<Date>{Date::from_ymd(2023, 3, 15), {}};
    CHECK(s.done_by(Date::from_ymd(2023, 3, 15)));
    CHECK_FALSE(s.done_by(Date::from_ymd(2023, 3, 14)));
}

TEST_CASE("each metric has one unit: percent, percentage points, days or a date") {
    using K = Metric::Kind;
    auto unit = [](K k) { return Metric{k, "A01"}.unit(); };
    CHECK(unit(K::completion) == MetricUnit::percent);
    CHECK(unit(K::activity_completion) == MetricUnit::percent);
    CHECK(unit(K::activities_done_pct) == MetricUnit::percent);
    CHECK(unit(K::behind) == MetricUnit::points);
    CHECK(unit(K::activity_behind) == MetricUnit::points);
    CHECK(unit(K::activity_days_late) == MetricUnit::days);
    CHECK(unit(K::completed_on) == MetricUnit::date);
    CHECK(unit(K::activity_completed_on) == MetricUnit::date);
    CHECK(Metric{K::activity_completed_on, "A01"}.is_date());
    CHECK_FALSE(Metric{K::activity_days_late, "A01"}.is_date());
}

TEST_CASE("the activity_* metrics are of one activity, the others of the plan") {
    using K = Metric::Kind;
    for (K k : {K::activity_completion, K::activity_completed_on, K::activity_behind, K::activity_days_late})
        CHECK(Metric{k, "A01"}.of_activity());
    for (K k : {K::completion, K::completed_on, K::behind, K::activities_done_pct}) CHECK_FALSE(Metric{k, {}}.of_activity());
}

TEST_CASE("a metric parses from the text a risk file writes, and prints back to it") {
    for (const char* written : {"completion", "completed_on", "behind", "activities_done_pct", "activity.A01.completion",
                                "activity.A01.completed_on", "activity.A01.behind", "activity.A01.days_late",
                                "activity.A.1.days_late"}) {
        CAPTURE(written);
        std::optional<Metric> m = Metric::parse(written);
        REQUIRE(m);
        CHECK(m->text() == written);
    }
    std::optional<Metric> m = Metric::parse("activity.A.1.behind");
    REQUIRE(m);
    CHECK(m->kind == Metric::Kind::activity_behind);
    CHECK(m->activity == "A.1");
    for (const char* wrong : {"", "days_late", "activity.completion", "activity..completion", "activity.A01.done",
                              "activity.A01.activities_done_pct", "Completion", "activity.A01"}) {
        CAPTURE(wrong);
        CHECK_FALSE(Metric::parse(wrong));
    }
}

TEST_CASE("the written forms of the metrics, plan's first, as messages list them") {
    CHECK(Metric::written_forms() ==
          std::vector<std::string>{"completion", "completed_on", "behind", "activities_done_pct", "activity.<ID>.completion",
                                   "activity.<ID>.completed_on", "activity.<ID>.behind", "activity.<ID>.days_late"});
}

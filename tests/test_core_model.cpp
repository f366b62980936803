// Tests of the domain predicates of the model (model.hpp, src/core/model.cpp):
// when a gap counts as closed, a step as done, and which KPI measures are
// percentages.
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

// Tests of next year's draft (src/compute/next_year.cpp, the files of
// src/render/plan_yaml.cpp): plans/ (2566) drafted for 2567 moves every date by
// one year, leaves out progress, carries what is still to do, and loads and
// checks without an error, as `scmplan init DIR --from plans` promises.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/check.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/load.hpp"
#include "scmplan/next_year.hpp"
#include "scmplan/render_plan.hpp"

using namespace scmplan;

namespace {

const LoadResult& plans() {
    static LoadResult r = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/plans"}, disk());
    return r;
}

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

}  // namespace

TEST_CASE("shift_years keeps the day, and 29 February becomes 28 February") {
    CHECK(shift_years(ymd(2023, 1, 15), 1) == ymd(2024, 1, 15));
    CHECK(shift_years(ymd(2024, 2, 29), 1) == ymd(2025, 2, 28));
    CHECK(shift_years(ymd(2024, 2, 29), 4) == ymd(2028, 2, 29));
    CHECK(shift_years(ymd(2023, 10, 1), -1) == ymd(2022, 10, 1));
}

TEST_CASE("next year's draft of plans/: dates a year on, no progress, open GAP items carried") {
    const Model& m = plans().model;
    NextYear n = next_year(m, *m.plan("fio-scm-2566"), 2567);
    CHECK(n.plan.id.value == "fio-scm-2567");
    CHECK(n.plan.title.ends_with("ประจำปี 2567"));
    // 1 Jan 2023 – 15 Jan 2024 (section 11) becomes 1 Jan 2024 – 15 Jan 2025.
    CHECK(n.plan.start.value == ymd(2024, 1, 1));
    CHECK(n.plan.end.value == ymd(2025, 1, 15));
    // G03 was closed on 2023-06-20 (the example): left out; the other ten are carried.
    REQUIRE(n.plan.gaps.size() == 10);
    for (const Gap& g : n.plan.gaps) CHECK(g.id.value != "G03");
    REQUIRE(n.activities.size() == 10);
    for (const Activity& a : n.activities) {
        CAPTURE(a.id.value);
        CHECK(a.plan.value == "fio-scm-2567");
        CHECK(a.reports.empty());
        for (const Step& s : a.steps) {
            CHECK_FALSE(s.done);
            CHECK(s.evidence.empty());
        }
        for (const auto& g : a.gaps) CHECK(g.value != "G03");
    }
    // A03: 1 Jan 2023 – 15 Jan 2024, step 1 due 2023-03-31; its gaps [G03, G04] lose G03.
    const Activity& a03 = n.activities[2];
    CHECK(a03.start.value == ymd(2024, 1, 1));
    CHECK(a03.end.value == ymd(2025, 1, 15));
    CHECK(a03.steps[0].due->value == ymd(2024, 3, 31));
    REQUIRE(a03.gaps.size() == 1);
    CHECK(a03.gaps[0].value == "G04");
    // R1: its one assessment (2 × 5) dated the new start; a date condition a year on.
    REQUIRE(n.risks.size() == 1);
    REQUIRE(n.risks[0].assessments.size() == 1);
    CHECK(n.risks[0].assessments[0].as_of.value == ymd(2024, 1, 1));
    CHECK(n.risks[0].assessments[0].likelihood.value == 2);
    CHECK(n.risks[0].assessments[0].impact.value == 5);
    CHECK(std::get<Date>(n.risks[0].likelihood.levels[0].when->value) == ymd(2024, 3, 31));
    CHECK(n.workspace.holidays.empty());
}

TEST_CASE("next year's files of plans/ load and check with no error") {
    const Model& m = plans().model;
    NextYear n = next_year(m, *m.plan("fio-scm-2566"), 2567);
    std::vector<Source> sources;
    for (auto& [path, content] : next_year_files(n)) sources.push_back({path, content});
    REQUIRE(sources.size() == 13);  // the workspace, the plan, 10 activities, 1 risk
    CHECK(sources[1].path == "fio-scm-2567/plan.yaml");
    LoadResult r = load_sources(sources);
    check_model(r.model, r.diags, {});
    CHECK(r.diags.error_count() == 0);
    REQUIRE(r.model.plans.size() == 1);
    CHECK(r.model.plans[0].year.value == 2567);
    CHECK(r.model.plans[0].gaps.size() == 10);
    CHECK(r.model.activities.size() == 10);
    std::size_t done = 0;
    for (const Activity& a : r.model.activities)
        for (const Step& s : a.steps) done += s.done ? 1 : 0;
    CHECK(done == 0);
}

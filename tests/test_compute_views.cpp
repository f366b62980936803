// Tests of src/compute/views.cpp (the views of `scmplan risk`, `gaps` and
// `score`): heat-map positions, how each derived level was decided, GAP
// traceability and the gaps_closed KPI, computed vs reported aggregates,
// year-on-year change, uplift ranking and what-if. Every expected figure is
// worked out by hand in the comments from the built-in SCM weights:
// SCM.1 = 0.5 × (0.1 SCM.1.1 + 0.2 SCM.1.2 + 0.7 SCM.1.3),
// SCM.2 = 0.5 × (0.2 SCM.2.1 + 0.1 SCM.2.2 + 0.2 SCM.2.3 + 0.2 SCM.2.4 + 0.3 SCM.2.5).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scmplan/render.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/views.hpp"
#include "support.hpp"

using namespace scmplan;
using scmplan::test::activity_yaml;
using scmplan::test::plan_yaml;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

const char* const workspace = "scmplan: 1\nkind: workspace\nunits: {ส.ตต.: สำนักธุรกิจการตลาด}\n";

/// An activity with two steps due 2023-03-31 and 2023-06-30, done as given.
std::string two_steps(const std::string& id, const std::string& done1, const std::string& done2,
                      const std::string& extra) {
    std::string a = "scmplan: 1\nkind: activity\nplan: p1\nid: " + id +
                    "\ntitle: กิจกรรม\nowners: [ส.ตต.]\nperiod: {start: 2023-01-01, end: 2023-12-31}\nsteps:\n";
    a += "  - {id: \"1\", title: ขั้นที่ 1, due: 2023-03-31" + (done1.empty() ? "" : ", done: " + done1) + "}\n";
    a += "  - {id: \"2\", title: ขั้นที่ 2, due: 2023-06-30" + (done2.empty() ? "" : ", done: " + done2) + "}\n";
    return a + extra;
}

// ---- risk ------------------------------------------------------------------------

// R1: likelihood by the month A01 is completed, impact by the plan's completion.
const char* const risk_r1 =
    "scmplan: 1\nkind: risk\nplan: p1\nid: R1\ntitle: แผนไม่เป็นไปตามเป้าหมาย\n"
    "factors: [f]\nmitigation: [m]\nmonitoring: [m]\n"
    "likelihood:\n  scale:\n"
    "    - {level: 1, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-03-31}}\n"
    "    - {level: 2, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-04-30}}\n"
    "    - {level: 3, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-05-31}}\n"
    "    - {level: 4, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-06-30}}\n"
    "    - {level: 5}\n"
    "impact:\n  scale:\n"
    "    - {level: 1, when: {metric: completion, op: \">=\", value: 100}}\n"
    "    - {level: 2, when: {metric: completion, op: \">=\", value: 75}}\n"
    "    - {level: 3, when: {metric: completion, op: \">=\", value: 50}}\n"
    "    - {level: 4, when: {metric: completion, op: \">=\", value: 25}}\n"
    "    - {level: 5}\n"
    "target: {likelihood: 1, impact: 2}\n";

// R2: assessed only; 4 × 4 from 2023-01-01, 3 × 2 from 2023-06-01.
const char* const risk_r2 =
    "scmplan: 1\nkind: risk\nplan: p1\nid: R2\ntitle: ลูกค้าไม่ให้ความร่วมมือ\n"
    "factors: [f]\nmitigation: [m]\nmonitoring: [m]\n"
    "likelihood:\n  scale:\n"
    "    - {level: 1}\n    - {level: 2}\n    - {level: 3}\n    - {level: 4}\n    - {level: 5}\n"
    "assessments:\n"
    "  - {as_of: 2023-06-01, likelihood: 3, impact: 2}\n"
    "  - {as_of: 2023-01-01, likelihood: 4, impact: 4}\n"
    "target: {likelihood: 1, impact: 1}\n";

/// A01 completed on 2023-05-20 (steps done 03-15 and 05-20); A03 half done (03-15).
LoadResult risk_workspace() {
    return load_sources({{"w.yaml", workspace},
                         {"p.yaml", plan_yaml()},
                         {"a1.yaml", two_steps("A01", "2023-03-15", "2023-05-20", "")},
                         {"a3.yaml", two_steps("A03", "2023-03-15", "", "")},
                         {"r1.yaml", risk_r1},
                         {"r2.yaml", risk_r2}});
}

}  // namespace

TEST_CASE("risk register: derived levels, their explanation, score and band") {
    LoadResult r = risk_workspace();
    REQUIRE(!r.diags.has_errors());
    RiskRegister reg = risk_register(r.model, r.model.plans[0], ymd(2023, 6, 30));
    REQUIRE(reg.risks.size() == 2);
    const RiskResult& r1 = reg.risks[0];
    // Likelihood: A01 completed 2023-05-20 fails ≤ 03-31 and ≤ 04-30, holds ≤ 05-31 → 3.
    CHECK(r1.likelihood.level == 3);
    CHECK(r1.likelihood.derived);
    REQUIRE(r1.likelihood.measured_on);
    CHECK(*r1.likelihood.measured_on == ymd(2023, 5, 20));
    CHECK(explain_level(r1.likelihood, reg.as_of, Lang::en) == "level 3: activity A01 completed on 2023-05-20 ≤ 2023-05-31");
    CHECK(explain_level(r1.likelihood, reg.as_of, Lang::th) ==
          "ระดับ 3: กิจกรรม A01 แล้วเสร็จเมื่อ 20 พ.ค. 2566 ≤ 31 พ.ค. 2566");
    // Impact: plan completion = mean(A01 100, A03 1/2 = 50) = 75: fails ≥ 100, holds ≥ 75 → 2.
    CHECK(r1.impact.level == 2);
    REQUIRE(r1.impact.measured);
    CHECK(*r1.impact.measured == doctest::Approx(75.0));
    CHECK(explain_level(r1.impact, reg.as_of, Lang::en) == "level 2: plan completion 75.0% ≥ 75");
    // 3 × 2 = 6: medium (5–9), under the threshold 12.
    CHECK(r1.score == 6);
    REQUIRE(r1.band);
    CHECK(r1.band->name.in(Lang::en) == "medium");
    CHECK_FALSE(r1.over_threshold);
    CHECK(r1.derived);
}

TEST_CASE("risk register: a date not reached yet is projected to the planned finish") {
    LoadResult r = risk_workspace();
    // As of 2023-05-01 A01 is not complete (done 05-20); its last step is due
    // 2023-06-30: projected 06-30, which holds ≤ 06-30 → level 4.
    // Completion: A01 1/2 = 50, A03 1/2 = 50 → 50: fails ≥ 100, ≥ 75, holds ≥ 50 → 3.
    RiskRegister reg = risk_register(r.model, r.model.plans[0], ymd(2023, 5, 1));
    const RiskResult& r1 = reg.risks[0];
    CHECK(r1.likelihood.level == 4);
    CHECK(r1.likelihood.projected);
    CHECK(explain_level(r1.likelihood, reg.as_of, Lang::en) ==
          "level 4: projected: activity A01 not done; planned to finish 2023-06-30 ≤ 2023-06-30");
    CHECK(explain_level(r1.likelihood, reg.as_of, Lang::th) ==
          "ระดับ 4: คาดการณ์: กิจกรรม A01 ยังไม่แล้วเสร็จ ตามแผนแล้วเสร็จ 30 มิ.ย. 2566 ≤ 30 มิ.ย. 2566");
    CHECK(r1.impact.level == 3);
    CHECK(r1.score == 12);  // 4 × 3: high, at the threshold 12
    CHECK(r1.over_threshold);
}

TEST_CASE("heat map: current and target positions, bands and threshold of every cell") {
    LoadResult r = risk_workspace();
    RiskRegister reg = risk_register(r.model, r.model.plans[0], ymd(2023, 6, 30));
    const HeatMap& map = reg.map;
    // R1 is at likelihood 3 × impact 2; R2's latest assessment (2023-06-01) is 3 × 2 too:
    // both in one cell, in id order.
    const HeatCell& c32 = map.at(3, 2);
    REQUIRE(c32.current.size() == 2);
    CHECK(c32.current[0]->id.value == "R1");
    CHECK(c32.current[1]->id.value == "R2");
    CHECK(c32.score == 6);
    // Targets: R1 1 × 2, R2 1 × 1.
    REQUIRE(map.at(1, 2).target.size() == 1);
    CHECK(map.at(1, 2).target[0]->id.value == "R1");
    REQUIRE(map.at(1, 1).target.size() == 1);
    CHECK(map.at(1, 1).target[0]->id.value == "R2");
    // Nothing else is placed: 25 cells, 2 current and 2 target markers in all.
    std::size_t current = 0, target = 0;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            current += map.at(l, i).current.size();
            target += map.at(l, i).target.size();
            CHECK(map.at(l, i).score == l * i);
        }
    CHECK(current == 2);
    CHECK(target == 2);
    // Built-in bands 1–4 low, 5–9 medium, 10–16 high, 17–25 very high; threshold 12.
    CHECK(map.at(1, 4).band->name.in(Lang::en) == "low");
    CHECK(map.at(5, 1).band->name.in(Lang::en) == "medium");
    CHECK(map.at(2, 5).band->name.in(Lang::en) == "high");
    CHECK(map.at(4, 5).band->name.in(Lang::en) == "very high");
    CHECK_FALSE(map.at(2, 5).over_threshold);  // 10
    CHECK(map.at(3, 4).over_threshold);        // 12
    CHECK(map.at(4, 3).over_threshold);        // 12
    CHECK_FALSE(map.at(3, 3).over_threshold);  // 9
}

TEST_CASE("heat map: a risk with unknown levels has no current position, only its target") {
    LoadResult r = risk_workspace();
    // Before R2's first assessment (2023-01-01) its levels are unknown.
    RiskRegister reg = risk_register(r.model, r.model.plans[0], ymd(2022, 12, 31));
    const RiskResult& r2 = reg.risks[1];
    CHECK(r2.likelihood.level == 0);
    CHECK(r2.score == 0);
    CHECK(r2.band == nullptr);
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i)
            for (const Risk* x : reg.map.at(l, i).current) CHECK(x->id.value != "R2");
    REQUIRE(reg.map.at(1, 1).target.size() == 1);
    // On 2023-03-01 the 2023-01-01 assessment holds: 4 × 4 = 16, high, over 12.
    reg = risk_register(r.model, r.model.plans[0], ymd(2023, 3, 1));
    REQUIRE(reg.map.at(4, 4).current.size() == 1);
    CHECK(reg.map.at(4, 4).current[0]->id.value == "R2");
    CHECK(reg.risks[1].over_threshold);
}

TEST_CASE("heat map as Markdown: likelihood 5 on top, markers for current and target") {
    LoadResult r = risk_workspace();
    RiskRegister reg = risk_register(r.model, r.model.plans[0], ymd(2023, 6, 30));
    CHECK(heat_map_md(reg.map, Lang::en) ==
          "| Likelihood ↓ / Impact → | 1 | 2 | 3 | 4 | 5 |\n"
          "|-------------------------|:----------:|:---------------:|:------:|:------:|:------:|\n"  // md_table.cpp
          "| **5** | 5 | 10 | 15 | 20 | 25 |\n"
          "| **4** | 4 | 8 | 12 | 16 | 20 |\n"
          "| **3** | 3 | 6 ● R1 ● R2 | 9 | 12 | 15 |\n"
          "| **2** | 2 | 4 | 6 | 8 | 10 |\n"
          "| **1** | 1 ◎ R2 | 2 ◎ R1 | 3 | 4 | 5 |\n");
}

// ---- gaps ------------------------------------------------------------------------

namespace {

/// G1 planned (A01, A02), G2 planned without activity, G3 open without activity,
/// G4 closed 2023-05-10 (A02), G5 closed 2023-07-10; K1 gaps_closed ≥ 2.
/// A02 does not count; A03 counts and addresses nothing; A04 neither.
LoadResult gaps_workspace() {
    std::string gaps =
        "gaps:\n"
        "  - {id: G1, topic: SCM.1.3, text: หนึ่ง, status: planned}\n"
        "  - {id: G2, topic: SCM.2.5, text: สอง, status: planned}\n"
        "  - {id: G3, topic: SCM.2.5, text: สาม, status: open}\n"
        "  - {id: G4, topic: SCM.1.3, text: สี่, status: closed, closed: 2023-05-10}\n"
        "  - {id: G5, topic: SCM.1.1, text: ห้า, status: closed, closed: 2023-07-10}\n"
        "kpis:\n"
        "  - {id: K1, text: ปิดช่องว่าง 2 รายการ, measure: gaps_closed, op: \">=\", value: 2}\n"
        "  - {id: K2, text: ความคืบหน้า, measure: completion, op: \">=\", value: 100}\n";
    return load_sources({{"w.yaml", workspace},
                         {"p.yaml", plan_yaml(gaps)},
                         {"a1.yaml", two_steps("A01", "2023-03-15", "", "gaps: [G1]\n")},
                         {"a2.yaml", two_steps("A02", "2023-03-15", "2023-06-20", "counts: false\ngaps: [G4, G1]\n")},
                         {"a3.yaml", two_steps("A03", "", "", "")},
                         {"a4.yaml", two_steps("A04", "", "", "counts: false\n")}});
}

}  // namespace

TEST_CASE("gaps view: activities per gap and their mean completion") {
    LoadResult r = gaps_workspace();
    REQUIRE(!r.diags.has_errors());
    GapsView v = gaps_view(r.model, r.model.plans[0], ymd(2023, 6, 30));
    REQUIRE(v.gaps.size() == 5);
    // G1: A01 (1/2 = 50%) and A02 (2/2 = 100%, not counting but listed): mean 75%.
    const GapTrace& g1 = v.gaps[0];
    REQUIRE(g1.activities.size() == 2);
    CHECK(g1.activities[0].activity->id.value == "A01");
    CHECK(g1.activities[0].completion == doctest::Approx(50.0));
    CHECK(g1.activities[1].activity->id.value == "A02");
    CHECK(g1.activities[1].completion == doctest::Approx(100.0));
    REQUIRE(g1.completion);
    CHECK(*g1.completion == doctest::Approx(75.0));
    CHECK_FALSE(g1.uncovered);
    // G3 (open) and G2 (planned) have no activity: only the planned one is uncovered.
    CHECK(v.gaps[1].uncovered);
    CHECK_FALSE(v.gaps[1].completion);
    CHECK_FALSE(v.gaps[2].uncovered);
    // As of 2023-04-30 A02 is 1/2 done: G1 = (50 + 50) / 2 = 50%.
    GapsView earlier = gaps_view(r.model, r.model.plans[0], ymd(2023, 4, 30));
    CHECK(*earlier.gaps[0].completion == doctest::Approx(50.0));
}

TEST_CASE("gaps view: counting activities that address no gap") {
    LoadResult r = gaps_workspace();
    GapsView v = gaps_view(r.model, r.model.plans[0], ymd(2023, 6, 30));
    // A03 counts and lists no gap; A04 lists none either but does not count.
    REQUIRE(v.without_gap.size() == 1);
    CHECK(v.without_gap[0]->id.value == "A03");
}

TEST_CASE("gaps view: closed by the date and the gaps_closed KPI") {
    LoadResult r = gaps_workspace();
    // 2023-06-30: G4 (closed 05-10) is closed, G5 (closed 07-10) not yet: 1 of 5; K1 1 ≥ 2 fails.
    GapsView v = gaps_view(r.model, r.model.plans[0], ymd(2023, 6, 30));
    CHECK(v.total == 5);
    CHECK(v.closed == 1);
    CHECK(v.gaps[3].closed_by_as_of);
    CHECK_FALSE(v.gaps[4].closed_by_as_of);
    REQUIRE(v.kpis.size() == 1);  // only the gaps_closed KPI, not K2
    CHECK(v.kpis[0].kpi->id.value == "K1");
    CHECK(*v.kpis[0].value == 1);
    CHECK_FALSE(v.kpis[0].met);
    // 2023-07-10, the day G5 is closed: 2 ≥ 2, met.
    v = gaps_view(r.model, r.model.plans[0], ymd(2023, 7, 10));
    CHECK(v.closed == 2);
    CHECK(v.gaps[4].closed_by_as_of);
    CHECK(*v.kpis[0].value == 2);
    CHECK(v.kpis[0].met);
    // 2023-05-09, the day before G4: none.
    CHECK(gaps_view(r.model, r.model.plans[0], ymd(2023, 5, 9)).closed == 0);
}

// ---- scores ----------------------------------------------------------------------

namespace {

// The FIO plan's 2562 and 2563 baselines (listed 2563 first), with 2563's
// published typo SCM.1 = 1.0000; gaps on SCM.1.3 (open), SCM.2.5 (planned and
// closed) and SCM.1.1 (planned).
const char* const fio_baseline =
    "baseline:\n"
    "  - year: 2563\n"
    "    topics: {SCM.1.1: 1.0, SCM.1.2: 1.2, SCM.1.3: 1.0, SCM.2.1: 1.25, SCM.2.2: 1.2, SCM.2.3: 1.175,"
    " SCM.2.4: 1.6, SCM.2.5: 1.3167}\n"
    "    reported: {SCM.1: 1.0000, SCM.2: 1.3200, SCM: 1.1800}\n"
    "  - year: 2562\n"
    "    topics: {SCM.1.1: 1.0, SCM.1.2: 1.0, SCM.1.3: 1.0, SCM.2.1: 1.125, SCM.2.2: 1.0, SCM.2.3: 1.4584,"
    " SCM.2.4: 1.6, SCM.2.5: 1.2125}\n"
    "    reported: {SCM: 1.1502}\n"
    "gaps:\n"
    "  - {id: G1, topic: SCM.1.3, text: t, status: open}\n"
    "  - {id: G2, topic: SCM.2.5, text: t, status: planned}\n"
    "  - {id: G3, topic: SCM.2.5, text: t, status: closed, closed: 2023-05-10}\n"
    "  - {id: G4, topic: SCM.1.1, text: t, status: planned}\n";

LoadResult score_workspace(const std::string& baseline) {
    return load_sources({{"w.yaml", workspace}, {"p.yaml", plan_yaml(baseline)}});
}

const ScoreRow& row(const std::vector<ScoreRow>& rows, const std::string& code) {
    for (const ScoreRow& r : rows)
        if (r.code == code) return r;
    FAIL("no row " << code);
    return rows.front();
}

}  // namespace

TEST_CASE("score view: years ascending, topic scores, computed vs reported aggregates") {
    LoadResult r = score_workspace(fio_baseline);
    REQUIRE(!r.diags.has_errors());
    ScoreView v = score_view(r.model, r.model.plans[0], {});
    CHECK(v.years == std::vector<int>{2562, 2563});
    REQUIRE(v.topics.size() == 8);
    CHECK(*row(v.topics, "SCM.2.3").cells[0].value == doctest::Approx(1.4584));
    REQUIRE(v.aggregates.size() == 3);  // SCM.1, SCM.2, then SCM
    CHECK(v.aggregates[2].kind == ScoreRow::Kind::enabler);
    // 2562: SCM.1 = 0.1 + 0.2 + 0.7 = 1.0 (not reported);
    // SCM.2 = 0.225 + 0.1 + 0.29168 + 0.32 + 0.36375 = 1.30043; SCM = (1 + 1.30043) / 2 = 1.150215 → 1.1502.
    const ScoreRow& scm1 = row(v.aggregates, "SCM.1");
    const ScoreRow& scm2 = row(v.aggregates, "SCM.2");
    const ScoreRow& scm = row(v.aggregates, "SCM");
    CHECK(*scm1.cells[0].value == doctest::Approx(1.0));
    CHECK_FALSE(scm1.cells[0].reported);
    CHECK_FALSE(scm1.cells[0].mismatch);
    CHECK(*scm2.cells[0].value == doctest::Approx(1.30043));
    CHECK(format_score(*scm.cells[0].value, 4) == "1.1502");
    CHECK_FALSE(scm.cells[0].mismatch);
    // 2563: SCM.1 = 0.1 × 1 + 0.2 × 1.2 + 0.7 × 1 = 1.04, reported 1.0000: mismatch.
    // SCM.2 = 0.25 + 0.12 + 0.235 + 0.32 + 0.39501 = 1.32001 → 1.3200 = reported.
    // SCM = (1.04 + 1.32001) / 2 = 1.180005 → 1.1800 = reported.
    CHECK(*scm1.cells[1].value == doctest::Approx(1.04));
    CHECK(*scm1.cells[1].reported == doctest::Approx(1.0));
    CHECK(scm1.cells[1].mismatch);
    CHECK_FALSE(scm2.cells[1].mismatch);
    CHECK(*scm.cells[1].value == doctest::Approx(1.180005));
    CHECK_FALSE(scm.cells[1].mismatch);
}

TEST_CASE("score view: year-on-year change of the figures as shown") {
    LoadResult r = score_workspace(fio_baseline);
    ScoreView v = score_view(r.model, r.model.plans[0], {});
    // No change for the first year.
    CHECK_FALSE(row(v.topics, "SCM.1.2").cells[0].change);
    // Topics: SCM.1.2 1.0 → 1.2 = +0.2; SCM.2.3 1.4584 → 1.175 = −0.2834.
    CHECK(format_change(*row(v.topics, "SCM.1.2").cells[1].change, 4) == "+0.2000");
    CHECK(format_change(*row(v.topics, "SCM.2.3").cells[1].change, 4) == "-0.2834");
    CHECK(format_change(*row(v.topics, "SCM.2.4").cells[1].change, 4) == "0.0000");
    // Aggregates: SCM.1 1.0000 → 1.0400 = +0.0400; SCM.2 1.3004 → 1.3200 = +0.0196;
    // SCM 1.1502 → 1.1800 = +0.0298.
    CHECK(format_change(*row(v.aggregates, "SCM.1").cells[1].change, 4) == "+0.0400");
    CHECK(format_change(*row(v.aggregates, "SCM.2").cells[1].change, 4) == "+0.0196");
    CHECK(format_change(*row(v.aggregates, "SCM").cells[1].change, 4) == "+0.0298");
}

TEST_CASE("score view: the change is the difference of the rounded figures, not the rounded difference") {
    // tests/fixtures/fiscal: SCM 2565 = 1.562495 → 1.5625, 2566 = 1.955745 → 1.9557.
    // Shown: 1.9557 − 1.5625 = 0.3932; the unrounded difference 0.39325 would round to 0.3933.
    LoadResult r = score_workspace(
        "baseline:\n"
        "  - year: 2565\n"
        "    topics: {SCM.1.1: 1.5, SCM.1.2: 2.0, SCM.1.3: 1.25, SCM.2.1: 1.75, SCM.2.2: 1.5, SCM.2.3: 2.25,"
        " SCM.2.4: 1.0, SCM.2.5: 1.8333}\n"
        "  - year: 2566\n"
        "    topics: {SCM.1.1: 2.0, SCM.1.2: 2.1667, SCM.1.3: 1.9, SCM.2.1: 2.0, SCM.2.2: 1.75, SCM.2.3: 2.5,"
        " SCM.2.4: 1.2, SCM.2.5: 2.1105}\n");
    ScoreView v = score_view(r.model, r.model.plans[0], {});
    const ScoreRow& scm = row(v.aggregates, "SCM");
    CHECK(format_score(*scm.cells[0].value, 4) == "1.5625");
    CHECK(format_score(*scm.cells[1].value, 4) == "1.9557");
    CHECK(format_change(*scm.cells[1].change, 4) == "+0.3932");
    // SCM.2: 1.69999 → 1.7000, 1.94815 → 1.9482 (a half, away from zero): +0.2482.
    CHECK(format_change(*row(v.aggregates, "SCM.2").cells[1].change, 4) == "+0.2482");
}

TEST_CASE("uplift: topic weight × module weight, ranked, ties share a rank in the rules' order") {
    LoadResult r = score_workspace(fio_baseline);
    ScoreView v = score_view(r.model, r.model.plans[0], {});
    REQUIRE(v.uplift.size() == 8);
    // 0.7 × 0.5 = 0.35; 0.3 × 0.5 = 0.15; 0.2 × 0.5 = 0.1 (four topics); 0.1 × 0.5 = 0.05 (two).
    const std::vector<std::pair<std::string, int>> expected = {
        {"SCM.1.3", 1}, {"SCM.2.5", 2}, {"SCM.1.2", 3}, {"SCM.2.1", 3},
        {"SCM.2.3", 3}, {"SCM.2.4", 3}, {"SCM.1.1", 7}, {"SCM.2.2", 7}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(v.uplift[i].topic->code.value == expected[i].first);
        CHECK(v.uplift[i].rank == expected[i].second);
    }
    CHECK(v.uplift[0].uplift == doctest::Approx(0.35));
    CHECK(v.uplift[1].uplift == doctest::Approx(0.15));
    CHECK(v.uplift[7].uplift == doctest::Approx(0.05));
    // The latest year's score (2563) and the gaps not closed on the topic.
    CHECK(*v.uplift[0].latest == doctest::Approx(1.0));
    REQUIRE(v.uplift[0].gaps.size() == 1);
    CHECK(v.uplift[0].gaps[0]->id.value == "G1");  // open
    REQUIRE(v.uplift[1].gaps.size() == 1);
    CHECK(v.uplift[1].gaps[0]->id.value == "G2");  // planned; G3 is closed
    CHECK(v.uplift[2].gaps.empty());
    CHECK(v.uplift[6].gaps.size() == 1);  // SCM.1.1: G4
}

TEST_CASE("what-if: replaced topic scores of the latest year, and the change they make") {
    LoadResult r = score_workspace(fio_baseline);
    ScoreView v = score_view(r.model, r.model.plans[0], {{"SCM.1.3", 2.0}, {"NOPE.1", 3.0}});
    CHECK(v.what_if_requested);
    REQUIRE(v.what_if);
    const WhatIf& w = *v.what_if;
    CHECK(w.year == 2563);
    // The unknown topic is ignored; SCM.1.3 goes from 1.0 to 2.0.
    REQUIRE(w.applied.size() == 1);
    CHECK(w.applied[0].topic == "SCM.1.3");
    CHECK(*w.applied[0].from == doctest::Approx(1.0));
    CHECK(w.applied[0].to == 2.0);
    REQUIRE(w.rows.size() == 3);
    // SCM.1: 0.1 + 0.24 + 0.7 × 2 = 1.74 (was 1.04): +0.7000.
    CHECK(w.rows[0].code == "SCM.1");
    CHECK(*w.rows[0].what_if == doctest::Approx(1.74));
    CHECK(format_change(*w.rows[0].change, 4) == "+0.7000");
    // SCM.2 unchanged.
    CHECK(format_change(*w.rows[1].change, 4) == "0.0000");
    // SCM: (1.74 + 1.32001) / 2 = 1.530005 → 1.5300, was 1.1800: +0.3500 = uplift 0.35 × 1 level.
    CHECK(w.rows[2].kind == ScoreRow::Kind::enabler);
    CHECK(format_score(*w.rows[2].what_if, 4) == "1.5300");
    CHECK(format_change(*w.rows[2].change, 4) == "+0.3500");
    // The baseline itself is untouched.
    CHECK(*row(v.topics, "SCM.1.3").cells[1].value == doctest::Approx(1.0));
}

TEST_CASE("what-if: a topic missing from the latest year is added") {
    // 2563 lacks SCM.2.2: SCM.2 and SCM cannot be computed now; with SCM.2.2 = 1.2 they can.
    LoadResult r = score_workspace(
        "baseline:\n"
        "  - year: 2563\n"
        "    topics: {SCM.1.1: 1.0, SCM.1.2: 1.2, SCM.1.3: 1.0, SCM.2.1: 1.25, SCM.2.3: 1.175,"
        " SCM.2.4: 1.6, SCM.2.5: 1.3167}\n");
    ScoreView v = score_view(r.model, r.model.plans[0], {{"SCM.2.2", 1.2}});
    REQUIRE(v.what_if);
    CHECK_FALSE(v.what_if->applied[0].from);
    const WhatIfRow& scm2 = v.what_if->rows[1];
    CHECK_FALSE(scm2.current);
    CHECK(*scm2.what_if == doctest::Approx(1.32001));
    CHECK_FALSE(scm2.change);
    CHECK(format_score(*v.what_if->rows[2].what_if, 4) == "1.1800");
}

TEST_CASE("what-if and scores without a baseline") {
    LoadResult r = score_workspace("");
    ScoreView v = score_view(r.model, r.model.plans[0], {{"SCM.1.3", 2.0}});
    CHECK(v.years.empty());
    CHECK(v.what_if_requested);
    CHECK_FALSE(v.what_if);
    REQUIRE(v.uplift.size() == 8);
    CHECK_FALSE(v.uplift[0].latest);
    CHECK_FALSE(score_view(r.model, r.model.plans[0], {}).what_if_requested);
}

TEST_CASE("score and change formatting") {
    CHECK(format_score(1.150215, 4) == "1.1502");
    CHECK(format_score(1.94815, 4) == "1.9482");  // a half, away from zero
    CHECK(format_score(-0.00001, 4) == "0.0000");
    CHECK(format_change(0.11040000000000005, 4) == "+0.1104");
    CHECK(format_change(-0.2834, 4) == "-0.2834");
    CHECK(format_change(0.00001, 4) == "0.0000");
}

// Cross-file validation: every rule of docs/format.md has a case here.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace scmplan;
using test::activity_yaml;
using test::check_sources;
using test::plan_yaml;

namespace {

const char* const workspace = "scmplan: 1\nkind: workspace\nunits: {ส.ตต.: สำนักธุรกิจการตลาด, ออป.ภาค: ภาค}\n";
// Holidays in every year a report of p1 (2566, calendar) falls due: no W121/W122.
const char* const holidays_2023_2024 = "scmplan: 1\nkind: workspace\nholidays: [2023-04-06, 2024-01-01]\n";

std::string risk_yaml(const std::string& body) {
    return "scmplan: 1\nkind: risk\nplan: p1\nid: R1\ntitle: ความเสี่ยง\n" + body;
}

std::string scale(const std::string& metric_for_1) {
    return "  scale:\n"
           "    - {level: 1, when: {metric: " + metric_for_1 + ", op: \">=\", value: 100}}\n"
           "    - {level: 2, when: {metric: completion, op: \">=\", value: 90}}\n"
           "    - {level: 3, when: {metric: completion, op: \">=\", value: 80}}\n"
           "    - {level: 4, when: {metric: completion, op: \">=\", value: 50}}\n"
           "    - {level: 5}\n";
}

}  // namespace

TEST_CASE("a consistent workspace has no findings") {
    CHECK(check_sources({{"w.yaml", workspace}, {"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}}) == "");
}

TEST_CASE("references: plan, gap, enabler, activity in a condition") {
    std::string act = activity_yaml();
    act.replace(act.find("plan: p1"), 8, "plan: p2");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", act}}) ==
          "a.yaml:3:7: E021 activity A01 names unknown plan 'p2' [did you mean 'p1'?]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml("gaps:\n  - {id: G01, text: t, status: open}\n")},
                         {"a.yaml", activity_yaml("A01", "gaps: [G01, G02]\n")}}) ==
          "a.yaml:11:13: E021 activity A01 addresses unknown gap 'G02' [did you mean 'G01'?]\n");
    std::string plan = plan_yaml();
    plan.replace(plan.find("enabler: SCM"), 12, "enabler: SMC");
    CHECK(check_sources({{"p.yaml", plan}}).find("p.yaml:6:10: E021 unknown enabler 'SMC'") == 0);
    std::string risk = risk_yaml("likelihood:\n" + scale("activity.A09.completion"));
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}, {"r.yaml", risk}}) ==
          "r.yaml:8:24: E021 condition names unknown activity 'A09' of plan p1 [did you mean 'A01'?]\n");
}

TEST_CASE("no follow-on errors: a plan file that cannot be read does not make its activities dangle") {
    std::string broken = plan_yaml() + "title: [unclosed\n";
    std::string errors = check_sources({{"p.yaml", broken}, {"a.yaml", activity_yaml()}});
    CHECK(errors.find("E003") != std::string::npos);
    CHECK(errors.find("E021") == std::string::npos);
    // The same activity with no plan file at all does dangle.
    CHECK(check_sources({{"a.yaml", activity_yaml()}}).find("E021 activity A01 names unknown plan 'p1'") !=
          std::string::npos);
}

TEST_CASE("duplicate ids: plans, activities, gaps, KPIs, risks") {
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"q.yaml", plan_yaml()}}).find("q.yaml:3:5: E020 duplicate plan id 'p1'") == 0);
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}, {"b.yaml", activity_yaml()}}) ==
          "b.yaml:4:5: E020 duplicate activity id 'A01' [first defined at a.yaml:4:5]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml("gaps:\n  - {id: G1, text: a, status: open}\n  - {id: G1, text: b, status: open}\n")}})
              .find("p.yaml:19:10: E020 duplicate gap id 'G1'") == 0);
}

TEST_CASE("units: an owner outside the registry is a warning with a hint") {
    std::string act = activity_yaml();
    act.replace(act.find("owners: [ส.ตต.]"), std::string("owners: [ส.ตต.]").size(), "owners: [ส.ธต.]");
    CHECK(check_sources({{"w.yaml", workspace}, {"p.yaml", plan_yaml()}, {"a.yaml", act}}) ==
          "a.yaml:6:10: W103 owner 'ส.ธต.' is not in the workspace's units [did you mean 'ส.ตต.'?]\n");
    // Without a registry nothing is checked.
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", act}}) == "");
}

TEST_CASE("periods and steps") {
    std::string act = activity_yaml("A01", "");
    act.replace(act.find("31 ธ.ค. 66"), std::string("31 ธ.ค. 66").size(), "15 ม.ค. 67");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", act}}).find("a.yaml:7:17: W104 activity A01 runs 2023-01-01 – 2024-01-15, outside the plan's period") == 0);
    std::string dup = activity_yaml("A01", "");
    dup.replace(dup.find("id: \"2\""), 7, "id: \"1\"");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", dup}}) ==
          "a.yaml:10:10: W106 activity A01 has two steps numbered '1' (first at line 9) [renumber one of them]\n");
    std::string backwards = activity_yaml();
    backwards.replace(backwards.find("31 ธ.ค. 66"), std::string("31 ธ.ค. 66").size(), "1 ม.ค. 65");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", backwards}}).find("E015 activity A01 ends (2022-01-01) before it starts (2023-01-01)") != std::string::npos);
    CHECK(check_sources({{"w.yaml", holidays_2023_2024}, {"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}},
                        Date::from_ymd(2023, 3, 1)) ==
          "a.yaml:9:56: W108 step 1 of A01 is marked done on 2023-03-15, after the as-of date 2023-03-01\n");
}

TEST_CASE("gaps: closed needs a date; a date needs closed") {
    CHECK(check_sources({{"p.yaml", plan_yaml("gaps:\n  - {id: G1, text: a, status: closed}\n")}}) ==
          "p.yaml:18:31: E014 gap G1 is closed but has no 'closed' date [add closed: YYYY-MM-DD]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml("gaps:\n  - {id: G1, text: a, status: planned, closed: 2023-05-01}\n")}})
              .find("E015 gap G1 has a 'closed' date but its status is planned") != std::string::npos);
}

TEST_CASE("baseline: aggregate mismatch is a warning naming both figures") {
    std::string base =
        "baseline:\n"
        "  - year: 2563\n"
        "    topics: {SCM.1.1: 1.0000, SCM.1.2: 1.2000, SCM.1.3: 1.0000, SCM.2.1: 1.2500, SCM.2.2: 1.2000,\n"
        "             SCM.2.3: 1.1750, SCM.2.4: 1.6000, SCM.2.5: 1.3167}\n"
        "    reported: {SCM.1: 1.0000, SCM.2: 1.3200, SCM: 1.1800}\n";
    CHECK(check_sources({{"p.yaml", plan_yaml(base)}}) ==
          "p.yaml:21:23: W101 reported SCM.1 score for 2563 is 1.0000, but its parts give 1.0400 "
          "[one of the published figures is wrong: check the source table]\n");
    std::string unknown = "baseline:\n  - year: 2564\n    topics: {SCM.1.9: 1.0}\n";
    CHECK(check_sources({{"p.yaml", plan_yaml(unknown)}}).find("p.yaml:19:14: E021 topic 'SCM.1.9' is not a code of enabler SCM") == 0);
    std::string range = "baseline:\n  - year: 2564\n    topics: {SCM.1.1: 7}\n";
    CHECK(check_sources({{"p.yaml", plan_yaml(range)}}).find("E015 score 7 is outside 0–5") != std::string::npos);
}

TEST_CASE("rules: weights, codes, bands") {
    std::string rules = std::string(builtin_rules_yaml());
    rules.replace(rules.find("{code: SCM.2.5, weight: 0.3"), 27, "{code: SCM.2.5, weight: 0.4");
    rules.replace(rules.find("{min: 5, max: 9"), 15, "{min: 6, max: 9");
    rules.replace(rules.find("code: SCM.2\n"), 12, "code: SCM.3\n");
    std::string out = check_sources({{"r.yaml", rules}});
    CHECK(out.find("E030 weights under SCM.3 sum to 1.1, not 1") != std::string::npos);
    CHECK(out.find("E032 risk bands leave out score 5") != std::string::npos);
    CHECK(out.find("E031 topic code 'SCM.2.1' must start with 'SCM.3.'") != std::string::npos);
}

TEST_CASE("risk: levels 1 to 5, threshold needs mitigation and monitoring") {
    std::string out = check_sources({{"p.yaml", plan_yaml()},
                                     {"r.yaml", risk_yaml("assessments:\n  - {as_of: 2023-01-01, likelihood: 3, impact: 6}\n")}});
    CHECK(out.find("E017 impact must be a level from 1 to 5, not 6") != std::string::npos);
    CHECK(out.find("E040 risk R1 scores 18 (threshold 12) but has no mitigation and no monitoring") != std::string::npos);
    CHECK(check_sources({{"p.yaml", plan_yaml()},
                         {"r.yaml", risk_yaml("mitigation: [ทำ]\nassessments:\n  - {as_of: 2023-01-01, likelihood: 3, impact: 4}\n")}})
              .find("E040 risk R1 scores 12 (threshold 12) but has no monitoring") != std::string::npos);
    CHECK(check_sources({{"p.yaml", plan_yaml()},
                         {"r.yaml", risk_yaml("assessments:\n  - {as_of: 2023-01-01, likelihood: 2, impact: 5}\n")}}) == "");
    std::string four = "impact:\n  scale:\n    - {level: 1}\n    - {level: 2}\n    - {level: 2}\n";
    std::string res = check_sources({{"p.yaml", plan_yaml()}, {"r.yaml", risk_yaml(four + "assessments: [{as_of: 2023-01-01, likelihood: 1, impact: 1}]\n")}});
    CHECK(res.find("E017 impact level 2 appears twice") != std::string::npos);
    CHECK(res.find("E017 impact scale has 3 levels; it must have exactly levels 1 to 5") != std::string::npos);
}

TEST_CASE("risk: a scale with some conditions but not all is not derivable (warning)") {
    std::string s = "likelihood:\n  scale:\n"
                    "    - {level: 1, when: {metric: completion, op: \">=\", value: 100}}\n"
                    "    - {level: 2}\n    - {level: 3}\n    - {level: 4}\n    - {level: 5}\n"
                    "assessments: [{as_of: 2023-01-01, likelihood: 1, impact: 1}]\n";
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"r.yaml", risk_yaml(s)}}).find("W112 likelihood scale is not derivable") != std::string::npos);
}

// ---- dated checks (src/check/check_dated.cpp) ------------------------------------

TEST_CASE("W120: a counting activity without a report for an ended quarter past its due date") {
    // p1 is calendar 2566: Q1 ends 2023-03-31; with 6 Apr a holiday its report is
    // due on the 7th working day after, Wed 2023-04-12 (3, 4, 5, 7, 10, 11, 12 Apr).
    const std::vector<Source> base = {{"w.yaml", holidays_2023_2024}, {"p.yaml", plan_yaml()}};
    auto with = [&](const std::string& act) {
        auto s = base;
        s.push_back({"a.yaml", act});
        return s;
    };
    // On the due date itself it is not overdue yet; the day after it is.
    CHECK(check_sources(with(activity_yaml()), Date::from_ymd(2023, 4, 12)) == "");
    CHECK(check_sources(with(activity_yaml()), Date::from_ymd(2023, 4, 13)) ==
          "a.yaml:4:5: W120 activity A01 has no report for quarter 1, due 2023-04-12: overdue as of 2023-04-13 "
          "[add an entry to its 'reports' with 'quarter: 1']\n");
    // A report for quarter 1 (even without an actual) is enough.
    CHECK(check_sources(with(activity_yaml("A01", "reports:\n  - {quarter: 1}\n")), Date::from_ymd(2023, 4, 13)) == "");
    // Not counting (an approval): not expected to report.
    CHECK(check_sources(with(activity_yaml("A01", "counts: false\n")), Date::from_ymd(2023, 4, 13)) == "");
    // An activity that starts in quarter 2 owes no quarter-1 report.
    std::string later = activity_yaml();
    later.replace(later.find("1 ม.ค. 66"), std::string("1 ม.ค. 66").size(), "1 เม.ย. 66");
    later.replace(later.find("due: 2023-03-31, done: 2023-03-15"), 33, "due: 2023-04-30");
    CHECK(check_sources(with(later), Date::from_ymd(2023, 4, 13)) == "");
    // Without a date there is nothing overdue.
    CHECK(check_sources(with(activity_yaml())) == "");
}

TEST_CASE("W121: a year with a report due but no holiday listed") {
    // Without 1 Jan 2024 listed, the Q4 report's due date counts it: Tue 2024-01-09.
    const std::string only_2023 = "scmplan: 1\nkind: workspace\nholidays: [2023-04-06]\n";
    CHECK(check_sources({{"w.yaml", only_2023}, {"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}},
                        Date::from_ymd(2023, 3, 20)) ==
          "w.yaml:3:11: W121 no holiday of 2024 is listed, but the report on quarter 4 of p1 falls due then "
          "(2024-01-09): due dates in 2024 ignore public holidays [copy the cabinet's announcement of public "
          "holidays (ประกาศวันหยุดราชการประจำปี) into 'holidays' of scmplan.yaml]\n");
    CHECK(check_sources({{"w.yaml", holidays_2023_2024}, {"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}},
                        Date::from_ymd(2023, 3, 20)) == "");
}

TEST_CASE("W122: no holidays at all, or no workspace file") {
    const std::string hint =
        "copy the cabinet's announcement of public holidays (ประกาศวันหยุดราชการประจำปี) into 'holidays' of scmplan.yaml";
    CHECK(check_sources({{"w.yaml", "scmplan: 1\nkind: workspace\nholidays: []\n"}, {"p.yaml", plan_yaml()}},
                        Date::from_ymd(2023, 2, 1)) ==
          "w.yaml:3:11: W122 the workspace's 'holidays' is empty: report due dates ignore public holidays [" + hint +
              "]\n");
    CHECK(check_sources({{"w.yaml", "scmplan: 1\nkind: workspace\n"}, {"p.yaml", plan_yaml()}},
                        Date::from_ymd(2023, 2, 1)) ==
          "w.yaml:1:1: W122 the workspace lists no 'holidays': report due dates ignore public holidays [" + hint +
              "]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml()}}, Date::from_ymd(2023, 2, 1)) ==
          ":0:0: W122 no workspace file (scmplan.yaml): report due dates ignore public holidays [run scmplan inside "
          "the workspace or name its folder; there, " + hint + "]\n");
    // Undated: not checked.
    CHECK(check_sources({{"p.yaml", plan_yaml()}}) == "");
}

TEST_CASE("E040 at a date uses projected completion dates: on schedule is not over the threshold") {
    // Likelihood by when A01 (steps due 03-31 and 06-30) is finished: ≤ 06-30 → 1,
    // else 5; impact assessed 3. No mitigation and no monitoring.
    const std::string risk = risk_yaml(
        "likelihood:\n  scale:\n"
        "    - {level: 1, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-06-30}}\n"
        "    - {level: 2, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-06-30}}\n"
        "    - {level: 3, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-06-30}}\n"
        "    - {level: 4, when: {metric: activity.A01.completed_on, op: \"<=\", value: 2023-06-30}}\n"
        "    - {level: 5}\n"
        "assessments:\n  - {as_of: 2023-01-01, likelihood: 1, impact: 3}\n");
    auto at = [&](Date d) {
        return check_sources({{"w.yaml", holidays_2023_2024}, {"p.yaml", plan_yaml()},
                              {"a.yaml", activity_yaml("A01", "reports:\n  - {quarter: 1}\n  - {quarter: 2}\n")},
                              {"r.yaml", risk}},
                             d);
    };
    // 2023-04-13: A01 is not done (step 2 open) but planned to finish 06-30: projected
    // 06-30 ≤ 06-30, likelihood 1, score 3: no E040 (without projection: 5 × 3 = 15).
    CHECK(at(Date::from_ymd(2023, 4, 13)) == "");
    // 2023-07-01: past its planned finish and still not done: projected 07-01, level 5,
    // score 15 ≥ 12 without mitigation: E040.
    CHECK(at(Date::from_ymd(2023, 7, 1)).find("E040 risk R1 scores 15 (threshold 12) but has no mitigation and no monitoring") !=
          std::string::npos);
}

TEST_CASE("metrics: behind, activities_done_pct and the activity ones load; a misspelt one is E015") {
    for (const char* m : {"behind", "activities_done_pct", "activity.A01.behind", "activity.A01.days_late"}) {
        CAPTURE(m);
        CHECK(check_sources({{"w.yaml", workspace}, {"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()},
                             {"r.yaml", risk_yaml("likelihood:\n" + scale(m) +
                                                  "assessments:\n  - {as_of: 2023-01-01, likelihood: 1, impact: 1}\n")}}) ==
              "");
    }
    std::string out = check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()},
                                     {"r.yaml", risk_yaml("likelihood:\n" + scale("activity.A01.late"))}});
    CHECK(out.find("E015 unknown metric 'activity.A01.late'") != std::string::npos);
    // An activity metric names an activity of the plan.
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()},
                         {"r.yaml", risk_yaml("likelihood:\n" + scale("activity.A07.days_late"))}})
              .find("E021 condition names unknown activity 'A07' of plan p1") != std::string::npos);
}

TEST_CASE("groups: an activity's group the plan's groups do not name is W130; without groups, no finding") {
    const std::string named = "groups:\n  customer: ด้านลูกค้าและตลาด\n  stakeholder: ด้านผู้มีส่วนได้ส่วนเสีย\n";
    // Named, or in no group: nothing.
    CHECK(check_sources({{"p.yaml", plan_yaml(named)}, {"a.yaml", activity_yaml("A01", "group: customer\n")},
                         {"b.yaml", activity_yaml("A02")}}) == "");
    // A plan without groups names none, and wants none named.
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml("A01", "group: customer\n")}}) == "");
    // A typo: at the activity's group, with the name it is near.
    CHECK(check_sources({{"p.yaml", plan_yaml(named)}, {"a.yaml", activity_yaml("A01", "group: custmer\n")}}) ==
          "a.yaml:11:8: W130 activity A01 is in group 'custmer', which plan p1 does not name in its 'groups' "
          "[did you mean 'customer'?]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml(named)}, {"a.yaml", activity_yaml("A01", "group: approval\n")}}) ==
          "a.yaml:11:8: W130 activity A01 is in group 'approval', which plan p1 does not name in its 'groups' "
          "[name it in the plan's 'groups': the pictures show its id until then]\n");
    // groups must be a mapping.
    CHECK(check_sources({{"p.yaml", plan_yaml("groups: [customer]\n")}}).find("p.yaml:17:9: E013 plan 'groups' must be a mapping of group id: name") == 0);
}

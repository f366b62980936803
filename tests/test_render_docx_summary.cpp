// The Word report's risk levels in words (src/render/docx_summary.cpp,
// level_in_words): one sentence per kind of metric, in both languages, each
// with the metric's own subject and unit. Expected texts written by hand.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/render_docx.hpp"

using namespace scmplan;

namespace {

const Date as_of = Date::from_ymd(2023, 6, 30);

Condition condition(Metric::Kind kind, CompareOp op, std::variant<double, Date> value) {
    Metric m{kind, {}};
    if (m.of_activity()) m.activity = "A01";
    return Condition{m, op, value, {}};
}

/// A level decided by `c` (held, or fallback when it did not hold), measured `x`.
LevelDecision decided(const Condition& c, int level, bool held, std::optional<double> x) {
    LevelDecision d;
    d.basis = held ? LevelDecision::Basis::held : LevelDecision::Basis::fallback;
    d.level = level;
    d.derived = true;
    d.condition = &c;
    d.measured = x;
    return d;
}

const Scale no_texts;  // the levels' names are then "Level N" / "ระดับ N" alone

}  // namespace

TEST_CASE("an activity's behind metric is worded in points, of the activity") {
    Condition c = condition(Metric::Kind::activity_behind, CompareOp::ge, 10.0);
    LevelDecision d = decided(c, 4, true, 15.0);
    CHECK(level_in_words(d, no_texts, as_of, Lang::en) ==
          "Level 4: activity A01 is 15.0 points behind plan, which is at least 10 points.");
    CHECK(level_in_words(d, no_texts, as_of, Lang::th) ==
          "ระดับ 4 เพราะผลการดำเนินงานของกิจกรรม A01 ล่าช้ากว่าแผน 15.0 จุด ซึ่งไม่น้อยกว่า 10 จุด");
}

TEST_CASE("the plan's behind metric is worded in points, of the plan") {
    Condition c = condition(Metric::Kind::behind, CompareOp::lt, 10.0);
    LevelDecision d = decided(c, 3, true, 5.5);
    CHECK(level_in_words(d, no_texts, as_of, Lang::en) ==
          "Level 3: the plan as a whole is 5.5 points behind plan, which is below 10 points.");
    CHECK(level_in_words(d, no_texts, as_of, Lang::th) ==
          "ระดับ 3 เพราะผลการดำเนินงานของแผนทั้งแผน ล่าช้ากว่าแผน 5.5 จุด ซึ่งน้อยกว่า 10 จุด");
}

TEST_CASE("days late are worded in whole days, of the activity; a fallback states the opposite comparison") {
    Condition c = condition(Metric::Kind::activity_days_late, CompareOp::le, 7.0);
    LevelDecision d = decided(c, 5, false, 12.0);
    CHECK(level_in_words(d, no_texts, as_of, Lang::en) ==
          "Level 5: no lower level's condition holds; activity A01 is 12 days past its end, which is above 7 days.");
    CHECK(level_in_words(d, no_texts, as_of, Lang::th) ==
          "ระดับ 5 เพราะไม่เข้าเงื่อนไขของระดับที่ต่ำกว่า: กิจกรรม A01 เลยกำหนดสิ้นสุด 12 วัน ซึ่งมากกว่า 7 วัน");
}

TEST_CASE("the share of activities done is worded as a share, in percent") {
    Condition c = condition(Metric::Kind::activities_done_pct, CompareOp::ge, 50.0);
    LevelDecision d = decided(c, 1, true, 200.0 / 3);
    CHECK(level_in_words(d, no_texts, as_of, Lang::en) ==
          "Level 1: the share of counted activities done is 66.7%, which is at least 50%.");
    CHECK(level_in_words(d, no_texts, as_of, Lang::th) ==
          "ระดับ 1 เพราะกิจกรรมที่นับรวมในตัวชี้วัดแล้วเสร็จคิดเป็น 66.7% ซึ่งไม่น้อยกว่า 50%");
}

TEST_CASE("completions are worded as complete, in percent, of the plan or the activity") {
    Condition plan = condition(Metric::Kind::completion, CompareOp::le, 40.0);
    LevelDecision d = decided(plan, 2, true, 100.0 / 3);
    CHECK(level_in_words(d, no_texts, as_of, Lang::en) ==
          "Level 2: the plan as a whole is 33.3% complete, which is at most 40%.");
    CHECK(level_in_words(d, no_texts, as_of, Lang::th) ==
          "ระดับ 2 เพราะความคืบหน้าของแผนทั้งแผน อยู่ที่ 33.3% ซึ่งไม่เกิน 40%");

    Condition activity = condition(Metric::Kind::activity_completion, CompareOp::ge, 80.0);
    LevelDecision e = decided(activity, 5, false, 50.0);
    CHECK(level_in_words(e, no_texts, as_of, Lang::en) ==
          "Level 5: no lower level's condition holds; activity A01 is 50.0% complete, which is below 80%.");
}

TEST_CASE("a completed_on metric is worded as a date, with the level's label and text") {
    Scale s;
    ScaleLevel l;
    l.level.value = 1;
    l.label = "น้อยมาก";
    l.text = "แล้วเสร็จตามกำหนด";
    s.levels.push_back(l);
    Condition c = condition(Metric::Kind::activity_completed_on, CompareOp::le, Date::from_ymd(2023, 4, 30));
    LevelDecision d = decided(c, 1, true, std::nullopt);
    d.measured_on = Date::from_ymd(2023, 4, 24);
    CHECK(level_in_words(d, s, as_of, Lang::en) ==
          "Level 1 (น้อยมาก), “แล้วเสร็จตามกำหนด”: activity A01 was completed on 2023-04-24, which is on or before 2023-04-30.");
    CHECK(level_in_words(d, s, as_of, Lang::th) ==
          "ระดับ 1 (น้อยมาก) คือ “แล้วเสร็จตามกำหนด” เพราะกิจกรรม A01 แล้วเสร็จเมื่อ 24 เม.ย. 2566 ซึ่งไม่ช้ากว่า 30 เม.ย. 2566");
}

TEST_CASE("a projected completion date is worded as expected, never as done") {
    // As of 31 Mar 2023 A01 is not done; its date is projected to its planned
    // finish, 30 Apr: the sentence must not say it was completed then.
    Condition c = condition(Metric::Kind::activity_completed_on, CompareOp::le, Date::from_ymd(2023, 4, 30));
    LevelDecision d = decided(c, 2, true, std::nullopt);
    d.measured_on = Date::from_ymd(2023, 4, 30);
    d.projected = true;
    d.planned_finish = Date::from_ymd(2023, 4, 30);
    const Date q1_end = Date::from_ymd(2023, 3, 31);
    CHECK(level_in_words(d, no_texts, q1_end, Lang::th) ==
          "ระดับ 2 เพราะกิจกรรม A01 ยังไม่แล้วเสร็จ คาดว่าจะแล้วเสร็จ 30 เม.ย. 2566 ซึ่งไม่ช้ากว่า 30 เม.ย. 2566");
    CHECK(level_in_words(d, no_texts, q1_end, Lang::en) ==
          "Level 2: activity A01 is not completed yet and is expected to be completed on 2023-04-30, which is on or "
          "before 2023-04-30.");
}

// The importer's readings of the labelled lines `scmplan plan` prints
// (src/load/plan_import_layout.cpp): criteria, conditions, step extras,
// an activity's labelled lines, gap items, the year and quarters line.
#include <doctest/doctest.h>

#include "../src/load/plan_import_layout.hpp"  // private to the load layer: tested directly

using namespace scmplan::import_layout;

TEST_CASE("row ids: capital letters then digits") {
    CHECK(is_row_id("A01"));
    CHECK(is_row_id("G10"));
    CHECK(is_row_id("K1"));
    CHECK(is_row_id("R2"));
    CHECK_FALSE(is_row_id("1"));
    CHECK_FALSE(is_row_id("A"));
    CHECK_FALSE(is_row_id("A01 x"));
    CHECK_FALSE(is_row_id("a01"));
    CHECK_FALSE(is_row_id("ABCD1"));
}

TEST_CASE("criteria: op, the number as written, the unit") {
    auto c = read_criterion("≥ 100%");
    REQUIRE(c);
    CHECK(c->op == ">=");
    CHECK(c->value == "100");
    CHECK(c->unit == "%");
    c = read_criterion("≤ 4 กิจกรรม");
    REQUIRE(c);
    CHECK(c->op == "<=");
    CHECK(c->value == "4");
    CHECK(c->unit == "กิจกรรม");
    c = read_criterion("= 2.5");
    REQUIRE(c);
    CHECK(c->op == "=");
    CHECK(c->unit.empty());
    CHECK_FALSE(read_criterion("ร้อยละ 100"));
    CHECK_FALSE(read_criterion("≥ มาก"));
}

TEST_CASE("KPI criteria: the measure by its words") {
    auto k = read_kpi_criterion("กิจกรรมที่แล้วเสร็จ ≥ 8");
    REQUIRE(k);
    CHECK(k->measure == "activities_done");
    CHECK(k->criterion.value == "8");
    k = read_kpi_criterion("ความคืบหน้าของแผน ≥ 100%");
    REQUIRE(k);
    CHECK(k->measure == "completion");
    k = read_kpi_criterion("ช่องว่าง (GAP) ที่ปิดได้ ≥ 2");
    REQUIRE(k);
    CHECK(k->measure == "gaps_closed");
    k = read_kpi_criterion("steps done on time > 80%");
    REQUIRE(k);
    CHECK(k->measure == "on_time");
    CHECK(k->criterion.op == ">");
    CHECK_FALSE(read_kpi_criterion("จำนวนลูกค้า ≥ 8"));
}

TEST_CASE("a level's condition: metric, op, a number or a date as ISO") {
    auto c = read_condition("เงื่อนไข : completion ≥ 90");
    REQUIRE(c);
    CHECK(c->metric == "completion");
    CHECK(c->op == ">=");
    CHECK(c->value == "90");
    c = read_condition("เงื่อนไข : activity.A01.completed_on ≤ 31 มี.ค. 2566");
    REQUIRE(c);
    CHECK(c->metric == "activity.A01.completed_on");
    CHECK(c->op == "<=");
    CHECK(c->value == "2023-03-31");
    c = read_condition("Condition: behind > 10");
    REQUIRE(c);
    CHECK(c->op == ">");
    CHECK_FALSE(read_condition("เงื่อนไข : completion มาก"));
    CHECK_FALSE(read_condition("จัดทำแผนปฏิบัติการฯ แล้วเสร็จ"));
}

TEST_CASE("the date of an assessed level") {
    CHECK(assessed_on("2 X 5 (คะแนน 10 สูง, ประเมิน ณ 1 ม.ค. 2566)") == "1 ม.ค. 2566");
    CHECK(assessed_on("2 X 5 (score 10 high, assessed on 2023-01-01)") == "2023-01-01");
    CHECK(assessed_on("2 X 5").empty());
    CHECK(assessed_on("2 X 5 (ประเมิน ณ วันหนึ่ง)").empty());
}

TEST_CASE("a step's due date and weight after its title") {
    auto x = read_step_extras("จัดทำแผน (ฉบับร่าง) (กำหนดเสร็จ 31 มี.ค. 2566, น้ำหนัก 2)");
    CHECK(x.title == "จัดทำแผน (ฉบับร่าง)");
    CHECK(x.due == "31 มี.ค. 2566");
    CHECK(x.weight == "2");
    x = read_step_extras("สรุปผล (น้ำหนัก 0.5)");
    CHECK(x.title == "สรุปผล");
    CHECK(x.due.empty());
    CHECK(x.weight == "0.5");
    // a parenthesis that is part of the title stays
    x = read_step_extras("จัดทำฐานข้อมูล (ฐานข้อมูลผู้มีส่วนได้ส่วนเสีย)");
    CHECK(x.title == "จัดทำฐานข้อมูล (ฐานข้อมูลผู้มีส่วนได้ส่วนเสีย)");
    CHECK(x.due.empty());
    x = read_step_extras("ส่งรายงาน (กำหนดเสร็จ เร็ว ๆ นี้)");
    CHECK(x.title == "ส่งรายงาน (กำหนดเสร็จ เร็ว ๆ นี้)");
    CHECK(x.due.empty());
}

TEST_CASE("an activity's labelled lines") {
    auto l = read_activity_line("กลุ่มกิจกรรม : stakeholder");
    REQUIRE(l);
    CHECK(l->kind == ActivityLine::Kind::group);
    CHECK(l->value == "stakeholder");
    l = read_activity_line("ปิดช่องว่าง (GAP) : G03, G04");
    REQUIRE(l);
    CHECK(l->kind == ActivityLine::Kind::gaps);
    CHECK(l->ids == std::vector<std::string>{"G03", "G04"});
    l = read_activity_line("ไม่นับรวมในความคืบหน้าของแผนและตัวชี้วัด");
    REQUIRE(l);
    CHECK(l->kind == ActivityLine::Kind::not_counted);
    l = read_activity_line("รายละเอียด : ทบทวนแผน: ระยะยาว");
    REQUIRE(l);
    CHECK(l->kind == ActivityLine::Kind::description);
    CHECK(l->value == "ทบทวนแผน: ระยะยาว");
    CHECK_FALSE(read_activity_line("กลุ่มลูกค้า 3 กลุ่ม"));
    CHECK_FALSE(read_activity_line("1) จัดทำแผน"));
}

TEST_CASE("gap items: the id, a topic of the rules, the text") {
    std::vector<std::string> topics{"SCM.1.1", "SCM.1.2"};
    auto g = read_gap_item("G01 (SCM.1.1) ควร มีแผนยุทธศาสตร์", topics);
    REQUIRE(g);
    CHECK(g->id == "G01");
    CHECK(g->topic == "SCM.1.1");
    CHECK(g->text == "ควร มีแผนยุทธศาสตร์");
    // a parenthesis that is not a topic stays in the text
    g = read_gap_item("G02 (ด่วน) ควรมีแผน", topics);
    REQUIRE(g);
    CHECK(g->topic.empty());
    CHECK(g->text == "(ด่วน) ควรมีแผน");
    CHECK_FALSE(read_gap_item("ควร มีแผนยุทธศาสตร์ระยะยาว", topics));
}

TEST_CASE("the plan's year and quarters") {
    auto y = read_year_quarters("แผนประจำปี 2566 นับไตรมาสตามปีปฏิทิน (ไตรมาส 1 : มกราคม – มีนาคม)");
    REQUIRE(y);
    CHECK(y->year == 2566);
    CHECK(y->quarters == "calendar");
    y = read_year_quarters("แผนประจำปี 2567 นับไตรมาสตามปีงบประมาณ (ไตรมาส 1 : ตุลาคม – ธันวาคม)");
    REQUIRE(y);
    CHECK(y->quarters == "fiscal");
    y = read_year_quarters("Plan of the year 2567 (BE); quarters of the fiscal year (quarter 1: October – December)");
    REQUIRE(y);
    CHECK(y->year == 2567);
    CHECK(y->quarters == "fiscal");
    CHECK_FALSE(read_year_quarters("แผนประจำปี 2023 นับไตรมาสตามปีปฏิทิน"));
    CHECK_FALSE(read_year_quarters("1 มกราคม 2566 – 15 มกราคม 2567"));
}

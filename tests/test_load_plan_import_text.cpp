// The importer's sentence-level readings (src/load/plan_import_text.cpp):
// numbering, owners, targets, KPIs, periods, level pairs, similarity.
#include <doctest/doctest.h>

#include "../src/load/plan_import_text.hpp"  // private to the load layer: tested directly

using namespace scmplan;
using namespace scmplan::import_text;

TEST_CASE("item markers: numbers and bullets are stripped, the number kept") {
    std::string n;
    CHECK(strip_marker("1. เพื่อให้การดำเนินงาน", &n) == "เพื่อให้การดำเนินงาน");
    CHECK(n == "1");
    CHECK(strip_marker("3.1 อ.อ.ป. มีการดำเนินงาน", &n) == "อ.อ.ป. มีการดำเนินงาน");
    CHECK(n == "3.1");
    CHECK(strip_marker("- 1) แผนปฏิบัติการ ไม่เป็นไป", &n) == "แผนปฏิบัติการ ไม่เป็นไป");
    CHECK(n == "1");
    CHECK(strip_marker("● อ.อ.ป. กำหนด", &n) == "อ.อ.ป. กำหนด");
    CHECK(n.empty());
    // a year or an amount is not a number of an item
    CHECK(strip_marker("2566 เป็นปีแรก", &n) == "2566 เป็นปีแรก");
    CHECK(n.empty());
    CHECK(strip_marker("๒. ข้อที่สอง", &n) == "ข้อที่สอง");
    CHECK(n == "2");
}

TEST_CASE("step numbers: 1) 3 ) 3.1 2. — not a year, not a bare number") {
    std::string rest;
    CHECK(step_number("1) จัดทำแผน", rest) == "1");
    CHECK(rest == "จัดทำแผน");
    CHECK(step_number("3 )ดำเนินการตามแผนปฏิบัติการ", rest) == "3");
    CHECK(rest == "ดำเนินการตามแผนปฏิบัติการ");
    CHECK(step_number("3.2 รายงานผล", rest) == "3.2");
    CHECK(step_number("2. พัฒนาระบบ", rest) == "2");
    CHECK_FALSE(step_number("2566 แผน", rest));
    CHECK_FALSE(step_number("10 คน", rest));
    CHECK_FALSE(step_number("พัฒนา 3) ระบบ", rest));
}

TEST_CASE("owners split on / , and the word และ; codes kept as written") {
    CHECK(split_owners("ส.ธต./ ทุกหน่วยงาน") == std::vector<std::string>{"ส.ธต.", "ทุกหน่วยงาน"});
    CHECK(split_owners("ส.ตต. , ออป.ภาค และ ส.คช.") == std::vector<std::string>{"ส.ตต.", "ออป.ภาค", "ส.คช."});
    CHECK(split_owners("ส.ตต. และ ออป.ภาค") == std::vector<std::string>{"ส.ตต.", "ออป.ภาค"});
    CHECK(split_owners("ฝทค./ฝทส.") == std::vector<std::string>{"ฝทค.", "ฝทส."});
    // "และ" inside a word is not a separator
    CHECK(split_owners("ฝ่ายแผนและงบประมาณ") == std::vector<std::string>{"ฝ่ายแผนและงบประมาณ"});
}

TEST_CASE("targets: the number the sentence states, with its unit") {
    auto target = [](std::string text) {
        draft::Target t;
        t.text.value = std::move(text);
        read_target(t);
        return t;
    };
    auto a = target("ดำเนินการตามแผนงานพัฒนาฐานข้อมูลผู้มีส่วนได้ส่วนเสีย ได้สำเร็จร้อยละ 100");
    CHECK(a.op == ">=");
    CHECK(a.value == 100);
    CHECK(a.unit == "%");
    auto b = target("มีการรับฟังเสียงสะท้อนจากกลุ่มผู้มีส่วนได้ ส่วนเสีย อย่างน้อย 50%");
    CHECK(b.op == ">=");
    CHECK(b.value == 50);
    CHECK(b.unit == "%");
    auto c = target("จัดกิจกรรมเสริมสร้างความสัมพันธ์กับลูกค้า อย่างน้อย 4 กิจกรรม");
    CHECK(c.value == 4);
    CHECK(c.unit == "กิจกรรม");
    auto d = target("ข้อร้องเรียนไม่เกิน 5 เรื่อง");
    CHECK(d.op == "<=");
    CHECK(d.value == 5);
    CHECK(d.unit == "เรื่อง");
    auto e = target("จัดอบรม 3 ครั้งขึ้นไป");
    CHECK(e.op == ">=");
    CHECK(e.value == 3);
    CHECK(e.unit == "ครั้ง");
    // a year or a month in the sentence is not a target
    auto f = target("แผนได้รับการอนุมัติในเดือน เม.ย. 66");
    CHECK(f.op.empty());
}

TEST_CASE("KPIs: the measure a sentence names, and a sentence split at และ between two measures") {
    auto parts = split_kpi_sentence("ดำเนินการตามแผน จำนวน 8 แผนงาน/โครงการ/กิจกรรม และปิดช่องว่าง (GAP Analysis) ได้ 2 รายการขึ้นไป");
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == "ดำเนินการตามแผน จำนวน 8 แผนงาน/โครงการ/กิจกรรม");
    CHECK(parts[1] == "ปิดช่องว่าง (GAP Analysis) ได้ 2 รายการขึ้นไป");
    draft::Kpi k1, k2, k3, k4;
    k1.text.value = parts[0];
    k2.text.value = parts[1];
    k3.text.value = "ดำเนินการตามแผนปฏิบัติการ ได้สำเร็จตามแผนฯ";
    k4.text.value = "ผู้บริหารพึงพอใจ";
    REQUIRE(read_kpi(k1));
    CHECK(k1.measure == "activities_done");
    CHECK(k1.value == 8);
    REQUIRE(read_kpi(k2));
    CHECK(k2.measure == "gaps_closed");
    CHECK(k2.op == ">=");
    CHECK(k2.value == 2);
    REQUIRE(read_kpi(k3));
    CHECK(k3.measure == "completion");
    CHECK(k3.value == 100);
    CHECK_FALSE(read_kpi(k4));
    // "และ" inside one measure's words does not split it
    CHECK(split_kpi_sentence("ดำเนินการและติดตาม ได้ร้อยละ 80").size() == 1);
}

TEST_CASE("periods: every form the loader reads kept as written; the others worked out as ISO") {
    std::string error;
    auto a = read_period("1 ม.ค. 66 – 30 เม.ย. 66", error);
    CHECK(error.empty());
    CHECK(a.start.value == "1 ม.ค. 66");
    CHECK(a.end.value == "30 เม.ย. 66");
    CHECK(a.start.how.empty());
    auto b = read_period("1 มกราคม 2566 - 15 มกราคม 2567", error);
    CHECK(b.start.value == "1 มกราคม 2566");
    CHECK(b.end.value == "15 มกราคม 2567");
    auto c = read_period("1 เม.ย. – ม.ค. 67", error);  // a day without a year, a month alone
    CHECK(c.start.value == "2023-04-01");
    CHECK(c.end.value == "2024-01-31");
    CHECK(c.end.how == "'ม.ค. 67' is a month: its last day");
    auto d = read_period("ม.ค. 2567", error);  // one month alone
    CHECK(d.start.value == "2024-01-01");
    CHECK(d.end.value == "2024-01-31");
    auto e = read_period("1 พฤศจิกายน – 31 ธันวาคม 2566", error);
    CHECK(e.start.value == "2023-11-01");
    auto f = read_period("1 ธ.ค. – 31 ม.ค. 67", error);  // the start's year is the one before the end's
    CHECK(f.start.value == "2023-12-01");
    read_period("หลังสิ้นสุดไตรมาส 7 วันทำการ", error);
    CHECK_FALSE(error.empty());
}

TEST_CASE("level pairs and similarity") {
    CHECK(read_level_pair("2 X 5") == std::pair{2, 5});
    CHECK(read_level_pair("1 x 1") == std::pair{1, 1});
    CHECK(read_level_pair("3×4") == std::pair{3, 4});
    CHECK_FALSE(read_level_pair("สูง"));
    double same = similarity("ควร มีการจัดทำ Stakeholder Profile เพื่อบริหารจัดการผู้มีส่วนได้ส่วนเสีย",
                             "อ.อ.ป. จัดทำ Stakeholder Profile เพื่อบริหารจัดการผู้มีส่วนได้ส่วนเสีย");
    double other = similarity("ควร มีการจัดทำ Stakeholder Profile เพื่อบริหารจัดการผู้มีส่วนได้ส่วนเสีย",
                              "ควรพัฒนาทักษะดิจิทัลของพนักงานทุกระดับ");
    CHECK(same > 0.7);
    CHECK(other < 0.5);
}

TEST_CASE("control characters are removed and counted") {
    std::size_t n = 0;
    CHECK(without_controls("ก\x01ข\xC2\x85ค\xE2\x80\xA8", n) == "กขค");
    CHECK(n == 3);
}

// Recognising an action plan (src/load/plan_import*.cpp) on documents built
// here: sections by their headings' words, the activity table by its headers'
// words (merged header cells, a row continued, a nested table), provenance,
// what is not placed, and what is refused.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/docx_read.hpp"
#include "scmplan/load.hpp"
#include "scmplan/plan_import.hpp"

using namespace scmplan;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& inner, const std::string& props = "") {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + (inner.empty() ? p("") : inner) + "</w:tc>";
}
std::string tr(std::initializer_list<std::string> cells) {
    std::string out = "<w:tr>";
    for (const auto& c : cells) out += c;
    return out + "</w:tr>";
}

/// The sections of a small plan, then `table` as its section 12.
std::string plan_body(const std::string& table, const std::string& extra = "") {
    return p("แผนปฏิบัติการยกระดับคะแนน Core Business Enablers การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า "
             "(Stakeholder and Customer Management : SCM) ประจำปี 2567") +
           p("ฝ่ายการตลาด องค์การทดลอง") + p("1. เหตุผล และความจำเป็น") + p("เหตุผลของแผน") + p("2. วัตถุประสงค์") +
           p("1. เพื่อทดลอง") + p("5. ผู้รับผิดชอบ : ฝ่ายการตลาด") + p("10. ตัวชี้วัด") +
           p("เชิงปริมาณ - ดำเนินการตามแผน จำนวน 2 แผนงาน/โครงการ/กิจกรรม") +
           p("11. ระยะเวลาดำเนินงาน 1 มกราคม 2567 – 31 ธันวาคม 2567") + extra +
           p("12. ขั้นตอนและแนวทางการดำเนินงาน") + table;
}

std::optional<draft::Draft> import(const std::string& body, std::string& error) {
    static const LoadResult builtin = load_sources({{"<built-in rules>", std::string(builtin_rules_yaml())}});
    auto doc = read_docx_xml(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body +
            "</w:body></w:document>",
        error);
    REQUIRE(doc.has_value());
    return import_action_plan(*doc, builtin.model.rules, {"", "test.docx"}, error);
}

/// The activity table: a two-row header (งบประมาณ over รายรับ | รายจ่าย), the
/// columns in another order than the template's.
std::string header() {
    const std::string down = "<w:vMerge w:val=\"restart\"/>", cont = "<w:vMerge/>";
    return tr({tc(p("ที่"), down), tc(p("ระยะเวลา"), down), tc(p("กิจกรรม"), down), tc(p("ผู้รับผิดชอบ"), down),
               tc(p("เป้าหมาย"), down), tc(p("งบประมาณ"), "<w:gridSpan w:val=\"2\"/>")}) +
           tr({tc("", cont), tc("", cont), tc("", cont), tc("", cont), tc("", cont), tc(p("รายรับ")), tc(p("รายจ่าย"))});
}

}  // namespace

TEST_CASE("a small plan: sections, the activity table by its headers, a continued row, a nested table") {
    std::string nested = "<w:tbl>" + tr({tc(p("2) ขั้นที่สอง"))}) + "</w:tbl>";
    std::string table = "<w:tbl>" + header() +
                        tr({tc(p("1")), tc(p("1 ม.ค. 67 – 30 มิ.ย. 67")), tc(p("จัดทำแผน") + p("1) ขั้นแรก") + nested),
                            tc(p("ฝตล. และ ทุกหน่วยงาน")), tc(p("สำเร็จร้อยละ 100")), tc(p("ไม่มี")), tc(p("ไม่มี"))}) +
                        // a row split over two pages: no number, continues row 1
                        tr({tc(""), tc(""), tc(p("3) ขั้นที่สาม")), tc(""), tc(""), tc(""), tc("")}) +
                        tr({tc(p("2")), tc(p("1 ก.ค. 67 – 31 ธ.ค. 67")), tc(p("ติดตามผล")), tc(p("ฝตล.")),
                            tc(p("รายงานทุกไตรมาส")), tc(p("-")), tc(p("งบ ฝตล."))}) +
                        "</w:tbl>";
    std::string error;
    auto d = import(plan_body(table, p("ข้อความที่ไม่มีที่ไป")), error);
    INFO(error);
    REQUIRE(d.has_value());
    CHECK(d->plan.id == "scm-2567");
    CHECK(d->plan.enabler.value == "SCM");
    CHECK(d->plan.year == 2567);
    CHECK(d->plan.organisation.value == "องค์การทดลอง");
    CHECK(d->plan.unit.value == "ฝ่ายการตลาด");
    CHECK(d->plan.responsible.value == "ฝ่ายการตลาด");
    CHECK(d->plan.period.start.value == "1 มกราคม 2567");
    REQUIRE(d->plan.kpis.size() == 1);
    CHECK(d->plan.kpis[0].measure == "activities_done");
    REQUIRE(d->activities.size() == 2);
    const auto& a = d->activities[0];
    CHECK(a.id == "A01");
    CHECK(a.title.value == "จัดทำแผน");
    CHECK(a.title.from == "table 1, row 3, column 'กิจกรรม'");
    REQUIRE(a.steps.size() == 3);
    CHECK(a.steps[1].id == "2");
    CHECK(a.steps[1].title.value == "ขั้นที่สอง");
    CHECK(a.steps[2].id == "3");
    CHECK(a.owners == std::vector<std::string>{"ฝตล.", "ทุกหน่วยงาน"});
    CHECK(a.period.start.value == "1 ม.ค. 67");
    CHECK(a.target.op == ">=");
    CHECK(a.income.from == "table 1, row 3, column 'งบประมาณ รายรับ'");
    const auto& b = d->activities[1];
    CHECK(b.id == "A02");
    CHECK(b.expense.value == "งบ ฝตล.");
    REQUIRE(b.steps.size() == 1);  // no numbered step: one, titled with the target
    CHECK(b.steps[0].title.value == "รายงานทุกไตรมาส");
    // the owners' registry and the plan's owner
    CHECK(d->plan.owner.value == "ฝตล.");
    REQUIRE(d->units.size() == 2);
    CHECK(d->units[0].name == "ฝ่ายการตลาด");
    // text that went into no field is listed, with its place
    bool listed = false;
    for (const auto& u : d->unplaced) listed |= u.text == "ข้อความที่ไม่มีที่ไป";
    CHECK(listed);
    bool nested_noted = false;
    for (const auto& n : d->notes) nested_noted |= n.find("nested") != std::string::npos;
    CHECK(nested_noted);
}

TEST_CASE("an activity table of 10,000 rows is read whole, A10000 last") {
    std::string table = "<w:tbl>" + header();
    for (int i = 1; i <= 10000; ++i)
        table += tr({tc(p(std::to_string(i))), tc(p("1 ม.ค. 67 – 31 ธ.ค. 67")), tc(p("กิจกรรม " + std::to_string(i))),
                     tc(p("ฝตล.")), tc(p("อย่างน้อย 1 ครั้ง")), tc(p("ไม่มี")), tc(p("ไม่มี"))});
    table += "</w:tbl>";
    std::string error;
    auto d = import(plan_body(table), error);
    REQUIRE(d.has_value());
    REQUIRE(d->activities.size() == 10000);
    CHECK(d->activities.back().id == "A10000");
    CHECK(d->activities.back().title.value == "กิจกรรม 10000");
}

TEST_CASE("a document that is not an action plan is refused with the reason") {
    std::string error;
    CHECK_FALSE(import(p("เรียน ผู้อำนวยการ") + p("ขอเชิญประชุม"), error));
    CHECK(error.find("is not an SE-AM action plan: 0 of the template's sections found") == 0);
    // the sections, but no activity table
    CHECK_FALSE(import(plan_body(p("ไม่มีตาราง")), error));
    CHECK(error.find("no table of activities was found") != std::string::npos);
}

TEST_CASE("sections and steps numbered by Word, not in their text, are found; the steps' ids are given in order") {
    auto item = [](const std::string& text, int level) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
               "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    };
    std::string table = "<w:tbl>" + header() +
                        tr({tc(p("1")), tc(p("1 ม.ค. 67 – 30 มิ.ย. 67")),
                            tc(p("จัดทำแผน") + item("ร่างแผน", 0) + item("เสนออนุมัติ", 0) + item("แก้ไขตามข้อสังเกต", 1)),
                            tc(p("ฝตล.")), tc(p("สำเร็จ")), tc(p("ไม่มี")), tc(p("ไม่มี"))}) +
                        "</w:tbl>";
    std::string body = p("แผนปฏิบัติการยกระดับคะแนน Core Business Enablers (SCM) ประจำปี 2567") +
                       item("เหตุผล และความจำเป็น", 0) + p("เหตุผลของแผน") + item("วัตถุประสงค์", 0) +
                       p("เพื่อทดลอง") + item("ระยะเวลาดำเนินงาน 1 มกราคม 2567 – 31 ธันวาคม 2567", 0) +
                       item("ขั้นตอนและแนวทางการดำเนินงาน", 0) + table;
    std::string error;
    auto d = import(body, error);
    INFO(error);
    REQUIRE(d.has_value());
    CHECK(d->plan.rationale.size() == 1);
    CHECK(d->plan.period.end.value == "31 ธันวาคม 2567");
    REQUIRE(d->activities.size() == 1);
    const auto& a = d->activities[0];
    CHECK(a.title.value == "จัดทำแผน");
    REQUIRE(a.steps.size() == 3);
    CHECK(a.steps[0].id == "1");
    CHECK(a.steps[1].id == "2");
    CHECK(a.steps[2].id == "2.1");
    CHECK(a.steps[2].title.value == "แก้ไขตามข้อสังเกต");
}

// Recognising the layout `scmplan plan` prints (src/load/plan_import*.cpp) on
// a document built here: rows numbered by ids, an activity's labelled lines,
// a step's due date and weight, a target's criterion line, the year and
// quarters line, the owner from the reports row, the table of units, risks
// under their own headings with dated levels and conditions, the signers.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/docx_read.hpp"
#include "scmplan/load.hpp"
#include "scmplan/plan_import.hpp"

using namespace scmplan;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string h2(const std::string& text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text +
           "</w:t></w:r></w:p>";
}
std::string tc(std::initializer_list<std::string> lines) {
    std::string out = "<w:tc>";
    for (const auto& l : lines) out += p(l);
    return out + "</w:tc>";
}
std::string tr(std::initializer_list<std::string> cells) {
    std::string out = "<w:tr>";
    for (const auto& c : cells) out += c;
    return out + "</w:tr>";
}
std::string table(std::initializer_list<std::string> rows) {
    std::string out = "<w:tbl>";
    for (const auto& r : rows) out += r;
    return out + "</w:tbl>";
}

std::optional<draft::Draft> import(const std::string& body) {
    static const LoadResult builtin = load_sources({{"<built-in rules>", std::string(builtin_rules_yaml())}});
    std::string error;
    auto doc = read_docx_xml(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body +
            "</w:body></w:document>",
        error);
    REQUIRE(doc.has_value());
    auto d = import_action_plan(*doc, builtin.model.rules, {"", "test.docx"}, error);
    INFO(error);
    return d;
}

std::string document() {
    return p("Plan of tests") + p("ฝ่ายทดลอง") + p("บริษัททดลอง จำกัด") + p("1. เหตุผล และความจำเป็น") + p("เหตุผล") +
           p("5. ผู้รับผิดชอบ : -") +
           table({tr({tc({"อักษรย่อ"}), tc({"หน่วยงาน"})}), tr({tc({"ฝท."}), tc({"ฝ่ายทดลอง"})}),
                  tr({tc({"ฝข."}), tc({"-"})})}) +
           p("11. ระยะเวลาดำเนินงาน : 1 ตุลาคม 2566 – 30 กันยายน 2567") +
           p("แผนประจำปี 2567 นับไตรมาสตามปีปฏิทิน (ไตรมาส 1 : มกราคม – มีนาคม)") +
           p("12. ขั้นตอนและแนวทางการดำเนินงาน") + h2("12.1 ขั้นตอนดำเนินงาน ของแผน หัวข้อ SCM") +
           table({tr({tc({"ที่"}), tc({"ขั้นตอนและแนวทางการดำเนินงาน"}), tc({"ผู้รับผิดชอบ"})}),
                  tr({tc({"A07"}), tc({"ทดลอง"}), tc({"ฝข."})}),
                  tr({tc({""}), tc({"รายงานผลการดำเนินงานตามแผนฯ เสนอผู้อำนวยการ ทราบ"}), tc({"ฝท."})})}) +
           table({tr({tc({"ที่"}), tc({"กิจกรรม"}), tc({"ผู้รับผิดชอบ"}), tc({"เป้าหมาย"}), tc({"ระยะเวลา"})}),
                  tr({tc({"A07"}),
                      tc({"ทดลองระบบ", "กลุ่มกิจกรรม : pilot", "ปิดช่องว่าง (GAP) : G02, G05",
                          "ไม่นับรวมในความคืบหน้าของแผนและตัวชี้วัด", "1) เตรียม (กำหนดเสร็จ 31 ธ.ค. 2566, น้ำหนัก 2)",
                          "2) ทดลองใช้ (ฉบับจริง)"}),
                      tc({"ฝข."}), tc({"ใช้ได้ร้อยละ 100 ของผู้ใช้", "≥ 90%"}),
                      tc({"1 ต.ค. 2566 – 30 ก.ย. 2567"})}),
                  tr({tc({"B2"}), tc({"ทดลองซ้ำ", "1) ทำ"}), tc({"ฝข."}), tc({"อย่างน้อย 5 ครั้ง"}),
                      tc({"1 ต.ค. 2566 – 30 ก.ย. 2567"})})}) +
           p("13. การวิเคราะห์ปัจจัยเสี่ยง") + h2("R3 ระบบล่ม") + p("สถานะปัจจุบัน : 2 X 3 (คะแนน 6, ประเมิน ณ 15 ต.ค. 2566)") +
           table({tr({tc({"โอกาสเกิดความเสียหาย (L)"}), tc({""}), tc({""}), tc({"ผลกระทบต่อองค์กร (I)"}), tc({""}),
                      tc({""})}),
                  tr({tc({"ระดับ"}), tc({"ความหมาย"}), tc({"รายละเอียด"}), tc({"ระดับ"}), tc({"ความหมาย"}),
                      tc({"รายละเอียด"})}),
                  tr({tc({"2"}), tc({"น้อย"}), tc({"ช้า", "เงื่อนไข : behind ≤ 10"}), tc({"2"}), tc({"-"}), tc({"-"})}),
                  tr({tc({"1"}), tc({"น้อยมาก"}), tc({"ตรง"}), tc({"1"}), tc({"-"}), tc({"-"})})}) +
           table({tr({tc({"ผู้จัดทำแผน"}), tc({"ผู้อนุมัติแผน"})}),
                  tr({tc({"", "ลงชื่อ ........", "(นาย ก)", "ตำแหน่ง ........", "วันที่ ........"}),
                      tc({"", "ลงชื่อ ........", "(........)", "ตำแหน่ง ผู้อำนวยการบริษัททดลอง จำกัด", "วันที่ ...."})})});
}

}  // namespace

TEST_CASE("the layout of scmplan plan: ids, labelled lines, criteria, year and quarters, owner, units") {
    auto d = import(document());
    REQUIRE(d);
    CHECK(d->plan.title.value == "Plan of tests");
    CHECK(d->plan.unit.value == "ฝ่ายทดลอง");
    CHECK(d->plan.organisation.value == "บริษัททดลอง จำกัด");
    CHECK(d->plan.enabler.value == "SCM");  // from the heading "… หัวข้อ SCM", the title names none
    CHECK(d->plan.year == 2567);
    CHECK(d->plan.quarters == "calendar");  // stated, though the period starts on 1 October
    CHECK(d->plan.owner.value == "ฝท.");     // who reports to the director, not the activities' owner
    CHECK(d->plan.responsible.value.empty());
    REQUIRE(d->units.size() == 2);
    CHECK(d->units[0].code == "ฝท.");
    CHECK(d->units[1].name.empty());
    REQUIRE(d->activities.size() == 2);
    const draft::Activity& a = d->activities[0];
    CHECK(a.id == "A07");
    CHECK(a.title.value == "ทดลองระบบ");
    CHECK(a.group.value == "pilot");
    CHECK(a.gaps == std::vector<std::string>{"G02", "G05"});
    CHECK_FALSE(a.counts);
    REQUIRE(a.steps.size() == 2);
    CHECK(a.steps[0].title.value == "เตรียม");
    CHECK(a.steps[0].due == "31 ธ.ค. 2566");
    CHECK(a.steps[0].weight == "2");
    CHECK(a.steps[1].title.value == "ทดลองใช้ (ฉบับจริง)");
    CHECK(a.steps[1].due.empty());
    CHECK(a.target.text.value == "ใช้ได้ร้อยละ 100 ของผู้ใช้");
    CHECK(a.target.op == ">=");
    CHECK(a.target.value == 90);
    CHECK(a.target.unit == "%");
    // a table with criterion lines: a target without one has no number, whatever its words say
    CHECK(d->activities[1].id == "B2");
    CHECK(d->activities[1].target.op.empty());
    CHECK(d->activities[1].counts);
}

TEST_CASE("the layout of scmplan plan: a risk under its heading, its dated level and conditions; the signers") {
    auto d = import(document());
    REQUIRE(d);
    REQUIRE(d->risks.size() == 1);
    const draft::Risk& r = d->risks[0];
    CHECK(r.id == "R3");
    CHECK(r.title.value == "ระบบล่ม");
    REQUIRE(r.current);
    CHECK(r.current->first == 2);
    CHECK(r.current_as_of == "15 ต.ค. 2566");
    REQUIRE(r.likelihood.size() == 2);
    CHECK(r.likelihood[1].text.value == "ช้า");
    CHECK(r.likelihood[1].when_metric == "behind");
    CHECK(r.likelihood[1].when_op == "<=");
    CHECK(r.likelihood[1].when_value == "10");
    CHECK(r.impact.empty());  // "-" "-": levels not given
    REQUIRE(d->signatures.size() == 1);  // the approver: a dotted name and the default position only
    CHECK(d->signatures[0].role == "prepared_by");
    CHECK(d->signatures[0].name == "นาย ก");
    CHECK(d->signatures[0].position.empty());
}

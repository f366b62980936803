// Renderer building blocks: escaping, quoting, widths, numbers, explanations.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "scmplan/text.hpp"

using namespace scmplan;

namespace {

/// A minimal RFC 4180 reader, independent of csv_field, to prove round trips.
std::vector<std::string> parse_csv_record(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { cell += '"'; ++i; }
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') { out.push_back(cell); cell.clear(); }
        else cell += c;
    }
    out.push_back(cell);
    return out;
}

}  // namespace

TEST_CASE("md_cell escapes pipes, backslashes and line breaks") {
    CHECK(md_cell("a|b") == "a\\|b");
    CHECK(md_cell("a\\b") == "a\\\\b");
    CHECK(md_cell("บรรทัด 1\nบรรทัด 2\r\nบรรทัด 3\n") == "บรรทัด 1<br>บรรทัด 2<br>บรรทัด 3");
    CHECK(md_cell("") == "");
}

TEST_CASE("csv_field quotes only when needed and round-trips any text") {
    CHECK(csv_field("plain", false) == "plain");
    CHECK(csv_field("a,b", false) == "\"a,b\"");
    CHECK(csv_field("say \"hi\"", false) == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines", false) == "\"two\nlines\"");
    const std::vector<std::string> texts = {"ส.ตต.,ออป.ภาค", "\"quoted\"", "a\r\nb", ",,,", "", "=1+2", "ธรรมดา"};
    std::string line;
    for (std::size_t i = 0; i < texts.size(); ++i) line += (i ? "," : "") + csv_field(texts[i], false);
    CHECK(parse_csv_record(line) == texts);
}

TEST_CASE("csv_field with excel neutralises formula-like cells") {
    CHECK(csv_field("=SUM(A1:A2)", true) == "'=SUM(A1:A2)");
    CHECK(csv_field("+66 2282 3243", true) == "'+66 2282 3243");
    CHECK(csv_field("-5", true) == "'-5");
    CHECK(csv_field("@cmd", true) == "'@cmd");
    CHECK(csv_field("\tx", true) == "'\tx");
    CHECK(csv_field("=1,2", true) == "\"'=1,2\"");
    CHECK(csv_field("=SUM(A1)", false) == "=SUM(A1)");
    CHECK(csv_field("ปกติ", true) == "ปกติ");
}

TEST_CASE("format_pct: one decimal, half away from zero") {
    CHECK(format_pct(40.77) == "40.8");
    CHECK(format_pct(100) == "100.0");
    CHECK(format_pct(0.25) == "0.3");    // fmt alone would print 0.2 (half to even)
    CHECK(format_pct(100.0 / 16) == "6.3");  // 6.25
    CHECK(format_pct(-0.01) == "0.0");
}

TEST_CASE("gaps_closed_count: against the gaps taken up, the whole list named when longer") {
    CHECK(gaps_closed_count(1, 8, 11, Lang::th) == "1 จาก 8 รายการที่แผนนี้ดำเนินการ (ประเด็นทั้งหมด 11 รายการ)");
    CHECK(gaps_closed_count(1, 8, 11, Lang::en) == "1 of the 8 taken up by this plan (11 in all)");
    CHECK(gaps_closed_count(2, 11, 11, Lang::th) == "2 จาก 11 รายการ");
    CHECK(gaps_closed_count(0, 3, 3, Lang::en) == "0 of 3");
}

TEST_CASE("owners_text for a reader marks an owner the workspace's units do not list") {
    Activity a;
    a.owners = {Located<std::string>{"ส.ธต.", {}}, Located<std::string>{"ส.ตต.", {}}};
    Model m;
    // No workspace file: nothing to check against, the owners as written.
    CHECK(owners_text(a, m, Lang::th) == "ส.ธต., ส.ตต.");
    m.workspace = WorkspaceFile{};
    // A workspace without a units registry: any code may stand.
    CHECK(owners_text(a, m, Lang::th) == "ส.ธต., ส.ตต.");
    m.workspace->units.push_back({Located<std::string>{"ส.ตต.", {}}, "สำนักธุรกิจการตลาด"});
    CHECK(owners_text(a, m, Lang::th) == "ส.ธต. (ไม่อยู่ในรายชื่อหน่วยงาน), ส.ตต.");
    CHECK(owners_text(a, m, Lang::en) == "ส.ธต. (not a listed unit), ส.ตต.");
    CHECK(owners_text(a) == "ส.ธต., ส.ตต.");  // data: as written
}

TEST_CASE("shown_year: BE in Thai, CE in English") {
    CHECK(shown_year(2566, Lang::th) == 2566);
    CHECK(shown_year(2566, Lang::en) == 2023);
}

TEST_CASE("with_unit and op_symbol") {
    CHECK(with_unit(40, "%") == "40%");
    CHECK(with_unit(1, "กิจกรรม") == "1 กิจกรรม");
    CHECK(with_unit(2.5, "") == "2.5");
    CHECK(std::string(op_symbol(CompareOp::ge)) == "≥");
    CHECK(std::string(op_symbol(CompareOp::le)) == "≤");
}

TEST_CASE("truncate_display cuts by columns and keeps marks with their letter") {
    CHECK(truncate_display("สวัสดี", 10) == "สวัสดี");
    std::string cut = truncate_display("ผู้มีส่วนได้ส่วนเสีย", 5);
    CHECK(display_width(cut) == 5);
    CHECK(cut == "ผู้มีส่ว…");  // 4 columns + ellipsis; ผู้ keeps both marks, ส่ its tone mark
    CHECK(truncate_display("abcdef", 4) == "abc…");
}

TEST_CASE("json: strings escaped, numbers stable") {
    CHECK(json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
    CHECK(json_quote("ไทย") == "\"ไทย\"");
    CHECK(format_number(100) == "100");
    CHECK(format_number(0.5) == "0.5");
    CHECK(format_number(1.2904) == "1.2904");
    JsonWriter w;
    w.begin_object();
    w.key("pct");
    w.number(37.45, 1);
    w.key("list");
    w.begin_array();
    w.end_array();
    w.end_object();
    CHECK(w.str() == "{\n  \"pct\": 37.5,\n  \"list\": []\n}\n");
}

TEST_CASE("explain_level in Thai and English") {
    Condition c;
    c.metric = Metric{Metric::Kind::activity_completed_on, "A01"};
    c.op = CompareOp::le;
    c.value = Date::from_ymd(2023, 4, 30);
    ScaleLevel l;
    l.level = {2, {}};
    l.when = c;
    LevelDecision d;
    d.basis = LevelDecision::Basis::held;
    d.level = 2;
    d.derived = true;
    d.decided_by = &l;
    d.condition = &*l.when;
    d.measured_on = Date::from_ymd(2023, 4, 24);
    Date as_of = Date::from_ymd(2023, 6, 30);
    CHECK(explain_level(d, as_of, Lang::th) == "ระดับ 2: กิจกรรม A01 แล้วเสร็จเมื่อ 24 เม.ย. 2566 ≤ 30 เม.ย. 2566");
    CHECK(explain_level(d, as_of, Lang::en) == "level 2: activity A01 completed on 2023-04-24 ≤ 2023-04-30");

    Condition pct;
    pct.metric = Metric{Metric::Kind::completion, ""};
    pct.op = CompareOp::ge;
    pct.value = 80.0;
    LevelDecision fallback;
    fallback.basis = LevelDecision::Basis::fallback;
    fallback.level = 5;
    fallback.derived = true;
    fallback.condition = &pct;
    fallback.measured = 40.77;
    CHECK(explain_level(fallback, as_of, Lang::en) ==
          "level 5: no condition of a lower level holds (plan completion 40.8%, not ≥ 80)");

    LevelDecision assessed;
    assessed.basis = LevelDecision::Basis::assessed;
    assessed.level = 3;
    assessed.assessed_on = Date::from_ymd(2023, 1, 1);
    CHECK(explain_level(assessed, as_of, Lang::th) == "ระดับ 3: ตามการประเมิน ณ 1 ม.ค. 2566");
    LevelDecision unknown;
    CHECK(explain_level(unknown, as_of, Lang::en) == "unknown: no assessment on or before 2023-06-30");

    // A projected date whose planned finish has passed is the as-of date itself.
    LevelDecision projected = d;
    projected.basis = LevelDecision::Basis::fallback;
    projected.decided_by = nullptr;
    projected.measured_on = as_of;
    projected.projected = true;
    projected.planned_finish = Date::from_ymd(2023, 4, 20);
    projected.past_planned_finish = true;
    CHECK(explain_level(projected, as_of, Lang::en) ==
          "level 2: no condition of a lower level holds (projected: activity A01 not done; planned to finish "
          "2023-04-20, passed: taken as 2023-06-30, not ≤ 2023-04-30)");
    projected.past_planned_finish = false;
    CHECK(explain_level(projected, as_of, Lang::en) ==
          "level 2: no condition of a lower level holds (projected: activity A01 not done; planned to finish "
          "2023-04-20, not ≤ 2023-04-30)");
}

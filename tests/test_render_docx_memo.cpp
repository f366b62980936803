// The memo (บันทึกข้อความ) in front of the Word report (src/render/docx_memo.cpp
// and its wording in report_docx.cpp): dotted lines where the workspace's
// `memo` gives nothing, its values where it does, escaped; the closing of its
// purpose; one restart of the page numbers after it; --no-memo leaves it out.
#include <doctest/doctest.h>

#include <string>

#include "../src/render/docx_xml.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render_docx.hpp"
#include "support.hpp"

using namespace scmplan;

// Word text carries a zero-width space after "(" before a Thai letter
// (docx_xml.cpp's run_text): LibreOffice then breaks "(ภายใน" as a word.
TEST_CASE("a zero-width space after an opening parenthesis before Thai, and nowhere else") {
    CHECK(docx::run("ภายใน (ภายใน) (A) (1)") ==
          "<w:r><w:t xml:space=\"preserve\">ภายใน (\u200Bภายใน) (A) (1)</w:t></w:r>");
    CHECK(docx::run("(") == "<w:r><w:t xml:space=\"preserve\">(</w:t></w:r>");
}

namespace {

std::size_t count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

// The plan of tests/support.hpp (p1, 2023, calendar quarters) with two
// activities, as of the end of Q2 (2023-06-30):
// - A01: step 1 due 31 Mar done 15 Mar, step 2 due 30 Jun not done: 50% of
//   100% planned, still in its period → behind.
// - A02: ends 31 May, its step due 31 May not done: 0% of 100% → overdue (its
//   late step is not counted again among the steps past due).
// Plan: (50 + 0) / 2 = 25.0% against (100 + 100) / 2 = 100.0%: 75.0 points behind.
LoadResult workspace(const std::string& memo) {
    return load_sources({
        {"scmplan.yaml", "scmplan: 1\nkind: workspace\nunits:\n  ส.ตต.: สำนักธุรกิจการตลาด\n" + memo},
        {"p1/plan.yaml", test::plan_yaml()},
        {"p1/A01.yaml", test::activity_yaml("A01")},
        {"p1/A02.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A02\ntitle: กิจกรรมสอง\nowners: [ส.ตต.]\n"
                        "period: {start: 2023-01-01, end: 2023-05-31}\n"
                        "steps:\n  - {id: \"1\", title: ส่งรายงาน, due: 2023-05-31}\n"},
    });
}

std::string document_xml(const LoadResult& w, bool memo, Lang lang = Lang::th) {
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    auto reports = build_reports(w.model, req);
    RenderOptions o;
    o.lang = lang;
    o.memo = memo;
    DocxDocument d = render_report_docx(reports, {}, w.model, o);
    for (const ZipEntry& e : d.parts)
        if (e.name == "word/document.xml") return e.data;
    FAIL("no word/document.xml");
    return "";
}

}  // namespace

TEST_CASE("the memo page without a memo section: header lines to fill by hand") {
    LoadResult w = workspace("");
    REQUIRE(test::diag_lines(w.diags) == "");
    std::string xml = document_xml(w, true);
    // The memo comes first, then the report's title.
    auto memo_at = xml.find("บันทึกข้อความ");
    REQUIRE(memo_at != std::string::npos);
    CHECK(memo_at < xml.find("รายงานผลการดำเนินงานตามแผนปฏิบัติการ</w:t>"));
    for (const char* head : {"ส่วนราชการ", "ที่", "วันที่", "เรื่อง"}) CHECK(xml.find(head) != std::string::npos);
    // The department defaults to the plan owner by its full name.
    CHECK(xml.find(" สำนักธุรกิจการตลาด (\u200Bส.ตต.)\t") == std::string::npos);  // tabs are <w:tab/>
    CHECK(xml.find(" สำนักธุรกิจการตลาด (\u200Bส.ตต.)</w:t><w:tab/>") != std::string::npos);
    // No addressee and no signer: dotted lines.
    CHECK(xml.find("เรียน  " + std::string(40, '.')) != std::string::npos);
    CHECK(xml.find("(" + std::string(40, '.') + ")") != std::string::npos);
    CHECK(xml.find("จึงเรียนมาเพื่อโปรดทราบ") != std::string::npos);
    CHECK(xml.find("ความเห็นและข้อสั่งการของผู้อำนวยการ") != std::string::npos);
    // The report, by the executive summary's own sentence, and what needs attention.
    CHECK(xml.find("ขอรายงานผลการดำเนินงาน ไตรมาส 2/2566 ณ วันที่ 30 มิ.ย. 2566 แผนปฏิบัติการมีความคืบหน้าร้อยละ 25.0 "
                   "เทียบกับแผนร้อยละ 100.0 (\u200Bช้ากว่าแผน 75.0 จุด)") != std::string::npos);
    CHECK(xml.find("เรื่องที่ควรทราบ: กิจกรรมที่ล่าช้ากว่าแผน 1 กิจกรรม และกิจกรรมที่เกินกำหนด 1 กิจกรรม รายละเอียด") !=
          std::string::npos);
    // The report's pages are numbered from 1 after the memo, once.
    CHECK(count(xml, "<w:pgNumType w:start=\"1\"/>") == 1);
    CHECK(count(xml, "<w:sectPr>") == 2);
    CHECK(xml.find("<w:pgNumType") > memo_at);
}

TEST_CASE("the memo page with the workspace's memo: its values, escaped, and the closing of its purpose") {
    LoadResult w = workspace(
        "memo:\n  department: กองแผนงาน <โทร. 1234>\n  number: \"ทส 1409.1/\"\n  to: ผู้อำนวยการ & คณะ\n"
        "  purpose: consider\n  signer: {name: นายสมชาย ใจดี, position: ผู้อำนวยการกองแผนงาน}\n");
    REQUIRE(test::diag_lines(w.diags) == "");
    std::string xml = document_xml(w, true);
    CHECK(xml.find(" กองแผนงาน &lt;โทร. 1234&gt;</w:t><w:tab/>") != std::string::npos);
    CHECK(xml.find(" ทส 1409.1/</w:t><w:tab/>") != std::string::npos);
    CHECK(xml.find("เรียน  ผู้อำนวยการ &amp; คณะ") != std::string::npos);
    CHECK(xml.find("ความเห็นและข้อสั่งการของผู้อำนวยการ &amp; คณะ") != std::string::npos);
    CHECK(xml.find("(\u200Bนายสมชาย ใจดี)") != std::string::npos);
    CHECK(xml.find("ผู้อำนวยการกองแผนงาน") != std::string::npos);
    CHECK(xml.find("จึงเรียนมาเพื่อโปรดพิจารณา") != std::string::npos);
    CHECK(xml.find("จึงเรียนมาเพื่อโปรดทราบ") == std::string::npos);
}

TEST_CASE("the memo in English, and --no-memo") {
    LoadResult w = workspace("");
    std::string en = document_xml(w, true, Lang::en);
    CHECK(en.find("MEMORANDUM") != std::string::npos);
    CHECK(en.find("Submitted for your information.") != std::string::npos);
    // One of each: the singular.
    CHECK(en.find("For your attention: 1 activity behind plan and 1 activity overdue.") != std::string::npos);
    std::string none = document_xml(w, false);
    CHECK(none.find("บันทึกข้อความ") == std::string::npos);
    CHECK(none.find("<w:pgNumType") == std::string::npos);
    CHECK(count(none, "<w:sectPr>") == 1);
}

TEST_CASE("a bad memo section is refused at its place") {
    LoadResult w = workspace("memo:\n  purpose: maybe\n  signer: {nmae: x}\n");
    std::string d = test::diag_lines(w.diags);
    CHECK(d.find("purpose") != std::string::npos);
    CHECK(d.find("nmae") != std::string::npos);
}

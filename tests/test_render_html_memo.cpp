// The memo in front of the HTML report (src/render/html_memo.cpp), worded by
// the same code as the Word memo (memo_text.cpp): first in the document, the
// workspace's values escaped, dotted lines where it gives none, the closing
// of its purpose, the director's box, its print style; --no-memo leaves it out.
#include <doctest/doctest.h>

#include <string>

#include "../src/render/docx_xml.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render_html.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

// The plan of tests/support.hpp as of the end of Q2 with A01 half done (the
// figures of test_render_docx_memo.cpp: 50.0% of 100.0% planned).
LoadResult workspace(const std::string& memo) {
    return load_sources({
        {"scmplan.yaml", "scmplan: 1\nkind: workspace\nunits:\n  ส.ตต.: สำนักธุรกิจการตลาด\n" + memo},
        {"p1/plan.yaml", test::plan_yaml()},
        {"p1/A01.yaml", test::activity_yaml("A01")},
    });
}

std::vector<PlanReport> quarter_2(const LoadResult& w) {
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    return build_reports(w.model, req);
}

std::string report_html(const LoadResult& w, bool memo, Lang lang = Lang::th) {
    auto reports = quarter_2(w);
    RenderOptions o;
    o.lang = lang;
    o.memo = memo;
    return render_report_html(reports, w.model, o, {});
}

}  // namespace

TEST_CASE("the HTML report opens with the memo, worded as the Word memo") {
    LoadResult w = workspace("");
    REQUIRE(test::diag_lines(w.diags) == "");
    std::string html = report_html(w, true);
    auto memo_at = html.find("<section class=\"memo\">");
    REQUIRE(memo_at != std::string::npos);
    CHECK(memo_at < html.find("<article"));
    CHECK(html.find("<p class=\"memo-title\">บันทึกข้อความ</p>") != std::string::npos);
    // The department defaults to the plan owner by its full name, on its dotted line.
    CHECK(html.find("<b>ส่วนราชการ</b><span class=\"memo-fill\">สำนักธุรกิจการตลาด (ส.ตต.)</span>") != std::string::npos);
    // The number and date to fill by hand: empty dotted lines.
    CHECK(html.find("<b>ที่</b><span class=\"memo-fill\"></span>") != std::string::npos);
    CHECK(html.find("<b>วันที่</b><span class=\"memo-fill\"></span>") != std::string::npos);
    CHECK(html.find("เรียน&ensp;" + std::string(40, '.')) != std::string::npos);
    CHECK(html.find("(" + std::string(40, '.') + ")") != std::string::npos);
    // The same paragraphs as the Word memo: one wording.
    MemoText t = report_memo_text(quarter_2(w), w.model, Lang::th);
    REQUIRE(t.paragraphs.size() == 2);
    for (const std::string& p : t.paragraphs)
        CHECK(html.find("<p class=\"memo-body\">" + html_text(p) + "</p>") != std::string::npos);
    CHECK(t.paragraphs[1].find("แผนปฏิบัติการมีความคืบหน้าร้อยละ 50.0 เทียบกับแผนร้อยละ 100.0") != std::string::npos);
    CHECK(html.find("<p class=\"memo-body\">จึงเรียนมาเพื่อโปรดทราบ</p>") != std::string::npos);
    CHECK(html.find("ความเห็นและข้อสั่งการของผู้อำนวยการ") != std::string::npos);
    // Printed alone on page 1, with the garuda's top margin.
    CHECK(html.find("@page memo { size: A4; margin: 1.5cm 2cm 2cm 3cm; }") != std::string::npos);
    CHECK(html.find("break-after: page") != std::string::npos);
}

TEST_CASE("the HTML memo with the workspace's memo: its values escaped, the closing of its purpose") {
    LoadResult w = workspace(
        "memo:\n  department: กองแผนงาน <script>\n  number: \"ทส 1409.1/\"\n  to: ผู้อำนวยการ & คณะ\n"
        "  purpose: consider\n  signer: {name: นายสมชาย ใจดี, position: ผู้อำนวยการกองแผนงาน}\n");
    REQUIRE(test::diag_lines(w.diags) == "");
    std::string html = report_html(w, true);
    CHECK(html.find("กองแผนงาน &lt;script&gt;</span>") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<span class=\"memo-fill\">ทส 1409.1/</span>") != std::string::npos);
    CHECK(html.find("เรียน&ensp;ผู้อำนวยการ &amp; คณะ") != std::string::npos);
    CHECK(html.find("ความเห็นและข้อสั่งการของผู้อำนวยการ &amp; คณะ") != std::string::npos);
    CHECK(html.find("(นายสมชาย ใจดี)<br>ผู้อำนวยการกองแผนงาน") != std::string::npos);
    CHECK(html.find("จึงเรียนมาเพื่อโปรดพิจารณา") != std::string::npos);
    CHECK(html.find("จึงเรียนมาเพื่อโปรดทราบ") == std::string::npos);
}

TEST_CASE("the HTML memo in English, and --no-memo") {
    LoadResult w = workspace("");
    std::string en = report_html(w, true, Lang::en);
    CHECK(en.find("MEMORANDUM") != std::string::npos);
    CHECK(en.find("Submitted for your information.") != std::string::npos);
    std::string none = report_html(w, false);
    CHECK(none.find("บันทึกข้อความ") == std::string::npos);
    CHECK(none.find("section.memo") == std::string::npos);
}

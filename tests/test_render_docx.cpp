// The Word document's building blocks (src/render/docx_*.cpp) and the facts of
// its executive summary (src/compute/executive_summary.cpp). Figures worked out by hand
// in the comments; the workspace is written here.
#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

#include "../src/render/docx_xml.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/executive_summary.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

// Three activities of plan p1 (2023, calendar quarters), as of the end of Q2
// (2023-06-30):
// - A01: step 1 due 31 Mar, done 15 Mar; step 2 due 30 Jun, not done:
//   actual 50%, planned 100%, still in its period → behind.
// - A02: ends 31 May, its only step (due 31 May) not done: 0% of 100% → overdue.
// - A03: step due 1 Mar done 1 Feb, step "ประชุม" due 15 Aug: 50% of 50% → on
//   track; the meeting falls due in Q3 (1 Jul – 30 Sep).
// Plan: actual (50 + 0 + 50) / 3 = 33.3%, planned (100 + 100 + 50) / 3 = 83.3%.
const LoadResult& workspace() {
    static LoadResult r = load_sources({
        {"p1/plan.yaml", test::plan_yaml()},
        {"p1/A01.yaml", test::activity_yaml("A01")},
        {"p1/A02.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A02\ntitle: กิจกรรมสอง\nowners: [ส.ตต.]\n"
                        "period: {start: 2023-01-01, end: 2023-05-31}\n"
                        "steps:\n  - {id: \"1\", title: ส่งรายงาน, due: 2023-05-31}\n"},
        {"p1/A03.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A03\ntitle: กิจกรรมสาม\nowners: [ส.ตต.]\n"
                        "period: {start: 2023-01-01, end: 2023-12-31}\n"
                        "steps:\n  - {id: \"1\", title: เตรียมงาน, due: 2023-03-01, done: 2023-02-01}\n"
                        "  - {id: \"2\", title: ประชุม, due: 2023-08-15}\n"},
    });
    return r;
}

PlanReport q2_report() {
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    auto reports = build_reports(workspace().model, req);
    REQUIRE(reports.size() == 1);
    return reports[0];
}

}  // namespace

TEST_CASE("the workspace of these tests loads without errors") {
    CHECK(test::diag_lines(workspace().diags) == "");
}

TEST_CASE("summary_facts: behind, overdue and what falls due next quarter") {
    PlanReport r = q2_report();
    SummaryFacts f = summary_facts(r);
    CHECK(r.activities_done == 0);
    REQUIRE(f.behind.size() == 1);
    CHECK(f.behind[0]->activity->id.value == "A01");
    REQUIRE(f.overdue.size() == 1);
    CHECK(f.overdue[0]->activity->id.value == "A02");
    REQUIRE(f.next_quarter);
    CHECK(f.next_quarter_number == 3);
    CHECK(format_iso(f.next_quarter->start) == "2023-07-01");
    CHECK(format_iso(f.next_quarter->end) == "2023-09-30");
    REQUIRE(f.due_next.size() == 1);
    CHECK(f.due_next[0].activity->id.value == "A03");
    CHECK(f.due_next[0].step->title == "ประชุม");
}

TEST_CASE("summary_facts: nothing falls due after the fourth quarter") {
    ReportRequest req;
    req.date = ReportDate::of_quarter(4);
    auto reports = build_reports(workspace().model, req);
    SummaryFacts f = summary_facts(reports.at(0));
    CHECK_FALSE(f.next_quarter);
    CHECK(f.due_next.empty());
}

TEST_CASE("executive_summary names the figures and the activities, in Thai") {
    SummaryText s = executive_summary(q2_report(), workspace().model, Lang::th);
    CHECK(s.lead == "ณ วันที่ 30 มิ.ย. 2566 แผนปฏิบัติการมีความคืบหน้าร้อยละ 33.3 เทียบกับแผนร้อยละ 83.3 "
                    "(ช้ากว่าแผน 50.0 จุด) กิจกรรมที่นับรวมในตัวชี้วัดแล้วเสร็จ 0 จาก 3 กิจกรรม");
    REQUIRE(s.bullets.size() == 3);
    CHECK(s.bullets[0] == "กิจกรรมที่ล่าช้ากว่าแผน: A01 กิจกรรม (ทำได้ร้อยละ 50.0 จากแผนร้อยละ 100.0)");
    CHECK(s.bullets[1] == "กิจกรรมที่เกินกำหนดแล้วยังไม่แล้วเสร็จ: A02 กิจกรรมสอง (สิ้นสุด 31 พ.ค. 2566 ทำได้ร้อยละ 0.0)");
    CHECK(s.bullets[2] == "งานที่ถึงกำหนดในไตรมาส 3/2566 (1 ก.ค. 2566 – 30 ก.ย. 2566):");
    REQUIRE(s.items.size() == 3);
    CHECK(s.items[0].empty());
    CHECK(s.items[2] == std::vector<std::string>{"A03 ขั้นตอน 2 ประชุม (ภายใน 15 ส.ค. 2566)"});
}

TEST_CASE("executive_summary: how far behind is the difference of the unrounded figures, rounded once") {
    // 61.143 and 66.857 print as 61.1 and 66.9, whose difference is 5.8; the
    // plan is 5.714 points behind, which prints 5.7, as the risk explanation
    // of the plan's behind metric does (docs/computations.md, "Rounding").
    PlanReport r = q2_report();
    r.completion = 61.143;
    r.planned = 66.857;
    SummaryText s = executive_summary(r, workspace().model, Lang::th);
    CHECK(s.lead.find("ร้อยละ 61.1 เทียบกับแผนร้อยละ 66.9 (ช้ากว่าแผน 5.7 จุด)") != std::string::npos);
    r.completion = 66.857;
    r.planned = 61.143;
    CHECK(executive_summary(r, workspace().model, Lang::en).lead.find("5.7 points ahead of plan") != std::string::npos);
}

TEST_CASE("executive_summary names late steps, year-end KPIs, the highest risk and next quarter's steps") {
    // As of 30 Jun 2023 (quarter 2):
    // - A01 (counts): step 1 due 31 Mar done 15 Mar; step 2 "ประชุมคณะทำงาน" due
    //   31 May, not done: late, although A01 (to 31 Dec) is not overdue as a whole.
    // - A02 (counts: false, the director's approval): step 1 "เสนอผู้อำนวยการ"
    //   due 15 Jul, not done: falls due in quarter 3, listed although it counts
    //   toward nothing.
    // - R9: assessed 3 × 3 = 9 on 1 Jun, band ปานกลาง (medium, 5–9), under 12.
    // - K1: completion >= 100; 50% as of 30 Jun: not met, a year-end target.
    LoadResult ws = load_sources({
        {"p1/plan.yaml", test::plan_yaml("kpis:\n  - {id: K1, text: ทำครบ, measure: completion, op: \">=\", value: 100}\n")},
        {"p1/A01.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A01\ntitle: กิจกรรมหนึ่ง\nowners: [ส.ตต., ออป.ภาค]\n"
                        "period: {start: 2023-01-01, end: 2023-12-31}\n"
                        "steps:\n  - {id: \"1\", title: เตรียมงาน, due: 2023-03-31, done: 2023-03-15}\n"
                        "  - {id: \"2\", title: ประชุมคณะทำงาน, due: 2023-05-31}\n"},
        {"p1/A02.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A02\ntitle: ขออนุมัติแผน\nowners: [ส.ตต.]\n"
                        "counts: false\nperiod: {start: 2023-01-01, end: 2023-07-31}\n"
                        "steps:\n  - {id: \"1\", title: เสนอผู้อำนวยการ, due: 2023-07-15}\n"},
        {"p1/R9.yaml", "scmplan: 1\nkind: risk\nplan: p1\nid: R9\ntitle: ล่าช้า\n"
                       "factors: [f]\nmitigation: [m]\nmonitoring: [m]\n"
                       "likelihood:\n  scale:\n    - {level: 1}\n    - {level: 2}\n    - {level: 3}\n    - {level: 4}\n    - {level: 5}\n"
                       "assessments:\n  - {as_of: 2023-06-01, likelihood: 3, impact: 3}\n"},
    });
    REQUIRE(test::diag_lines(ws.diags).find(": E") == std::string::npos);
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    auto reports = build_reports(ws.model, req);
    REQUIRE(reports.size() == 1);
    SummaryFacts f = summary_facts(reports[0]);
    REQUIRE(f.steps_overdue.size() == 1);
    CHECK(f.steps_overdue[0].step->title == "ประชุมคณะทำงาน");
    REQUIRE(f.risk_highest);
    CHECK(f.risk_highest->score == 9);

    SummaryText th = executive_summary(reports[0], ws.model, Lang::th);
    std::vector<std::string> want{
        "กิจกรรมที่ล่าช้ากว่าแผน: A01 กิจกรรมหนึ่ง (ทำได้ร้อยละ 50.0 จากแผนร้อยละ 100.0)",
        "ไม่มีกิจกรรมที่เกินกำหนด",
        "ขั้นตอนที่เลยกำหนดแล้วยังไม่แล้วเสร็จ:",
        "ตัวชี้วัดที่บรรลุเป้าหมายสิ้นปีแล้ว: ไม่มี",
        "ตัวชี้วัดที่ยังไม่บรรลุ (เป้าหมายสิ้นปี): K1 ทำครบ (ผล 50.0%, เกณฑ์ ≥ 100%)",
        "ไม่มีความเสี่ยงที่คะแนนถึงเกณฑ์ที่ต้องบริหาร (คะแนน 12 ขึ้นไป) ความเสี่ยงสูงสุดคือ R9 ล่าช้า (คะแนน 9 ระดับปานกลาง)",
        "งานที่ถึงกำหนดในไตรมาส 3/2566 (1 ก.ค. 2566 – 30 ก.ย. 2566):"};
    CHECK(th.bullets == want);
    REQUIRE(th.items.size() == want.size());
    // The late steps are a short table under their bullet: step, owners, due, days late (30 Jun − 31 May).
    CHECK(th.items[2].empty());
    REQUIRE(th.steps_overdue_at == std::optional<std::size_t>(2));
    CHECK(th.steps_overdue ==
          std::vector<std::vector<std::string>>{{"A01 ขั้นตอน 2 ประชุมคณะทำงาน", "ส.ตต., ออป.ภาค", "31 พ.ค. 2566", "30"}});
    CHECK(th.items[6] == std::vector<std::string>{"A02 ขั้นตอน 1 เสนอผู้อำนวยการ (ภายใน 15 ก.ค. 2566)"});
    SummaryText en = executive_summary(reports[0], ws.model, Lang::en);
    REQUIRE(en.bullets.size() == want.size());
    CHECK(en.bullets[2] == "Steps past their due date, not done:");
    CHECK(en.steps_overdue ==
          std::vector<std::vector<std::string>>{{"A01 step 2 ประชุมคณะทำงาน", "ส.ตต., ออป.ภาค", "2023-05-31", "30"}});
    CHECK(en.bullets[5] == "No risk scores at or over the threshold of 12; the highest is R9 ล่าช้า (score 9, medium).");
}

TEST_CASE("executive_summary in English") {
    SummaryText s = executive_summary(q2_report(), workspace().model, Lang::en);
    CHECK(s.lead == "As of 2023-06-30, the plan is 33.3% complete against 83.3% planned "
                    "(50.0 points behind plan); 0 of 3 counted activities are done.");
    REQUIRE(s.bullets.size() == 3);
    CHECK(s.bullets[2] == "Due in Quarter 3, 2023 (2023-07-01 – 2023-09-30):");
    CHECK(s.items[2] == std::vector<std::string>{"A03 step 2 ประชุม (by 2023-08-15)"});
}

TEST_CASE("docx run: text escaped, line breaks and tabs as Word elements") {
    CHECK(docx::run("a<b & c\nd") ==
          "<w:r><w:t xml:space=\"preserve\">a&lt;b &amp; c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t></w:r>");
    CHECK(docx::run("x\r\ny\tz", true) ==
          "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">x</w:t><w:br/>"
          "<w:t xml:space=\"preserve\">y</w:t><w:tab/><w:t xml:space=\"preserve\">z</w:t></w:r>");
    // A control character XML 1.0 cannot hold is dropped, not written.
    CHECK(docx::run("a\x01z") == "<w:r><w:t xml:space=\"preserve\">az</w:t></w:r>");
}

// Widths at 14 pt, in twips (docx_xml.cpp): capitals 170, lower case 135,
// digits 152, Thai letters 165 (vowels above and below and tone marks 0), space
// 90, . , : ; 70, ( ) 80, % 250, other signs 175; each cell adds 230 of margins
// and slack.

TEST_CASE("column_widths: numbers as wide as their text, the title takes the rest") {
    // "A01" 170 + 152 + 152 + 230 = 704; "100.0%" 3 × 152 + 70 + 152 + 250 + 230
    // = 1158; the title gets 9071 − 704 − 1158 = 7209.
    std::vector<docx::Column> cols{{"x", false, false}, {"กิจกรรม", true, false}, {"y", false, true}};
    std::string title;
    for (int i = 0; i < 20; ++i) title += "abcd ";
    std::vector<std::vector<std::string>> rows{{"A01", title, "100.0%"}};
    auto w = docx::column_widths(cols, rows);
    CHECK(w == std::vector<int>{704, 7209, 1158});
    // Short texts: still the full text width, the wrap column taking the slack.
    rows = {{"A01", "สั้น", "1%"}};
    w = docx::column_widths(cols, rows);
    CHECK(std::accumulate(w.begin(), w.end(), 0) == docx::text_width);
    CHECK(w[0] == 704);
    CHECK(w[2] == 152 + 250 + 230);
}

TEST_CASE("column_widths: wrap columns share the rest by the width they lack") {
    // Nowrap "A01": 704. Long text ("ab " × 33 + "a"): line 33 × 360 + 135 + 230
    // = 12245, widest word "ab" 500. Short ("ab ab ab abc"): line 3 × 360 + 405
    // + 230 = 1715, word "abc" 635. Lacking 11745 and 1080 (sum 12825), they
    // share 9071 − 704 − 500 − 635 = 7232: 7232 × 11745 / 12825 = 6622 and
    // 7232 × 1080 / 12825 = 609 (floored); the 1 twip of rounding goes to the
    // widest: {704, 500 + 6622 + 1, 635 + 609}.
    std::vector<docx::Column> cols{{"", false, false}, {"", true, false}, {"", true, false}};
    std::string long_text;
    for (int i = 0; i < 33; ++i) long_text += "ab ";
    long_text += "a";
    auto w = docx::column_widths(cols, {{"A01", long_text, "ab ab ab abc"}});
    CHECK(w == std::vector<int>{704, 7123, 1244});
}

TEST_CASE("column_widths: a date period on two lines is as wide as its longer line") {
    // "1 ม.ค. 2566 –": 152 + 90 + 165 + 70 + 165 + 70 + 90 + 608 + 90 + 175 = 1675,
    // + 230 = 1905; "31 ธ.ค. 2566" is narrower.
    std::vector<docx::Column> cols{{"", false, false}, {"t", true, false}};
    auto w = docx::column_widths(cols, {{"1 ม.ค. 2566 –\n31 ธ.ค. 2566", "x"}});
    CHECK(w[0] == 1905);
    CHECK(w[1] == docx::text_width - 1905);
}

TEST_CASE("column_widths: a Thai word counts at most six letters; a header wraps") {
    // The status column: "เป็นไปตามแผน" (11 letters with advance) may wrap, so
    // its minimum is 6 × 165 + 230 = 1220; the nowrap column's header "two words"
    // wraps: its minimum is "words" (5 × 135 + 230) × 9/8 = 1018 (a header is
    // bold, measured an eighth wider), not both words.
    std::vector<docx::Column> cols{{"two words", false, false}, {"t", true, false}, {"", true, false}};
    std::string title;
    for (int i = 0; i < 50; ++i) title += "abcd ";  // wants everything
    auto w = docx::column_widths(cols, {{"1", title, "เป็นไปตามแผน"}});
    CHECK(w[0] == 1018);
    CHECK(w[2] >= 1220);
    CHECK(w[2] < 1220 + 200);  // a small share: it lacks 825, the title some 30000
}

TEST_CASE("column_widths: nowrap columns that cannot fit the page wrap at their spaces") {
    // Eight cells "12345 67890": a line is 10 × 152 + 90 + 230 = 1840 (× 8 =
    // 14720, wider than 9071); a word 5 × 152 + 230 = 990 (× 8 = 7920 fits).
    std::vector<docx::Column> cols(8, docx::Column{"", false, true});
    auto w = docx::column_widths(cols, {std::vector<std::string>(8, "12345 67890")});
    CHECK(std::accumulate(w.begin(), w.end(), 0) == docx::text_width);
    for (int x : w) CHECK(x >= 990);
}

TEST_CASE("the styles declare TH Sarabun New 16 pt, A4 and the Word style names") {
    std::string s = docx::styles_xml(Lang::th);
    CHECK(s.find("<w:rFonts w:ascii=\"TH Sarabun New\" w:hAnsi=\"TH Sarabun New\" w:eastAsia=\"TH Sarabun New\" "
                 "w:cs=\"TH Sarabun New\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>") != std::string::npos);
    for (const char* id : {"\"Title\"", "\"Heading1\"", "\"Heading2\"", "\"ReportTable\"", "\"ListBullet\""})
        CHECK(s.find(std::string("w:styleId=") + id) != std::string::npos);
    std::string d = docx::document("");
    CHECK(d.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
    CHECK(d.find("w:top=\"1418\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\"") != std::string::npos);
}

TEST_CASE("docx image_of: the size the SVG declares, in points, and the caption as alternative text") {
    docx::Image img = docx::image_of(
        {"Timeline", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1234.5\" "
                     "height=\"640.0\" viewBox=\"0 0 1234.5 640.0\"><rect stroke-width=\"2\"/></svg>\n"});
    CHECK(img.width_pt == 1234.5 * 0.75);
    CHECK(img.height_pt == 640.0 * 0.75);
    CHECK(img.description == "Timeline");
    // Only the root's own width and height count; without them the size is 0.
    docx::Image none = docx::image_of({"x", "<svg><rect width=\"10\" height=\"10\"/></svg>"});
    CHECK(none.width_pt == 0);
    CHECK(none.height_pt == 0);
}

TEST_CASE("render_report_docx: the pictures as SVG with their captions, in the order of their parts") {
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    const Model& m = workspace().model;
    std::vector<PlanReport> reports = build_reports(m, req);
    RenderOptions o;
    o.lang = Lang::en;
    DocxDocument doc = render_report_docx(reports, report_chart_data(m, reports), m, o);
    // The workspace has no risk: the timeline only, one page.
    REQUIRE(doc.pictures.size() == 1);
    CHECK(doc.pictures[0].part == "word/media/image1.png");
    CHECK(doc.pictures[0].picture.caption == timeline_caption(Lang::en));
    CHECK(doc.pictures[0].picture.svg.find("<svg") != std::string::npos);
    CHECK(doc.date == reports[0].as_of);
    CHECK(doc.parts.front().name == "[Content_Types].xml");
    for (const ZipEntry& part : doc.parts) CHECK(part.name.find("media/") == std::string::npos);
    std::string document;
    for (const ZipEntry& part : doc.parts)
        if (part.name == "word/document.xml") document = part.data;
    CHECK(document.find("descr=\"Timeline\"") != std::string::npos);
    // Without chart data, no picture.
    CHECK(render_report_docx(reports, {}, m, o).pictures.empty());
}

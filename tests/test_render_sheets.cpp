// Typed cells for spreadsheets, and the building blocks of the HTML documents.
#include <doctest/doctest.h>

#include "scmplan/render_html.hpp"
#include "scmplan/report.hpp"
#include "scmplan/sheets.hpp"
#include "support.hpp"

using namespace scmplan;

TEST_CASE("cells hold the figures the reports print, rounded half away from zero") {
    // 37.45% is shown as 37.5%: the cell holds 0.375, not 0.3745.
    CHECK(Cell::of_percent(37.45).value == doctest::Approx(0.375).epsilon(1e-12));
    CHECK(Cell::of_percent(100).value == 1.0);
    CHECK(Cell::of_percent(-0.01).value == 0.0);  // no "-0.0%"
    CHECK(Cell::of_number(1.150215, 4).value == doctest::Approx(1.1502).epsilon(1e-12));
    CHECK(Cell::of_number(2.5).value == 2.5);
    CHECK(Cell::of_number(std::optional<double>{}).kind == Cell::Kind::empty);
    CHECK(Cell::of_date(std::optional<Date>{}).kind == Cell::Kind::empty);
}

TEST_CASE("number formats: percentages, decimals, Thai Buddhist-era and ISO dates") {
    CHECK(number_format(Cell::of_percent(40.8), Lang::th) == "0.0%");
    CHECK(number_format(Cell::of_percent(80, 0), Lang::th) == "0%");
    CHECK(number_format(Cell::of_number(1.04, 4), Lang::th) == "0.0000");
    CHECK(number_format(Cell::of_number(3, 0), Lang::th) == "0");
    CHECK(number_format(Cell::of_number(0.5), Lang::th) == "General");
    CHECK(number_format(Cell::of_date(Date::from_ymd(2023, 6, 30)), Lang::th) == "[$-107041E]d mmm yyyy");
    CHECK(number_format(Cell::of_date(Date::from_ymd(2023, 6, 30)), Lang::en) == "yyyy-mm-dd");
    CHECK(number_format(Cell::of_text("=1+1"), Lang::th) == "");
}

TEST_CASE("cell_display shows what the other formats print") {
    CHECK(cell_display(Cell::of_percent(40.75), Lang::th) == "40.8%");
    CHECK(cell_display(Cell::of_number(1.04, 4), Lang::th) == "1.0400");
    CHECK(cell_display(Cell::of_number(100), Lang::th) == "100");
    CHECK(cell_display(Cell::of_date(Date::from_ymd(2023, 6, 30)), Lang::th) == "30 มิ.ย. 2566");
    CHECK(cell_display(Cell::of_date(Date::from_ymd(2023, 6, 30)), Lang::en) == "2023-06-30");
    CHECK(cell_display(Cell{}, Lang::th) == "");
}

TEST_CASE("column widths follow the display width, longest line, within 6..wrap_width") {
    Sheet s;
    s.headers = {"รหัส", "กิจกรรม", "x"};
    // Thai vowels and tone marks take no column: "ผู้รับผิดชอบ" is 8 columns wide.
    s.rows.push_back({Cell::of_text("A01"), Cell::of_text("ผู้รับผิดชอบ\nสั้น"), Cell::of_text(std::string(100, 'a'))});
    s.rows.push_back({Cell::of_text("A10"), Cell::of_date(Date::from_ymd(2023, 12, 31)), Cell{}});
    std::vector<double> w = column_widths(s, Lang::th);
    REQUIRE(w.size() == 3);
    CHECK(w[0] == 6);   // "รหัส" 4 columns + 2 = 6
    CHECK(w[1] == 14);  // "31 ธ.ค. 2566" 12 columns + 2, wider than "ผู้รับผิดชอบ" (8)
    CHECK(w[2] == 40);  // 100 columns, capped at wrap_width (the cells wrap)
}

TEST_CASE("report_workbook: one sheet per table, a row per item, typed cells") {
    LoadResult r = load_sources({{"p/plan.yaml", test::plan_yaml()}, {"p/A01.yaml", test::activity_yaml()}});
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    auto reports = build_reports(r.model, req);
    RenderOptions o;
    Workbook wb = report_workbook(reports, o);
    std::vector<std::string> names;
    for (const Sheet& s : wb.sheets) names.push_back(s.name);
    CHECK(names == std::vector<std::string>{"แผน", "กิจกรรม", "เป้าหมาย", "ตัวชี้วัด", "GAP", "ความเสี่ยง", "ผลและปัญหา"});
    CHECK(wb.created == Date::from_ymd(2023, 6, 30));
    const Sheet& acts = wb.sheets[1];
    REQUIRE(acts.rows.size() == 1);
    REQUIRE(acts.rows[0].size() == acts.headers.size());
    // Two equal steps, one done by 30 June: 50% actual; both due by then: 100% planned.
    CHECK(acts.rows[0][7].kind == Cell::Kind::percent);
    CHECK(acts.rows[0][7].value == 1.0);
    CHECK(acts.rows[0][8].value == 0.5);
    CHECK(acts.rows[0][5].kind == Cell::Kind::date);
    CHECK(acts.rows[0][5].date == Date::from_ymd(2023, 1, 1));
    for (const Sheet& s : wb.sheets)
        for (const auto& row : s.rows) CHECK(row.size() == s.headers.size());
}

TEST_CASE("html_text escapes markup and keeps line breaks") {
    CHECK(html_text("<b>&\"'") == "&lt;b&gt;&amp;&quot;&apos;");
    CHECK(html_text("หนึ่ง\nสอง\r\nสาม\n") == "หนึ่ง<br>สอง<br>สาม");
    CHECK(html_text("a\x01z") == "az");  // not allowed in XML, dropped
}

TEST_CASE("inline_svg drops the XML declaration") {
    CHECK(inline_svg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg x=\"1\"></svg>\n") == "<svg x=\"1\"></svg>");
    CHECK(inline_svg("no picture") == "");
    CHECK(inline_svg("<svg><pattern id=\"p\"/><rect fill=\"url(#p)\"/><use href=\"#p\"/></svg>", "a-") ==
          "<svg><pattern id=\"a-p\"/><rect fill=\"url(#a-p)\"/><use href=\"#a-p\"/></svg>");
}

TEST_CASE("sheets: a form's rows are as high as their wrapped lines; its input columns have room to type") {
    Sheet s;
    s.headers = {"a", "b"};
    s.rows = {{Cell::of_text(std::string(30, 'x')), Cell{}}, {Cell::of_text("x\ny\nz"), Cell{}}};
    ColumnInput text;
    text.kind = ColumnInput::Kind::text;
    s.inputs = {ColumnInput{}, text};
    std::vector<double> widths = column_widths(s, Lang::th);
    CHECK(widths == std::vector<double>{32, 40});  // 30 + 2; an empty text input gets 40
    // In its own width the text is one line.
    CHECK(row_lines(s, widths, Lang::th) == std::vector<int>{1, 1, 3});
    widths[0] = 12;  // 10 characters: the 30 wrap at 8 a line (four fifths), 4 lines
    CHECK(row_lines(s, widths, Lang::th) == std::vector<int>{1, 4, 3});
    widths[0] = 31;  // 29 characters: 30 wrap at 23 a line, 2 lines
    CHECK(row_lines(s, widths, Lang::th) == std::vector<int>{1, 2, 3});
}

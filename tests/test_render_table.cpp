// CSV and TSV cells, rows and headers (src/render/table.cpp).
#include <doctest/doctest.h>

#include "scmplan/render.hpp"

using namespace scmplan;

TEST_CASE("a TSV field escapes tab, line feed, carriage return and backslash, and nothing else") {
    CHECK(tsv_field("a\tb") == "a\\tb");
    CHECK(tsv_field("line 1\nline 2") == "line 1\\nline 2");
    CHECK(tsv_field("cr\r") == "cr\\r");
    CHECK(tsv_field("C:\\pwa") == "C:\\\\pwa");
    CHECK(tsv_field("ก, \"ข\" =1") == "ก, \"ข\" =1");  // commas, quotes and formulas are plain text in TSV
}

TEST_CASE("table rows: CSV with commas and CRLF, TSV with tabs and LF") {
    RenderOptions csv, tsv;
    tsv.tsv = true;
    CHECK(table_row({table_cell("a,b", csv), "1"}, csv) == "\"a,b\",1\r\n");
    CHECK(table_row({table_cell("a,b", tsv), "1"}, tsv) == "a,b\t1\n");
    CHECK(table_header("plan,quarter", tsv) == "plan\tquarter\n");
    RenderOptions excel;
    excel.excel = true;
    CHECK(table_header("plan,quarter", excel) == "\xEF\xBB\xBFplan,quarter\r\n");
    CHECK(table_cell("=1+1", excel) == "'=1+1");
}

TEST_CASE("the columns that identify a plan, with plan_year where a table has a year already") {
    CHECK(plan_id_columns() == "workspace,organisation,enabler,year,plan_title");
    CHECK(plan_id_columns(true) == "workspace,organisation,enabler,plan_year,plan_title");
    Plan p;
    p.workspace = "ministry/pwa";
    p.organisation = "การประปา, ตัวอย่าง";
    p.enabler.value = "DT";
    p.year.value = 2566;
    p.title = "แผน\tDT";
    std::vector<std::string> cells;
    RenderOptions tsv;
    tsv.tsv = true;
    append_plan_id(cells, p, tsv);
    CHECK(table_row(cells, tsv) == "ministry/pwa\tการประปา, ตัวอย่าง\tDT\t2566\tแผน\\tDT\n");
    cells.clear();
    append_plan_id(cells, p, RenderOptions{});
    CHECK(table_row(cells, RenderOptions{}) == "ministry/pwa,\"การประปา, ตัวอย่าง\",DT,2566,แผน\tDT\r\n");
}

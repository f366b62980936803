// The cells of a filled progress form read as values (src/cli/form_cells.cpp):
// dates in every way a person or a spreadsheet writes them, numbers, evidence.
#include <doctest/doctest.h>

#include "../../src/cli/form_cells.hpp"

using namespace scmplan;
using namespace scmplan::cli;

namespace {

XlsxCell text(std::string s) {
    XlsxCell c;
    c.text = std::move(s);
    return c;
}

XlsxCell number(double x, bool date = true) {
    XlsxCell c;
    c.kind = XlsxCell::Kind::number;
    c.number = x;
    c.text = std::to_string(x);
    c.date_format = date;
    return c;
}

std::string iso(const CellValue<Date>& d) { return d.value ? format_iso(*d.value) : "error: " + d.error; }

}  // namespace

TEST_CASE("form cells: a date cell as an Excel date (1900 and 1904), ISO, Thai or dd/mm/yyyy text") {
    CHECK(iso(cell_date(number(45107), false)) == "2023-06-30");
    CHECK(iso(cell_date(number(43645), true)) == "2023-06-30");
    CHECK(iso(cell_date(number(45107, false), false)) == "2023-06-30");  // a plain number is a day number too
    CHECK(iso(cell_date(text("2023-06-30"), false)) == "2023-06-30");
    CHECK(iso(cell_date(text("30 มิ.ย. 2566"), false)) == "2023-06-30");
    CHECK(iso(cell_date(text("30 มิถุนายน 2566"), false)) == "2023-06-30");
    CHECK(iso(cell_date(text("30/06/2566"), false)) == "2023-06-30");
    CHECK(iso(cell_date(text("30/06/2023"), false)) == "2023-06-30");
    XlsxCell strict = text("2023-06-30T00:00:00");
    strict.date_format = true;  // t="d"
    CHECK(iso(cell_date(strict, false)) == "2023-06-30");
    CHECK(cell_date(text("พรุ่งนี้"), false).error.find("is not a date") != std::string::npos);
    CHECK(cell_date(number(60), false).error == "60.000000 is not a date a spreadsheet counts");
    XlsxCell yes;
    yes.kind = XlsxCell::Kind::boolean;
    yes.text = "1";
    CHECK(cell_date(yes, false).error == "'1' is not a date");
}

TEST_CASE("form cells: numbers, text, evidence") {
    CHECK(*cell_number(number(40.5, false)).value == 40.5);
    CHECK(*cell_number(text(" 60 ")).value == 60);
    CHECK(cell_number(text("สาม")).error == "'สาม' is not a number");
    CHECK(cell_number(text("40%")).error == "'40%' is not a number");
    CHECK(cell_text(number(3.1, false)) == "3.1");
    CHECK(cell_text(number(3, false)) == "3");
    CHECK(cell_text(text("ข้อความ \n")) == "ข้อความ");
    CHECK(cell_evidence(text("evidence/a.pdf\n evidence/b.pdf ;https://example.org/c\n\n")) ==
          std::vector<std::string>{"evidence/a.pdf", "evidence/b.pdf", "https://example.org/c"});
    CHECK(evidence_problem("evidence/a.pdf") == "");
    CHECK(evidence_problem("https://example.org/a") == "");
    CHECK(evidence_problem("../secret.pdf") == "evidence path '../secret.pdf' leaves the workspace");
    CHECK(evidence_problem("evidence/../../x") == "evidence path 'evidence/../../x' leaves the workspace");
    CHECK(evidence_problem("/etc/passwd") == "evidence path '/etc/passwd' is absolute");
    CHECK(evidence_problem("a\\b.pdf") == "evidence path 'a\\b.pdf' has a '\\'");
    CHECK(evidence_problem("ftp://example.org/a") == "'ftp://example.org/a' is not an http or https address");
    CHECK(evidence_problem("https:///a") == "'https:///a' has no host");
    CHECK(relative_to_root("plans/fio/activities/A07.yaml", "plans", "/w") == "fio/activities/A07.yaml");
    CHECK(relative_to_root("/w/plans/a.yaml", "plans", "/w") == "a.yaml");
}

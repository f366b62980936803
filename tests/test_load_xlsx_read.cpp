// The cells of an .xlsx workbook (src/load/xlsx_read.cpp): shared and inline
// strings, numbers and their date formats, the 1904 date system, and what a
// hostile or broken workbook gets instead of cells.
#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "zip_support.hpp"
#include "scmplan/xlsx_read.hpp"

using namespace scmplan;

namespace {

const std::string& ns = test::xlsx_ns;
const std::string& rel_ns = test::rels_ns;
using test::rel_type;

/// A workbook of one sheet "S" whose <sheetData> is `data`, with the given
/// shared strings, styles and workbookPr.
std::string workbook(const std::string& data, const std::string& shared = "", const std::string& styles = "",
                     const std::string& pr = "") {
    std::vector<std::pair<std::string, std::string>> parts{
        {"_rels/.rels", "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
                            "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<workbook " + ns + ">" + pr +
                                "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
             "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel_type +
             "sharedStrings\" Target=\"/xl/sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel_type +
             "styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", "<worksheet " + ns + "><sheetData>" + data + "</sheetData></worksheet>"}};
    if (!shared.empty()) parts.emplace_back("xl/sharedStrings.xml", "<sst " + ns + ">" + shared + "</sst>");
    if (!styles.empty()) parts.emplace_back("xl/styles.xml", "<styleSheet " + ns + ">" + styles + "</styleSheet>");
    return test::make_zip(parts);
}

}  // namespace

TEST_CASE("xlsx: shared strings (plain and rich), inline strings, numbers, booleans, errors") {
    std::string err;
    auto book = read_xlsx(
        workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                 "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>ข้อความ</t></is></c><c r=\"C3\"><v>42.5</v></c>"
                 "<c r=\"D3\" t=\"b\"><v>1</v></c><c r=\"E3\" t=\"e\"><v>#N/A</v></c><c r=\"F3\" s=\"0\"/>"
                 "<c r=\"G3\" t=\"str\"><f>A1</f><v>x</v></c></row>",
                 "<si><t>วันที่แล้วเสร็จ (done)</t></si><si><r><t>ab</t></r><r><t>cd</t></r><rPh><t>zz</t></rPh></si>"),
        err);
    REQUIRE_MESSAGE(book, err);
    REQUIRE(book->sheets.size() == 1);
    const XlsxSheet* s = book->sheet("S");
    REQUIRE(s);
    CHECK_FALSE(book->sheet("s"));
    REQUIRE(s->cells.size() == 7);  // F3 has no value
    CHECK(s->cells[0].text == "วันที่แล้วเสร็จ (done)");
    CHECK((s->cells[0].row == 1 && s->cells[0].col == 0));
    CHECK(s->cells[1].text == "abcd");
    CHECK(s->cells[1].col == 2);
    CHECK(s->cells[2].text == "ข้อความ");
    CHECK((s->cells[2].row == 3 && s->cells[2].col == 1));
    CHECK(s->cells[3].kind == XlsxCell::Kind::number);
    CHECK(s->cells[3].number == 42.5);
    CHECK_FALSE(s->cells[3].date_format);
    CHECK(s->cells[4].kind == XlsxCell::Kind::boolean);
    CHECK(s->cells[4].number == 1);
    CHECK(s->cells[5].kind == XlsxCell::Kind::error);
    CHECK(s->cells[5].text == "#N/A");
    CHECK(s->cells[6].text == "x");
    CHECK_FALSE(book->date1904);
}

TEST_CASE("xlsx: rows and cells without a reference follow the previous ones") {
    std::string err;
    auto book = read_xlsx(workbook("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"), err);
    REQUIRE_MESSAGE(book, err);
    const auto& c = book->sheets[0].cells;
    REQUIRE(c.size() == 4);
    CHECK(cell_ref(c[0].row, c[0].col) == "A1");
    CHECK(cell_ref(c[1].row, c[1].col) == "B1");
    CHECK(cell_ref(c[2].row, c[2].col) == "C2");
    CHECK(cell_ref(c[3].row, c[3].col) == "D2");
}

TEST_CASE("xlsx: a number is a date by its style's format, built-in or custom; 1904 is read") {
    std::string styles = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-107041E]d\\ mmm\\ yyyy\"/>"
                         "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot;d&quot;\"/></numFmts>"
                         "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>";
    std::string data = "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45107</v></c><c r=\"B2\" s=\"2\"><v>45107.75</v></c>"
                       "<c r=\"C2\" s=\"3\"><v>5</v></c><c r=\"D2\" s=\"0\"><v>45107</v></c><c r=\"E2\" s=\"9\"><v>1</v></c></row>";
    std::string err;
    auto book = read_xlsx(workbook(data, "", styles), err);
    REQUIRE_MESSAGE(book, err);
    const auto& c = book->sheets[0].cells;
    CHECK(c[0].date_format);
    CHECK(c[1].date_format);
    CHECK_FALSE(c[2].date_format);  // "d" in quotes is text
    CHECK_FALSE(c[3].date_format);
    CHECK_FALSE(c[4].date_format);  // a style index past the table: a plain number
    // 45107 is 2023-06-30 in the 1900 system (45107 − 25569 days after 1970-01-01).
    CHECK(format_iso(*excel_date(c[0].number, book->date1904)) == "2023-06-30");
    CHECK(format_iso(*excel_date(c[1].number, book->date1904)) == "2023-06-30");  // the time is dropped

    auto b1904 = read_xlsx(workbook(data, "", styles, "<workbookPr date1904=\"1\"/>"), err);
    REQUIRE_MESSAGE(b1904, err);
    CHECK(b1904->date1904);
    // The 1904 system counts 1462 days fewer: 43645 is 2023-06-30.
    CHECK(format_iso(*excel_date(43645, true)) == "2023-06-30");
    CHECK(read_xlsx(workbook(data, "", styles, "<workbookPr date1904=\"true\"/>"), err)->date1904);
    CHECK_FALSE(read_xlsx(workbook(data, "", styles, "<workbookPr date1904=\"0\"/>"), err)->date1904);
}

TEST_CASE("xlsx: Excel's date numbers around its 29 February 1900") {
    CHECK(format_iso(*excel_date(1, false)) == "1900-01-01");
    CHECK(format_iso(*excel_date(59, false)) == "1900-02-28");
    CHECK_FALSE(excel_date(60, false));
    CHECK(format_iso(*excel_date(61, false)) == "1900-03-01");
    CHECK(format_iso(*excel_date(0, true)) == "1904-01-01");
    CHECK_FALSE(excel_date(-1, false));
    CHECK_FALSE(excel_date(1e300, false));
    CHECK(excel_serial(Date::from_ymd(2023, 6, 30)) == 45107);
}

TEST_CASE("xlsx: date format codes") {
    CHECK(is_date_format_code("d mmm yyyy"));
    CHECK(is_date_format_code("dd/mm/yyyy"));
    CHECK(is_date_format_code("[$-th-TH,107]d mmm bbbb"));
    CHECK(is_date_format_code("[h]:mm"));
    CHECK(is_date_format_code("yyyy-mm-dd"));
    CHECK_FALSE(is_date_format_code("General"));
    CHECK_FALSE(is_date_format_code("0.00E+00"));
    CHECK_FALSE(is_date_format_code("#,##0.0"));
    CHECK_FALSE(is_date_format_code("[Red]0.0"));
    CHECK_FALSE(is_date_format_code("0\\d"));
    CHECK_FALSE(is_date_format_code("@"));
    CHECK(is_builtin_date_format(14));
    CHECK(is_builtin_date_format(22));
    CHECK(is_builtin_date_format(76));
    CHECK_FALSE(is_builtin_date_format(0));
    CHECK_FALSE(is_builtin_date_format(49));
}

TEST_CASE("xlsx: cell references, the last cell and what is not one") {
    CHECK(cell_ref(1, 0) == "A1");
    CHECK(cell_ref(7, 6) == "G7");
    CHECK(cell_ref(1048576, 16383) == "XFD1048576");
    CHECK(column_letters(25) == "Z");
    CHECK(column_letters(26) == "AA");
    CHECK(column_letters(701) == "ZZ");
    CHECK(column_letters(702) == "AAA");
    auto last = parse_cell_ref("XFD1048576");
    REQUIRE(last);
    CHECK(last->first == 1048576);
    CHECK(last->second == 16383);
    for (const char* bad : {"", "A", "1", "A0", "A01", "XFE1", "A1048577", "a1", "$A$1", "AAAA1", "A1B", "A-1",
                            "A99999999999999999999"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_cell_ref(bad));
    }
}

TEST_CASE("xlsx: what is broken is an error naming the sheet, the cell or the part") {
    std::string err;
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>"), err));
    CHECK(err == "the sheet 'S' has a cell reference 'A0', which is not a cell (A1 to XFD1048576)");
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"), err));
    CHECK(err.find("'XFE1'") != std::string::npos);
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1048577\"><c><v>1</v></c></row>"), err));
    CHECK(err == "the sheet 'S' has a row numbered '1048577', outside 1 to 1048576");
    CHECK_FALSE(read_xlsx(workbook("<row r=\"99999999999999999999\"/>"), err));
    CHECK(err.find("outside 1 to 1048576") != std::string::npos);
    CHECK_FALSE(read_xlsx(workbook("<row r=\"2\"><c r=\"A3\"><v>1</v></c></row>"), err));
    CHECK(err == "the sheet 'S' has the cell A3 in row 2");
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", "<si><t>a</t></si>"), err));
    CHECK(err == "the sheet 'S' has the cell A1 naming shared string '7', which does not exist");
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>"), err));
    CHECK(err == "the sheet 'S' has the cell A1 holding 'abc', which is not a number");
    CHECK_FALSE(read_xlsx(workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), err));
    CHECK(err.find("part 'xl/worksheets/sheet1.xml' is not well-formed XML") == 0);
    CHECK_FALSE(read_xlsx("not a zip", err));
    CHECK(err.find("not a zip archive") != std::string::npos);
}

TEST_CASE("xlsx: a sheet whose part is missing, a package that is not a workbook") {
    std::string err;
    auto missing = test::make_zip(
        {{"xl/workbook.xml", "<workbook " + ns + "><sheets><sheet name=\"steps\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
         {"xl/_rels/workbook.xml.rels", "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
                                            "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"}});
    CHECK_FALSE(read_xlsx(missing, err));
    CHECK(err == "the sheet 'steps' has no part: 'xl/worksheets/sheet1.xml' is not in the package");
    auto unnamed = test::make_zip({{"xl/workbook.xml", "<workbook " + ns +
                                                     "><sheets><sheet name=\"steps\" sheetId=\"1\" r:id=\"rId9\"/></sheets></workbook>"}});
    CHECK_FALSE(read_xlsx(unnamed, err));
    CHECK(err == "the sheet 'steps' has no part: the workbook's relationships do not name 'rId9'");
    CHECK_FALSE(read_xlsx(test::make_zip({{"word/document.xml", "<d/>"}}), err));
    CHECK(err == "is not a workbook: it has no part 'xl/workbook.xml'");
    CHECK_FALSE(read_xlsx(test::make_zip({{"xl/workbook.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><workbook/>"}}), err));
    CHECK(err.find("DOCTYPE") != std::string::npos);
}

TEST_CASE("xlsx: a hidden sheet's state is kept") {
    std::string err;
    auto book = test::make_zip(
        {{"xl/workbook.xml", "<workbook " + ns + "><sheets><sheet name=\"_form\" state=\"hidden\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
         {"xl/_rels/workbook.xml.rels", "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
                                            "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
         {"xl/worksheets/sheet1.xml", "<worksheet " + ns + "><sheetData/></worksheet>"}});
    auto b = read_xlsx(book, err);
    REQUIRE_MESSAGE(b, err);
    CHECK(b->sheets[0].state == "hidden");
    CHECK(b->sheets[0].cells.empty());
}

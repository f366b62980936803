// A sheet read a slice of rows at a time (src/load/xlsx_rows.cpp, read_sliced
// in src/load/xlsx_read.cpp): where the cutter cuts and where it declines, and
// that the cells and errors of a sheet of several slices are those of the
// whole parse, whatever the path taken.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "../src/load/xlsx_rows.hpp"  // private to the load layer: tested directly
#include "scmplan/ooxml.hpp"
#include "scmplan/xlsx_read.hpp"
#include "zip_support.hpp"

using namespace scmplan;

namespace {

const std::string& ns = test::xlsx_ns;
const std::string& rel_ns = test::rels_ns;
using test::rel_type;

/// A workbook of one sheet "S" whose part is `sheet_xml`, as it is.
std::string workbook(const std::string& sheet_xml) {
    return test::make_zip({
        {"_rels/.rels", "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
                            "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<workbook " + ns + "><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", "<Relationships " + rel_ns + "><Relationship Id=\"rId1\" Type=\"" + rel_type +
                                           "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet_xml},
    });
}

/// `n` rows of an inline Thai string, a number and a cell without a value:
/// about 200 bytes a row, so 14,000 rows are over two slices of 1 MiB.
std::string rows(int n) {
    std::string out;
    for (int r = 1; r <= n; ++r) {
        std::string i = std::to_string(r);
        out += "<row r=\"" + i + "\" spans=\"1:3\"><c r=\"A" + i + "\" t=\"inlineStr\"><is><t>แถวที่ " + i +
               " &amp; &#3585;</t></is></c><c r=\"B" + i + "\"><v>" + i + ".5</v></c><c r=\"C" + i + "\" s=\"0\"/></row>\n";
    }
    return out;
}

std::string sheet(const std::string& data, const std::string& before = "", const std::string& decl = "") {
    return decl + "<worksheet " + ns + ">" + before + "<dimension ref=\"A1:C9\"/><sheetData>" + data +
           "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

std::vector<std::string> cells_of(const std::string& sheet_xml, std::string& error) {
    auto book = read_xlsx(workbook(sheet_xml), error);
    std::vector<std::string> out;
    if (!book) return out;
    for (const XlsxCell& c : book->sheets.at(0).cells)
        out.push_back(cell_ref(c.row, c.col) + "=" + c.text + "/" + std::to_string(static_cast<int>(c.kind)));
    return out;
}

}  // namespace

TEST_CASE("xlsx rows: the cutter cuts after whole rows, quoted values and prefixes read as the parser reads them") {
    std::string data = "<x:row r=\"1\" a=\"</x:row>\"><x:c r=\"A1\" b='>'/></x:row><x:row r=\"2\"/>\n<x:row r=\"3\"></x:row>";
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet><x:sheetPr/><x:sheetData>" + data +
                      "</x:sheetData></x:worksheet>";
    auto cuts = load::cut_sheet(xml, 1);
    REQUIRE(cuts);
    CHECK(xml.substr(cuts->content_begin, cuts->content_end - cuts->content_begin) == data);
    CHECK(xml.substr(cuts->sheet_data, 11) == "x:sheetData");
    std::vector<std::string> pieces;
    std::size_t from = cuts->content_begin;
    for (std::size_t at : cuts->cuts) pieces.push_back(xml.substr(from, at - from)), from = at;
    CHECK(pieces == std::vector<std::string>{"<x:row r=\"1\" a=\"</x:row>\"><x:c r=\"A1\" b='>'/></x:row>",
                                             "<x:row r=\"2\"/>", "\n<x:row r=\"3\"></x:row>"});
    // Slices of a size: no cut before that many bytes.
    auto one = load::cut_sheet(xml, 1 << 20);
    REQUIRE(one);
    CHECK(one->cuts.empty());
}

TEST_CASE("xlsx rows: the cutter declines what the parser alone reads") {
    const std::string rows3 = "<row r=\"1\"/><row r=\"2\"/>";
    for (const std::string& xml : std::vector<std::string>{
             sheet(rows3, "<!-- a comment -->"),                       // a comment before the rows
             sheet("<row r=\"1\"><c><is><t><![CDATA[</row>]]></t></is></c></row>"),  // CDATA in a row
             sheet(rows3, "<?pi x?>"),                                 // a processing instruction
             "<!DOCTYPE w [<!ENTITY e \"x\">]>" + sheet(rows3),        // a DOCTYPE
             sheet(rows3, "", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),  // another encoding
             std::string("<\0w\0", 4),                                 // UTF-16
             std::string("<worksheet><dimension ref=\"A1\"/></worksheet>"),  // no sheetData
             "<worksheet><sheetData/></worksheet>",                    // no rows
             "<worksheet><x><sheetData><row/></sheetData></x></worksheet>",  // not under the root
             "<worksheet><sheetData><row r=\"1\" a=\"open",            // open at the end
         }) {
        CAPTURE(xml);
        CHECK_FALSE(load::cut_sheet(xml, 1));
    }
    CHECK(load::cut_sheet(sheet(rows3, "", "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"), 1));
}

TEST_CASE("xlsx rows: a sheet of several slices gives the cells the whole parse gives") {
    const std::string data = rows(14000);
    REQUIRE(data.size() > (2u << 20));
    const std::string xml = sheet(data, "", "<?xml version=\"1.0\"?>\n");
    // It is cut, and each slice parses on its own: the sliced path is the one taken.
    auto cuts = load::cut_sheet(xml, 1 << 20);
    REQUIRE(cuts);
    CHECK(cuts->cuts.size() == 2);
    std::size_t from = cuts->content_begin;
    cuts->cuts.push_back(cuts->content_end);
    for (std::size_t at : cuts->cuts) {
        std::string e;
        CHECK_MESSAGE(parse_xml_fragment(std::string_view(xml).substr(from, at - from), "s", 2, e), e);
        from = at;
    }
    std::string error;
    std::vector<std::string> sliced = cells_of(xml, error);
    REQUIRE_MESSAGE(error.empty(), error);
    // The same rows behind a comment: the cutter declines, the part is parsed whole.
    std::vector<std::string> whole = cells_of(sheet(data, "<!-- whole -->"), error);
    REQUIRE_MESSAGE(error.empty(), error);
    REQUIRE(sliced.size() == 28000);  // C has no value
    CHECK(sliced == whole);
    CHECK(sliced.front() == "A1=แถวที่ 1 & ก/0");
    CHECK(sliced.back() == "B14000=14000.5/1");
    // Rows without a number follow the previous one across the slices' bounds.
    std::string unnumbered;
    for (int r = 0; r < 12000; ++r) unnumbered += "<row><c t=\"inlineStr\"><is><t>" + std::string(150, 'x') + "</t></is></c></row>";
    std::vector<std::string> follow = cells_of(sheet(unnumbered), error);
    REQUIRE_MESSAGE(error.empty(), error);
    REQUIRE(follow.size() == 12000);
    CHECK(follow.back().starts_with("A12000="));
}

TEST_CASE("xlsx rows: a broken row in a late slice is the whole part's error, at the whole part's byte") {
    std::string data = rows(14000);
    std::size_t late = data.rfind("<row ");
    data.insert(late, "<row r=\"13999\"><c></row>");  // a start-end tag mismatch
    const std::string xml = sheet(data);
    std::string error, expected;
    CHECK(cells_of(xml, error).empty());
    CHECK_FALSE(parse_xml_part(xml, "xl/worksheets/sheet1.xml", expected));
    CHECK(!expected.empty());
    CHECK(error == expected);
    // A cell that cannot be read in a late slice: the same sentence as ever.
    std::string bad = rows(14000);
    bad.insert(bad.rfind("<row "), "<row r=\"14000\"><c r=\"A0\"><v>1</v></c></row>");
    CHECK(cells_of(sheet(bad), error).empty());
    CHECK(error == "the sheet 'S' has a cell reference 'A0', which is not a cell (A1 to XFD1048576)");
    // Nesting over the limit inside a row of a late slice: the part's depth error.
    std::string deep = rows(14000);
    std::string nest;
    for (int i = 0; i < 300; ++i) nest += "<d>";
    for (int i = 0; i < 300; ++i) nest += "</d>";
    deep.insert(deep.rfind("<row "), "<row r=\"14000\">" + nest + "</row>");
    CHECK(cells_of(sheet(deep), error).empty());
    CHECK(error == "part 'xl/worksheets/sheet1.xml' nests elements deeper than 256");
}

// The Word reader (src/load/docx_read.cpp): paragraphs with their formatting,
// tables with merged cells resolved, nested tables flattened, and what is
// refused or skipped.
#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "zip_support.hpp"
#include "scmplan/docx_read.hpp"

using namespace scmplan;

namespace {

const char* const head = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
const char* const tail = "</w:body></w:document>";

DocxContent read(const std::string& body, const DocxReadLimits& limits = {}) {
    std::string error;
    auto c = read_docx_xml(std::string(head) + body + tail, error, limits);
    INFO(error);
    REQUIRE(c.has_value());
    return *c;
}

std::string read_error(const std::string& xml) {
    std::string error;
    auto c = read_docx_xml(xml, error);
    CHECK(!c.has_value());
    return error;
}

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& inner, const std::string& props = "") {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + inner + "</w:tc>";
}

}  // namespace

TEST_CASE("a paragraph's runs are joined, whitespace runs made one space, Thai kept byte for byte") {
    auto c = read("<w:p><w:r><w:t xml:space=\"preserve\">  ระยะเวลา \xC2\xA0 </w:t></w:r><w:r><w:tab/>"
                  "<w:t>ดำเนินงาน</w:t><w:br/><w:t>1 ม.ค. 66</w:t></w:r>"
                  "<w:del><w:r><w:delText>ลบ</w:delText></w:r></w:del>"
                  "<w:ins><w:r><w:t>–แทรก</w:t></w:r></w:ins></w:p>");
    REQUIRE(c.blocks.size() == 1);
    CHECK(c.blocks[0].paragraph.text == "ระยะเวลา ดำเนินงาน 1 ม.ค. 66–แทรก");
    CHECK(c.blocks[0].paragraph.number == 1);
}

TEST_CASE("zero-width spaces are dropped: line-break hints, not text") {
    auto c = read(p("ผู้(\u200Bรับ)\u200Bผิดชอบ \u200B งาน\u200B"));
    REQUIRE(c.blocks.size() == 1);
    CHECK(c.blocks[0].paragraph.text == "ผู้(รับ)ผิดชอบ งาน");
}

TEST_CASE("headings, underline, bold and list items are seen") {
    auto c = read("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>1. เหตุผล</w:t></w:r></w:p>"
                  "<w:p><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>ขีดเส้นใต้</w:t></w:r>"
                  "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
                  "<w:p><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>ครึ่ง</w:t></w:r><w:r><w:t>หนึ่ง</w:t></w:r></w:p>"
                  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>ข้อ</w:t></w:r></w:p>");
    REQUIRE(c.blocks.size() == 4);
    CHECK(c.blocks[0].paragraph.heading == 2);
    CHECK(c.blocks[1].paragraph.underlined);
    CHECK(c.blocks[1].paragraph.heading == 0);
    CHECK_FALSE(c.blocks[2].paragraph.underlined);
    CHECK(c.blocks[3].paragraph.list_item);
    CHECK(c.blocks[3].paragraph.bold);
}

TEST_CASE("merged cells: gridSpan and vMerge point at the cell that holds the text") {
    // | ที่ (2 rows) | งบประมาณ (2 columns) |
    // |     ↑        | รายรับ | รายจ่าย      |
    // | 1            | ไม่มี  | ไม่มี         |
    std::string t = "<w:tbl><w:tr>" + tc(p("ที่"), "<w:vMerge w:val=\"restart\"/>") +
                    tc(p("งบประมาณ"), "<w:gridSpan w:val=\"2\"/>") + "</w:tr><w:tr>" + tc(p(""), "<w:vMerge/>") +
                    tc(p("รายรับ")) + tc(p("รายจ่าย")) + "</w:tr><w:tr>" + tc(p("1")) + tc(p("ไม่มี")) +
                    tc(p("ไม่มี")) + "</w:tr></w:tbl>";
    auto c = read(t);
    REQUIRE(c.blocks.size() == 1);
    const DocxTable& tb = c.blocks[0].table;
    CHECK(tb.columns == 3);
    REQUIRE(tb.rows.size() == 3);
    CHECK(tb.at(1, 0).text() == "ที่");
    CHECK(tb.rows[1][0].covered);
    CHECK(tb.at(0, 2).text() == "งบประมาณ");
    CHECK(tb.rows[0][2].covered);
    CHECK(tb.at(1, 2).text() == "รายจ่าย");
    CHECK(tb.at(2, 1).text() == "ไม่มี");
    CHECK(tb.number == 1);
}

TEST_CASE("a short row gets empty cells; an oversized span is cut to the grid") {
    std::string t = "<w:tbl><w:tr>" + tc(p("a")) + tc(p("b")) + tc(p("c")) + "</w:tr><w:tr>" + tc(p("x")) +
                    "</w:tr></w:tbl>";
    auto c = read(t);
    const DocxTable& tb = c.blocks[0].table;
    CHECK(tb.columns == 3);
    CHECK(tb.at(1, 2).text().empty());
    CHECK_FALSE(tb.rows[1][2].covered);
}

TEST_CASE("a nested table is flattened into its cell, with a note") {
    std::string inner = "<w:tbl><w:tr>" + tc(p("ใน 1")) + tc(p("ใน 2")) + "</w:tr></w:tbl>";
    std::string t = "<w:tbl><w:tr>" + tc(p("นอก") + inner + p("")) + "</w:tr></w:tbl>";
    auto c = read(t);
    CHECK(c.blocks[0].table.at(0, 0).text() == "นอก ใน 1 ใน 2");
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0] == "table 1: a table nested in a cell was read as paragraphs of that cell");
}

TEST_CASE("tables nested beyond the limit are skipped with a note") {
    std::string t = p("ลึก");
    for (int i = 0; i < 6; ++i) t = "<w:tbl><w:tr>" + tc(t) + "</w:tr></w:tbl>";
    auto c = read(t);
    CHECK(c.blocks[0].table.at(0, 0).text().empty());
    bool skipped = false;
    for (const auto& n : c.notes) skipped |= n == "table 1: a table nested 5 deep in a cell was skipped with its text";
    CHECK(skipped);
}

TEST_CASE("rows over the limit are skipped with a note") {
    std::string t = "<w:tbl>";
    for (int i = 0; i < 5; ++i) t += "<w:tr>" + tc(p(std::to_string(i))) + "</w:tr>";
    t += "</w:tbl>";
    DocxReadLimits limits;
    limits.max_rows = 3;
    auto c = read(t, limits);
    CHECK(c.blocks[0].table.rows.size() == 3);
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0] == "table 1: rows after row 3 were skipped (5 rows in all)");
}

TEST_CASE("a text box's text is named as not read") {
    auto c = read("<w:p><w:r><w:t>ก่อน</w:t></w:r><w:r><w:pict><w:txbxContent>" + p("ในกล่อง") +
                  "</w:txbxContent></w:pict></w:r></w:p>");
    CHECK(c.blocks[0].paragraph.text == "ก่อน");
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0] == "paragraph 1: the text of a text box in it was not read");
}

TEST_CASE("bad XML is refused with a reason: not well-formed, DOCTYPE, not a document, invalid UTF-8") {
    CHECK(read_error(std::string(head) + "<w:p>" + tail).find("not well-formed XML") != std::string::npos);
    CHECK(read_error("<!DOCTYPE d [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"x\"><w:body/></w:document>")
              .find("DOCTYPE") != std::string::npos);
    CHECK(read_error("<html/>") == "word/document.xml is not a Word document body (its root is not w:document)");
    CHECK(read_error(std::string(head) + p("ok") + p("bad \xFF byte") + tail) ==
          "word/document.xml: paragraph 2 is not valid UTF-8 (byte 5 of its text)");
    std::string deep = std::string(head) + "<w:p>";
    for (int i = 0; i < 300; ++i) deep += "<w:r>";
    for (int i = 0; i < 300; ++i) deep += "</w:r>";
    deep += "</w:p>" + std::string(tail);
    CHECK(read_error(deep).find("deeper than") != std::string::npos);
}

TEST_CASE("a package that is not a Word document is refused with a reason") {
    std::string error;
    CHECK_FALSE(read_docx("plain text, not a zip", error));
    CHECK(error == "is not a zip archive, so not an Office Open XML (.docx/.xlsx) file");
    CHECK_FALSE(read_docx(test::make_zip({{"hello.txt", "hi"}}), error));
    CHECK(error == "has no word/document.xml: it is not a Word document (.docx)");
    CHECK_FALSE(read_docx(test::make_zip({{"xl/workbook.xml", "<workbook/>"}}), error));
    CHECK(error == "is an Excel workbook (it has xl/workbook.xml), not a Word document");
    CHECK_FALSE(read_docx(test::make_zip({{"word/document.xml", std::string(head) + tail}, {"word/vbaProject.bin", "x"}}),
                          error));
    CHECK(error.find("macros") != std::string::npos);
    CHECK_FALSE(read_docx(std::string("\xD0\xCF\x11\xE0", 4) + "rest", error));
    CHECK(error.find("password") != std::string::npos);
}

TEST_CASE("a package's document and its heading styles are read") {
    std::string styles = R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                         R"(<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 3"/></w:style></w:styles>)";
    std::string doc = std::string(head) + "<w:p><w:pPr><w:pStyle w:val=\"a1\"/></w:pPr><w:r><w:t>หัวข้อ</w:t></w:r></w:p>" + tail;
    std::string error;
    auto c = read_docx(test::make_zip({{"word/document.xml", doc}, {"word/styles.xml", styles}}), error);
    INFO(error);
    REQUIRE(c.has_value());
    CHECK(c->blocks[0].paragraph.heading == 3);
}

TEST_CASE("control characters are removed from a paragraph, with a note") {
    auto c = read(p("ก\xC2\x85ข\xE2\x80\xAEค"));  // NEL (C1) removed; U+202E is not a control: kept for check
    CHECK(c.blocks[0].paragraph.text == "กข\xE2\x80\xAEค");
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0] == "paragraph 1: 1 control character(s) removed");
}

TEST_CASE("a list item is numbered or bulleted as word/numbering.xml says") {
    std::string numbering = R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                            R"(<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>)"
                            R"(<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>)"
                            R"(<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>)";
    auto item = [](int level) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
               "\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>ข้อ</w:t></w:r></w:p>";
    };
    std::string doc = std::string(head) + item(0) + item(1) + tail;
    std::string error;
    auto c = read_docx(test::make_zip({{"word/document.xml", doc}, {"word/numbering.xml", numbering}}), error);
    INFO(error);
    REQUIRE(c.has_value());
    CHECK(c->blocks[0].paragraph.list_item);
    CHECK_FALSE(c->blocks[0].paragraph.list_numbered);
    CHECK(c->blocks[1].paragraph.list_numbered);
    CHECK(c->blocks[1].paragraph.list_level == 1);
}

TEST_CASE("a paragraph numbered by its style (Word's List Bullet) is a list item") {
    std::string styles = R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                         R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>)"
                         R"(<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
                         R"(<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/></w:style></w:styles>)";
    std::string numbering = R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                            R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>)"
                            R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
    auto styled = [](const std::string& style) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>ข้อ</w:t></w:r></w:p>";
    };
    std::string doc = std::string(head) + styled("ListBullet") + styled("Plain") + tail;
    std::string error;
    auto c = read_docx(test::make_zip({{"word/document.xml", doc}, {"word/styles.xml", styles},
                                       {"word/numbering.xml", numbering}}),
                       error);
    INFO(error);
    REQUIRE(c.has_value());
    CHECK(c->blocks[0].paragraph.list_item);
    CHECK_FALSE(c->blocks[0].paragraph.list_numbered);  // a bullet
    CHECK_FALSE(c->blocks[1].paragraph.list_item);
}

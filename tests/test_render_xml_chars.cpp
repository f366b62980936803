// No code point that XML 1.0 forbids, and no non-character, reaches an XML
// output: the loader refuses them (E002, tests/test_load_yaml.cpp), and every
// writer of XML drops them as a second guard. This test feeds each class (a
// representative and the boundaries) straight to the writers, past the
// loader: xml_escape (docx, svg, html), the Word document's parts
// (src/render/docx_xml.cpp), the gantt SVG, the workbook as HTML and the xlsx
// workbook (libxlsxwriter), and checks that what comes out holds none of them.
// With SCMPLAN_XML_DUMP=FOLDER it also writes each output there, and
// tests/xml/run parses every one with a real XML parser (CTest xml-chars).
#include <doctest/doctest.h>

#include <zip.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "../src/render/docx_xml.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/sheets.hpp"
#include "scmplan/text.hpp"
#include "scmplan/xlsx.hpp"
#include "scmplan/text_safety.hpp"
#include "scmplan/timeline.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

/// Each class XML 1.0 forbids and each range of non-characters, by its
/// boundaries and a representative.
const std::vector<char32_t> forbidden = {
    0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F,  // C0 controls but tab, LF, CR
    0xD800, 0xDBFF, 0xDC00, 0xDFFF,                  // surrogates, written as (ill-formed) UTF-8
    0xFDD0, 0xFDE0, 0xFDEF,                          // U+FDD0–U+FDEF
    0xFFFE, 0xFFFF,                                  // the BMP's last two
    0x1FFFE, 0x1FFFF, 0x2FFFE, 0x8FFFF, 0xEFFFE, 0xFFFFF, 0x10FFFE, 0x10FFFF,  // U+nFFFE, U+nFFFF
};

/// `cp` in UTF-8, surrogates included (as a careless encoder writes them).
std::string utf8_of(char32_t cp) {
    std::string s;
    auto byte = [&](std::uint32_t b) { s += static_cast<char>(b); };
    if (cp < 0x80) {
        byte(cp);
    } else if (cp < 0x800) {
        byte(0xC0 | (cp >> 6)), byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        byte(0xE0 | (cp >> 12)), byte(0x80 | ((cp >> 6) & 0x3F)), byte(0x80 | (cp & 0x3F));
    } else {
        byte(0xF0 | (cp >> 18)), byte(0x80 | ((cp >> 12) & 0x3F)), byte(0x80 | ((cp >> 6) & 0x3F)),
            byte(0x80 | (cp & 0x3F));
    }
    return s;
}

/// Holds no forbidden code point and is valid UTF-8.
void check_clean(const std::string& what, const std::string& xml) {
    CAPTURE(what);
    CHECK_FALSE(find_invalid_utf8(xml));
    auto bad = find_not_xml(xml);
    CHECK_MESSAGE(!bad, (bad ? code_point_name(bad->cp) : std::string()));
}

/// Writes `data` as FOLDER/NAME when SCMPLAN_XML_DUMP=FOLDER is set.
void dump(const std::string& name, const std::string& data) {
    const char* dir = std::getenv("SCMPLAN_XML_DUMP");
    if (!dir || !*dir) return;
    std::ofstream(std::filesystem::path(dir) / name, std::ios::binary) << data;
}

/// The XML parts of an xlsx workbook (read back with libzip).
std::vector<std::pair<std::string, std::string>> xml_parts(const std::string& bytes) {
    std::vector<std::pair<std::string, std::string>> out;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    REQUIRE(src);
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
    REQUIRE(za);
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        std::string name = st.name;
        if (!name.ends_with(".xml")) continue;
        std::string data(st.size, '\0');
        zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(f);
        zip_fread(f, data.data(), data.size());
        zip_fclose(f);
        out.emplace_back(name, std::move(data));
    }
    zip_close(za);
    return out;
}

}  // namespace

TEST_CASE("XML writers: no forbidden code point or non-character reaches docx, svg, html or xlsx") {
    // A workspace that loads cleanly; its texts are then changed past the loader.
    LoadResult base = load_sources({{"plan.yaml", test::plan_yaml()}, {"A01.yaml", test::activity_yaml()}});
    REQUIRE_FALSE(base.diags.has_errors());
    for (char32_t cp : forbidden) {
        const std::string name = fmt::format("{:06X}", static_cast<std::uint32_t>(cp));
        CAPTURE(name);
        const std::string text = "ก<" + utf8_of(cp) + ">&x";

        const std::string escaped = xml_escape(text);
        CHECK(escaped == "ก&lt;&gt;&amp;x");  // the neighbours kept, the code point gone

        // The Word document: a paragraph, a bold run, a table cell, the title property.
        const std::string body = docx::text_para("Normal", text) + docx::para("Normal", docx::run(text, true)) +
                                 docx::table({{text, true, false}}, {{text}});
        const std::string document = docx::document(body);
        check_clean("docx document.xml", document);
        dump("docx-" + name + ".xml", document);
        for (const ZipEntry& part : docx::package(document, {}, text, "2023-06-30", Lang::th)) {
            if (!part.name.ends_with(".xml") && !part.name.ends_with(".rels")) continue;
            check_clean("docx " + part.name, part.data);
            if (part.name == "docProps/core.xml") dump("docx-core-" + name + ".xml", part.data);
        }

        // The gantt SVG: the plan's and an activity's title.
        Model m = base.model;
        m.plans[0].title = text;
        m.activities[0].title = text;
        const std::string svg = render_gantt_svg(build_timeline(m, m.plans[0], Date::from_ymd(2023, 6, 30)), {});
        check_clean("gantt svg", svg);
        dump("gantt-" + name + ".svg", svg);

        // A workbook: title, sheet name, header and cell, as HTML and as xlsx.
        Workbook wb;
        wb.title = text;
        wb.created = Date::from_ymd(2023, 6, 30);
        wb.sheets.push_back(Sheet{"S" + utf8_of(cp), {text}, {{Cell::of_text(text)}}, {}, false});
        const std::string html = render_workbook_html(wb, {text}, {});
        check_clean("workbook html", html);
        std::string error;
        auto xlsx = xlsx_file(wb, error);
        REQUIRE_MESSAGE(xlsx, error);
        for (const auto& [part, xml] : xml_parts(*xlsx)) {
            check_clean("xlsx " + part, xml);
            std::string flat = part;
            for (char& c : flat)
                if (c == '/') c = '-';
            dump("xlsx-" + name + "-" + flat, xml);
        }
    }
}

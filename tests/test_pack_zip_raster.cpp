// The byte-to-byte units of src/pack/: the zip container (read back with
// libzip's reader) and SVG to PNG (librsvg).
#include <doctest/doctest.h>

#include <zip.h>

#include <string>
#include <vector>

#include "scmplan/docx.hpp"
#include "scmplan/raster.hpp"
#include "scmplan/zip.hpp"

using namespace scmplan;

namespace {

/// The entries of a zip archive in memory, in order, read with libzip.
std::vector<ZipEntry> read_zip(const std::string& bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    REQUIRE(src);
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    REQUIRE(za);
    std::vector<ZipEntry> out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        std::string data(st.size, '\0');
        zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(f);
        CHECK(zip_fread(f, data.data(), data.size()) == static_cast<zip_int64_t>(st.size));
        zip_fclose(f);
        out.push_back({st.name, data});
    }
    zip_close(za);
    return out;
}

}  // namespace

TEST_CASE("write_zip: entries read back in order, with their bytes") {
    std::vector<ZipEntry> entries{{"[Content_Types].xml", "<Types/>"},
                                  {"word/document.xml", std::string(5000, 'x') + "ไทย"},
                                  {"word/media/image1.png", std::string("\x89PNG\0\1\2", 7)}};
    std::string error;
    auto bytes = write_zip(entries, error);
    REQUIRE(bytes);
    CHECK(bytes->substr(0, 4) == "PK\x03\x04");
    auto back = read_zip(*bytes);
    REQUIRE(back.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(back[i].name == entries[i].name);
        CHECK(back[i].data == entries[i].data);
    }
    // Deflated: 5000 equal bytes take far less room.
    CHECK(bytes->size() < 1000);
}

TEST_CASE("write_zip: the same entries give the same bytes, dated as asked") {
    std::vector<ZipEntry> entries{{"a.xml", "<a/>"}};
    std::string error;
    unsigned date = dos_date_of(2023, 6, 30);
    CHECK(date == ((43u << 9) | (6u << 5) | 30u));  // 1980 + 43 = 2023
    auto a = write_zip(entries, error, date);
    auto b = write_zip(entries, error, date);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    // The local file header holds the time at offset 10 and the date at 12, little-endian.
    CHECK(static_cast<unsigned char>((*a)[10]) == 0);
    CHECK(static_cast<unsigned char>((*a)[11]) == 0);
    CHECK(static_cast<unsigned char>((*a)[12]) == (date & 0xFF));
    CHECK(static_cast<unsigned char>((*a)[13]) == (date >> 8));
}

TEST_CASE("svg_to_png: the picture at twice its size, on white") {
    std::string error;
    auto png = svg_to_png("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\">"
                          "<rect width=\"5\" height=\"20\" fill=\"#ff0000\"/></svg>",
                          2.0, error);
    REQUIRE(png);
    CHECK(png->width == 20);
    CHECK(png->height == 40);
    CHECK(png->css_width == 10);
    CHECK(png->css_height == 20);
    CHECK(png->data.substr(0, 8) == "\x89PNG\r\n\x1a\n");
}

TEST_CASE("svg_to_png: a broken picture is an error, not a crash") {
    std::string error;
    CHECK_FALSE(svg_to_png("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"", 2.0, error));
    CHECK(error.rfind("SVG: ", 0) == 0);
    error.clear();
    CHECK_FALSE(svg_to_png("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"/>", 2.0, error));
    CHECK(error.rfind("SVG: ", 0) == 0);
}

TEST_CASE("docx_file: the parts, then each picture's PNG as its part; a broken picture is an error") {
    DocxDocument doc;
    doc.parts = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}};
    doc.pictures.push_back({"word/media/image1.png",
                            {"caption", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\">"
                                        "<rect width=\"10\" height=\"20\" fill=\"#000\"/></svg>"}});
    doc.date = Date::from_ymd(2023, 6, 30);
    std::string error;
    auto bytes = docx_file(doc, error);
    REQUIRE(bytes);
    auto back = read_zip(*bytes);
    REQUIRE(back.size() == 3);
    CHECK(back[0].name == "[Content_Types].xml");
    CHECK(back[1].data == "<w:document/>");
    CHECK(back[2].name == "word/media/image1.png");
    CHECK(back[2].data.substr(1, 3) == "PNG");
    std::string again_error;
    CHECK(docx_file(doc, again_error) == bytes);  // the same document, the same bytes

    doc.pictures[0].picture.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"";
    std::string broken;
    CHECK_FALSE(docx_file(doc, broken));
    CHECK(broken.rfind("SVG: ", 0) == 0);
}

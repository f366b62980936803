// The package reader under both importers (src/load/ooxml.cpp): what it
// refuses, and that it reads what a real package holds.
#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "zip_support.hpp"
#include "scmplan/ooxml.hpp"

using namespace scmplan;

TEST_CASE("a package's parts are read and parsed") {
    std::string err;
    auto pkg = OoxmlPackage::open(
        test::make_zip({{"[Content_Types].xml", "<Types/>"},
                  {"word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t xml:space=\"preserve\"> "
                                        "ก&amp;ข </w:t></w:r></w:p></w:body></w:document>"}}),
        err);
    REQUIRE_MESSAGE(pkg, err);
    CHECK(pkg->names().size() == 2);
    CHECK(pkg->has("word/document.xml"));
    CHECK_FALSE(pkg->has("word/styles.xml"));
    CHECK_FALSE(pkg->has_macros());
    auto part = pkg->xml("word/document.xml", err);
    REQUIRE_MESSAGE(part, err);
    pugi::xml_node t = part->doc->select_node("//w:t").node();
    CHECK(std::string(t.text().get()) == " ก&ข ");
    CHECK(local_name(t) == "t");
    CHECK_FALSE(pkg->xml("word/styles.xml", err));
    CHECK(err == "has no part 'word/styles.xml'");
}

TEST_CASE("what is not a package is refused with a reason") {
    std::string err;
    CHECK_FALSE(OoxmlPackage::open("hello, world", err));
    CHECK(err.find("not a zip archive") != std::string::npos);
    CHECK_FALSE(OoxmlPackage::open(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), err));
    CHECK(err.find("password") != std::string::npos);
    CHECK_FALSE(OoxmlPackage::open("PK\x03\x04 truncated", err));
    CHECK(err.find("zip archive") != std::string::npos);
}

TEST_CASE("a macro part is seen") {
    std::string err;
    auto pkg = OoxmlPackage::open(test::make_zip({{"word/document.xml", "<d/>"}, {"word/vbaProject.bin", "x"}}), err);
    REQUIRE(pkg);
    CHECK(pkg->has_macros());
}

TEST_CASE("hostile XML is refused: DOCTYPE with entities, bad XML, deep nesting, oversize parts") {
    std::string err;
    std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                       "\"&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
    CHECK_FALSE(parse_xml_part(bomb, "bomb.xml", err));
    CHECK(err.find("DOCTYPE") != std::string::npos);

    CHECK_FALSE(parse_xml_part("<a><b></a>", "bad.xml", err));
    CHECK(err.find("not well-formed XML") != std::string::npos);

    std::string deep;
    for (int i = 0; i < 300; ++i) deep += "<a>";
    for (int i = 0; i < 300; ++i) deep += "</a>";
    CHECK_FALSE(parse_xml_part(deep, "deep.xml", err));
    CHECK(err.find("deeper than 256") != std::string::npos);
    CHECK(parse_xml_part(deep, "deep.xml", err, OoxmlLimits{.max_depth = 400}));

    OoxmlLimits small;
    small.max_part_bytes = 100;
    auto pkg = OoxmlPackage::open(test::make_zip({{"big.xml", "<a>" + std::string(10000, ' ') + "</a>"}}), err, small);
    REQUIRE(pkg);
    CHECK_FALSE(pkg->read("big.xml", err));
    CHECK(err.find("over the limit") != std::string::npos);
}

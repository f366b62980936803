// Characters that can attack a reader (src/core/text_safety.cpp) and the
// bounded "did you mean" (src/core/text.cpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

using namespace scmplan;

TEST_CASE("find_control finds C0 (but tab), DEL and C1, and line feed unless allowed") {
    CHECK_FALSE(find_control("plain ไทย\ttab", false));
    CHECK_FALSE(find_control("two\nlines", true));
    REQUIRE(find_control("two\nlines", false));
    CHECK(find_control("two\nlines", false)->offset == 3);
    auto esc = find_control("ab\x1b[2J", true);
    REQUIRE(esc);
    CHECK(esc->offset == 2);
    CHECK(esc->cp == 0x1B);
    CHECK(find_control(std::string("a\0b", 3), true)->cp == 0);
    CHECK(find_control("x\x7f", true)->cp == 0x7F);
    CHECK(find_control("x\xc2\x9b", true)->cp == 0x9B);  // C1 CSI, U+009B
    CHECK_FALSE(find_control("\xc2\xa0", true));           // no-break space is text
}

TEST_CASE("find_invisible finds bidi controls and zero-width characters, not Thai") {
    CHECK_FALSE(find_invisible("กิจกรรมที่ ๑ ทดสอบ"));
    CHECK(find_invisible("abc\u202edef")->cp == 0x202E);
    CHECK(find_invisible("abc\u202edef")->offset == 3);
    CHECK(find_invisible("title\u200b")->cp == 0x200B);
    CHECK(find_invisible("\ufefftitle")->cp == 0xFEFF);
    CHECK(find_invisible("A1\u200d")->cp == 0x200D);
    CHECK(find_invisible("x\u2067y")->cp == 0x2067);
}

TEST_CASE("escape_for_terminal shows controls and invisible characters as escapes") {
    CHECK(escape_for_terminal("plain ไทย") == "plain ไทย");
    CHECK(escape_for_terminal("\x1b[2J\x1b]0;x\a") == "\\x1b[2J\\x1b]0;x\\x07");
    CHECK(escape_for_terminal("a\nb") == "a\\nb");
    CHECK(escape_for_terminal("a\nb", true) == "a\nb");
    CHECK(escape_for_terminal("tab\tkept") == "tab\tkept");
    CHECK(escape_for_terminal("rev\u202eersed") == "rev\\u202eersed");
    CHECK(escape_for_terminal("c1\xc2\x9b") == "c1\\u009b");
    CHECK(escape_for_terminal("bad\xff") == "bad\\xff");
}

TEST_CASE("lookalike_skeleton: Latin, Cyrillic and zero-width variants of an id are one") {
    const std::string latin = lookalike_skeleton("A1");
    CHECK(latin == "A1");
    CHECK(lookalike_skeleton("\u04101") == latin);     // Cyrillic А
    CHECK(lookalike_skeleton("A1\u200d") == latin);    // zero-width joiner
    CHECK(lookalike_skeleton("\uff211") == latin);     // fullwidth Ａ (NFKC)
    CHECK(lookalike_skeleton("A2") != latin);
    CHECK(lookalike_skeleton("R1") != latin);
}

TEST_CASE("edit distance is unchanged by the O(min(n, m)) rows") {
    CHECK(edit_distance("titel", "title") == 1);   // a swap
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("ไทย", "ไทย") == 0);
    CHECK(edit_distance("ca", "abc") == 3);         // OSA: not 2 (that would be Damerau)
}

TEST_CASE("did you mean: long words get no hint, whatever the candidates") {
    // 200,000 characters against 200,000: a full table would be 3.2e11 cells.
    const std::string word(200000, 'a');
    std::vector<std::string> candidates{std::string(200000, 'b'), std::string(199999, 'a') + "b"};
    CHECK(closest_match(word, candidates) == "");
    std::vector<std::string> keys{"title", "owner"};
    CHECK(closest_match("titel", keys) == "title");
    CHECK(closest_match(std::string(64, 'x'), keys) == "");
    const std::string at_limit = std::string(63, 'a') + "b";
    std::vector<std::string> near{std::string(64, 'a')};
    CHECK(closest_match(at_limit, near) == near[0]);  // 64 code points: still hinted
    CHECK(closest_match(at_limit + "c", near) == "");   // 65: not
}

namespace {

// Every class of code point XML 1.0 forbids, and every non-character, by a
// representative and its boundaries; the neighbours on each side are text.
const std::vector<char32_t> not_xml_points = {
    0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1F,      // C0 controls but tab, LF, CR
    0xD800, 0xDBFF, 0xDC00, 0xDFFF,                // surrogates (not UTF-8: built by hand below)
    0xFDD0, 0xFDE0, 0xFDEF,                        // the non-characters of Arabic Presentation Forms-A
    0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x2FFFE, 0x5FFFF, 0xEFFFE, 0xFFFFF, 0x10FFFE, 0x10FFFF,
};
const std::vector<char32_t> xml_points = {0x09, 0x0A, 0x0D, 0x20, 0x7F, 0x85, 0xD7FF, 0xE000, 0xFDCF, 0xFDF0,
                                          0xFFFD, 0x10000, 0x1FFFD, 0x20000, 0x10FFFD, 0x0E01 /* Thai */};

/// `cp` in UTF-8, surrogates included (as a generalized encoder would write them).
std::string utf8_of(char32_t cp) {
    std::string s;
    if (cp < 0x80) s += static_cast<char>(cp);
    else if (cp < 0x800) s += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else if (cp < 0x10000)
        s += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
              static_cast<char>(0x80 | (cp & 0x3F))};
    else
        s += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    return s;
}

}  // namespace

TEST_CASE("is_not_xml_char: what XML 1.0 forbids and every non-character, nothing else") {
    for (char32_t cp : not_xml_points) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        CHECK(is_not_xml_char(cp));
    }
    for (std::uint32_t plane = 0; plane <= 16; ++plane) {
        CHECK(is_not_xml_char(plane * 0x10000 + 0xFFFE));
        CHECK(is_not_xml_char(plane * 0x10000 + 0xFFFF));
        CHECK_FALSE(is_not_xml_char(plane * 0x10000 + 0xFFFD));
    }
    for (char32_t cp = 0xFDD0; cp <= 0xFDEF; ++cp) CHECK(is_not_xml_char(cp));
    for (char32_t cp : xml_points) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        CHECK_FALSE(is_not_xml_char(cp));
    }
    CHECK(is_not_xml_char(0x110000));
}

TEST_CASE("find_not_xml finds each at its offset; drop_not_xml removes them and invalid bytes") {
    for (char32_t cp : not_xml_points) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        const std::string s = "ab" + utf8_of(cp) + "ไทย";
        CHECK(drop_not_xml(s) == "abไทย");
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // ill-formed UTF-8: not a code point find_not_xml sees
        auto found = find_not_xml(s);
        REQUIRE(found);
        CHECK(found->offset == 2);
        CHECK(found->cp == cp);
    }
    for (char32_t cp : xml_points) {
        const std::string s = "ab" + utf8_of(cp);
        CHECK_FALSE(find_not_xml(s));
        CHECK(drop_not_xml(s) == s);
    }
    CHECK(drop_not_xml("a\xFF" "b") == "ab");
}

TEST_CASE("find_not_xml in text of many lines: tab, line feed and carriage return pass, the rest is found") {
    const std::string lines = "title: ไทย\r\n\tnote: two\nlines\n";
    CHECK_FALSE(find_not_xml(lines));
    for (char32_t cp : not_xml_points) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // ill-formed UTF-8
        CAPTURE(static_cast<std::uint32_t>(cp));
        auto found = find_not_xml(lines + utf8_of(cp) + "\n");
        REQUIRE(found);
        CHECK(found->offset == lines.size());
        CHECK(found->cp == cp);
    }
}

TEST_CASE("quote_for_message quotes at most 80 code points") {
    CHECK(quote_for_message("rules/r.yaml") == "'rules/r.yaml'");
    CHECK(quote_for_message("") == "''");
    const std::string eighty(80, 'x');
    CHECK(quote_for_message(eighty) == "'" + eighty + "'");
    CHECK(quote_for_message(eighty + "y") == "'" + eighty + "…'");
    CHECK(quote_for_message(std::string(500000, 'x')).size() == 80 + 2 + 3);
    // Counted in code points, never cut inside one: 81 Thai letters keep 80 whole.
    std::string thai;
    for (int i = 0; i < 81; ++i) thai += "ก";
    CHECK(quote_for_message(thai) == "'" + thai.substr(0, 80 * 3) + "…'");
}

TEST_CASE("escape_for_terminal shows non-characters as escapes") {
    CHECK(escape_for_terminal("owner \xEF\xBF\xBF") == "owner \\uffff");
    CHECK(escape_for_terminal("\xEF\xB7\x90x\xF4\x8F\xBF\xBF") == "\\ufdd0x\\U0010ffff");
    CHECK(escape_for_terminal("\xEF\xBF\xBD ok") == "\xEF\xBF\xBD ok");  // U+FFFD is a character
}

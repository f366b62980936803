// Tests of src/core/text.cpp: the UTF-8 decoder and encoder, which every other
// text function (display width, edit distance, date messages) reads through
// (the byte sequences are those of RFC 3629's table), and those functions.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/text.hpp"

using namespace scmplan;

TEST_CASE("text: decode_utf8 reads one, two, three and four byte sequences") {
    const std::string_view s = "A\xc3\xa9\xe0\xb8\x81\xf0\x9f\x98\x80";  // A é ก 😀
    CHECK(decode_utf8(s, 0).value == U'A');
    CHECK(decode_utf8(s, 0).length == 1);
    CHECK(decode_utf8(s, 1).value == U'\u00e9');
    CHECK(decode_utf8(s, 1).length == 2);
    CHECK(decode_utf8(s, 3).value == U'\u0e01');
    CHECK(decode_utf8(s, 3).length == 3);
    CHECK(decode_utf8(s, 6).value == U'\U0001f600');
    CHECK(decode_utf8(s, 6).length == 4);
}

TEST_CASE("text: decode_utf8 turns each ill-formed sequence into U+FFFD of one byte") {
    for (std::string_view bad : {
             std::string_view("\x80"),              // a continuation byte alone
             std::string_view("\xc0\xaf"),          // overlong '/'
             std::string_view("\xe0\x80\xaf"),      // overlong, three bytes
             std::string_view("\xed\xa0\x80"),      // a surrogate (U+D800)
             std::string_view("\xf4\x90\x80\x80"),  // above U+10FFFF
             std::string_view("\xe0\xb8"),          // truncated
             std::string_view("\xe0\x41\x42"),      // a lead byte then ASCII
             std::string_view("\xff"),
         }) {
        CAPTURE(bad);
        CHECK(decode_utf8(bad, 0).value == U'\ufffd');
        CHECK(decode_utf8(bad, 0).length == 1);
    }
}

TEST_CASE("text: append_utf8 writes what decode_utf8 reads, at every length boundary") {
    for (char32_t cp : {U'\0', U'\x7f', U'\x80', U'\u07ff', U'\u0800', U'\u0e01', U'\uffff', U'\U00010000',
                        U'\U0010ffff'}) {
        std::string out;
        append_utf8(out, cp);
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(out.size() == (cp < 0x80 ? 1u : cp < 0x800 ? 2u : cp < 0x10000 ? 3u : 4u));
        CHECK(decode_utf8(out, 0).value == cp);
        CHECK(decode_utf8(out, 0).length == out.size());
        CHECK_FALSE(find_invalid_utf8(out).has_value());
    }
}

TEST_CASE("text: code_points_of walks every code point, with its offset and length") {
    const std::string_view s = "A\xe0\xb8\x81\x80\xf0\x9f\x98\x80\xef\xbf\xbd";  // A ก, a stray byte, 😀 U+FFFD
    std::vector<CodePointAt> seen;
    for (CodePointAt c : code_points_of(s)) seen.push_back(c);
    REQUIRE(seen.size() == 5);
    CHECK(seen[0].offset == 0);
    CHECK(seen[0].value == U'A');
    CHECK(seen[1].offset == 1);
    CHECK(seen[1].value == U'\u0e01');
    CHECK(seen[1].length == 3);
    CHECK(seen[2].offset == 4);
    CHECK(seen[2].ill_formed());
    CHECK(seen[3].offset == 5);
    CHECK(seen[3].value == U'\U0001f600');
    CHECK(seen[3].length == 4);
    CHECK(seen[4].offset == 9);
    CHECK(seen[4].value == U'\ufffd');
    CHECK_FALSE(seen[4].ill_formed());  // a U+FFFD written in the text is well formed
    std::size_t n = 0;
    for (CodePointAt c : code_points_of("")) n += c.length;
    CHECK(n == 0);
}

TEST_CASE("text: display width: Thai marks take no column") {
    CHECK(display_width("สวัสดี") == 4);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("ผู้มีส่วนได้ส่วนเสีย") == 13);  // 13 letters; 7 vowel and tone marks take 0
    CHECK(pad_display("สวัสดี", 6) == "สวัสดี  ");
    CHECK(pad_display("ab", 4, true) == "  ab");
}

TEST_CASE("text: natural_less orders ids as people number them") {
    CHECK(natural_less("R2", "R10"));
    CHECK_FALSE(natural_less("R10", "R2"));
    CHECK(natural_less("A9", "A10"));
    CHECK(natural_less("A1", "A1a"));
    CHECK(natural_less("G03", "G10"));
    CHECK(natural_less("A09", "A9"));  // equal as numbers: by bytes, so the order is total
    CHECK_FALSE(natural_less("A9", "A09"));
    CHECK_FALSE(natural_less("R2", "R2"));
    CHECK(natural_less("A", "B"));
    CHECK(natural_less("1.10", "2.1"));
    CHECK(natural_less("1.9", "1.10"));
}

TEST_CASE("text: edit distance and closest match") {
    CHECK(edit_distance("title", "titel") == 1);  // a swap counts once
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("ส.ธต.", "ส.ตต.") == 1);
    std::vector<std::string> keys = {"title", "owner", "period"};
    CHECK(closest_match("titel", keys) == "title");
    CHECK(closest_match("zzzzzz", keys) == "");
}

// Tests of the UTF-8 decoder and encoder of src/core/text.cpp, which every
// other text function (display width, edit distance, date messages) reads
// through. The byte sequences are those of RFC 3629's table.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "scmplan/text.hpp"

using scmplan::decode_utf8;

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
        scmplan::append_utf8(out, cp);
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(out.size() == (cp < 0x80 ? 1u : cp < 0x800 ? 2u : cp < 0x10000 ? 3u : 4u));
        CHECK(decode_utf8(out, 0).value == cp);
        CHECK(decode_utf8(out, 0).length == out.size());
        CHECK_FALSE(scmplan::find_invalid_utf8(out).has_value());
    }
}

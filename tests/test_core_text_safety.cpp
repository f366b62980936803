// Characters that can attack a reader (src/core/text_safety.cpp) and the
// bounded "did you mean" (src/core/text.cpp).
#include <doctest/doctest.h>

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

// Tests of src/load/line_index.cpp: byte offsets as lines and code point
// columns, in any order of asking.
#include <doctest/doctest.h>

#include <string_view>

#include "../src/load/line_index.hpp"  // private to the load layer: tested directly

#include <string>

using scmplan::load::LineIndex;

namespace {

// "file:line:column" of an offset.
std::string at(const LineIndex& lines, std::size_t offset) {
    const scmplan::Loc loc = lines.at_offset(7, offset);
    return std::to_string(loc.file) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

TEST_CASE("line_index: offsets become 1-based lines and code point columns") {
    // "ก" is 3 bytes: on line 2, byte 9 (after "ab\n" and "กข") is column 3.
    const std::string_view text = "ab\n\xe0\xb8\x81\xe0\xb8\x82x\n  z";
    const LineIndex lines(text);
    CHECK(at(lines, 0) == "7:1:1");
    CHECK(at(lines, 1) == "7:1:2");
    CHECK(at(lines, 3) == "7:2:1");
    CHECK(at(lines, 9) == "7:2:3");
    CHECK(at(lines, 6) == "7:2:2");  // backwards on the same line: counted again
    CHECK(at(lines, 13) == "7:3:3");
    CHECK(at(lines, 1000) == "7:3:4");  // past the end: the end
}

TEST_CASE("line_index: indentation of the line holding an offset") {
    const LineIndex lines("a: 1\n    b: 2\n  c\n");
    CHECK(lines.indent_of_line_at(2) == 0);
    CHECK(lines.indent_of_line_at(9) == 4);
    CHECK(lines.indent_of_line_at(15) == 2);
}

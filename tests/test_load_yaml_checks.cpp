// Tests of src/load/yaml_checks.cpp: the text refused before yaml-cpp reads it,
// and the flow nesting depth, which must tell brackets from text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../src/load/yaml_checks.hpp"  // private to the load layer: tested directly

using namespace scmplan;

namespace {

std::vector<std::string> codes_of(const std::string& text, bool& ok) {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    ok = load::check_bytes(text, load::LineIndex(text), 0, d);
    std::vector<std::string> out;
    for (const auto& diag : d.items()) out.push_back(std::string(code_name(diag.code)) + "@" + std::to_string(diag.line) + ":" + std::to_string(diag.column));
    return out;
}

}  // namespace

TEST_CASE("yaml_checks: check_bytes refuses invalid UTF-8, controls and tabs in indentation") {
    bool ok = true;
    CHECK(codes_of("a: 1\n", ok).empty());
    CHECK(ok);
    CHECK(codes_of("a: \xff\n", ok) == std::vector<std::string>{"E002@1:4"});
    CHECK_FALSE(ok);
    CHECK(codes_of("a: 1\nb: \x07\n", ok) == std::vector<std::string>{"E002@2:4"});
    CHECK_FALSE(ok);
    CHECK(codes_of("a:\n\tb: 1\n\tc: 2\n", ok) == std::vector<std::string>{"E003@2:1", "E003@3:1"});
    CHECK_FALSE(ok);
    // A tab after content, or on a line of blanks or a comment only, is allowed.
    CHECK(codes_of("a: 1\t# x\n\t\n\t# c\n", ok).empty());
    CHECK(ok);
}

TEST_CASE("yaml_checks: too_deep_flow counts brackets that open collections, not text") {
    CHECK_FALSE(load::too_deep_flow("a: [[1]]\n", 2));
    CHECK(load::too_deep_flow("a: [[[1]]]\n", 2) == std::size_t{5});
    CHECK_FALSE(load::too_deep_flow("title: a[[[b\n", 2));        // inside a plain scalar
    CHECK_FALSE(load::too_deep_flow("a: '[[['\n", 2));            // quoted
    CHECK_FALSE(load::too_deep_flow("a: 1 # [[[\n", 2));          // a comment
    CHECK_FALSE(load::too_deep_flow("a: |\n  [[[\nb: 1\n", 2));   // a block scalar
    CHECK(load::too_deep_flow("- [{a: [1]}]\n", 2) == std::size_t{7});
}

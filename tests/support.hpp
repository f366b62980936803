// Helpers for tests: load sources from strings and show diagnostics as text.
#pragma once

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/check.hpp"
#include "scmplan/load.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan::test {

/// True when the goldens are to be rewritten: SCMPLAN_UPDATE=1, exactly, as in
/// every runner of the suite (tests/e2e/run, tests/docx/run, tests/xlsx/run).
inline bool updating_goldens() {
    const char* u = std::getenv("SCMPLAN_UPDATE");
    return u && std::string_view(u) == "1";
}

/// Checks `actual` against the golden file at `path`; with SCMPLAN_UPDATE=1 it
/// first rewrites the file (review the diff before committing).
inline void expect_golden(const std::string& actual, const std::string& path) {
    if (updating_goldens()) std::ofstream(path, std::ios::binary) << actual;
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.is_open(), "no golden file ", path, " (SCMPLAN_UPDATE=1 writes it)");
    std::stringstream expected;
    expected << in.rdbuf();
    CHECK(actual == expected.str());
}

/// "file:line:col: E012 message [hint]" per diagnostic, one per line, sorted.
inline std::string diag_lines(Diagnostics d) {
    d.sort();
    std::string out;
    for (const auto& x : d.items()) {
        out += fmt::format("{}:{}:{}: {} {}", d.file_name(x), x.line, x.column, code_name(x.code), x.message);
        if (!x.hint.empty()) out += fmt::format(" [{}]", x.hint);
        out += "\n";
    }
    return out;
}

/// Parses one text as the file f.yaml; returns its diagnostics as diag_lines.
inline std::string parse_errors(std::string_view text, const YamlLimits& limits = {}) {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    parse_yaml(text, 0, d, limits);
    return diag_lines(d);
}

/// Loads and checks the given files; returns the diagnostics as diag_lines.
inline std::string check_sources(std::vector<Source> sources, std::optional<Date> as_of = {}) {
    LoadResult r = load_sources(std::move(sources));
    CheckOptions o;
    o.as_of = as_of;
    check_model(r.model, r.diags, o);
    return diag_lines(r.diags);
}

/// A minimal valid plan file; `extra` lines are appended at the top level.
inline std::string plan_yaml(const std::string& extra = "") {
    return "scmplan: 1\n"
           "kind: plan\n"
           "id: p1\n"
           "title: แผนทดสอบ\n"
           "organisation: องค์กรทดสอบ\n"
           "enabler: SCM\n"
           "year: 2566\n"
           "period: {start: 2023-01-01, end: 2023-12-31}\n"
           "owner: ส.ตต.\n"
           "budget: ไม่มี\n"
           "rationale: เหตุผล\n"
           "objectives: [ข้อ 1]\n"
           "benefits: [ข้อ 1]\n"
           "output: ผลผลิต\n"
           "outcome: ผลลัพธ์\n"
           "target: เป้าหมาย\n" +
           extra;
}

/// A minimal valid activity of plan p1.
inline std::string activity_yaml(const std::string& id = "A01", const std::string& extra = "") {
    return "scmplan: 1\n"
           "kind: activity\n"
           "plan: p1\n"
           "id: " + id + "\n"
           "title: กิจกรรม\n"
           "owners: [ส.ตต.]\n"
           "period: {start: 1 ม.ค. 66, end: 31 ธ.ค. 66}\n"
           "steps:\n"
           "  - {id: \"1\", title: ขั้นที่ 1, due: 2023-03-31, done: 2023-03-15}\n"
           "  - {id: \"2\", title: ขั้นที่ 2, due: 2023-06-30}\n" +
           extra;
}

}  // namespace scmplan::test

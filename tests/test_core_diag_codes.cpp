// The table of diagnostic codes (include/scmplan/diag_codes.hpp) and
// docs/diagnostics.md: the list of codes between `<!-- codes -->` and
// `<!-- end codes -->` is generated from the table (with SCMPLAN_UPDATE set,
// the test rewrites it: then read the diff), and the documentation's tables
// of codes hold the same codes, in the same order, with the same severities.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "scmplan/diag_codes.hpp"

using namespace scmplan;

namespace {

const std::string diagnostics_md = std::string(SCMPLAN_SOURCE_DIR) + "/docs/diagnostics.md";
constexpr std::string_view begin_marker = "<!-- codes -->\n";
constexpr std::string_view end_marker = "<!-- end codes -->\n";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string severity_word(Severity s) { return s == Severity::error ? "error" : "warning"; }

int number_of(std::string_view name) { return std::stoi(std::string(name.substr(1))); }

/// The list of codes as docs/diagnostics.md shows it, and the warnings' numbers
/// left out (the errors are numbered in blocks of ten by area).
std::string code_list() {
    std::string out = "| code | severity | meaning |\n|---|---|---|\n";
    for (const DiagCodeInfo& c : diag_codes())
        out += "| " + std::string(c.name) + " | " + severity_word(c.severity) + " | " + std::string(c.meaning) + " |\n";
    std::set<int> warnings;
    for (const DiagCodeInfo& c : diag_codes())
        if (c.severity == Severity::warning) warnings.insert(number_of(c.name));
    std::vector<std::string> unused;
    for (int n = *warnings.begin(); n < *warnings.rbegin(); ++n)
        if (!warnings.count(n)) unused.push_back("W" + std::to_string(n));
    out += "\nNot used: ";
    for (std::size_t i = 0; i < unused.size(); ++i) out += (i ? ", " : "") + unused[i];
    out += unused.empty() ? "none.\n" : ".\n";
    return out;
}

}  // namespace

TEST_CASE("diagnostic codes: named once, E for errors and W for warnings, in families") {
    std::set<std::string_view> names;
    for (const DiagCodeInfo& c : diag_codes()) {
        CAPTURE(c.name);
        CHECK(names.insert(c.name).second);
        CHECK(c.name.size() == 4);
        CHECK(c.name[0] == (c.severity == Severity::error ? 'E' : 'W'));
        CHECK(diag_code_named(c.name) == c.code);
        CHECK(code_name(c.code) == c.name);
        CHECK_FALSE(c.meaning.empty());
        CHECK(c.meaning.find('|') == std::string_view::npos);  // one cell of a Markdown table
    }
    CHECK(names.size() == 58);
    CHECK_FALSE(diag_code_named("E999"));
}

TEST_CASE("docs/diagnostics.md's list of codes is the table's, and its tables hold the same codes") {
    std::string doc = read_file(diagnostics_md);
    REQUIRE(doc.size() > 5000);
    auto begin = doc.find(begin_marker);
    REQUIRE_MESSAGE(begin != std::string::npos, "docs/diagnostics.md lacks the list of codes; add its two markers");
    begin += begin_marker.size();
    const auto end = doc.find(end_marker, begin);
    REQUIRE(end != std::string::npos);
    const std::string list = code_list();
    if (std::getenv("SCMPLAN_UPDATE") != nullptr) {
        doc.replace(begin, end - begin, list);
        std::ofstream(diagnostics_md, std::ios::binary) << doc;
    } else {
        CHECK(doc.substr(begin, end - begin) == list);
    }
    // The rows of the documentation's tables, outside the list: "| E001 | error…".
    std::vector<std::string> rows;
    std::istringstream lines(doc.substr(0, begin) + doc.substr(end));
    for (std::string line; std::getline(lines, line);) {
        if (line.size() < 9 || line.compare(0, 2, "| ") != 0 || line.compare(6, 3, " | ") != 0) continue;
        const std::string name = line.substr(2, 4);
        if (!diag_code_named(name) && !(name[0] == 'E' || name[0] == 'W')) continue;
        const std::string severity = line.substr(9, line.find(' ', 9) - 9);
        rows.push_back(name + " " + (severity.back() == ',' ? severity.substr(0, severity.size() - 1) : severity));
    }
    std::vector<std::string> expected;
    for (const DiagCodeInfo& c : diag_codes()) expected.push_back(std::string(c.name) + " " + severity_word(c.severity));
    CHECK(rows == expected);
}

TEST_CASE("the sources name codes only by the table's constants, and report every code of the table") {
    // A quoted code ("E015") in src/ would be a second spelling of the table:
    // the code names a code as DiagCode::E015, which the compiler checks.
    const std::regex quoted("\"([EW][0-9]{3})\"");
    const std::regex constant("DiagCode::([EW][0-9]{3})");
    std::set<std::string> used;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(SCMPLAN_SOURCE_DIR) + "/src")) {
        if (!entry.is_regular_file()) continue;
        const std::string text = read_file(entry.path().string());
        CAPTURE(entry.path().string());
        std::smatch m;
        CHECK_FALSE(std::regex_search(text, m, quoted));
        for (std::sregex_iterator i(text.begin(), text.end(), constant), end; i != end; ++i) used.insert((*i)[1].str());
    }
    for (const DiagCodeInfo& c : diag_codes()) {
        CAPTURE(c.name);
        CHECK(used.count(std::string(c.name)));
    }
}

// The key tables put between their markers in docs/format.md.
#include <fmt/format.h>

#include <set>

#include "docgen.hpp"
#include "scmplan/format_spec.hpp"

namespace scmplan::docgen {

namespace {

constexpr std::string_view begin_prefix = "<!-- table: ";
constexpr std::string_view end_marker = "<!-- end table -->\n";

std::string begin_marker(const std::string& id) { return fmt::format("{}{} -->\n", begin_prefix, id); }

}  // namespace

std::vector<FormatTable> all_format_tables() {
    std::vector<FormatTable> out;
    for (std::string_view kind : format::kind_names())
        for (FormatTable& t : format_tables(kind)) out.push_back(std::move(t));
    return out;
}

Spliced splice_tables(std::string doc, const std::vector<FormatTable>& tables, bool update) {
    Spliced out;
    std::set<std::string> ids;
    for (const FormatTable& t : tables) {
        ids.insert(t.id);
        auto begin = doc.find(begin_marker(t.id));
        if (begin == std::string::npos) {
            out.problems.push_back(fmt::format("table '{}': missing; add its two markers", t.id));
            continue;
        }
        begin += begin_marker(t.id).size();
        auto end = doc.find(end_marker, begin);
        if (end == std::string::npos) {
            out.problems.push_back(fmt::format("table '{}': no '<!-- end table -->' after it", t.id));
            continue;
        }
        if (doc.compare(begin, end - begin, t.markdown) == 0) continue;
        if (update) doc.replace(begin, end - begin, t.markdown);
        else out.problems.push_back(fmt::format("table '{}': differs from the format table", t.id));
    }
    // No table in the document that the format table does not have.
    for (auto at = doc.find(begin_prefix); at != std::string::npos; at = doc.find(begin_prefix, at + 1)) {
        auto close = doc.find(" -->", at);
        std::string id = doc.substr(at + begin_prefix.size(), close - at - begin_prefix.size());
        if (!ids.count(id)) out.problems.push_back(fmt::format("table '{}': the format table has no such table", id));
    }
    out.text = std::move(doc);
    return out;
}

}  // namespace scmplan::docgen

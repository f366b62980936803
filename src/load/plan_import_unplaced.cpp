// The importer's account of what it did not place: every paragraph and table
// row of the document whose text went into no field, in the document's order,
// with its place (IMPORT.md's "Not placed"). Nothing is dropped unlisted.
#include <fmt/format.h>

#include <map>

#include "plan_import_parts.hpp"

namespace scmplan::import_parts {

/// Every paragraph and table row that went into no field, in document order.
void collect_unplaced(Context& c) {
    const Section* current = &c.sections.front();
    std::map<std::size_t, const Section*> owner;
    for (const auto& s : c.sections)
        for (auto b : s.blocks) owner[b] = &s;
    for (std::size_t b = 0; b < c.doc.blocks.size(); ++b) {
        if (auto it = owner.find(b); it != owner.end()) current = it->second;
        if (c.used[b]) continue;
        if (!c.is_table(b)) {
            if (!c.para(b).text.empty()) c.d.unplaced.push_back({c.where(*current, b), c.para(b).text});
            continue;
        }
        const DocxTable& t = c.table(b);
        const auto& rows = c.used_rows[b];
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (r < rows.size() && rows[r]) continue;
            std::string line;
            for (std::size_t col = 0; col < t.columns; ++col) {
                if (t.rows[r][col].covered) continue;
                std::string cell = t.rows[r][col].text();
                if (!cell.empty()) line += (line.empty() ? "" : " | ") + cell;
            }
            if (!line.empty())
                c.d.unplaced.push_back({fmt::format("section {}, table {}, row {}", kind_name(current->kind), t.number, r + 1), line});
        }
    }
}

}  // namespace scmplan::import_parts

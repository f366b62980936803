// scmplan_docgen: docs/format.md's key tables, rendered from the format table
// (scmplan/format_spec.hpp) and compared with, or written into, the document.
// A tool of the build and the tests, not part of scmplan: the program never
// prints its own documentation's tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scmplan::docgen {

/// One key table of docs/format.md: `id` is the kind, or the mapping's `def`
/// (or `what`) for a mapping of its own ("gap", "step").
struct FormatTable {
    std::string id;
    std::string markdown;  ///< header, separator and one row a key, each line ending in '\n'
};

/// The key tables of `kind`: its top level first, then each list item or
/// mapping of its own in the order the keys lead to them; empty for any other
/// kind. (schema_md.cpp)
std::vector<FormatTable> format_tables(std::string_view kind);

/// Every kind's tables (format::kind_names()), in order.
std::vector<FormatTable> all_format_tables();

/// A document with its tables compared or replaced. Each table stands between
/// `<!-- table: ID -->` and `<!-- end table -->`.
struct Spliced {
    std::string text;                   ///< the document with every table as rendered
    std::vector<std::string> problems;  ///< a table missing, unclosed, unknown to the format table, or differing
};

/// Puts each of `tables` between its markers in `doc`. A table that differs
/// from the rendered one is a problem when `update` is false, and replaced
/// when it is true; a missing marker, an unclosed table or a table that the
/// format table does not have is a problem either way. (format_md.cpp)
Spliced splice_tables(std::string doc, const std::vector<FormatTable>& tables, bool update);

}  // namespace scmplan::docgen

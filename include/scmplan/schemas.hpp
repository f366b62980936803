// The JSON Schemas of the file kinds, rendered from the format table
// (scmplan/format_spec.hpp) for `scmplan schema` and `scmplan init`; the
// build writes them to build/schemas/<kind>.schema.json. Editors use them to
// check YAML files as they are typed (docs/editors.md). Also docs/format.md's
// key tables, rendered from the same table.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/format_spec.hpp"

namespace scmplan {

/// The kinds that have a schema: format::kind_names().
std::span<const std::string_view> schema_kinds();

/// The JSON Schema (draft 2020-12, pretty-printed, ending in a newline) of
/// `kind`; nullopt for any other kind.
std::optional<std::string> schema_json(std::string_view kind);

/// One key table of docs/format.md: `id` is the kind, or the mapping's `def`
/// (or `what`) for a mapping of its own ("gap", "step").
struct FormatTable {
    std::string id;
    std::string markdown;  ///< header, separator and one row a key, each line ending in '\n'
};

/// The key tables of `kind`: its top level first, then each list item or
/// mapping of its own in the order the keys lead to them; empty for any other kind.
std::vector<FormatTable> format_tables(std::string_view kind);

}  // namespace scmplan

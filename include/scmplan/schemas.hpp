// The JSON Schemas of the file kinds, rendered from the format table
// (scmplan/format_spec.hpp) for `scmplan schema` and `scmplan init`; the
// build writes them to build/schemas/<kind>.schema.json. Editors use them to
// check YAML files as they are typed (docs/editors.md). (docs/format.md's key
// tables are rendered from the same table by tests/docgen, not by scmplan.)
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "scmplan/format_spec.hpp"

namespace scmplan {

/// The kinds that have a schema: format::kind_names().
std::span<const std::string_view> schema_kinds();

/// The JSON Schema (draft 2020-12, pretty-printed, ending in a newline) of
/// `kind`; nullopt for any other kind.
std::optional<std::string> schema_json(std::string_view kind);

}  // namespace scmplan

// The JSON Schemas of the file kinds (schemas/<kind>.schema.json), embedded in
// the binary at build time for `scmplan schema` and `scmplan init`. Editors use
// them to check YAML files as they are typed (docs/editors.md).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace scmplan {

/// The kinds that have a schema, in the order the docs list them:
/// plan, activity, risk, workspace, rules.
std::span<const std::string_view> schema_kinds();

/// The schema of `kind`, byte for byte as schemas/<kind>.schema.json was at
/// build time; nullopt for any other kind.
std::optional<std::string_view> schema_json(std::string_view kind);

}  // namespace scmplan

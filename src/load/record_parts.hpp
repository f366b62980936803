// The pieces of an in-place record shared by record.cpp (steps, reports) and
// record_gap_risk.cpp (GAP items, risk assessments). Private to the load layer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/record.hpp"
#include "scmplan/yaml_tree.hpp"
#include "yaml_edit.hpp"

namespace scmplan::load::record_parts {

/// The value of `key` of `map` when it is a scalar, else nullptr.
const YNode* scalar_under(const YNode& map, std::string_view key);

/// The first date written in an activity file, looking where a new date would go first.
std::string example_date(const YNode& root, const YNode* near);

/// Appends to `map`'s `evidence` the entries of `wanted` not yet listed (each
/// a change of `r`); returns the error of the edit, if any.
std::string add_evidence(YamlEditor& ed, const YNode& map, const std::vector<std::string>& wanted, RecordResult& r);

/// A result that records nothing, and why.
RecordResult failed(std::string error, std::string hint = {});

/// The item of `list` whose `key` reads `id`, or nullptr (with the ids there are in `ids`).
const YNode* item_with(const YNode* list, std::string_view key, const std::string& id, std::vector<std::string>& ids);

}  // namespace scmplan::load::record_parts

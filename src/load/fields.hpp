// Reading typed values out of a positioned YAML tree, with one diagnostic per
// problem. Private to the load layer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/date_text.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/model.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan::load {

/// Reads the keys of one mapping. Every key the code asks for is recorded;
/// finish() reports the rest as unknown, with the closest known key as a hint.
class Fields {
public:
    /// `what` names the mapping in messages ("plan", "step", "risk level").
    /// If `node` is not a mapping, an error is reported and every take() returns null.
    Fields(const YNode& node, Diagnostics& diags, std::string what);

    bool ok() const { return m_node.is_map(); }
    const YNode& node() const { return m_node; }

    /// The value under `key`, or nullptr; a missing required key is an error.
    const YNode* take(std::string_view key, bool required = false);
    /// Reports unknown keys. Call once, after every take().
    void finish();

    // Typed shortcuts: report and return nullopt / the fallback on a bad value.
    std::optional<std::string> text(std::string_view key, bool required = false);
    std::optional<Located<std::string>> located_text(std::string_view key, bool required = false);
    std::optional<Located<double>> number(std::string_view key, bool required = false);
    std::optional<Located<int>> integer(std::string_view key, bool required = false);
    std::optional<bool> boolean(std::string_view key, bool required = false);
    std::optional<Located<Date>> date(std::string_view key, bool required = false);
    std::vector<std::string> text_list(std::string_view key, bool required = false);
    std::vector<Located<std::string>> located_text_list(std::string_view key, bool required = false);

private:
    /// Ids, codes and units (is_identifier_key): a line break or an invisible or
    /// direction-changing character is an error (E006); in other text, a
    /// warning (W114). Controls were refused by the parser already.
    void check_chars(const YNode& v, std::string_view key);

    const YNode& m_node;
    Diagnostics& m_diags;
    std::string m_what;
    std::vector<std::string> m_known;
};

/// The largest number (in size) any value may have: sums and products of
/// scmplan's figures then stay finite and exact to the printed decimals.
constexpr double max_number = 1e15;

// Conversions of one node; each reports its own error.
std::optional<std::string> as_text(const YNode& n, Diagnostics& d, std::string_view what);
std::optional<double> as_number(const YNode& n, Diagnostics& d, std::string_view what);
std::optional<int> as_integer(const YNode& n, Diagnostics& d, std::string_view what);
std::optional<bool> as_boolean(const YNode& n, Diagnostics& d, std::string_view what);
std::optional<Date> as_date(const YNode& n, Diagnostics& d, std::string_view what);
/// {th: …, en: …} or plain text (taken as Thai).
Names as_names(const YNode& n, Diagnostics& d, std::string_view what);
/// True if the node is a list; otherwise reports "expected a list".
bool expect_list(const YNode& n, Diagnostics& d, std::string_view what);

/// Keys whose values are ids, codes or units: one line of visible text.
bool is_identifier_key(std::string_view key);

/// A plain scalar that reads as a YAML 1.2 number.
bool looks_numeric(std::string_view s);

}  // namespace scmplan::load

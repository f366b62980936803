// Reading typed values out of a positioned YAML tree, with one diagnostic per
// problem. Private to the load layer.
#pragma once

#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/date_text.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/format_spec.hpp"
#include "scmplan/model.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan::load {

/// Reads the keys of one mapping, as its spec (scmplan/format_spec.hpp)
/// declares them: a key is required when the spec says Need::yes. Every key the
/// code asks for is recorded; finish() reports the rest as unknown, with the
/// closest known key as a hint.
///
/// Asking for a key the spec does not declare, converting a key to another
/// type than it declares (a number out of a text key), or finishing without
/// having asked for every key it declares, is a programming error: std::logic_error.
class Fields {
public:
    /// The mapping is named in messages by the spec's `what` ("plan", "step"),
    /// or by `what` where one spec serves several mappings ("risk impact level").
    /// If `node` is not a mapping, an error is reported and every take() returns null.
    Fields(const YNode& node, Diagnostics& diags, const format::MapSpec& spec);
    Fields(const YNode& node, Diagnostics& diags, const format::MapSpec& spec, std::string what);

    bool ok() const { return m_node.is_map(); }
    const YNode& node() const { return m_node; }

    /// The value under `key`, or nullptr; a missing required key is an error.
    const YNode* take(std::string_view key);
    /// As take(key), with `required` instead of the spec's Need: for a key whose
    /// need depends on another key (rules `enablers` with `extends: none`).
    const YNode* take(std::string_view key, bool required);
    /// Reports unknown keys, and what breaks the mapping's cross-key rules and
    /// one-of (format::Rule, format::MapSpec::one_of) as the table words it.
    /// Call once, after every take(). False when a rule or the one-of is broken.
    bool finish();
    /// Whether the value of `key` was refused: a typed read reported it (bad
    /// type, or outside the field's min–max, whose value is still returned).
    bool rejected(std::string_view key) const;
    /// The type the mapping's rules give `key` (format::Rule then_type and
    /// else_type, decided by another key's value), or nullopt.
    std::optional<format::Type> ruled_type(std::string_view key) const;

    // Typed shortcuts: report and return nullopt / the fallback on a bad value.
    std::optional<std::string> text(std::string_view key);
    std::optional<Located<std::string>> located_text(std::string_view key);
    std::optional<Located<double>> number(std::string_view key);
    std::optional<Located<int>> integer(std::string_view key);
    std::optional<bool> boolean(std::string_view key);
    std::optional<Located<Date>> date(std::string_view key);
    std::vector<std::string> text_list(std::string_view key);
    std::vector<Located<std::string>> located_text_list(std::string_view key);
    /// The model's value of the choice written (format::Choice: `choices` are the
    /// field's, its `allowed` their texts, else std::logic_error); otherwise E015
    /// "<subject> must be a, b or c, not <value>". `subject` defaults to "<what> '<key>'".
    template <class E>
    std::optional<Located<E>> choice(std::string_view key, std::span<const format::Choice<E>> choices,
                                     std::string_view subject = {}) {
        const YNode* v = choice_node(key, format::texts(choices), subject);
        if (!v) return std::nullopt;
        return Located<E>{*format::value_of(choices, v->text), v->loc};
    }

private:
    /// The spec's field of `key`; std::logic_error if it has none.
    const format::Field& declared(std::string_view key) const;
    /// The same, and std::logic_error unless its type (with `list`: it is a list,
    /// and its items' type) is one of `types`: the conversion a reader asks for
    /// is the one the table declares.
    const format::Field& declared(std::string_view key, std::initializer_list<format::Type> types,
                                  bool list = false) const;
    /// Ids, codes and units (is_identifier_key): a line break or an invisible or
    /// direction-changing character is an error (E006); in other text, a
    /// warning (W114). Controls were refused by the parser already.
    void check_chars(const YNode& v, std::string_view key);
    /// The value of choice `key` if it is one of the field's allowed values, which
    /// must be `texts` (std::logic_error); otherwise reports E015 and gives nullptr.
    const YNode* choice_node(std::string_view key, const std::vector<std::string_view>& texts,
                             std::string_view subject);
    /// The field's min and max (format::Field::below, above) for `x`, read from `v`.
    void check_bounds(const format::Field& f, const YNode& v, double x);
    /// `r`'s message and hint with their placeholders filled (format::Report).
    void report(const format::Report& r, Loc at, const format::Field* f, const YNode* v,
                std::optional<double> x);
    /// The value of `key` is there (not `key:` alone).
    const YNode* given(std::string_view key) const;
    /// Whether rule `r`'s condition (its if_key and values or pattern) holds.
    bool condition_holds(const format::Rule& r) const;

    const YNode& m_node;
    Diagnostics& m_diags;
    const format::MapSpec& m_spec;
    std::string m_what;
    std::vector<std::string> m_known;
    std::vector<std::string> m_rejected;
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
/// {th: …, en: …} or plain text (taken as Thai); `what` names it ("enabler name").
Names as_names(const YNode& n, Diagnostics& d, std::string_view what);
/// A comparison: < <= = >= > (== is read as =).
std::optional<CompareOp> as_op(const YNode& n, Diagnostics& d, std::string_view what);
/// True if the node is a list; otherwise reports "expected a list".
bool expect_list(const YNode& n, Diagnostics& d, std::string_view what);

/// Keys whose values are ids, codes or units: one line of visible text.
bool is_identifier_key(std::string_view key);

/// A plain scalar that reads as a YAML 1.2 number.
bool looks_numeric(std::string_view s);

}  // namespace scmplan::load

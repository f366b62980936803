// The file format as data: for each file kind and each mapping inside it, the
// keys it has, their types, whether they are required, their defaults, allowed
// values and ranges, and a line of documentation in English and Thai.
//
// This table is the one source of the format: the loader (src/load/) takes its
// known keys, required flags and allowed values from it, `scmplan schema`
// renders the JSON Schemas from it, and docs/format.md's key tables are
// generated from it. Pure data: no I/O, no YAML.
#pragma once

#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "scmplan/diag_codes.hpp"
#include "scmplan/model.hpp"

namespace scmplan::format {

/// One value a choice key may take: its text as files write it and the
/// model's value it stands for. A choice's list of them is the one place both
/// are spelled: the reader (Fields::choice), the model's text-of functions
/// (op_text, gap_status_text, measure_text) and the schema all use it.
template <class E>
struct Choice {
    std::string_view text;
    E value;
};

/// The texts of `choices`, in order: a Field's `allowed`.
template <class E>
std::vector<std::string_view> texts(std::span<const Choice<E>> choices) {
    std::vector<std::string_view> out;
    for (const auto& c : choices) out.push_back(c.text);
    return out;
}

/// The text of `value`: the first choice that stands for it (`=`, not `==`).
template <class E>
std::string_view text_of(std::span<const Choice<E>> choices, E value) {
    for (const auto& c : choices)
        if (c.value == value) return c.text;
    return "?";
}

/// The value of `text`, or nullopt.
template <class E>
std::optional<E> value_of(std::span<const Choice<E>> choices, std::string_view text) {
    for (const auto& c : choices)
        if (c.text == text) return c.value;
    return std::nullopt;
}

/// The choices of the format, each with the model's values.
namespace choices {
std::span<const Choice<QuarterScheme>> quarters();  ///< plan `quarters`
std::span<const Choice<GapStatus>> gap_status();    ///< gap `status`
std::span<const Choice<Measure>> measure();         ///< KPI `measure`
std::span<const Choice<bool>> extends();            ///< rules `extends`: laid over the built-in rules
std::span<const Choice<bool>> evidence();           ///< rules `evidence`: required for done
std::span<const Choice<bool>> memo_purpose();       ///< workspace memo `purpose`: true for a decision
std::span<const Choice<CompareOp>> op();            ///< a comparison, `op`
std::span<const Choice<int>> holiday_calendar();    ///< workspace `holidays.calendar`: index in holiday_calendars()
}  // namespace choices

/// What a key's value is.
enum class Type {
    version,          ///< the header's `scmplan: 1`
    kind,             ///< the header's `kind: …`
    text,             ///< any scalar, read as text (`id: 1` is the text "1")
    names,            ///< {th: …, en: …} or plain text (taken as Thai)
    number,           ///< an unquoted number
    integer,          ///< a number without a fraction
    boolean,          ///< true or false
    date,             ///< ISO (CE) or Thai (BE) date
    op,               ///< < <= = >= > (== is read as =)
    choice,           ///< one of `allowed`
    metric,           ///< a risk condition's metric (`pattern`)
    any,              ///< a scalar whose type a rule of the mapping decides
    list,             ///< a list of `item` (with `spec` for a list of mappings)
    mapping,          ///< a mapping of `spec`'s keys
    text_or_mapping,  ///< plain text, or a mapping of `spec`'s keys
    map_of,           ///< free keys (codes), each mapped to an `item`
};

/// Whether a key must be there.
enum class Need {
    no,
    yes,
    /// Not required by the reader of the mapping, but a check of the whole
    /// model makes its absence an error: the schema requires it.
    in_effect,
};

struct MapSpec;

/// What the loader reports when a value or a mapping breaks the table: its
/// diagnostic code, message and hint. In the message and hint, {what} is the
/// mapping as messages name it, {key} the key, {value} the value (a number as
/// read), {text} the value as written, {min} and {max} the field's bounds, and
/// {key:K} the value of key K of the same mapping as written.
struct Report {
    DiagCode code = DiagCode::E015;
    std::string_view message{};
    std::string_view hint{};
};

/// One key of a mapping.
struct Field {
    std::string_view key{};
    Type type = Type::text;
    Need need = Need::no;
    /// The items of a list or the values of a map_of.
    Type item = Type::text;
    /// The keys of a mapping, a text_or_mapping, or a list's mapping items.
    const MapSpec* spec = nullptr;
    /// The values a `choice` (or its list) may take, in the order messages name them.
    std::vector<std::string_view> allowed{};
    std::optional<double> min{};
    std::optional<double> max{};
    bool above_min = false;         ///< min itself is not allowed (exclusive)
    /// A number outside min–max: below min (or at it, with above_min), and
    /// above max (when its message is empty: `below`). Empty messages: "{what}
    /// '{key}' must be {min} to {max}, not {value}". The loader keeps the value.
    Report below{};
    Report above{};
    std::string_view pattern{};       ///< text (in the schema, a string) must match
    bool whole_numbers_too = false; ///< with `pattern`: a whole number ≥ 0 is also accepted
    std::string_view not_pattern{};   ///< a string must not match (the loader checks it later)
    std::optional<int> min_items{};
    /// A list of mappings whose key `level_key` takes each value 1..exact_levels once.
    int exact_levels = 0;
    std::string_view level_key{};
    std::vector<std::string_view> examples{};
    /// The value when the key is absent, as written in YAML ("true", "calendar"); docs only
    /// unless the type is boolean or choice.
    std::string_view fallback{};
    std::string_view title{};  ///< English, then the Thai term: "Budget (งบประมาณ)"
    std::string_view doc{};    ///< one line: English, then Thai
    // docs/format.md: its columns where the type alone does not say it.
    std::string_view doc_type{};     ///< the "type" column, if not derived from the type
    std::string_view doc_need{};     ///< the "required" column, if not **yes** / no
    std::string_view doc_default{};  ///< the "default" column, if not `fallback`
    std::string_view meaning{};      ///< the "meaning" column (Markdown)
};

/// A cross-key rule of a mapping: if key `if_key` is present (and, when given,
/// one of `if_values` or matching `if_pattern`), then key `then_require` must be
/// present and key `then_key` has type `then_type` (and at most `then_max`);
/// otherwise `then_key` has type `else_type` (Type::any: no constraint).
///
/// The loader (Fields::finish) and the JSON Schema both follow it. A missing
/// `then_require` is reported at `if_key`'s value with `then_report`; a value of
/// `then_key` above `then_max` at that value with `then_report`; a `then_key`
/// given where `else_forbidden` at its value with `else_report`. The types
/// (`then_type`, `else_type`) are the reader's to convert (Fields::ruled_type).
struct Rule {
    std::string_view if_key{};
    std::vector<std::string_view> if_values{};
    std::string_view if_pattern{};
    std::string_view then_require{};
    std::string_view then_key{};
    std::optional<Type> then_type{};
    std::optional<double> then_max{};
    std::optional<Type> else_type{};
    bool else_forbidden = false;  ///< otherwise `then_key` must be absent (or empty)
    Report then_report{};
    Report else_report{};
};

/// The keys of one mapping, in the order the reader asks for them.
struct MapSpec {
    /// The mapping in messages ("plan", "step", "risk level"); a list item's
    /// definition name in the schema when `def` is set.
    std::string_view what{};
    std::string_view title{};
    std::string_view doc{};
    std::vector<Field> fields{};
    std::vector<Rule> rules{};
    /// Exactly one of these keys (e.g. path or url): the loader reports two
    /// at the second one's value with `one_of_both`, none at the mapping with
    /// `one_of_none`.
    std::vector<std::string_view> one_of{};
    Report one_of_both{};
    Report one_of_none{};
    /// A name in the schema's $defs; empty: written inline.
    std::string_view def{};

    /// The field of `key`, or nullptr.
    const Field* find(std::string_view key) const;
};

/// A file kind: its `kind:` value and its top-level mapping.
struct KindSpec {
    std::string_view kind{};
    /// Its title and doc are the schema's: "scmplan plan file (แผนปฏิบัติการ)".
    const MapSpec* top = nullptr;
};

/// The file kinds, in the order the docs list them: plan, activity, risk,
/// workspace, rules. The one list of kinds.
std::span<const KindSpec> kinds();
/// Just their names, in the same order.
std::span<const std::string_view> kind_names();
/// The kind named `kind`, or nullptr.
const KindSpec* find_kind(std::string_view kind);

/// A value type that several keys share, as the schemas define it once ($defs).
struct ValueDef {
    std::string_view name{};  ///< "date", "op"
    std::string_view title{};
    std::string_view doc{};
    std::vector<std::string_view> values{};  ///< op: the comparisons a file may write (choices::op)
    /// date: the accepted forms, each {title, pattern} (src/core/dates: parse_date).
    std::vector<std::pair<std::string_view, std::string_view>> forms{};
};
const ValueDef& date_def();
const ValueDef& op_def();

/// "a, b or c": the allowed values of `f` as messages name them.
std::string allowed_text(const Field& f, std::string_view last_joiner = " or ");

// The mappings that readers open below a kind's top level.
namespace spec {
/// `scmplan:` and `kind:` alone: what the loader reads before it knows the kind.
const MapSpec& header();
const MapSpec& workspace();
const MapSpec& signatures();
const MapSpec& signer();
const MapSpec& rules();
const MapSpec& memo();
const MapSpec& rules_score();
const MapSpec& enabler();
const MapSpec& module();
const MapSpec& topic();
const MapSpec& names();
const MapSpec& rules_risk();
const MapSpec& risk_band();
const MapSpec& rules_report_due();
const MapSpec& plan();
const MapSpec& plan_period();
const MapSpec& plan_contact();
const MapSpec& plan_indicators();
const MapSpec& baseline();
const MapSpec& gap();
const MapSpec& kpi();
const MapSpec& activity();
const MapSpec& activity_period();
const MapSpec& activity_budget();
const MapSpec& activity_target();
const MapSpec& step();
const MapSpec& report();
const MapSpec& evidence_item();
const MapSpec& workspace_holidays();  ///< `holidays: {calendar, add, remove}`
const MapSpec& risk();
const MapSpec& likelihood();
const MapSpec& impact();
const MapSpec& scale_level();
const MapSpec& condition();
const MapSpec& assessment();
const MapSpec& risk_target();
}  // namespace spec

}  // namespace scmplan::format

// scmplan rules: the rules in force, printed as a rules file to start from.
//
// The keys, their order and the texts of choices are the format table's
// (src/core/format_spec_rules.cpp): this file gives, for each key of a
// mapping, its value from the model and the comment above it. A key of the
// table that is neither given a value nor named as left out, or a value for a
// key the table does not declare, is std::logic_error, so a key added to the
// rules' table fails the tests until `scmplan rules` prints it; the round-trip
// test (tests/test_render_rules_yaml.cpp) reads the output back.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "scmplan/format_spec.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render_rules.hpp"

namespace scmplan {

namespace {

using format::MapSpec;
using format::Type;
namespace spec = format::spec;

/// A YAML double-quoted scalar: JSON string escapes are valid YAML.
std::string q(std::string_view s) { return json_quote(s); }

/// One key's value as YAML text (a nested block starts with a line break), the
/// comment lines above it and a comment after it.
struct Part {
    std::string value;
    std::string comment{};
    std::string trailing{};
};
using Parts = std::map<std::string_view, Part>;

/// The keys of `s` in the table's order, each with its part; throws unless
/// every key is in `parts` or `left_out` and every part is a key of `s`.
std::vector<std::pair<std::string_view, const Part*>> ordered(const MapSpec& s, const Parts& parts,
                                                              std::initializer_list<std::string_view> left_out) {
    std::vector<std::pair<std::string_view, const Part*>> out;
    for (const auto& [key, part] : parts)
        if (!s.find(key))
            throw std::logic_error(fmt::format("scmplan rules writes '{}', which {} does not declare", key, s.what));
    for (const format::Field& f : s.fields) {
        if (f.type == Type::version || f.type == Type::kind) continue;
        auto it = parts.find(f.key);
        if (it != parts.end()) out.emplace_back(f.key, &it->second);
        else if (std::find(left_out.begin(), left_out.end(), f.key) == left_out.end())
            throw std::logic_error(fmt::format("scmplan rules does not write {} '{}'", s.what, f.key));
    }
    return out;
}

/// `{key: value, …}`.
std::string flow(const MapSpec& s, const Parts& parts, std::initializer_list<std::string_view> left_out = {}) {
    std::vector<std::string> items;
    for (const auto& [key, part] : ordered(s, parts, left_out)) items.push_back(fmt::format("{}: {}", key, part->value));
    return fmt::format("{{{}}}", fmt::join(items, ", "));
}

/// `key: value` lines at `indent`, the first prefixed by `first` (a list's "- ").
std::string block(const MapSpec& s, const Parts& parts, std::string_view indent, std::string_view first = {},
                  std::initializer_list<std::string_view> left_out = {}) {
    std::string out;
    bool head = true;
    for (const auto& [key, part] : ordered(s, parts, left_out)) {
        out += part->comment;
        out += fmt::format("{}{}{}:", indent, head ? first : std::string(first.size(), ' '), key);
        const std::string trailing = part->trailing.empty() ? "" : "  # " + part->trailing;
        if (part->value.starts_with('\n')) out += trailing + part->value + "\n";  // a nested block
        else out += " " + part->value + trailing + "\n";
        head = false;
    }
    return out;
}

/// The header, `scmplan: 1` and `kind: rules`, as the table spells it.
std::string header() {
    std::string_view kind;
    for (const format::KindSpec& k : format::kinds())
        if (k.top == &spec::rules()) kind = k.kind;
    std::string out;
    for (const format::Field& f : spec::rules().fields) {
        if (f.type == Type::version) out += fmt::format("{}: 1\n", f.key);
        if (f.type == Type::kind) out += fmt::format("{}: {}\n", f.key, kind);
    }
    return out;
}

/// `text` as a YAML scalar: quoted, unless it is an example to be read, not loaded.
std::string scalar(std::string_view text, bool quote) { return quote ? q(text) : std::string(text); }

std::string names(const Names& n, bool quote = true) {
    Parts parts;
    if (!n.th.empty()) parts["th"] = {scalar(n.th, quote)};
    if (!n.en.empty()) parts["en"] = {scalar(n.en, quote)};
    return flow(spec::names(), parts, {"th", "en"});
}

bool named(const Names& n) { return !n.th.empty() || !n.en.empty(); }

/// A module as a list item at `indent`; unquoted (`quote` false) for the
/// example shown, in a comment, under an enabler without modules.
std::string module_yaml(const Module& m, std::string_view indent, bool quote) {
    Parts parts{{"code", {scalar(m.code.value, quote)}}, {"weight", {format_number(m.weight.value)}}};
    if (named(m.name)) parts["name"] = {names(m.name, quote)};
    std::string topics;
    for (const Topic& t : m.topics) {
        Parts tp{{"code", {scalar(t.code.value, quote)}}, {"weight", {format_number(t.weight.value)}}};
        if (named(t.name)) tp["name"] = {names(t.name, quote)};
        topics += fmt::format("{}    - {}\n", indent, flow(spec::topic(), tp, {"name"}));
    }
    parts["topics"] = {"\n" + topics.substr(0, topics.size() - 1)};
    return block(spec::module(), parts, indent, "- ", {"name"});
}

void enabler_yaml(std::string& out, const Enabler& e) {
    Parts parts{{"code", {q(e.code.value)}}};
    if (named(e.name)) parts["name"] = {names(e.name)};
    if (e.modules.empty()) {
        // An example module, commented out: its keys are the table's too.
        Module example;
        example.code.value = e.code.value + ".1";
        example.weight.value = 1;
        example.name = {"…", "…"};
        example.topics.push_back({});
        example.topics.back().code.value = e.code.value + ".1.1";
        example.topics.back().weight.value = 1;
        example.topics.back().name = {"…", "…"};
        const std::string module = module_yaml(example, "  ", false);
        Parts modules{{"modules", {"\n" + module.substr(0, module.size() - 1)}}};
        std::string shown = block(spec::enabler(), modules, "", "", {"code", "name"});
        std::string commented = fmt::format(
            "    # No modules: the scores of {} cannot be computed or verified. To describe\n"
            "    # them, give its modules and their topics with weights, e.g.:\n",
            e.code.value);
        for (std::size_t at = 0, nl; at < shown.size(); at = nl + 1) {
            nl = shown.find('\n', at);
            commented += "    # " + shown.substr(at, nl - at) + "\n";
        }
        out += block(spec::enabler(), parts, "  ", "- ", {"name", "modules"});
        out += commented;
        return;
    }
    std::string modules;
    for (const Module& m : e.modules) modules += module_yaml(m, "      ", true);
    parts["modules"] = {"\n" + modules.substr(0, modules.size() - 1), {},
                        "weights of the modules add up to 1, as do those of a module's topics"};
    out += block(spec::enabler(), parts, "  ", "- ", {"name"});
}

}  // namespace

std::string render_rules_yaml(const Rules& r, const std::string& enabler) {
    std::string out;
    out += "# scmplan rules file, printed by 'scmplan rules";
    if (!enabler.empty()) out += " --enabler " + enabler;
    out += fmt::format("' from the rules in force ({}).\n", r.source.empty() ? "<built-in>" : r.source);
    out += "# Save it in the workspace and name it with 'rules: FILE' in scmplan.yaml.\n";
    out += header();
    const auto extends = format::choices::extends();
    if (!enabler.empty()) {
        std::string enablers;
        for (const Enabler& e : r.enablers)
            if (e.code.value == enabler) enabler_yaml(enablers, e);
        Parts parts{{"extends",
                     {std::string(format::text_of(extends, true)),
                      "# On top of the built-in rules: this enabler replaces the built-in one of the\n"
                      "# same code (or is added); everything not given here stays as built in.\n"}},
                    {"enablers", {"\n" + enablers.substr(0, enablers.size() - 1)}}};
        return out + block(spec::rules(), parts, "", "",
                           {"score", "risk", "report_due", "evidence", "backdated_done_days"});
    }
    std::string enablers;
    for (const Enabler& e : r.enablers) enabler_yaml(enablers, e);
    std::string bands;
    for (const RiskBand& b : r.bands) {
        Parts bp{{"min", {std::to_string(b.min)}}, {"max", {std::to_string(b.max)}}, {"name", {names(b.name)}}};
        if (!b.colour.empty()) bp["colour"] = {q(b.colour)};
        bands += fmt::format("    - {}\n", flow(spec::risk_band(), bp, {"colour"}));
    }
    Parts risk{{"threshold",
                {std::to_string(r.risk_threshold), {}, "a risk scoring this or more needs mitigation and monitoring (E040)"}},
               {"bands", {"\n" + bands.substr(0, bands.size() - 1)}}};
    const std::string risk_block = block(spec::rules_risk(), risk, "  ");
    Parts parts{
        {"extends",
         {std::string(format::text_of(extends, false)),
          "# Every part is given, so the file stands alone; without 'extends: none' it would be\n"
          "# laid over the built-in rules (an enabler replaces the one of the same code).\n"}},
        {"score",
         {flow(spec::rules_score(), {{"min", {format_number(r.score_min)}},
                                     {"max", {format_number(r.score_max)}},
                                     {"decimals", {std::to_string(r.score_decimals)}}}),
          "# The range of every score, and the decimals scores are compared with.\n"}},
        {"enablers",
         {"\n" + enablers.substr(0, enablers.size() - 1),
          "# The enablers a plan may name, with the weights that turn topic scores into\n"
          "# module and enabler scores.\n"}},
        {"risk",
         {"\n" + risk_block.substr(0, risk_block.size() - 1),
          "# A risk's score is likelihood × impact (1–25); the bands cover 1–25 without gaps.\n"}},
        {"report_due",
         {flow(spec::rules_report_due(), {{"working_days_after_quarter", {std::to_string(r.report_due_working_days)}}}),
          "# The quarterly report to the director is due this many working days after the quarter.\n"}},
        {"evidence",
         {std::string(format::text_of(format::choices::evidence(), r.evidence_required_for_done)),
          "# Whether a done step needs evidence (required_for_done: W124 when it has none).\n"}},
        {"backdated_done_days",
         {std::to_string(r.backdated_done_days),
          "# check --git warns (W125) when a done date is more than this many days before\n"
          "# the commit that first recorded it.\n"}},
    };
    return out + block(spec::rules(), parts, "");
}

}  // namespace scmplan

// docs/format.md's key tables, rendered from the format table
// (scmplan/format_spec.hpp). A mapping without a `def` (a plan's `period`) is
// written into its parent's table as `period.start`; a list of mappings, or a
// mapping with a `def`, gets a table of its own after its parent's.
#include <fmt/format.h>

#include <algorithm>

#include "docgen.hpp"
#include "scmplan/format_spec.hpp"

namespace scmplan::docgen {

namespace {

using format::Field;
using format::MapSpec;
using format::Need;
using format::Type;

std::string number_text(double x) {
    return x == static_cast<long long>(x) ? fmt::format("{}", static_cast<long long>(x)) : fmt::format("{}", x);
}

std::string type_text(const Field& f) {
    if (!f.doc_type.empty()) return std::string(f.doc_type);
    switch (f.type) {
    case Type::integer:
        return f.min && f.max ? fmt::format("whole number {}–{}", number_text(*f.min), number_text(*f.max))
                              : "whole number";
    case Type::choice: {
        std::vector<std::string> quoted;
        for (auto v : f.allowed) quoted.push_back(fmt::format("`{}`", v));
        if (quoted.size() == 1) return quoted[0];
        return fmt::format("{} or {}", fmt::join(quoted.begin(), quoted.end() - 1, ", "), quoted.back());
    }
    case Type::list:
        if (f.item == Type::text) return "list of text";
        if (f.item == Type::date) return "list of dates";
        return "list";
    case Type::text_or_mapping: return "text, or a mapping (below)";
    case Type::map_of: return f.item == Type::number ? "mapping code → number" : "mapping code → text";
    case Type::any: return "date or number";
    case Type::names: return "names";
    case Type::number: return "number";
    case Type::boolean: return "boolean";
    case Type::date: return "date";
    case Type::op: return "op";
    case Type::metric: return "metric";
    case Type::mapping: return "mapping";
    default: return "text";
    }
}

std::string need_text(const Field& f) {
    if (!f.doc_need.empty()) return std::string(f.doc_need);
    if (f.need == Need::yes) return "**yes**";
    return f.need == Need::in_effect ? "yes in effect" : "no";
}

std::string default_text(const Field& f) {
    if (!f.doc_default.empty()) return std::string(f.doc_default);
    if (!f.fallback.empty()) return fmt::format("`{}`", f.fallback);
    if (f.need != Need::no || !f.doc_need.empty()) return "";  // needed, at least in some cases
    if (f.type == Type::text) return "\"\"";
    if (f.type == Type::list || f.type == Type::map_of) return "none";
    return "";
}

bool flattened(const Field& f) { return f.type == Type::mapping && f.spec && f.spec->def.empty(); }

/// The mappings below `s` that get a table of their own, in order.
void below(const MapSpec& s, std::vector<const MapSpec*>& out) {
    for (const Field& f : s.fields) {
        if (!f.spec || f.type == Type::names) continue;
        bool own = f.type == Type::list || (!f.spec->def.empty() && f.spec->def != format::spec::names().def);
        if (flattened(f)) {
            below(*f.spec, out);
        } else if (own && std::find(out.begin(), out.end(), f.spec) == out.end()) {
            out.push_back(f.spec);
            below(*f.spec, out);
        }
    }
}

void row(std::string& out, const std::string& key, const Field& f) {
    out += fmt::format("| `{}` |", key);
    for (const std::string& cell : {type_text(f), need_text(f), default_text(f), std::string(f.meaning)})
        out += cell.empty() ? " |" : fmt::format(" {} |", cell);
    out += '\n';
}

std::string table(const MapSpec& s) {
    std::string out = "| key | type | required | default | meaning |\n|---|---|---|---|---|\n";
    for (const Field& f : s.fields) {
        if (f.type == Type::version || f.type == Type::kind) continue;
        if (!flattened(f)) {
            row(out, std::string(f.key), f);
            continue;
        }
        for (const Field& inner : f.spec->fields) row(out, fmt::format("{}.{}", f.key, inner.key), inner);
    }
    return out;
}

}  // namespace

std::vector<FormatTable> format_tables(std::string_view kind) {
    std::vector<FormatTable> out;
    const format::KindSpec* k = format::find_kind(kind);
    if (!k) return out;
    out.push_back({std::string(k->kind), table(*k->top)});
    std::vector<const MapSpec*> specs;
    below(*k->top, specs);
    for (const MapSpec* s : specs) out.push_back({std::string(s->def.empty() ? s->what : s->def), table(*s)});
    return out;
}

}  // namespace scmplan::docgen

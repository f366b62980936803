// The JSON Schema of a file kind, rendered from the format table
// (scmplan/format_spec.hpp). How the table maps onto the schema:
//  - a required key is listed in `required` and its value may not be null; an
//    optional one may be null (the loader reads `key:` as absent);
//  - text is any scalar (string, number or boolean): the loader reads `id: 1`
//    as the text "1";
//  - every mapping has additionalProperties false, as the loader reports
//    unknown keys (E011);
//  - dates, comparisons and the mappings that have a `def` are written once,
//    under $defs, and reached through $ref (inside allOf/anyOf, so that draft 7
//    editors keep the title beside it).
#include "scmplan/schemas.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <vector>

#include "scmplan/json_writer.hpp"

namespace scmplan {

namespace {

using format::Field;
using format::MapSpec;
using format::Need;
using format::Type;

constexpr std::string_view schema_base = "https://scmplan.invalid/schema/v1/";

/// What a schema defines once, in the order first used.
struct Defs {
    bool date = false;
    bool op = false;
    std::vector<const MapSpec*> specs;
};

bool is_def(const MapSpec* s) { return s && !s->def.empty(); }

void add(Defs& defs, const MapSpec* s) {
    if (std::find(defs.specs.begin(), defs.specs.end(), s) == defs.specs.end()) defs.specs.push_back(s);
}

void collect(const MapSpec& s, Defs& defs, std::set<const MapSpec*>& seen) {
    if (!seen.insert(&s).second) return;
    for (const Field& f : s.fields) {
        for (Type t : {f.type, f.type == Type::list || f.type == Type::map_of ? f.item : f.type}) {
            defs.date = defs.date || t == Type::date || t == Type::any;
            defs.op = defs.op || t == Type::op;
        }
        if (f.type == Type::names) add(defs, &format::spec::names());
        if (f.spec) {
            if (is_def(f.spec)) add(defs, f.spec);
            collect(*f.spec, defs, seen);
        }
    }
    for (const auto& r : s.rules) defs.date = defs.date || r.then_type == Type::date;
}

class SchemaWriter {
public:
    explicit SchemaWriter(std::string_view kind) : m_kind(kind) {}

    std::string document(const MapSpec& top) {
        Defs defs;
        std::set<const MapSpec*> seen;
        collect(top, defs, seen);
        w.begin_object();
        w.field("$schema", "https://json-schema.org/draft/2020-12/schema");
        w.field("$id", fmt::format("{}{}.schema.json", schema_base, m_kind));
        object_body(top, true);
        w.key("$defs");
        w.begin_object();
        if (defs.date) date_def();
        if (defs.op) op_def();
        for (const MapSpec* s : defs.specs) {
            w.key(s->def);
            w.begin_object();
            if (s == &format::spec::names()) {  // {th, en} or plain text
                w.field("title", s->title);
                w.field("description", s->doc);
                text_or_mapping(*s, false, false);
            } else {
                object_body(*s, true);
            }
            w.end_object();
        }
        w.end_object();
        w.end_object();
        return w.str();
    }

private:
    void text_types(bool nullable) {
        w.key("type");
        w.begin_array();
        for (std::string_view t : {"string", "number", "boolean"}) w.value(t);
        if (nullable) w.value("null");
        w.end_array();
    }

    void type(std::string_view name, bool nullable) {
        w.key("type");
        if (!nullable) return w.value(name);
        w.begin_array();
        w.value(name);
        w.value("null");
        w.end_array();
    }

    void ref(std::string_view name) {
        w.begin_object();
        w.field("$ref", fmt::format("#/$defs/{}", name));
        w.end_object();
    }

    /// A $ref with the key's own title beside it: allOf for a required key, anyOf with null otherwise.
    void ref_member(std::string_view name, bool nullable) {
        w.key(nullable ? "anyOf" : "allOf");
        w.begin_array();
        ref(name);
        if (nullable) null_schema();
        w.end_array();
    }

    void not_null() {
        w.begin_object();
        w.key("not");
        null_schema();
        w.end_object();
    }

    void null_schema() {
        w.begin_object();
        w.field("type", "null");
        w.end_object();
    }

    void bounds(const Field& f) {
        if (f.min) {
            w.key(f.above_min ? "exclusiveMinimum" : "minimum");
            w.number(*f.min);
        }
        if (f.max) {
            w.key("maximum");
            w.number(*f.max);
        }
    }

    void date_def() {
        const auto& d = format::date_def();
        w.key(d.name);
        w.begin_object();
        w.field("title", d.title);
        w.field("description", d.doc);
        w.field("type", "string");
        w.key("anyOf");
        w.begin_array();
        for (const auto& [title, pattern] : d.forms) {
            w.begin_object();
            w.field("title", title);
            w.field("pattern", pattern);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }

    void op_def() {
        const auto& d = format::op_def();
        w.key(d.name);
        w.begin_object();
        w.field("title", d.title);
        w.field("description", d.doc);
        w.key("enum");
        w.begin_array();
        for (auto v : d.values) w.value(v);
        w.end_array();
        w.end_object();
    }

    /// The members of a mapping's schema: title, type, required, properties, rules.
    void object_body(const MapSpec& s, bool titled) {
        if (titled && !s.title.empty()) w.field("title", s.title);
        if (titled && !s.doc.empty()) w.field("description", s.doc);
        w.field("type", "object");
        object_members(s);
    }

    void object_members(const MapSpec& s) {
        std::vector<std::string_view> required;
        for (const Field& f : s.fields)
            if (f.need != Need::no) required.push_back(f.key);
        if (!required.empty()) {
            w.key("required");
            w.begin_array();
            for (auto k : required) w.value(k);
            w.end_array();
        }
        w.key("properties");
        w.begin_object();
        for (const Field& f : s.fields) {
            w.key(f.key);
            w.begin_object();
            // A key of one_of counts when it has a value: `path:` alone is not a path.
            member(f, f.need == Need::no && std::find(s.one_of.begin(), s.one_of.end(), f.key) == s.one_of.end());
            w.end_object();
        }
        w.end_object();
        w.field("additionalProperties", false);
        if (!s.one_of.empty()) {
            w.key("oneOf");
            w.begin_array();
            for (auto k : s.one_of) {
                w.begin_object();
                w.key("required");
                w.begin_array();
                w.value(k);
                w.end_array();
                w.end_object();
            }
            w.end_array();
        }
        if (!s.rules.empty()) {
            w.key("allOf");
            w.begin_array();
            for (const auto& r : s.rules) rule(r);
            w.end_array();
        }
    }

    /// The schema of a value of type `t` (a date or a number) in a rule's then/else.
    void typed(Type t) {
        if (t == Type::date) return ref("date");
        w.begin_object();
        w.field("type", "number");
        w.end_object();
    }

    void rule(const format::Rule& r) {
        w.begin_object();
        w.key("if");
        w.begin_object();
        if (!r.if_values.empty() || !r.if_pattern.empty()) {
            w.key("properties");
            w.begin_object();
            w.key(r.if_key);
            w.begin_object();
            if (!r.if_pattern.empty()) {
                w.field("type", "string");
                w.field("pattern", r.if_pattern);
            } else if (r.if_values.size() == 1) {
                w.field("const", r.if_values[0]);
            } else {
                w.key("enum");
                w.begin_array();
                for (auto v : r.if_values) w.value(v);
                w.end_array();
            }
            w.end_object();
            w.end_object();
        }
        w.key("required");
        w.begin_array();
        w.value(r.if_key);
        w.end_array();
        w.end_object();
        w.key("then");
        w.begin_object();
        if (!r.then_require.empty()) {
            w.key("required");
            w.begin_array();
            w.value(r.then_require);
            w.end_array();
        }
        if (!r.then_require.empty() || r.then_type || r.then_max) {
            w.key("properties");
            w.begin_object();
        }
        if (!r.then_require.empty() && r.then_require != r.then_key) {
            w.key(r.then_require);  // present and not empty: the loader reads `key:` as absent
            not_null();
        }
        if (r.then_type || r.then_max) {
            w.key(r.then_key);
            if (r.then_type) {
                typed(*r.then_type);
            } else {
                w.begin_object();
                w.key("maximum");
                w.number(*r.then_max);
                w.end_object();
            }
        }
        if (!r.then_require.empty() || r.then_type || r.then_max) w.end_object();
        w.end_object();
        if (r.else_type || r.else_forbidden) {
            w.key("else");
            w.begin_object();
            w.key("properties");
            w.begin_object();
            w.key(r.then_key);
            if (r.else_forbidden) null_schema();
            else typed(*r.else_type);
            w.end_object();
            w.end_object();
        }
        w.end_object();
    }

    /// The schema of one list item or map value of type `t`.
    void item(const Field& f) {
        if (f.item == Type::date) return ref("date");
        if (f.item == Type::mapping) {
            if (is_def(f.spec)) return ref(f.spec->def);
            w.begin_object();
            object_body(*f.spec, true);
            return w.end_object();
        }
        w.begin_object();
        if (f.item == Type::text_or_mapping) {
            text_or_mapping(*f.spec, false);
        } else if (f.item == Type::number) {
            w.field("type", "number");
        } else {
            text_types(f.type == Type::map_of);  // a unit's full name may be empty
        }
        w.end_object();
    }

    void text_or_mapping(const MapSpec& s, bool nullable, bool titled = true) {
        w.key("anyOf");
        w.begin_array();
        w.begin_object();
        text_types(false);
        w.end_object();
        w.begin_object();
        object_body(s, titled);
        w.end_object();
        if (nullable) null_schema();
        w.end_array();
    }

    /// The schema of key `f`; `nullable`: it may be written without a value.
    void member(const Field& f, bool nullable) {
        if (!f.title.empty()) w.field("title", f.title);
        if (f.type == Type::kind) {
            bool vowel = std::string_view("aeiou").find(m_kind.front()) != std::string_view::npos;
            w.field("description",
                    fmt::format("This file is {} {} file. ชนิดของไฟล์: {}", vowel ? "an" : "a", m_kind, m_kind));
        } else if (!f.doc.empty()) {
            w.field("description", f.doc);
        }
        switch (f.type) {
        case Type::version: w.field("const", 1); break;
        case Type::kind: w.field("const", m_kind); break;
        case Type::text:
            if (f.pattern.empty()) {
                text_types(nullable);
            } else if (f.whole_numbers_too) {
                w.key("anyOf");
                w.begin_array();
                w.begin_object();
                w.field("type", "string");
                w.field("pattern", f.pattern);
                w.end_object();
                w.begin_object();
                w.field("type", "integer");
                w.field("minimum", 0);
                w.end_object();
                if (nullable) null_schema();
                w.end_array();
            } else {
                type("string", nullable);
                w.field("pattern", f.pattern);
            }
            if (!f.not_pattern.empty()) {
                w.key("not");
                w.begin_object();
                w.field("type", "string");
                w.field("pattern", f.not_pattern);
                w.end_object();
            }
            break;
        case Type::names: ref_member(format::spec::names().def, nullable); break;
        case Type::number: type("number", nullable); bounds(f); break;
        case Type::integer: type("integer", nullable); bounds(f); break;
        case Type::boolean: type("boolean", nullable); break;
        case Type::date: ref_member("date", nullable); break;
        case Type::op: ref_member("op", nullable); break;
        case Type::choice:
            w.key("enum");
            w.begin_array();
            for (auto v : f.allowed) w.value(v);
            if (nullable) w.null();
            w.end_array();
            break;
        case Type::metric: type("string", nullable); w.field("pattern", f.pattern); break;
        case Type::any: break;  // a rule of the mapping decides
        case Type::list:
            if (f.spec && f.item != Type::mapping && f.item != Type::text_or_mapping) {
                // A list, or a mapping of the spec's keys (the workspace's holidays:
                // dates, or a calendar with days added and removed).
                w.key("anyOf");
                w.begin_array();
                w.begin_object();
                w.field("type", "array");
                w.key("items");
                item(f);
                w.end_object();
                if (is_def(f.spec)) {
                    ref(f.spec->def);
                } else {
                    w.begin_object();
                    object_body(*f.spec, true);
                    w.end_object();
                }
                if (nullable) null_schema();
                w.end_array();
                break;
            }
            type("array", nullable);
            w.key("items");
            item(f);
            if (f.min_items) w.field("minItems", *f.min_items);
            if (f.exact_levels > 0) exact_levels(f);
            break;
        case Type::mapping:
            if (is_def(f.spec)) {
                ref_member(f.spec->def, nullable);
            } else {
                type("object", nullable);
                object_members(*f.spec);
            }
            break;
        case Type::text_or_mapping: text_or_mapping(*f.spec, nullable); break;
        case Type::map_of:
            type("object", nullable);
            w.key("additionalProperties");
            item(f);
            break;
        }
        if (f.fallback.size() && (f.type == Type::boolean || f.type == Type::choice)) {
            w.key("default");
            if (f.type == Type::boolean) w.value(f.fallback == "true");
            else w.value(f.fallback);
        }
        if (!f.examples.empty()) {
            w.key("examples");
            w.begin_array();
            for (auto e : f.examples) w.value(e);
            w.end_array();
        }
    }

    /// A non-empty list holds each level 1..N once: at most N items, each level contained.
    void exact_levels(const Field& f) {
        w.key("if");
        w.begin_object();
        w.field("minItems", 1);
        w.end_object();
        w.key("then");
        w.begin_object();
        w.field("maxItems", f.exact_levels);
        w.key("allOf");
        w.begin_array();
        for (int level = 1; level <= f.exact_levels; ++level) {
            w.begin_object();
            w.key("contains");
            w.begin_object();
            w.key("properties");
            w.begin_object();
            w.key(f.level_key);
            w.begin_object();
            w.field("const", level);
            w.end_object();
            w.end_object();
            w.key("required");
            w.begin_array();
            w.value(f.level_key);
            w.end_array();
            w.end_object();
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }

    std::string_view m_kind;
    JsonWriter w;
};

}  // namespace

std::span<const std::string_view> schema_kinds() { return format::kind_names(); }

std::optional<std::string> schema_json(std::string_view kind) {
    const format::KindSpec* k = format::find_kind(kind);
    if (!k) return std::nullopt;
    return SchemaWriter(k->kind).document(*k->top);
}

}  // namespace scmplan

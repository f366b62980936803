// The format table's rules, enforced alike by the loader and the JSON Schema.
//
// For every mapping the table declares (src/core/format_spec_*.cpp), this test
// takes it as it stands in one of the valid files of tests/schema/agreement/
// and, for each rule the table gives it — a required key, a choice set, a
// range's minimum and maximum, a one-of, a cross-key rule — makes a file that
// breaks the rule and one that keeps it. The loader must reject the first and
// accept the second (checked here). With SCMPLAN_AGREEMENT_DUMP=FOLDER the
// files are also written there as JSON (which is YAML), with a manifest, and
// tests/schema/agreement/run validates each against `scmplan schema KIND` with
// python3-jsonschema: the schema must agree. The cases come from the table, not
// from a list: a rule added to the table that one side does not enforce fails.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <variant>

#include "scmplan/date_text.hpp"
#include "scmplan/format_spec.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/load.hpp"
#include "scmplan/yaml_tree.hpp"

using namespace scmplan;
using format::Field;
using format::MapSpec;
using format::Type;

namespace {

// ---- the documents, as mutable YAML trees ------------------------------------

YNode scalar(std::string text, bool quoted = false) {
    YNode n;
    n.kind = YNode::Kind::scalar;
    n.text = std::move(text);
    n.quoted = quoted;
    return n;
}

YNode* find_mut(YNode& m, std::string_view key) {
    for (std::size_t i = 0; i + 1 < m.items.size(); i += 2)
        if (m.items[i].text == key) return &m.items[i + 1];
    return nullptr;
}

void set(YNode& m, std::string_view key, YNode v) {
    if (YNode* there = find_mut(m, key)) *there = std::move(v);
    else {
        m.items.push_back(scalar(std::string(key)));
        m.items.push_back(std::move(v));
    }
}

void erase(YNode& m, std::string_view key) {
    for (std::size_t i = 0; i + 1 < m.items.size(); i += 2)
        if (m.items[i].text == key) {
            m.items.erase(m.items.begin() + static_cast<std::ptrdiff_t>(i),
                          m.items.begin() + static_cast<std::ptrdiff_t>(i + 2));
            return;
        }
}

const YNode* given(const YNode& m, std::string_view key) {
    const YNode* v = m.find(key);
    return v && !v->is_null() ? v : nullptr;
}

bool json_number(const std::string& s) {
    static const std::regex number(R"(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");
    return std::regex_match(s, number);
}

/// The tree as JSON: plain scalars that are numbers or booleans stay bare, the rest are strings.
std::string to_json(const YNode& n) {
    switch (n.kind) {
        case YNode::Kind::null: return "null";
        case YNode::Kind::scalar:
            if (!n.quoted && (json_number(n.text) || n.text == "true" || n.text == "false")) return n.text;
            return json_quote(n.text);
        case YNode::Kind::seq: {
            std::string out = "[";
            for (std::size_t i = 0; i < n.items.size(); ++i) out += (i ? ", " : "") + to_json(n.items[i]);
            return out + "]";
        }
        case YNode::Kind::map: {
            std::string out = "{";
            for (std::size_t i = 0; i < n.map_size(); ++i)
                out += (i ? ", " : "") + json_quote(n.key(i).text) + ": " + to_json(n.value(i));
            return out + "}";
        }
    }
    return "null";
}

// ---- where each mapping of the table stands in the valid files --------------

using Step = std::variant<std::string, std::size_t>;
using Path = std::vector<Step>;

YNode& at(YNode& root, const Path& path) {
    YNode* n = &root;
    for (const Step& s : path) {
        if (const auto* key = std::get_if<std::string>(&s)) n = find_mut(*n, *key);
        else n = &n->items[std::get<std::size_t>(s)];
        if (!n) throw std::logic_error("a path that leads nowhere");
    }
    return *n;
}

struct Site {
    std::string kind;
    Path path;
};

struct Base {
    std::string kind;
    std::string file;  ///< its name in the workspace the cases are loaded in
    YNode root;
};

/// Every mapping of `spec`'s keys under `n`, each list item too.
void visit(const YNode& n, const MapSpec& spec, const std::string& kind, Path path,
           std::map<const MapSpec*, std::vector<Site>>& sites) {
    sites[&spec].push_back({kind, path});
    for (const Field& f : spec.fields) {
        const YNode* v = given(n, f.key);
        if (!v || !f.spec) continue;
        Path p = path;
        p.emplace_back(std::string(f.key));
        if (v->is_map()) visit(*v, *f.spec, kind, p, sites);
        if (v->is_seq())
            for (std::size_t i = 0; i < v->items.size(); ++i) {
                if (!v->items[i].is_map()) continue;
                Path q = p;
                q.emplace_back(i);
                visit(v->items[i], *f.spec, kind, q, sites);
            }
    }
}

/// Every mapping the table declares, from the kinds down.
void declared(const MapSpec& spec, std::set<const MapSpec*>& out) {
    if (!out.insert(&spec).second) return;
    for (const Field& f : spec.fields)
        if (f.spec) declared(*f.spec, out);
}

// ---- values ------------------------------------------------------------------

bool holds(const format::Rule& r, const YNode& m) {
    const YNode* v = given(m, r.if_key);
    if (!v) return false;
    if (r.if_values.empty() && r.if_pattern.empty()) return true;
    if (!v->is_scalar()) return false;
    if (!r.if_pattern.empty()) return std::regex_search(v->text, std::regex(std::string(r.if_pattern)));
    for (auto x : r.if_values)
        if (x == v->text) return true;
    return false;
}

bool of_type(const YNode& v, Type t) {
    if (!v.is_scalar()) return false;
    if (t == Type::date) return parse_date(v.text).date.has_value();
    if (t == Type::number) return !v.quoted && json_number(v.text);
    return true;
}

/// A valid value of type `t` for key `f` (`f` may be null: a rule's type alone).
YNode sample(Type t, const Field* f) {
    switch (t) {
        case Type::date: return scalar("2023-06-30");
        case Type::number:
        case Type::integer:
        case Type::any: return scalar("1");
        case Type::boolean: return scalar("true");
        case Type::op: return scalar(">=");
        case Type::choice:
            if (f && !f->allowed.empty()) return scalar(std::string(f->allowed.front()));
            break;
        case Type::metric:
            if (f && !f->examples.empty()) return scalar(std::string(f->examples.front()));
            break;
        case Type::text:
        case Type::names:
            // Keys with a pattern: the one-of's url (an http address).
            if (f && f->key == "url") return scalar("https://example.org/a");
            if (f && !f->pattern.empty()) break;
            return scalar("x");
        default: break;
    }
    throw std::logic_error(fmt::format("no sample value for key '{}': give the agreement test one",
                                       f ? f->key : std::string_view("?")));
}

/// The value of `key` in `original` (the mapping as the valid file has it), else a sample.
YNode value_for(const MapSpec& spec, const YNode& original, std::string_view key) {
    if (const YNode* v = given(original, key)) return *v;
    const Field* f = spec.find(key);
    if (!f) throw std::logic_error(fmt::format("a rule of {} names the undeclared key '{}'", spec.what, key));
    return sample(f->type, f);
}

/// Makes `m` keep the cross-key rules of `spec` (after a change elsewhere in it).
void repair(YNode& m, const MapSpec& spec, const YNode& original) {
    for (const format::Rule& r : spec.rules) {
        if (holds(r, m)) {
            if (!r.then_require.empty() && !given(m, r.then_require))
                set(m, r.then_require, value_for(spec, original, r.then_require));
            const YNode* t = given(m, r.then_key);
            if (t && r.then_max && of_type(*t, Type::number) && std::stod(t->text) > *r.then_max)
                set(m, r.then_key, scalar(fmt::format("{}", *r.then_max)));
            if (t && r.then_type && !of_type(*t, *r.then_type)) set(m, r.then_key, sample(*r.then_type, nullptr));
        } else {
            if (r.else_forbidden) erase(m, r.then_key);
            const YNode* t = given(m, r.then_key);
            if (t && r.else_type && !of_type(*t, *r.else_type)) set(m, r.then_key, sample(*r.else_type, nullptr));
        }
    }
}

// ---- the cases ---------------------------------------------------------------

struct Case {
    std::string name;  ///< what it does: "gap: status closed without 'closed'"
    std::string kind;
    bool valid = false;
    YNode root;
};

struct Maker {
    const std::vector<Base>& bases;
    std::vector<Case> cases;

    const Base& base(const std::string& kind) const {
        for (const Base& b : bases)
            if (b.kind == kind) return b;
        throw std::logic_error("no base of kind " + kind);
    }

    /// A copy of the valid file of `site`, its mapping changed by `change`.
    template <class Change>
    void add(const Site& site, const MapSpec& spec, bool valid, std::string name, Change change) {
        Case c{fmt::format("{}: {}", spec.what, name), site.kind, valid, base(site.kind).root};
        YNode original = at(c.root, site.path);
        YNode& m = at(c.root, site.path);
        change(m, original);
        cases.push_back(std::move(c));
    }
};

/// The first site whose mapping has `key` written as `value`, else the first.
const Site& site_with(const std::vector<Base>& bases, const std::vector<Site>& sites, std::string_view key,
                      const std::string& value) {
    for (const Site& s : sites)
        for (const Base& b : bases) {
            if (b.kind != s.kind) continue;
            YNode copy = b.root;
            const YNode* v = given(at(copy, s.path), key);
            if (v && v->is_scalar() && v->text == value) return s;
        }
    return sites.front();
}

std::string num(double x) { return fmt::format("{}", x); }

void cases_of(Maker& mk, const MapSpec& spec, const std::vector<Site>& sites) {
    const Site& site = sites.front();
    auto fix = [&spec](YNode& m, const YNode& original) { repair(m, spec, original); };
    mk.add(site, spec, true, "as in the valid file", [](YNode&, const YNode&) {});
    for (const Field& f : spec.fields) {
        const std::string key(f.key);
        if (f.need == format::Need::yes)
            mk.add(site, spec, false, "without required '" + key + "'", [&](YNode& m, const YNode&) { erase(m, key); });
        if (f.type == Type::choice || f.type == Type::op) {
            std::vector<std::string_view> values = f.type == Type::op ? format::op_def().values : f.allowed;
            mk.add(site, spec, false, "'" + key + "' not a choice", [&](YNode& m, const YNode&) {
                set(m, key, scalar("no-such-choice"));
            });
            for (auto v : values)
                mk.add(site, spec, true, fmt::format("'{}' {}", key, v), [&](YNode& m, const YNode& o) {
                    set(m, key, scalar(std::string(v)));
                    fix(m, o);
                });
        }
        if ((f.type == Type::number || f.type == Type::integer) && (f.min || f.max)) {
            auto bound = [&](double bad, double good, const char* which) {
                mk.add(site, spec, false, fmt::format("'{}' {} beyond its {}", key, num(bad), which),
                       [&](YNode& m, const YNode& o) {
                           set(m, key, scalar(num(bad)));
                           fix(m, o);
                       });
                // At the bound: where a list's items take each value once (risk
                // levels), the item that has it already.
                const Site& s = site_with(mk.bases, sites, key, num(good));
                mk.add(s, spec, true, fmt::format("'{}' {} at its {}", key, num(good), which),
                       [&](YNode& m, const YNode& o) {
                           set(m, key, scalar(num(good)));
                           fix(m, o);
                       });
            };
            if (f.min) bound(f.above_min ? *f.min : *f.min - 1, f.above_min ? *f.min + 1 : *f.min, "minimum");
            if (f.max) bound(*f.max + 1, *f.max, "maximum");
        }
    }
    if (!spec.one_of.empty()) {
        mk.add(site, spec, false, "none of its one-of", [&](YNode& m, const YNode&) {
            for (auto k : spec.one_of) erase(m, k);
        });
        for (auto k : spec.one_of) {
            mk.add(site, spec, true, fmt::format("'{}' alone", k), [&](YNode& m, const YNode& o) {
                for (auto other : spec.one_of) erase(m, other);
                set(m, k, value_for(spec, o, k));
            });
            mk.add(site, spec, false, fmt::format("'{}' and another of its one-of", k), [&](YNode& m, const YNode& o) {
                for (auto other : spec.one_of) set(m, other, value_for(spec, o, other));
            });
        }
    }
    for (const format::Rule& r : spec.rules) {
        const Field* iff = spec.find(r.if_key);
        REQUIRE_MESSAGE(iff, "a rule of ", spec.what, " names the undeclared key ", r.if_key);
        // A value of if_key that makes the rule's condition hold, and one that does not.
        std::vector<std::string> candidates;
        for (auto v : iff->allowed) candidates.emplace_back(v);
        for (auto v : iff->examples) candidates.emplace_back(v);
        for (auto v : r.if_values) candidates.emplace_back(v);
        std::optional<YNode> yes, no;
        if (r.if_values.empty() && r.if_pattern.empty()) {
            YNode copy = mk.base(site.kind).root;
            yes = value_for(spec, at(copy, site.path), r.if_key);  // the key's presence is the condition
        }
        for (const std::string& c : candidates) {
            YNode probe;
            probe.kind = YNode::Kind::map;
            set(probe, r.if_key, scalar(c));
            if (!holds(r, probe)) {
                if (!no) no = scalar(c);
            } else if (!yes) {
                yes = scalar(c);
            }
        }
        REQUIRE_MESSAGE(yes, "no value of '", r.if_key, "' makes a rule of ", spec.what, " hold");
        const std::string when = fmt::format("'{}' {}", r.if_key, yes->text);
        auto with_if = [&](YNode& m, const YNode& o) {
            set(m, r.if_key, *yes);
            repair(m, spec, o);
        };
        if (!r.then_require.empty()) {
            mk.add(site, spec, false, when + " without '" + std::string(r.then_require) + "'",
                   [&](YNode& m, const YNode& o) {
                       with_if(m, o);
                       erase(m, r.then_require);
                   });
            mk.add(site, spec, true, when + " with '" + std::string(r.then_require) + "'", with_if);
        }
        if (r.then_max) {
            mk.add(site, spec, false, fmt::format("{}, '{}' above {}", when, r.then_key, num(*r.then_max)),
                   [&](YNode& m, const YNode& o) {
                       with_if(m, o);
                       set(m, r.then_key, scalar(num(*r.then_max + 1)));
                   });
            mk.add(site, spec, true, fmt::format("{}, '{}' {}", when, r.then_key, num(*r.then_max)),
                   [&](YNode& m, const YNode& o) {
                       with_if(m, o);
                       set(m, r.then_key, scalar(num(*r.then_max)));
                   });
        }
        auto typed = [&](const YNode& cond, Type t, const std::string& label) {
            const YNode wrong = sample(t == Type::date ? Type::number : Type::date, nullptr);
            mk.add(site, spec, false, fmt::format("{}, '{}' not a {}", label, r.then_key, t == Type::date ? "date" : "number"),
                   [&, cond, wrong](YNode& m, const YNode& o) {
                       set(m, r.if_key, cond);
                       repair(m, spec, o);
                       set(m, r.then_key, wrong);
                   });
            mk.add(site, spec, true, fmt::format("{}, '{}' a {}", label, r.then_key, t == Type::date ? "date" : "number"),
                   [&, cond, t](YNode& m, const YNode& o) {
                       set(m, r.if_key, cond);
                       repair(m, spec, o);
                       set(m, r.then_key, sample(t, nullptr));
                   });
        };
        if (r.then_type) typed(*yes, *r.then_type, when);
        if (r.else_type || r.else_forbidden) {
            REQUIRE_MESSAGE(no, "no value of '", r.if_key, "' makes a rule of ", spec.what, " fail");
            const std::string other = fmt::format("'{}' {}", r.if_key, no->text);
            if (r.else_type) typed(*no, *r.else_type, other);
            if (r.else_forbidden) {
                mk.add(site, spec, false, fmt::format("{} with '{}'", other, r.then_key), [&](YNode& m, const YNode& o) {
                    set(m, r.if_key, *no);
                    repair(m, spec, o);
                    set(m, r.then_key, value_for(spec, o, r.then_key));
                });
                mk.add(site, spec, true, fmt::format("{} without '{}'", other, r.then_key), [&](YNode& m, const YNode& o) {
                    set(m, r.if_key, *no);
                    repair(m, spec, o);
                });
            }
        }
    }
}

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<Base> bases() {
    const std::filesystem::path dir = std::filesystem::path(SCMPLAN_SOURCE_DIR) / "tests/schema/agreement";
    std::vector<Base> out;
    for (const auto& [kind, file] : std::vector<std::pair<std::string, std::string>>{
             {"plan", "plan.yaml"}, {"activity", "activity.yaml"}, {"risk", "risk.yaml"},
             {"workspace", "scmplan.yaml"}, {"rules", "rules.yaml"}}) {
        Diagnostics d;
        YNode root = parse_yaml(read_text(dir / file), 0, d);
        REQUIRE_MESSAGE(!d.has_errors(), file);
        out.push_back({kind, file, std::move(root)});
    }
    return out;
}

/// The loader's errors for `c`, loaded in the workspace of the valid files.
Diagnostics load_case(const std::vector<Base>& bs, const Case& c) {
    std::vector<Source> sources;
    for (const Base& b : bs)
        sources.push_back({"ws/" + b.file, b.kind == c.kind ? to_json(c.root) : to_json(b.root)});
    return load_sources(std::move(sources)).diags;
}

}  // namespace

TEST_CASE("Format table agreement: each rule of the table, broken and kept, as the loader decides") {
    const std::vector<Base> bs = bases();
    std::map<const MapSpec*, std::vector<Site>> sites;
    std::set<const MapSpec*> all;
    for (const format::KindSpec& k : format::kinds()) {
        declared(*k.top, all);
        for (const Base& b : bs)
            if (b.kind == k.kind) visit(b.root, *k.top, b.kind, {}, sites);
    }
    Maker mk{bs, {}};
    for (const MapSpec* spec : all) {
        // {th, en}: a mapping of names, no rule of its own (as_names).
        if (spec == &format::spec::names()) continue;
        REQUIRE_MESSAGE(sites.count(spec), "tests/schema/agreement/ has no ", spec->what,
                        ": add one to the valid file of its kind");
        cases_of(mk, *spec, sites.at(spec));
    }
    CHECK(mk.cases.size() > 150);

    std::set<std::string> names;
    for (const Case& c : mk.cases) {
        const std::string name = fmt::format("{} {}", c.kind, c.name);
        REQUIRE_MESSAGE(names.insert(name).second, "two cases named ", name);
        Diagnostics d = load_case(bs, c);
        std::string errors;
        for (const Diagnostic& x : d.items()) errors += std::string(code_name(x.code)) + " " + x.message + "\n";
        INFO(name, "\n", to_json(c.root), "\n", errors);
        CHECK(d.has_errors() == !c.valid);
    }

    if (const char* dir = std::getenv("SCMPLAN_AGREEMENT_DUMP")) {
        std::filesystem::path out(dir);
        std::ofstream manifest(out / "manifest.json", std::ios::binary);
        manifest << "[\n";
        for (std::size_t i = 0; i < mk.cases.size(); ++i) {
            const Case& c = mk.cases[i];
            const std::string file = fmt::format("case-{:04}.json", i);
            std::ofstream(out / file, std::ios::binary) << to_json(c.root) << "\n";
            manifest << (i ? ",\n" : "") << fmt::format(R"({{"file": {}, "kind": {}, "valid": {}, "name": {}}})",
                                                      json_quote(file), json_quote(c.kind), c.valid ? "true" : "false",
                                                      json_quote(c.name));
        }
        manifest << "\n]\n";
    }
}

#include "fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <regex>
#include <stdexcept>
#include <unordered_map>

#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

namespace {

/// conv(n, d, what) with `what` built only if a diagnostic is reported: the
/// conversion runs once against a scratch sink and, if that reports anything,
/// again against `d` with the real message.
template <class Conv, class What>
auto converted(Conv conv, const YNode& n, Diagnostics& d, What what) {
    Diagnostics quiet;
    auto x = conv(n, quiet, std::string_view{});
    if (quiet.items().empty()) return x;
    return conv(n, d, what());
}

/// A rule's if_pattern, compiled once per thread (the loader reads files on several).
bool matches(std::string_view pattern, const std::string& text) {
    thread_local std::unordered_map<std::string_view, std::regex> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) it = compiled.emplace(pattern, std::regex(std::string(pattern))).first;
    return std::regex_search(text, it->second);
}

std::string number_text(double x) { return fmt::format("{}", x); }

bool ends_in_digit(std::string_view s) {
    if (!s.empty() && s.back() >= '0' && s.back() <= '9') return true;
    // Thai digits ๐–๙, U+0E50–U+0E59: E0 B9 90–99.
    return s.size() >= 3 && s.substr(s.size() - 3, 2) == "\xE0\xB9" && static_cast<unsigned char>(s.back()) >= 0x90 &&
           static_cast<unsigned char>(s.back()) <= 0x99;
}

/// When entry `i` of `map` is a piece of a value that an unquoted comma split
/// in a flow mapping — `{expense: 1,200,000 บาท}` reads as the entries
/// `expense: 1`, `200` and `000 บาท` — the hint that says so: a key without a
/// value, on the line of the entry before it, whose text (its value, or its
/// key when it has none) ends in a digit. "" otherwise. The hint rebuilds
/// the value as it was probably meant, from the entry that holds its start.
std::string comma_split_hint(const YNode& map, std::size_t i) {
    auto piece = [&](std::size_t j) {
        const YNode& k = map.key(j);
        return k.is_scalar() && !k.quoted && map.value(j).is_null() && j > 0 && k.loc.line == map.key(j - 1).loc.line;
    };
    if (!piece(i)) return {};
    std::size_t start = i - 1;
    while (start > 0 && piece(start)) --start;
    const YNode& head = map.value(start);
    const YNode& before = map.value(i - 1).is_null() ? map.key(i - 1) : map.value(i - 1);
    if (!before.is_scalar() || !ends_in_digit(before.text) || !map.key(start).is_scalar()) return {};
    const std::string& key = map.key(start).text;
    std::string value = head.is_scalar() ? head.text : std::string();
    for (std::size_t j = start + 1; j < map.map_size() && piece(j); ++j) value += "," + map.key(j).text;
    if (count_code_points(key) + count_code_points(value) > message_quote_limit)
        return fmt::format("a comma splits the value of '{}': quote it", key);
    return fmt::format("a comma splits the value of '{}': quote it ({}: \"{}\")", key, key, value);
}

}  // namespace

Fields::Fields(const YNode& node, Diagnostics& diags, const format::MapSpec& spec)
    : Fields(node, diags, spec, std::string(spec.what)) {}

Fields::Fields(const YNode& node, Diagnostics& diags, const format::MapSpec& spec, std::string what)
    : m_node(node), m_diags(diags), m_spec(spec), m_what(std::move(what)) {
    if (!node.is_map())
        diags.error(node.loc, DiagCode::E013, fmt::format("{} must be a mapping of keys, not {}", m_what,
                                                  describe(node)));
}

const format::Field& Fields::declared(std::string_view key) const {
    if (const format::Field* f = m_spec.find(key)) return *f;
    throw std::logic_error(fmt::format("the format of {} declares no key '{}' (src/core/format_spec_*.cpp)",
                                       m_spec.what, key));
}

const format::Field& Fields::declared(std::string_view key, std::initializer_list<format::Type> types,
                                      bool list) const {
    const format::Field& f = declared(key);
    const format::Type type = list && f.type == format::Type::list ? f.item : f.type;
    if ((f.type == format::Type::list) != list || std::find(types.begin(), types.end(), type) == types.end())
        throw std::logic_error(fmt::format("the format of {} declares '{}' of another type than the reader reads",
                                           m_spec.what, key));
    return f;
}

const YNode* Fields::take(std::string_view key) { return take(key, declared(key).need == format::Need::yes); }

const YNode* Fields::take(std::string_view key, bool required) {
    declared(key);
    m_known.emplace_back(key);
    if (!ok()) return nullptr;
    const YNode* v = m_node.find(key);
    if (v && v->is_null() && required) {
        m_diags.error(v->loc, DiagCode::E014, fmt::format("{}: '{}' has no value", m_what, key));
        return nullptr;
    }
    if (!v && required)
        m_diags.error(m_node.loc, DiagCode::E014, fmt::format("{} is missing required key '{}'", m_what, key));
    if (v && v->is_null()) return nullptr;
    return v;
}

bool Fields::finish() {
    for (const format::Field& f : m_spec.fields)
        if (std::find(m_known.begin(), m_known.end(), f.key) == m_known.end())
            throw std::logic_error(fmt::format("the reader of {} does not read its key '{}'", m_spec.what, f.key));
    if (!ok()) return true;
    for (std::size_t i = 0; i < m_node.map_size(); ++i) {
        const YNode& k = m_node.key(i);
        if (!k.is_scalar()) continue;
        bool known = false;
        for (const auto& name : m_known) known = known || name == k.text;
        if (known) continue;
        if (std::string split = comma_split_hint(m_node, i); !split.empty()) {
            // One report for the value, at its first piece after the comma: the
            // pieces after it are the same mistake.
            m_diags.error(k.loc, DiagCode::E011, fmt::format("unknown key {} in {}", quote_for_message(k.text), m_what),
                          split);
            while (i + 1 < m_node.map_size() && !comma_split_hint(m_node, i + 1).empty()) ++i;
            continue;
        }
        std::string near = closest_match(k.text, m_known);
        m_diags.error(k.loc, DiagCode::E011, fmt::format("unknown key {} in {}", quote_for_message(k.text), m_what),
                      near.empty() ? fmt::format("known keys: {}", fmt::join(m_known, ", "))
                                   : fmt::format("did you mean '{}'?", near));
    }
    // The cross-key rules and the one-of, as the JSON Schema states them (src/render/schema_json.cpp).
    bool kept = true;
    for (const format::Rule& r : m_spec.rules) {
        if (condition_holds(r)) {
            if (!r.then_require.empty() && !given(r.then_require)) {
                std::string fallback = fmt::format("{{what}} has '{}' but no '{}'", r.if_key, r.then_require);
                format::Report rep = r.then_report;
                if (rep.message.empty()) rep.message = fallback;
                report(rep, given(r.if_key)->loc, m_spec.find(r.if_key), given(r.if_key), std::nullopt);
                kept = false;
            }
            const YNode* t = given(r.then_key);
            if (r.then_max && t && !rejected(r.then_key)) {
                Diagnostics quiet;
                auto x = as_number(*t, quiet, {});
                if (x && *x > *r.then_max) {
                    std::string fallback = fmt::format("{{what}} '{{key}}' must be at most {}, not {{value}}",
                                                       number_text(*r.then_max));
                    format::Report rep = r.then_report;
                    if (rep.message.empty()) rep.message = fallback;
                    report(rep, t->loc, m_spec.find(r.then_key), t, x);
                    kept = false;
                }
            }
        } else if (r.else_forbidden) {
            if (const YNode* t = given(r.then_key)) {
                format::Report rep = r.else_report;
                if (rep.message.empty()) rep.message = "{what} may not have '{key}' here";
                report(rep, t->loc, m_spec.find(r.then_key), t, std::nullopt);
                kept = false;
            }
        }
    }
    if (!m_spec.one_of.empty()) {
        std::vector<const YNode*> there;
        for (std::string_view k : m_spec.one_of)
            if (const YNode* v = given(k)) there.push_back(v);
        if (there.size() > 1) {
            format::Report rep = m_spec.one_of_both;
            std::string fallback = fmt::format("{{what}} has more than one of '{}'", fmt::join(m_spec.one_of, "', '"));
            if (rep.message.empty()) rep.message = fallback;
            report(rep, there[1]->loc, nullptr, nullptr, std::nullopt);
            kept = false;
        } else if (there.empty()) {
            format::Report rep = m_spec.one_of_none;
            std::string fallback = fmt::format("{{what}} needs one of '{}'", fmt::join(m_spec.one_of, "', '"));
            if (rep.message.empty()) rep.message = fallback;
            report(rep, m_node.loc, nullptr, nullptr, std::nullopt);
            kept = false;
        }
    }
    return kept;
}

bool Fields::rejected(std::string_view key) const {
    return std::find(m_rejected.begin(), m_rejected.end(), key) != m_rejected.end();
}

const YNode* Fields::given(std::string_view key) const {
    if (!ok()) return nullptr;
    const YNode* v = m_node.find(key);
    return v && !v->is_null() ? v : nullptr;
}

bool Fields::condition_holds(const format::Rule& r) const {
    const YNode* v = given(r.if_key);
    if (!v || rejected(r.if_key)) return false;
    if (r.if_values.empty() && r.if_pattern.empty()) return true;
    if (!v->is_scalar()) return false;
    if (!r.if_pattern.empty()) return matches(r.if_pattern, v->text);
    return std::find(r.if_values.begin(), r.if_values.end(), v->text) != r.if_values.end();
}

std::optional<format::Type> Fields::ruled_type(std::string_view key) const {
    for (const format::Rule& r : m_spec.rules) {
        if (r.then_key != key) continue;
        if (condition_holds(r)) {
            if (r.then_type) return r.then_type;
        } else if (r.else_type) {
            return r.else_type;
        }
    }
    return std::nullopt;
}

void Fields::report(const format::Report& r, Loc at, const format::Field* f, const YNode* v,
                    std::optional<double> x) {
    auto fill = [&](std::string_view t) {
        std::string out;
        for (std::size_t i = 0; i < t.size(); ++i) {
            std::size_t close = t[i] == '{' ? t.find('}', i) : std::string_view::npos;
            if (close == std::string_view::npos) {
                out += t[i];
                continue;
            }
            std::string_view name = t.substr(i + 1, close - i - 1);
            i = close;
            if (name == "what") out += m_what;
            else if (name == "key" && f) out += f->key;
            else if (name == "value" && x) out += number_text(*x);
            else if ((name == "value" || name == "text") && v && v->is_scalar()) out += v->text;
            else if (name == "value_be" && x) out += number_text(*x + be_offset);
            else if (name == "min" && f && f->min) out += number_text(*f->min);
            else if (name == "max" && f && f->max) out += number_text(*f->max);
            else if (name.starts_with("key:")) {
                std::string_view other = name.substr(4);
                const YNode* o = given(other);
                const format::Field* of = m_spec.find(other);
                if (o && o->is_scalar()) out += o->text;
                else if (of && !of->fallback.empty()) out += of->fallback;
                else out += "(none)";
            } else {
                throw std::logic_error(fmt::format("the format of {} words a report with an unknown {{{}}}",
                                                   m_spec.what, name));
            }
        }
        return out;
    };
    m_diags.error(at, r.code, fill(r.message), fill(r.hint));
}

void Fields::check_bounds(const format::Field& f, const YNode& v, double x) {
    const bool low = f.min && (f.above_min ? x <= *f.min : x < *f.min);
    const bool high = f.max && x > *f.max;
    if (!low && !high) return;
    m_rejected.emplace_back(f.key);
    format::Report rep = high && !f.above.message.empty() ? f.above : f.below;
    std::string fallback;
    if (rep.message.empty()) {
        if (f.min && f.max) fallback = "{what} '{key}' must be {min} to {max}, not {value}";
        else if (f.min) fallback = f.above_min ? "{what} '{key}' must be above {min}, not {value}"
                                               : "{what} '{key}' must be at least {min}, not {value}";
        else fallback = "{what} '{key}' must be at most {max}, not {value}";
        rep.message = fallback;
    }
    report(rep, v.loc, &f, &v, x);
}

const YNode* Fields::choice_node(std::string_view key, const std::vector<std::string_view>& texts,
                                std::string_view subject) {
    const format::Field& field = declared(key, {format::Type::choice});
    if (field.allowed != texts)
        throw std::logic_error(fmt::format("the reader of {} maps other choices of '{}' than the table allows",
                                           m_spec.what, key));
    const YNode* v = take(key);
    if (!v) return nullptr;
    if (v->is_scalar() && std::find(texts.begin(), texts.end(), v->text) != texts.end()) return v;
    m_rejected.emplace_back(key);
    m_diags.error(v->loc, DiagCode::E015,
                  fmt::format("{} must be {}, not {}",
                              subject.empty() ? fmt::format("{} '{}'", m_what, key) : std::string(subject),
                              format::allowed_text(field), describe(*v)));
    return nullptr;
}


bool is_identifier_key(std::string_view key) {
    for (std::string_view k : {"id", "plan", "code", "enabler", "topic", "unit", "owner", "owners", "gaps"})
        if (key == k) return true;
    return false;
}

void Fields::check_chars(const YNode& v, std::string_view key) {
    if (!v.is_scalar()) return;
    const bool identifier = is_identifier_key(key);
    if (identifier && v.text.find('\n') != std::string::npos) {
        m_diags.error(v.loc, DiagCode::E006, fmt::format("{} '{}' holds a line break", m_what, key),
                      "ids, codes and units are one line of text");
        return;
    }
    auto inv = find_invisible(v.text);
    if (!inv) return;
    std::string message = fmt::format("invisible or direction-changing character {} in {} '{}'",
                                      code_point_name(inv->cp), m_what, key);
    if (identifier)
        m_diags.error(v.loc, DiagCode::E006, message, "retype it: the id only looks like the one meant");
    else
        m_diags.warning(v.loc, DiagCode::W114, message,
                        "remove it: it can make the text read in another order than it is stored");
}

std::optional<std::string> Fields::text(std::string_view key) {
    declared(key, {format::Type::text, format::Type::choice});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    check_chars(*v, key);
    if (v->is_scalar()) return v->text;  // as as_text, without building its message
    m_rejected.emplace_back(key);
    return as_text(*v, m_diags, fmt::format("{} '{}'", m_what, key));
}

std::optional<Located<std::string>> Fields::located_text(std::string_view key) {
    declared(key, {format::Type::text, format::Type::choice});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    if (v->is_scalar() && v->text.empty() && is_identifier_key(key)) {
        // `code: ""` names nothing; taken as a code, it would make every code under it wrong.
        m_diags.error(v->loc, DiagCode::E014, fmt::format("{}: '{}' is empty", m_what, key), "give it a value");
        m_rejected.emplace_back(key);
        return std::nullopt;
    }
    check_chars(*v, key);
    if (v->is_scalar()) return Located<std::string>{v->text, v->loc};
    auto s = as_text(*v, m_diags, fmt::format("{} '{}'", m_what, key));
    if (!s) return m_rejected.emplace_back(key), std::nullopt;
    return Located<std::string>{*s, v->loc};
}

std::optional<Located<double>> Fields::number(std::string_view key) {
    declared(key, {format::Type::number});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    auto x = converted(as_number, *v, m_diags, [&] { return fmt::format("{} '{}'", m_what, key); });
    if (!x) return m_rejected.emplace_back(key), std::nullopt;
    check_bounds(declared(key), *v, *x);
    return Located<double>{*x, v->loc};
}

std::optional<Located<int>> Fields::integer(std::string_view key) {
    declared(key, {format::Type::integer});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    auto x = converted(as_integer, *v, m_diags, [&] { return fmt::format("{} '{}'", m_what, key); });
    if (!x) return m_rejected.emplace_back(key), std::nullopt;
    check_bounds(declared(key), *v, *x);
    return Located<int>{*x, v->loc};
}

std::optional<bool> Fields::boolean(std::string_view key) {
    declared(key, {format::Type::boolean});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    auto x = as_boolean(*v, m_diags, fmt::format("{} '{}'", m_what, key));
    if (!x) m_rejected.emplace_back(key);
    return x;
}

std::optional<Located<Date>> Fields::date(std::string_view key) {
    declared(key, {format::Type::date});
    const YNode* v = take(key);
    if (!v) return std::nullopt;
    auto x = converted(as_date, *v, m_diags, [&] { return fmt::format("{} '{}'", m_what, key); });
    if (!x) return m_rejected.emplace_back(key), std::nullopt;
    return Located<Date>{*x, v->loc};
}

std::vector<std::string> Fields::text_list(std::string_view key) {
    std::vector<std::string> out;
    auto located = located_text_list(key);
    out.reserve(located.size());
    for (auto& l : located) out.push_back(std::move(l.value));
    return out;
}

std::vector<Located<std::string>> Fields::located_text_list(std::string_view key) {
    declared(key, {format::Type::text}, true);
    std::vector<Located<std::string>> out;
    const YNode* v = take(key);
    if (!v) return out;
    if (!v->is_seq()) {
        expect_list(*v, m_diags, fmt::format("{} '{}'", m_what, key));
        return out;
    }
    out.reserve(v->items.size());
    for (const YNode& item : v->items) {
        check_chars(item, key);
        if (item.is_scalar()) out.push_back({item.text, item.loc});  // as as_text, without its message
        else as_text(item, m_diags, fmt::format("{} '{}' item", m_what, key));
    }
    return out;
}

}  // namespace scmplan::load

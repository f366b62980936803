#include "assembler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>

#include "kinds.hpp"
#include "rules_place.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

namespace fs = std::filesystem;

namespace {

Rules read_builtin_rules() {
    Diagnostics d(std::vector<std::string>{"<built-in rules>"});
    YNode root = parse_yaml(builtin_rules_yaml(), 0, d);
    load::Fields f(root, d, format::spec::rules());
    f.take("scmplan");
    f.take("kind");
    Rules r = read_rules(f, d);
    r.source = "<built-in>";
    r.loc = Loc{};
    return r;
}

Rules load_builtin_rules() { return builtin_rules(); }

std::string normal(const std::string& p) { return fs::path(p).lexically_normal().generic_string(); }

/// Why the `rules:` path of the workspace cannot be used, or "" when it names
/// a rules file among `rules`, which is then chosen.
std::string refuse_rules_path(Model& m, std::vector<Rules>& rules, const FileReader* reader) {
    const auto& rp = *m.workspace->rules_path;
    const std::string quoted = quote_for_message(rp.value);
    const RulesTarget target = place_rules_file(m.files[rp.loc.file], rp.value, reader);
    switch (target.place) {
        case RulesPlace::absolute: return fmt::format("rules file {} is an absolute path", quoted);
        case RulesPlace::outside: return fmt::format("rules file {} lies outside the workspace", quoted);
        case RulesPlace::link_outside:
            return fmt::format("rules file {} is a symbolic link that leads outside the workspace", quoted);
        case RulesPlace::workspace_file:
            return fmt::format("rules file {} is the workspace file, not a rules file", quoted);
        case RulesPlace::inside: break;
    }
    const std::string wanted = normal(target.path);
    for (auto& r : rules)
        if (normal(r.source) == wanted) {
            m.rules = r;
            return "";
        }
    for (const auto& f : m.files)
        if (normal(f) == wanted) return fmt::format("rules file {} is not a 'kind: rules' file", quoted);
    return fmt::format("rules file {} is not among the loaded files", quoted);
}

void choose_rules(Model& m, std::vector<Rules>& rules, Diagnostics& d, const FileReader* reader) {
    if (m.workspace && m.workspace->rules_path) {
        std::string why = refuse_rules_path(m, rules, reader);
        if (why.empty()) return;
        d.error(m.workspace->rules_path->loc, DiagCode::E021, why,
                "a rules file is named relative to scmplan.yaml and lies in its folder or below "
                "(copy a shared one in); it is a 'kind: rules' file");
        m.rules = load_builtin_rules();
        return;
    }
    if (rules.size() > 1) {
        for (std::size_t i = 1; i < rules.size(); ++i)
            d.error(rules[i].loc, DiagCode::E020, "more than one rules file and none named by the workspace",
                    "name the one to use with 'rules:' in scmplan.yaml");
    }
    m.rules = rules.empty() ? load_builtin_rules() : rules.front();
}

/// A rules file may leave out `risk:`; its bands and threshold are then the built-in ones.
void fill_rule_defaults(Rules& r) {
    if (!r.bands.empty() || r.source == "<built-in>") return;
    Rules builtin = load_builtin_rules();
    r.bands = builtin.bands;
}

/// Stable-sorts `v` in place: a stable sort of indexes, then the permutation
/// applied by moving each element once (no second copy of the vector, no sort
/// buffer of 500-byte elements). Files come in path order, which is usually
/// already the sorted order: then nothing moves.
template <class T, class Less>
void stable_sort_in_place(std::vector<T>& v, Less less) {
    if (std::is_sorted(v.begin(), v.end(), less)) return;
    std::vector<std::size_t> order(v.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(v[a], v[b]); });
    // The element for place i is at order[i]: follow each cycle once.
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i] == i) continue;
        T held = std::move(v[i]);
        std::size_t j = i;
        while (order[j] != i) {
            std::size_t k = order[j];
            v[j] = std::move(v[k]);
            order[j] = j;
            j = k;
        }
        v[j] = std::move(held);
        order[j] = j;
    }
}

}  // namespace

// Parsed once per process, on first use (thread-safe: a function-local static).
const Rules& builtin_rules() {
    static const Rules rules = read_builtin_rules();
    return rules;
}

void Assembler::add(FileResult part) {
    Model& m = m_result.model;
    for (auto& diag : part.diags) m_result.diags.add(std::move(diag));
    m_result.io_error = m_result.io_error || part.io_error;
    if (part.unread || part.io_error) ++m.unread_files;
    if (auto* w = std::get_if<WorkspaceFile>(&part.value)) {
        if (!m.workspace) m.workspace = std::move(*w);
        else m_result.diags.error(part.workspace_loc, DiagCode::E020, "a second workspace file",
                                  "keep one scmplan.yaml per workspace");
    }
    // The model's vectors grow by doubling; their unused capacity is never
    // touched, so it costs address space, not memory.
    if (auto* r = std::get_if<Rules>(&part.value)) m_rules.push_back(std::move(*r));
    if (auto* p = std::get_if<Plan>(&part.value)) m.plans.push_back(std::move(*p));
    if (auto* a = std::get_if<Activity>(&part.value)) m.activities.push_back(std::move(*a));
    if (auto* r = std::get_if<Risk>(&part.value)) m.risks.push_back(std::move(*r));
}

void Assembler::finish() {
    Model& m = m_result.model;
    choose_rules(m, m_rules, m_result.diags, m_reader);
    fill_rule_defaults(m.rules);
    auto by_plan_id = [](const auto& a, const auto& b) {
        if (a.plan.value != b.plan.value) return a.plan.value < b.plan.value;
        return natural_less(a.id.value, b.id.value);
    };
    stable_sort_in_place(m.activities, by_plan_id);
    stable_sort_in_place(m.risks, by_plan_id);
    stable_sort_in_place(m.plans, [](const Plan& a, const Plan& b) { return a.id.value < b.id.value; });
    m.sorted = true;
}

}  // namespace scmplan::load

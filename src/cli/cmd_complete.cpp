// The hidden entry point `scmplan __complete KIND COMMAND WORDS…`, which the
// generated bash and zsh completions call for values only the workspace knows:
// plan ids, enabler codes, activity and step ids. It prints one candidate a
// line, in natural order, and nothing else: no diagnostics (a half-written
// workspace still completes what it can), exit 0. A value that is not one line
// of visible text (a control character, a line break, a tab, a direction
// control or invisible character, a non-character, invalid UTF-8) is never
// printed: it would run on the terminal or become a candidate of its own, and
// it is an error of `check` anyway (E002, E006).
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "generate.hpp"
#include "scmplan/discovery.hpp"
#include "scmplan/load.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"
#include "words.hpp"

namespace scmplan::cli {

namespace {

struct DynamicKind {
    const char* name;
    Complete kind;
};
constexpr DynamicKind dynamic_kinds[] = {{"plan-ids", Complete::plan_ids},
                                         {"enablers", Complete::enablers},
                                         {"activity-ids", Complete::activity_ids},
                                         {"step-ids", Complete::step_ids},
                                         {"gap-ids", Complete::gap_ids},
                                         {"risk-ids", Complete::risk_ids}};

/// The value of the positional of `spec` whose completion is `kind`, or "".
std::string positional_value(const CommandSpec& spec, const ScannedWords& scanned, Complete kind) {
    std::size_t i = 0;
    for (const auto& o : spec.options) {
        if (!o.positional()) continue;
        if (o.complete == kind) return i < scanned.positionals.size() ? scanned.positionals[i] : "";
        ++i;
    }
    return "";
}

/// A value the completion scripts may be handed as it is (see the top of the file).
bool clean_candidate(const std::string& s) {
    return !s.empty() && !find_invalid_utf8(s) && !find_control(s, false) && s.find('\t') == std::string::npos &&
           !find_invisible(s) && !find_not_xml(s);
}

}  // namespace

const char* dynamic_kind_name(Complete kind) {
    for (const auto& d : dynamic_kinds)
        if (d.kind == kind) return d.name;
    return nullptr;
}

std::vector<std::string> complete_values(const std::vector<CommandSpec>& commands, const std::string& kind_name,
                                         const std::vector<std::string>& words) {
    const DynamicKind* kind = nullptr;
    for (const auto& d : dynamic_kinds)
        if (kind_name == d.name) kind = &d;
    if (!kind) return {};
    const CommandSpec* spec = nullptr;
    for (const auto& c : commands)
        if (!words.empty() && c.name == words[0]) spec = &c;
    CommandSpec none;  // an unknown command: the default workspace
    if (!spec) spec = &none;
    ScannedWords scanned = scan_words(*spec, {words.begin() + (words.empty() ? 0 : 1), words.end()});

    // A command without workspace paths (init) knows only the built-in rules.
    // The workspace is found as the command itself would find it: from the
    // current folder and $SCMPLAN_WORKSPACE when the words name no PATH
    // (completion runs before any command line is parsed).
    LoadResult r = load_sources({});
    if (spec->takes_paths) {
        std::error_code ec;
        const std::string cwd = std::filesystem::current_path(ec).generic_string();
        const char* ws = std::getenv("SCMPLAN_WORKSPACE");
        r = load_paths(discover_paths(workspace_paths(*spec, scanned), cwd, ws ? ws : "", disk()).paths, disk());
    }
    const Model& m = r.model;
    const std::string plan = scanned.values.count("--plan") ? scanned.values.at("--plan") : "";
    std::vector<std::string> out;
    switch (kind->kind) {
    case Complete::plan_ids:
        for (const auto& p : m.plans) out.push_back(p.id.value);
        break;
    case Complete::enablers:
        for (const auto& e : m.rules.enablers) out.push_back(e.code.value);
        break;
    case Complete::activity_ids:
        for (const auto& a : m.activities)
            if (plan.empty() || a.plan.value == plan) out.push_back(a.id.value);
        break;
    case Complete::step_ids: {
        std::string activity = positional_value(*spec, scanned, Complete::activity_ids);
        for (const auto& a : m.activities)
            if (a.id.value == activity && (plan.empty() || a.plan.value == plan))
                for (const auto& s : a.steps) out.push_back(s.id.value);
        break;
    }
    case Complete::gap_ids:
        for (const auto& p : m.plans)
            if (plan.empty() || p.id.value == plan)
                for (const auto& g : p.gaps) out.push_back(g.id.value);
        break;
    case Complete::risk_ids:
        for (const auto& risk : m.risks)
            if (plan.empty() || risk.plan.value == plan) out.push_back(risk.id.value);
        break;
    default: break;
    }
    std::erase_if(out, [](const std::string& s) { return !clean_candidate(s); });
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return natural_less(a, b); });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace scmplan::cli

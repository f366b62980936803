// scmplan rules: the rules in force, printed as a rules file to start from.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "scmplan/render_rules.hpp"

namespace scmplan {

namespace {

/// A YAML double-quoted scalar: JSON string escapes are valid YAML.
std::string q(std::string_view s) { return json_quote(s); }

std::string names(const Names& n) {
    std::vector<std::string> parts;
    if (!n.th.empty()) parts.push_back("th: " + q(n.th));
    if (!n.en.empty()) parts.push_back("en: " + q(n.en));
    return fmt::format("{{{}}}", fmt::join(parts, ", "));
}

void enabler_yaml(std::string& out, const Enabler& e) {
    out += fmt::format("  - code: {}\n", q(e.code.value));
    if (!e.name.th.empty() || !e.name.en.empty()) out += fmt::format("    name: {}\n", names(e.name));
    if (e.modules.empty()) {
        out += fmt::format("    # No modules: the scores of {} cannot be computed or verified. To describe\n",
                           e.code.value);
        out += "    # them, give its modules and their topics with weights, e.g.:\n";
        out += "    # modules:\n";
        out += fmt::format("    #   - code: {}.1\n", e.code.value);
        out += "    #     weight: 1\n";
        out += "    #     name: {th: …, en: …}\n";
        out += "    #     topics:\n";
        out += fmt::format("    #       - {{code: {}.1.1, weight: 1, name: {{th: …, en: …}}}}\n", e.code.value);
        return;
    }
    out += "    modules:  # weights of the modules add up to 1, as do those of a module's topics\n";
    for (const Module& m : e.modules) {
        out += fmt::format("      - code: {}\n", q(m.code.value));
        out += fmt::format("        weight: {}\n", format_number(m.weight.value));
        if (!m.name.th.empty() || !m.name.en.empty()) out += fmt::format("        name: {}\n", names(m.name));
        out += "        topics:\n";
        for (const Topic& t : m.topics) {
            out += fmt::format("          - {{code: {}, weight: {}", q(t.code.value), format_number(t.weight.value));
            if (!t.name.th.empty() || !t.name.en.empty()) out += ", name: " + names(t.name);
            out += "}\n";
        }
    }
}

}  // namespace

std::string render_rules_yaml(const Rules& r, const std::string& enabler) {
    std::string out;
    out += "# scmplan rules file, printed by 'scmplan rules";
    if (!enabler.empty()) out += " --enabler " + enabler;
    out += fmt::format("' from the rules in force ({}).\n", r.source.empty() ? "<built-in>" : r.source);
    out += "# Save it in the workspace and name it with 'rules: FILE' in scmplan.yaml.\n";
    out += "scmplan: 1\n";
    out += "kind: rules\n";
    if (!enabler.empty()) {
        out += "# On top of the built-in rules: this enabler replaces the built-in one of the\n";
        out += "# same code (or is added); everything not given here stays as built in.\n";
        out += "extends: se-am\n";
        out += "enablers:\n";
        for (const Enabler& e : r.enablers)
            if (e.code.value == enabler) enabler_yaml(out, e);
        return out;
    }
    out += "# Every part is given, so the file stands alone; without 'extends: none' it would be\n";
    out += "# laid over the built-in rules (an enabler replaces the one of the same code).\n";
    out += "extends: none\n";
    out += "# The range of every score, and the decimals scores are compared with.\n";
    out += fmt::format("score: {{min: {}, max: {}, decimals: {}}}\n", format_number(r.score_min),
                       format_number(r.score_max), r.score_decimals);
    out += "# The enablers a plan may name, with the weights that turn topic scores into\n";
    out += "# module and enabler scores.\n";
    out += "enablers:\n";
    for (const Enabler& e : r.enablers) enabler_yaml(out, e);
    out += "# A risk's score is likelihood × impact (1–25); the bands cover 1–25 without gaps.\n";
    out += "risk:\n";
    out += fmt::format("  threshold: {}  # a risk scoring this or more needs mitigation and monitoring (E040)\n", r.risk_threshold);
    out += "  bands:\n";
    for (const RiskBand& b : r.bands) {
        out += fmt::format("    - {{min: {}, max: {}, name: {}", b.min, b.max, names(b.name));
        if (!b.colour.empty()) out += ", colour: " + q(b.colour);
        out += "}\n";
    }
    out += "# The quarterly report to the director is due this many working days after the quarter.\n";
    out += fmt::format("report_due: {{working_days_after_quarter: {}}}\n", r.report_due_working_days);
    out += "# Whether a done step needs evidence (required_for_done: W124 when it has none).\n";
    out += fmt::format("evidence: {}\n", r.evidence_required_for_done ? "required_for_done" : "optional");
    out += "# check --git warns (W125) when a done date is more than this many days before\n";
    out += "# the commit that first recorded it.\n";
    out += fmt::format("backdated_done_days: {}\n", r.backdated_done_days);
    return out;
}

}  // namespace scmplan

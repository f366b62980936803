// The draft's YAML files: see include/scmplan/import_yaml.hpp. Keys follow
// the order of the format's tables (format_spec_*.cpp); a key whose value
// was not found is left out when optional, and written empty (for the
// person to fill, which `check` then reports) when required.
#include "scmplan/import_yaml.hpp"

#include <fmt/format.h>

#include "scmplan/json_writer.hpp"

namespace scmplan {

namespace {

std::string q(std::string_view s) { return json_quote(s); }

/// A comment line's text: no line breaks or other controls.
std::string comment(std::string_view s) {
    std::string out;
    for (char c : s) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    return out;
}

std::string number(double v, std::string_view as_written = {}) {
    // the document's digits when they are plain ASCII ("1.0000"), else the value
    bool plain = !as_written.empty();
    for (char c : as_written) plain &= (c >= '0' && c <= '9') || c == '.';
    return plain ? std::string(as_written) : format_number(v);
}

void text_key(std::string& out, std::string_view indent, std::string_view key, const draft::Text& t, bool required) {
    if (t.found()) out += fmt::format("{}{}: {}\n", indent, key, q(t.value));
    else if (required) out += fmt::format("{}{}: \"\"  # not found in the document: fill it in\n", indent, key);
}

void list_key(std::string& out, std::string_view key, const std::vector<draft::Text>& items, bool required) {
    if (items.empty()) {
        if (required) out += fmt::format("{}: []  # not found in the document: fill it in\n", key);
        return;
    }
    out += fmt::format("{}:\n", key);
    for (const auto& t : items) out += fmt::format("  - {}\n", q(t.value));
}

std::string header(const draft::Draft& d, std::string_view what) {
    return fmt::format("# {} drafted by `scmplan import` from {}.\n"
                       "# Where each value came from, and the text that went nowhere: IMPORT.md.\n",
                       what, comment(d.source));
}

}  // namespace

std::string draft_workspace_yaml(const draft::Draft& d) {
    std::string out = header(d, "Workspace file");
    out += "scmplan: 1\nkind: workspace\n";
    std::string name = d.plan.organisation.found() ? d.plan.organisation.value + " – " + d.plan.title.value
                                                   : d.plan.title.value;
    out += fmt::format("name: {}\n", q(name));
    if (!d.units.empty() || !d.not_registered.empty()) {
        out += "# Units named as owners in the activity table (code: name; the name is the code\n"
               "# where the document gives none).\n";
        for (const auto& u : d.not_registered)
            out += fmt::format("# Not registered: {} ({})\n", comment(u.code), comment(u.why));
        out += "units:\n";
        for (const auto& u : d.units) out += fmt::format("  {}: {}\n", q(u.code), q(u.name));
    }
    if (!d.rules_yaml.empty()) out += "# The rules the document was read with (scmplan import --rules).\nrules: rules.yaml\n";
    out += "# No holidays in an action plan: add the year's public holidays (until then, report, status and\n"
           "# check --as-of warn W122).\n"
           "holidays: []\n";
    if (!d.signatures.empty()) {
        out += "# Who signs the plan, from its approval block.\nsignatures:\n";
        for (const auto& sg : d.signatures) {
            out += fmt::format("  {}:\n", sg.role);
            if (!sg.name.empty()) out += fmt::format("    name: {}\n", q(sg.name));
            if (!sg.position.empty()) out += fmt::format("    position: {}\n", q(sg.position));
        }
    }
    return out;
}

std::string draft_plan_yaml(const draft::Draft& d) {
    const draft::Plan& p = d.plan;
    std::string out = header(d, "Plan file");
    out += "scmplan: 1\nkind: plan\n";
    out += fmt::format("id: {}\n", q(p.id));
    text_key(out, "", "title", p.title, true);
    text_key(out, "", "organisation", p.organisation, true);
    text_key(out, "", "enabler", p.enabler, true);
    if (p.year) out += fmt::format("year: {}\n", p.year);
    else out += "year: 0  # not found in the document: fill it in\n";
    out += fmt::format("quarters: {}\n", p.quarters);
    out += "period:\n";
    out += fmt::format("  start: {}\n  end: {}\n", q(p.period.start.value), q(p.period.end.value));
    text_key(out, "", "owner", p.owner, true);
    if (p.phone.found() || p.fax.found() || p.email.found()) {
        out += "contact:\n";
        text_key(out, "  ", "phone", p.phone, false);
        text_key(out, "  ", "fax", p.fax, false);
        text_key(out, "  ", "email", p.email, false);
    }
    text_key(out, "", "budget", p.budget, true);
    if (!p.rationale.empty()) {
        std::string joined;
        for (const auto& r : p.rationale) joined += (joined.empty() ? "" : "\n\n") + r.value;
        out += fmt::format("rationale: {}\n", q(joined));
    } else {
        out += "rationale: \"\"  # not found in the document: fill it in\n";
    }
    list_key(out, "objectives", p.objectives, true);
    list_key(out, "benefits", p.benefits, true);
    text_key(out, "", "output", p.output, true);
    text_key(out, "", "outcome", p.outcome, true);
    text_key(out, "", "target", p.target, true);
    text_key(out, "", "responsible", p.responsible, false);
    if (p.quantitative.found() || p.qualitative.found()) {
        out += "indicators:\n";
        text_key(out, "  ", "quantitative", p.quantitative, false);
        text_key(out, "  ", "qualitative", p.qualitative, false);
    }
    list_key(out, "achievements", p.achievements, false);
    if (!p.baseline.empty()) {
        out += "baseline:\n";
        for (const auto& b : p.baseline) {
            // a score whose code the rules do not know is kept as a comment (IMPORT.md says why)
            bool any_known = false;
            for (const auto& s : b.topics) any_known |= s.known;
            const std::string c = any_known ? "" : "# ";
            if (!any_known) out += "  # scores of codes the rules do not know (see IMPORT.md):\n";
            out += fmt::format("  {}- year: {}\n", c, b.year);
            out += fmt::format("  {}  topics:\n", c);
            for (const auto& s : b.topics)
                out += fmt::format("  {}    {}{}: {}\n", c, s.known ? "" : (any_known ? "# " : ""), q(s.code), number(s.value, s.text));
            if (!b.reported.empty()) {
                out += fmt::format("  {}  reported:\n", c);
                for (const auto& s : b.reported)
                    out += fmt::format("  {}    {}{}: {}\n", c, s.known ? "" : (any_known ? "# " : ""), q(s.code),
                                       number(s.value, s.text));
            }
        }
        bool none = true;
        for (const auto& b : p.baseline)
            for (const auto& s : b.topics) none &= !s.known;
        if (none) out.replace(out.find("baseline:\n"), 10, "baseline: []\n");
    }
    if (!p.gaps.empty()) {
        out += "gaps:\n";
        for (const auto& g : p.gaps) {
            out += fmt::format("  - id: {}\n", q(g.id));
            if (!g.topic.empty()) out += fmt::format("    topic: {}\n", q(g.topic));
            out += fmt::format("    text: {}\n", q(g.text.value));
            if (g.action.found()) out += fmt::format("    action: {}\n", q(g.action.value));
            out += fmt::format("    status: {}\n", g.status);
        }
    }
    if (!p.kpis.empty()) {
        out += "kpis:\n";
        for (const auto& k : p.kpis) {
            out += fmt::format("  - id: {}\n    text: {}\n    measure: {}\n    op: {}\n    value: {}\n", q(k.id),
                               q(k.text.value), k.measure, q(k.op), format_number(k.value));
        }
    }
    return out;
}

std::string draft_activity_yaml(const draft::Draft& d, const draft::Activity& a) {
    std::string out = header(d, "Activity file");
    out += "scmplan: 1\nkind: activity\n";
    out += fmt::format("plan: {}\nid: {}\n", q(d.plan.id), q(a.id));
    text_key(out, "", "title", a.title, true);
    text_key(out, "", "description", a.description, false);
    text_key(out, "", "group", a.group, false);
    if (!a.counts) out += "counts: false\n";
    out += "owners: [";
    for (std::size_t i = 0; i < a.owners.size(); ++i) out += (i ? ", " : "") + q(a.owners[i]);
    out += "]\n";
    text_key(out, "", "place", a.place, false);
    out += "period:\n";
    out += fmt::format("  start: {}\n  end: {}\n", q(a.period.start.value), q(a.period.end.value));
    if (a.income.found() || a.expense.found()) {
        out += "budget:\n";
        text_key(out, "  ", "income", a.income, false);
        text_key(out, "  ", "expense", a.expense, false);
    }
    if (!a.gaps.empty()) {
        out += "gaps: [";
        for (std::size_t i = 0; i < a.gaps.size(); ++i) out += (i ? ", " : "") + q(a.gaps[i]);
        out += "]\n";
    }
    if (a.target.text.found()) {
        out += "target:\n";
        out += fmt::format("  text: {}\n", q(a.target.text.value));
        if (!a.target.op.empty()) {
            out += fmt::format("  op: {}\n  value: {}\n", q(a.target.op), format_number(a.target.value));
            if (!a.target.unit.empty()) out += fmt::format("  unit: {}\n", q(a.target.unit));
        }
    }
    if (!a.steps.empty()) {
        out += "steps:\n";
        for (const auto& s : a.steps) {
            out += fmt::format("  - id: {}\n    title: {}\n", q(s.id), q(s.title.value));
            if (!s.due.empty()) out += fmt::format("    due: {}\n", q(s.due));
            if (!s.weight.empty()) out += fmt::format("    weight: {}\n", s.weight);
        }
    }
    return out;
}

std::string draft_risk_yaml(const draft::Draft& d, const draft::Risk& r) {
    std::string out = header(d, "Risk file");
    out += "scmplan: 1\nkind: risk\n";
    out += fmt::format("plan: {}\nid: {}\n", q(d.plan.id), q(r.id));
    text_key(out, "", "title", r.title, true);
    list_key(out, "factors", r.factors, false);
    list_key(out, "mitigation", r.mitigation, false);
    list_key(out, "monitoring", r.monitoring, false);
    text_key(out, "", "measure", r.measure, false);
    for (auto [key, levels] : {std::pair{"likelihood", &r.likelihood}, std::pair{"impact", &r.impact}}) {
        if (levels->empty()) continue;  // a scale the document does not give
        out += fmt::format("{}:\n  scale:\n", key);
        for (const auto& l : *levels) {
            out += fmt::format("    - level: {}\n", l.level);
            text_key(out, "      ", "label", l.label, false);
            text_key(out, "      ", "text", l.text, false);
            if (!l.when_metric.empty())
                out += fmt::format("      when: {{metric: {}, op: {}, value: {}}}\n", q(l.when_metric), q(l.when_op),
                                   l.when_value);
        }
    }
    if (r.current && !r.current_as_of.empty())
        out += fmt::format("assessments:\n  - {{as_of: {}, likelihood: {}, impact: {}}}\n", q(r.current_as_of),
                           r.current->first, r.current->second);
    else if (r.current && d.plan.period.found())
        out += fmt::format("# The current level's date is not in the document: the plan's start.\n"
                           "assessments:\n  - {{as_of: {}, likelihood: {}, impact: {}}}\n",
                           q(d.plan.period.start.value), r.current->first, r.current->second);
    if (r.target) out += fmt::format("target: {{likelihood: {}, impact: {}}}\n", r.target->first, r.target->second);
    return out;
}

std::vector<DraftFile> draft_files(const draft::Draft& d) {
    std::vector<DraftFile> out;
    out.push_back({"scmplan.yaml", draft_workspace_yaml(d)});
    if (!d.rules_yaml.empty()) out.push_back({"rules.yaml", d.rules_yaml});
    out.push_back({d.plan.id + "/plan.yaml", draft_plan_yaml(d)});
    for (const auto& a : d.activities) out.push_back({d.plan.id + "/activities/" + a.id + ".yaml", draft_activity_yaml(d, a)});
    for (const auto& r : d.risks) out.push_back({d.plan.id + "/risks/" + r.id + ".yaml", draft_risk_yaml(d, r)});
    out.push_back({d.plan.id + "/IMPORT.md", draft_import_md(d)});
    return out;
}

}  // namespace scmplan

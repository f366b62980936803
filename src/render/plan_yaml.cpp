// Next year's draft as clean YAML files (render_plan.hpp): every text in
// double quotes (JSON's escapes are YAML's), dates as ISO, keys in the order
// of the format's tables (docs/format.md). The source files' comments are not
// carried: the draft is a new plan, and docs/cli.md says so.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "scmplan/render_plan.hpp"

namespace scmplan {

namespace {

std::string q(std::string_view s) { return json_quote(s); }
std::string date(Date d) { return format_iso(d); }

std::string header(std::string_view kind, std::string_view schema_path) {
    return fmt::format("# yaml-language-server: $schema={}/.scmplan/schemas/{}.schema.json\nscmplan: 1\nkind: {}\n",
                       schema_path, kind, kind);
}

void text_list(std::string& out, std::string_view key, const std::vector<std::string>& items, std::string_view indent = "") {
    if (items.empty()) return;
    out += fmt::format("{}{}:\n", indent, key);
    for (const std::string& s : items) out += fmt::format("{}  - {}\n", indent, q(s));
}

std::string plan_yaml(const NextYear& n) {
    const Plan& p = n.plan;
    std::string out = header("plan", "..");
    out += fmt::format("# Drafted by scmplan init --from the plan of {} for {}: dates moved by {} year(s);\n"
                       "# no progress, reports or evidence. Review every text for the new year.\n",
                       n.from_year, n.year, n.year - n.from_year);
    out += fmt::format("id: {}\ntitle: {}\norganisation: {}\nenabler: {}\nyear: {}\nquarters: {}\n", q(p.id.value),
                       q(p.title), q(p.organisation), q(p.enabler.value), p.year.value,
                       p.quarters == QuarterScheme::fiscal ? "fiscal" : "calendar");
    out += fmt::format("period:\n  start: {}\n  end: {}\nowner: {}\n", date(p.start.value), date(p.end.value),
                       q(p.owner.value));
    if (!p.phone.empty() || !p.fax.empty() || !p.email.empty()) {
        out += "contact:\n";
        if (!p.phone.empty()) out += fmt::format("  phone: {}\n", q(p.phone));
        if (!p.fax.empty()) out += fmt::format("  fax: {}\n", q(p.fax));
        if (!p.email.empty()) out += fmt::format("  email: {}\n", q(p.email));
    }
    out += fmt::format("budget: {}\nrationale: {}\n", q(p.budget), q(p.rationale));
    text_list(out, "objectives", p.objectives);
    text_list(out, "benefits", p.benefits);
    out += fmt::format("output: {}\noutcome: {}\ntarget: {}\n", q(p.output), q(p.outcome), q(p.target));
    if (!p.responsible.empty()) out += fmt::format("responsible: {}\n", q(p.responsible));
    if (!p.indicator_quantitative.empty() || !p.indicator_qualitative.empty()) {
        out += "indicators:\n";
        if (!p.indicator_quantitative.empty()) out += fmt::format("  quantitative: {}\n", q(p.indicator_quantitative));
        if (!p.indicator_qualitative.empty()) out += fmt::format("  qualitative: {}\n", q(p.indicator_qualitative));
    }
    text_list(out, "achievements", p.achievements);
    if (!p.groups.empty()) {
        out += "groups:\n";
        for (const auto& [id, name] : p.groups) out += fmt::format("  {}: {}\n", q(id.value), q(name));
    }
    if (!p.baseline.empty()) {
        out += "baseline:\n";
        for (const Baseline& b : p.baseline) {
            out += fmt::format("  - year: {}\n    topics:\n", b.year.value);
            for (const auto& [code, score] : b.topics)
                out += fmt::format("      {}: {}\n", q(code.value), format_number(score.value));
            if (!b.reported.empty()) {
                out += "    reported:\n";
                for (const auto& [code, score] : b.reported)
                    out += fmt::format("      {}: {}\n", q(code.value), format_number(score.value));
            }
        }
    }
    if (!p.gaps.empty()) {
        out += "gaps:\n";
        for (const Gap& g : p.gaps) {
            out += fmt::format("  - id: {}\n", q(g.id.value));
            if (g.topic) out += fmt::format("    topic: {}\n", q(g.topic->value));
            out += fmt::format("    text: {}\n    status: {}\n", q(g.text), gap_status_text(g.status.value));
            if (!g.action.empty()) out += fmt::format("    action: {}\n", q(g.action));
        }
    }
    if (!p.kpis.empty()) {
        out += "kpis:\n";
        for (const Kpi& k : p.kpis)
            out += fmt::format("  - id: {}\n    text: {}\n    measure: {}\n    op: {}\n    value: {}\n", q(k.id.value),
                               q(k.text), measure_text(k.measure.value), q(op_text(k.op)), format_number(k.value.value));
    }
    return out;
}

std::string activity_yaml(const Activity& a) {
    std::string out = header("activity", "../..");
    out += fmt::format("plan: {}\nid: {}\ntitle: {}\n", q(a.plan.value), q(a.id.value), q(a.title));
    if (!a.description.empty()) out += fmt::format("description: {}\n", q(a.description));
    if (!a.group.empty()) out += fmt::format("group: {}\n", q(a.group));
    out += fmt::format("counts: {}\nowners: [", a.counts ? "true" : "false");
    for (std::size_t i = 0; i < a.owners.size(); ++i) out += (i ? ", " : "") + q(a.owners[i].value);
    out += "]\n";
    if (!a.place.empty()) out += fmt::format("place: {}\n", q(a.place));
    out += fmt::format("period:\n  start: {}\n  end: {}\n", date(a.start.value), date(a.end.value));
    if (!a.budget_income.empty() || !a.budget_expense.empty())
        out += fmt::format("budget:\n  income: {}\n  expense: {}\n", q(a.budget_income), q(a.budget_expense));
    if (!a.gaps.empty()) {
        out += "gaps: [";
        for (std::size_t i = 0; i < a.gaps.size(); ++i) out += (i ? ", " : "") + q(a.gaps[i].value);
        out += "]\n";
    }
    if (!a.target.text.empty() || a.target.value) {
        out += fmt::format("target:\n  text: {}\n", q(a.target.text));
        if (a.target.op && a.target.value)
            out += fmt::format("  op: {}\n  value: {}\n", q(op_text(*a.target.op)), format_number(a.target.value->value));
        if (!a.target.unit.empty()) out += fmt::format("  unit: {}\n", q(a.target.unit));
    }
    if (!a.steps.empty()) {
        out += "steps:\n";
        for (const Step& s : a.steps) {
            out += fmt::format("  - id: {}\n    title: {}\n", q(s.id.value), q(s.title));
            if (s.due) out += fmt::format("    due: {}\n", date(s.due->value));
            if (s.weight.value != 1.0) out += fmt::format("    weight: {}\n", format_number(s.weight.value));
        }
    }
    return out;
}

void scale_yaml(std::string& out, std::string_view key, const Scale& s) {
    out += fmt::format("{}:\n  scale:\n", key);
    for (const ScaleLevel& l : s.levels) {
        out += fmt::format("    - level: {}\n      label: {}\n      text: {}\n", l.level.value, q(l.label), q(l.text));
        if (l.when) {
            const Condition& c = *l.when;
            std::string value = std::holds_alternative<Date>(c.value) ? date(std::get<Date>(c.value))
                                                                      : format_number(std::get<double>(c.value));
            out += fmt::format("      when: {{metric: {}, op: {}, value: {}}}\n", q(c.metric.text()), q(op_text(c.op)),
                               value);
        }
    }
}

std::string risk_yaml(const Risk& r) {
    std::string out = header("risk", "../..");
    out += fmt::format("plan: {}\nid: {}\ntitle: {}\n", q(r.plan.value), q(r.id.value), q(r.title));
    text_list(out, "factors", r.factors);
    text_list(out, "mitigation", r.mitigation);
    text_list(out, "monitoring", r.monitoring);
    if (!r.measure.empty()) out += fmt::format("measure: {}\n", q(r.measure));
    scale_yaml(out, "likelihood", r.likelihood);
    scale_yaml(out, "impact", r.impact);
    if (!r.assessments.empty()) {
        out += "assessments:\n";
        for (const Assessment& a : r.assessments)
            out += fmt::format("  - {{as_of: {}, likelihood: {}, impact: {}}}\n", date(a.as_of.value),
                               a.likelihood.value, a.impact.value);
    }
    if (r.target_likelihood && r.target_impact)
        out += fmt::format("target: {{likelihood: {}, impact: {}}}\n", r.target_likelihood->value, r.target_impact->value);
    return out;
}

std::string workspace_yaml(const NextYear& n) {
    const WorkspaceFile& w = n.workspace;
    std::string out = header("workspace", ".");
    out += fmt::format("name: {}\n", q(w.name.empty() ? n.plan.title : replace_name_year(w.name, n)));
    if (!w.units.empty()) {
        out += "units:\n";
        for (const auto& [code, name] : w.units) out += fmt::format("  {}: {}\n", q(code.value), q(name));
    }
    out += fmt::format("# Holidays change every year: list those of {} – {} (none are carried).\nholidays: []\n",
                       date(n.plan.start.value), date(n.plan.end.value));
    if (w.rules_path) out += fmt::format("rules: {}\n", q(w.rules_path->value));
    const Signatures& s = w.signatures;
    if (s.prepared_by || s.reviewed_by || s.approved_by) {
        out += "signatures:\n";
        auto signer = [&](std::string_view key, const std::optional<Signer>& who) {
            if (who) out += fmt::format("  {}: {{name: {}, position: {}}}\n", key, q(who->name), q(who->position));
        };
        signer("prepared_by", s.prepared_by);
        signer("reviewed_by", s.reviewed_by);
        signer("approved_by", s.approved_by);
    }
    return out;
}

}  // namespace

std::string replace_name_year(const std::string& name, const NextYear& n) {
    const std::string from = std::to_string(n.from_year), to = std::to_string(n.year);
    std::string out = name;
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
        out.replace(at, from.size(), to);
    return out;
}

std::vector<std::pair<std::string, std::string>> next_year_files(const NextYear& n) {
    const std::string& id = n.plan.id.value;
    std::vector<std::pair<std::string, std::string>> files{{"scmplan.yaml", workspace_yaml(n)},
                                                           {id + "/plan.yaml", plan_yaml(n)}};
    for (const Activity& a : n.activities) files.emplace_back(id + "/activities/" + a.id.value + ".yaml", activity_yaml(a));
    for (const Risk& r : n.risks) files.emplace_back(id + "/risks/" + r.id.value + ".yaml", risk_yaml(r));
    return files;
}

}  // namespace scmplan

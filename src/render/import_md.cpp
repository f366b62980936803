// IMPORT.md, the account of an import (docs/import.md#importmd): for every
// field of every file where in the document it came from, the readings a
// person should check, and every piece of text that went into no field.
// Every text from the document is escaped for a Markdown table cell.
#include <fmt/format.h>

#include "md_table.hpp"
#include "scmplan/import_yaml.hpp"
#include "scmplan/render.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace {

struct Rows {
    MdTable table{{{"key"}, {"value"}, {"from"}}};
    std::size_t n = 0;
    void add(const std::string& key, const std::string& value, const std::string& from) {
        // long texts are shortened to 60 code points, cut between grapheme clusters
        std::string v(grapheme_prefix(value, 60));
        if (v.size() < value.size()) v += " …";
        table.row({md_cell(key), md_cell(v), md_cell(from.empty() ? "not found" : from)});
        ++n;
    }
    void text(const std::string& key, const draft::Text& t) { add(key, t.value, t.found() ? t.from : ""); }
};

std::string section(std::string_view title, const Rows& rows) {
    return fmt::format("### {}\n\n{}\n", title, rows.n ? rows.table.str() : std::string("(nothing)\n"));
}

}  // namespace

std::string draft_import_md(const draft::Draft& d) {
    const draft::Plan& p = d.plan;
    std::string out = fmt::format("# Import of {}\n\n", md_cell(d.source));
    out += "This workspace is a draft made by `scmplan import` from a Word action plan. Read it against the\n"
           "document, fix what is wrong, then run `scmplan check` on this folder. Below: where every value\n"
           "came from, the readings to check, and every piece of the document's text that went into no field.\n"
           "Places are the document's paragraphs and tables counted from its start (1 is the first).\n\n";

    out += "## Readings to check\n\n";
    if (d.notes.empty()) out += "(none)\n";
    for (const auto& n : d.notes) out += "- " + md_cell(n) + "\n";
    out += "\n## Where each value came from\n\n";

    Rows ws;
    for (const auto& u : d.units) ws.add("units." + u.code, u.name, u.why);
    for (const auto& u : d.not_registered) ws.add("(not in units) " + u.code, "", u.why);
    for (const auto& sg : d.signatures) {
        if (!sg.name.empty()) ws.add("signatures." + sg.role + ".name", sg.name, sg.from);
        if (!sg.position.empty()) ws.add("signatures." + sg.role + ".position", sg.position, sg.from);
    }
    ws.add("holidays", "[]", "not in an action plan: add the year's public holidays (W122)");
    out += section("scmplan.yaml", ws);

    Rows pl;
    pl.add("id", p.id, "--id, or the enabler and the year");
    pl.text("title", p.title);
    pl.text("organisation", p.organisation);
    pl.text("enabler", p.enabler);
    pl.add("year", p.year ? std::to_string(p.year) : "", p.year_from);
    pl.add("quarters", p.quarters, p.quarters_from);
    pl.add("period.start", p.period.start.value,
           p.period.from + (p.period.start.how.empty() ? "" : " (" + p.period.start.how + ")"));
    pl.add("period.end", p.period.end.value, p.period.from + (p.period.end.how.empty() ? "" : " (" + p.period.end.how + ")"));
    pl.text("owner", p.owner);
    pl.text("contact.phone", p.phone);
    pl.text("contact.fax", p.fax);
    pl.text("contact.email", p.email);
    pl.text("budget", p.budget);
    for (std::size_t i = 0; i < p.rationale.size(); ++i) pl.text(fmt::format("rationale ¶{}", i + 1), p.rationale[i]);
    for (std::size_t i = 0; i < p.objectives.size(); ++i) pl.text(fmt::format("objectives[{}]", i), p.objectives[i]);
    for (std::size_t i = 0; i < p.benefits.size(); ++i) pl.text(fmt::format("benefits[{}]", i), p.benefits[i]);
    pl.text("output", p.output);
    pl.text("outcome", p.outcome);
    pl.text("target", p.target);
    pl.text("responsible", p.responsible);
    pl.text("indicators.quantitative", p.quantitative);
    pl.text("indicators.qualitative", p.qualitative);
    for (std::size_t i = 0; i < p.achievements.size(); ++i) pl.text(fmt::format("achievements[{}]", i), p.achievements[i]);
    for (const auto& b : p.baseline) {
        for (const auto& s : b.topics) pl.add(fmt::format("baseline {} topics.{}", b.year, s.code), s.text, b.from);
        for (const auto& s : b.reported) pl.add(fmt::format("baseline {} reported.{}", b.year, s.code), s.text, b.from);
    }
    for (const auto& g : p.gaps) {
        pl.text(g.id + ".text", g.text);
        if (!g.topic.empty()) pl.add(g.id + ".topic", g.topic, g.text.from + " (the code in brackets after the id)");
        pl.add(g.id + ".status", g.status, g.status_from);
        if (g.action.found()) pl.text(g.id + ".action", g.action);
    }
    for (const auto& k : p.kpis)
        pl.add(k.id, fmt::format("{} {} {} — {}", k.measure, k.op, k.value, k.text.value), k.text.from + "; " + k.how);
    out += section(p.id + "/plan.yaml", pl);

    for (const auto& a : d.activities) {
        Rows r;
        r.text("title", a.title);
        if (a.description.found()) r.text("description", a.description);
        if (a.group.found()) r.text("group", a.group);
        if (!a.counts) r.add("counts", "false", a.title.from + " (the line 'not counted')");
        if (!a.gaps.empty()) {
            std::string ids;
            for (const auto& g : a.gaps) ids += (ids.empty() ? "" : ", ") + g;
            r.add("gaps", ids, a.title.from + " (the line of GAP items)");
        }
        std::string owners;
        for (const auto& o : a.owners) owners += (owners.empty() ? "" : ", ") + o;
        r.add("owners", owners, a.owners_from);
        r.text("place", a.place);
        r.add("period.start", a.period.start.value,
              a.period.from + (a.period.start.how.empty() ? "" : " (" + a.period.start.how + ")"));
        r.add("period.end", a.period.end.value, a.period.from + (a.period.end.how.empty() ? "" : " (" + a.period.end.how + ")"));
        r.text("budget.income", a.income);
        r.text("budget.expense", a.expense);
        r.text("target.text", a.target.text);
        if (!a.target.op.empty())
            r.add("target.op/value/unit", fmt::format("{} {} {}", a.target.op, a.target.value, a.target.unit),
                  "read from the target's words, or its criterion line");
        for (const auto& s : a.steps) {
            r.add("step " + s.id, s.title.value, s.title.from);
            if (!s.due.empty()) r.add("step " + s.id + " due", s.due, s.title.from + " (after the title)");
            if (!s.weight.empty()) r.add("step " + s.id + " weight", s.weight, s.title.from + " (after the title)");
        }
        if (!a.steps.empty()) r.add("steps", "", a.steps_from);
        out += section(fmt::format("{}/activities/{}.yaml", p.id, a.id), r);
    }
    for (const draft::Risk& k : d.risks) {
        Rows r;
        r.text("title", k.title);
        for (std::size_t i = 0; i < k.factors.size(); ++i) r.text(fmt::format("factors[{}]", i), k.factors[i]);
        for (std::size_t i = 0; i < k.mitigation.size(); ++i) r.text(fmt::format("mitigation[{}]", i), k.mitigation[i]);
        for (std::size_t i = 0; i < k.monitoring.size(); ++i) r.text(fmt::format("monitoring[{}]", i), k.monitoring[i]);
        r.text("measure", k.measure);
        for (const auto& l : k.likelihood) r.add(fmt::format("likelihood {}", l.level), l.label.value + " — " + l.text.value, l.text.from);
        for (const auto& l : k.impact) r.add(fmt::format("impact {}", l.level), l.label.value + " — " + l.text.value, l.text.from);
        if (k.current && !k.current_as_of.empty())
            r.add("assessments[0]", fmt::format("{} × {} as of {}", k.current->first, k.current->second, k.current_as_of),
                  k.current_from);
        else if (k.current)
            r.add("assessments[0]", fmt::format("{} × {} as of {}", k.current->first, k.current->second, p.period.start.value),
                  k.current_from + "; the date is the plan's start (the document gives none)");
        if (k.target) r.add("target", fmt::format("{} × {}", k.target->first, k.target->second), k.target_from);
        bool any_when = false;
        for (const auto* side : {&k.likelihood, &k.impact})
            for (const auto& l : *side)
                if (!l.when_metric.empty()) {
                    any_when = true;
                    r.add(fmt::format("{} {} when", side == &k.likelihood ? "likelihood" : "impact", l.level),
                          fmt::format("{} {} {}", l.when_metric, l.when_op, l.when_value), l.text.from);
                }
        if (!any_when)
            r.add("likelihood/impact when", "", "not written: a level's condition is a reading of its text, left to a person");
        out += section(fmt::format("{}/risks/{}.yaml", p.id, k.id), r);
    }

    out += "## Not placed\n\nThe document's text that went into no field, in the document's order.\n\n";
    if (d.unplaced.empty()) {
        out += "(none)\n";
    } else {
        MdTable t{{{"where"}, {"text"}}};
        for (const auto& u : d.unplaced) t.row({md_cell(u.where), md_cell(u.text)});
        out += t.str();
    }
    return out;
}

}  // namespace scmplan

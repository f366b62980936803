// record_close and record_assessment: a GAP item of a plan file closed or
// reopened, an assessment appended to a risk file; edited in place as
// record.cpp edits activity files.
#include <fmt/format.h>

#include "record_parts.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace {

using load::YamlEditor;
using load::yaml_scalar;
using namespace load::record_parts;

/// The first date of a plan file, where a new closing date would go first:
/// the GAP item's own, any GAP item's, then the period's.
std::string plan_example_date(const YNode& root, const YNode& gap) {
    if (const YNode* v = scalar_under(gap, "closed")) return v->text;
    if (const YNode* gaps = root.find("gaps"); gaps && gaps->is_seq())
        for (const YNode& g : gaps->items)
            if (const YNode* v = g.is_map() ? scalar_under(g, "closed") : nullptr) return v->text;
    if (const YNode* period = root.find("period"); period && period->is_map())
        for (const char* k : {"start", "end"})
            if (const YNode* v = scalar_under(*period, k)) return v->text;
    return {};
}

}  // namespace

RecordResult record_close(std::string_view plan_text, const CloseEdit& edit) {
    YamlEditor ed{std::string(plan_text)};
    if (!ed.ok()) return failed("the file cannot be read as YAML", "run 'scmplan check' and fix it first");
    std::vector<std::string> ids;
    const YNode* gap = item_with(ed.root().find("gaps"), "id", edit.gap, ids);
    if (!gap) {
        if (ids.empty()) return failed("the plan has no GAP items", "add them under 'gaps:'");
        std::string near = closest_match(edit.gap, ids);
        return failed(fmt::format("no GAP item '{}'", edit.gap),
                      near.empty() ? fmt::format("GAP items: {}", fmt::join(ids, ", ")) : fmt::format("did you mean {}?", near));
    }
    const YNode* status = scalar_under(*gap, "status");
    const YNode* closed = scalar_under(*gap, "closed");
    const std::string was_status = status ? status->text : "open";
    const bool is_closed = was_status == "closed";
    RecordResult r;
    if (edit.reopen) {
        if (!is_closed && !closed) {
            r.text = std::string(plan_text);
            r.unchanged = fmt::format("not closed (status: {})", was_status);
            return r;
        }
        if (auto e = ed.set(*gap, "status", "planned"); !e.empty()) return failed(e);
        r.changes.push_back(fmt::format("status planned (was {})", was_status));
        if (closed) {
            if (auto e = ed.remove(*gap, "closed"); !e.empty()) return failed(e);
            r.changes.push_back(fmt::format("closed date removed (was {})", closed->text));
        }
        r.text = ed.text();
        return r;
    }
    DateParse old = closed ? parse_date(closed->text) : DateParse{};
    std::string date = date_in_form_of(edit.on, plan_example_date(ed.root(), *gap));
    if (is_closed && old.date && *old.date != edit.on && !edit.force) {
        RecordResult refused = failed(fmt::format("recorded closed on {}; --force to change it", closed->text),
                                      fmt::format("with --force, {} is recorded instead", date));
        refused.conflict = true;
        refused.places.push_back({fmt::format("closed: {}", closed->text), closed->loc.line, closed->loc.column});
        return refused;
    }
    if (!is_closed) {
        if (auto e = ed.set(*gap, "status", "closed"); !e.empty()) return failed(e);
        r.changes.push_back(fmt::format("status closed (was {})", was_status));
    }
    if (!old.date || *old.date != edit.on) {
        if (auto e = ed.set(*gap, "closed", date); !e.empty()) return failed(e);
        r.changes.push_back(closed ? fmt::format("closed {} (was {})", date, closed->text)
                                   : fmt::format("closed {} (was not given)", date));
    } else if (is_closed) {
        r.unchanged = fmt::format("already closed on {}", closed->text);
    }
    if (auto e = add_evidence(ed, *gap, edit.evidence, r); !e.empty()) return failed(e);
    r.text = ed.text();
    return r;
}

RecordResult record_assessment(std::string_view risk_text, const AssessEdit& edit) {
    YamlEditor ed{std::string(risk_text)};
    if (!ed.ok()) return failed("the file cannot be read as YAML", "run 'scmplan check' and fix it first");
    const YNode* list = ed.root().find("assessments");
    const YNode* same = nullptr;  // the assessment of the same day
    const YNode* latest = nullptr;
    Date latest_on{};
    std::string example;
    if (list && list->is_seq()) {
        for (const YNode& a : list->items) {
            const YNode* on = a.is_map() ? scalar_under(a, "as_of") : nullptr;
            if (!on) continue;
            example = on->text;
            DateParse p = parse_date(on->text);
            if (!p.date) continue;
            if (*p.date == edit.on) same = &a;
            else if (!latest || *p.date > latest_on) latest = &a, latest_on = *p.date;
        }
    }
    const std::string date = date_in_form_of(edit.on, example);
    const std::string l = std::to_string(edit.likelihood), i = std::to_string(edit.impact);
    auto text_of = [](const YNode& a, const char* key) {
        const YNode* v = scalar_under(a, key);
        return v ? v->text : std::string();
    };
    RecordResult r;
    if (same) {
        const std::string was = fmt::format("likelihood {}, impact {}", text_of(*same, "likelihood"), text_of(*same, "impact"));
        const bool levels_same = text_of(*same, "likelihood") == l && text_of(*same, "impact") == i;
        const bool note_same = !edit.note || text_of(*same, "note") == *edit.note;
        if (levels_same && note_same) {
            r.text = std::string(risk_text);
            r.unchanged = fmt::format("the assessment of {} already has {}", text_of(*same, "as_of"), was);
            return r;
        }
        if (!edit.force) {
            const YNode* on = scalar_under(*same, "as_of");
            RecordResult refused = failed(fmt::format("assessed on {} already ({}); --force to change it",
                                                      on->text, levels_same ? "another note" : was),
                                          "with --force, its levels and note are replaced");
            refused.conflict = true;
            refused.places.push_back({fmt::format("as_of: {}", on->text), on->loc.line, on->loc.column});
            return refused;
        }
        if (!levels_same) {
            if (auto e = ed.set(*same, "likelihood", l); !e.empty()) return failed(e);
            if (auto e = ed.set(*same, "impact", i); !e.empty()) return failed(e);
            r.changes.push_back(fmt::format("assessment of {}: likelihood {}, impact {} (was {})",
                                            text_of(*same, "as_of"), l, i, was));
        }
        if (!note_same) {
            if (auto e = ed.set(*same, "note", yaml_scalar(*edit.note)); !e.empty()) return failed(e);
            const std::string old_note = text_of(*same, "note");
            r.changes.push_back(fmt::format("note: {} (was {})", *edit.note, old_note.empty() ? "not given" : old_note));
        }
        r.text = ed.text();
        return r;
    }
    std::vector<std::pair<std::string, std::string>> entries{{"as_of", date}, {"likelihood", l}, {"impact", i}};
    if (edit.note) entries.emplace_back("note", yaml_scalar(*edit.note));
    if (auto e = ed.append_mapping(ed.root(), "assessments", entries); !e.empty()) return failed(e);
    r.changes.push_back(
        latest ? fmt::format("assessed on {}: likelihood {}, impact {} (was likelihood {}, impact {} on {})", date, l, i,
                             text_of(*latest, "likelihood"), text_of(*latest, "impact"), text_of(*latest, "as_of"))
               : fmt::format("assessed on {}: likelihood {}, impact {} (was not assessed)", date, l, i));
    r.text = ed.text();
    return r;
}

}  // namespace scmplan

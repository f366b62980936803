// The evidence listing: Markdown, CSV, JSON.
#include <fmt/format.h>

#include <algorithm>

#include "json_parts.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render_evidence.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

std::string evidence_md(const Evidence& e, Lang lang) {
    std::string s = md_link(e.title.empty() ? e.ref.value : e.title, e.ref.value);
    if (e.date) s += " (" + format_date(e.date->value, lang) + ")";
    return s;
}

void activity_rows(std::string& out, const ActivityEvidence& ae, Lang lang) {
    const Activity& a = *ae.activity;
    for (const StepEvidence& se : ae.steps) {
        const Step& s = *se.step;
        std::string ev;
        for (const Evidence& e : s.evidence) ev += (ev.empty() ? "" : "<br>") + evidence_md(e, lang);
        if (se.missing) ev = "⚠️ " + label("evidence.none", lang);
        else if (ev.empty()) ev = "–";
        out += fmt::format("| {} | {} {} | {} | {} |\n", md_cell(a.id.value), md_cell(s.id.value), md_cell(s.title),
                           s.done ? format_date(s.done->value, lang) : "–", ev);
    }
    for (const auto& [quarter, e] : ae.reports)
        out += fmt::format("| {} | {} {} | | {} |\n", md_cell(a.id.value), label("evidence.quarterly", lang),
                           quarter, evidence_md(*e, lang));
}

void table_md(std::string& out, const std::vector<ActivityEvidence>& acts, Lang lang) {
    out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", label("activity", lang),
                       label("evidence.step.col", lang), label("evidence.done.col", lang), label("evidence.col", lang));
    for (const ActivityEvidence& ae : acts) activity_rows(out, ae, lang);
    out += "\n";
}

void missing_md(std::string& out, const EvidenceView& v, Lang lang) {
    out += fmt::format("## {}\n\n", label("evidence.missing", lang));
    std::vector<std::string> steps, gaps;
    for (const auto& [a, s] : v.done_without_evidence)
        steps.push_back(fmt::format("{} {} {}", md_cell(a->id.value), label("evidence.step", lang), md_cell(s->id.value)));
    for (const GapEvidence& g : v.gaps)
        if (g.missing) gaps.push_back(md_cell(g.gap->id.value));
    out += fmt::format("- {} ({}/{}): {}\n", label("evidence.done_without", lang),
                       steps.size(), v.done_steps,
                       steps.empty() ? label("none", lang) : fmt::format("{}", fmt::join(steps, ", ")));
    out += fmt::format("- {}: {}\n\n", label("evidence.gaps_without", lang),
                       gaps.empty() ? label("none", lang) : fmt::format("{}", fmt::join(gaps, ", ")));
}

const char* kind_of(const Evidence& e) { return e.url ? "url" : "path"; }

}  // namespace

std::string md_link(std::string_view text, std::string_view target) {
    std::string t;
    for (char c : text) {
        if (c == '[' || c == ']' || c == '\\' || c == '|' || c == '*' || c == '_' || c == '`' || c == '<') t += '\\';
        if (c == '\n' || c == '\r') c = ' ';
        t += c;
    }
    std::string u;
    for (char c : target) {
        if (c == ' ') u += "%20";
        else if (c == '<') u += "%3C";
        else if (c == '>') u += "%3E";
        else if (c == '|') u += "%7C";
        else if (static_cast<unsigned char>(c) < 0x20) continue;
        else u += c;
    }
    return fmt::format("[{}](<{}>)", t, u);
}

std::string render_evidence_md(const std::vector<EvidenceView>& views, const RenderOptions& o,
                               const std::vector<std::string>& absent, const std::vector<SkippedEvidence>& skipped) {
    Lang lang = o.lang;
    std::string out;
    for (const EvidenceView& v : views) {
        const Plan& p = *v.plan;
        out += fmt::format("# {}: {} ({})\n\n", label("evidence.title", lang), md_cell(p.title),
                           md_cell(p.id.value));
        for (const GapEvidence& g : v.gaps) {
            std::string topic = g.gap->topic ? md_cell(g.gap->topic->value) : "–";
            if (g.topic) topic += " " + md_cell(g.topic->name.in(lang));
            out += fmt::format("## {} · {}\n\n", md_cell(g.gap->id.value), topic);
            if (!g.gap->text.empty()) out += md_cell(g.gap->text) + "\n\n";
            if (!g.gap->evidence.empty()) {
                std::string own;
                for (const Evidence& e : g.gap->evidence) own += (own.empty() ? "" : ", ") + evidence_md(e, lang);
                out += label_with("evidence.gap_own", lang, own) + "\n\n";
            }
            if (g.activities.empty()) {
                out += "⚠️ " + label("evidence.gap_unaddressed", lang) + "\n\n";
                continue;
            }
            table_md(out, g.activities, lang);
            if (g.missing)
                out += "⚠️ " + label("evidence.gap_no_evidence", lang) +
                       "\n\n";
        }
        if (!v.without_gap.empty()) {
            out += fmt::format("## {}\n\n", label("evidence.without_gap", lang));
            table_md(out, v.without_gap, lang);
        }
        missing_md(out, v, lang);
    }
    if (!absent.empty()) {
        out += fmt::format("## {}\n\n", label("evidence.not_found", lang));
        for (const auto& f : absent) out += "- " + md_cell(escape_for_terminal(f)) + "\n";
        out += "\n";
    }
    if (!skipped.empty()) {
        out += fmt::format("## {}\n\n", label("evidence.skipped", lang));
        for (const SkippedEvidence& s : skipped) {
            LabelKey why = s.why == EvidenceSkip::hidden           ? LabelKey("evidence.skipped.hidden")
                           : s.why == EvidenceSkip::archive_itself ? LabelKey("evidence.skipped.archive")
                                                                   : LabelKey("evidence.skipped.again");
            out += fmt::format("- {}: {}\n", md_cell(escape_for_terminal(s.path)), label(why, lang));
        }
        out += "\n";
    }
    return out;
}

std::string render_evidence_csv(const std::vector<EvidenceView>& views, const RenderOptions& o) {
    std::string out = table_header(
        "plan,gap,topic,activity,source,step,title,done,kind,evidence,evidence_title,evidence_date,missing," +
            plan_id_columns(),
        o);
    const Plan* plan_now = nullptr;  // the plan whose rows are being written: its identity ends each row
    auto row = [&](std::vector<std::string> cells) {
        for (auto& c : cells) c = table_cell(c, o);
        append_plan_id(cells, *plan_now, o);
        out += table_row(cells, o);
    };
    auto ev_cells = [](const Evidence& e) {
        return std::vector<std::string>{kind_of(e), e.ref.value, e.title, e.date ? format_iso(e.date->value) : ""};
    };
    auto acts = [&](const std::string& plan, const std::string& gap, const std::string& topic,
                    const std::vector<ActivityEvidence>& list) {
        for (const ActivityEvidence& ae : list) {
            const std::string& a = ae.activity->id.value;
            for (const StepEvidence& se : ae.steps) {
                const Step& s = *se.step;
                std::vector<std::string> head{plan, gap, topic, a, "step", s.id.value, s.title,
                                              s.done ? format_iso(s.done->value) : ""};
                if (s.evidence.empty()) {
                    auto cells = head;
                    cells.insert(cells.end(), {"", "", "", "", se.missing ? "done_without_evidence" : ""});
                    row(cells);
                }
                for (const Evidence& e : s.evidence) {
                    auto cells = head;
                    auto ev = ev_cells(e);
                    cells.insert(cells.end(), ev.begin(), ev.end());
                    cells.push_back("");
                    row(cells);
                }
            }
            for (const auto& [quarter, e] : ae.reports) {
                std::vector<std::string> cells{plan, gap, topic, a, "report", std::to_string(quarter), "", ""};
                auto ev = ev_cells(*e);
                cells.insert(cells.end(), ev.begin(), ev.end());
                cells.push_back("");
                row(cells);
            }
        }
    };
    for (const EvidenceView& v : views) {
        plan_now = v.plan;
        for (const GapEvidence& g : v.gaps) {
            std::string topic = g.gap->topic ? g.gap->topic->value : "";
            if (g.activities.empty())
                row({v.plan->id.value, g.gap->id.value, topic, "", "", "", "", "", "", "", "", "", "gap_without_activity"});
            acts(v.plan->id.value, g.gap->id.value, topic, g.activities);
        }
        acts(v.plan->id.value, "", "", v.without_gap);
    }
    return out;
}

std::string render_evidence_json(const std::vector<EvidenceView>& views) {
    JsonWriter w;
    auto evidence = [&](const Evidence& e) {
        w.begin_object();
        w.field("kind", kind_of(e));
        w.field("ref", e.ref.value);
        w.field("title", e.title);
        w.key("date");
        if (e.date) w.value(format_iso(e.date->value));
        else w.null();
        w.end_object();
    };
    auto activities = [&](const std::vector<ActivityEvidence>& list) {
        w.begin_array();
        for (const ActivityEvidence& ae : list) {
            w.begin_object();
            w.field("activity", ae.activity->id.value);
            w.field("title", ae.activity->title);
            w.field("has_evidence", ae.has_evidence);
            w.key("steps");
            w.begin_array();
            for (const StepEvidence& se : ae.steps) {
                w.begin_object();
                w.field("step", se.step->id.value);
                w.field("title", se.step->title);
                w.key("done");
                if (se.step->done) w.value(format_iso(se.step->done->value));
                else w.null();
                w.field("missing", se.missing);
                w.key("evidence");
                w.begin_array();
                for (const Evidence& e : se.step->evidence) evidence(e);
                w.end_array();
                w.end_object();
            }
            w.end_array();
            w.key("reports");
            w.begin_array();
            for (const auto& [quarter, e] : ae.reports) {
                w.begin_object();
                w.field("quarter", quarter);
                w.key("evidence");
                evidence(*e);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
    };
    w.begin_array();
    for (const EvidenceView& v : views) {
        w.begin_object();
        w.field("plan", v.plan->id.value);
        json_plan_id_fields(w, *v.plan);
        w.field("done_steps", v.done_steps);
        w.field("done_without_evidence", static_cast<int>(v.done_without_evidence.size()));
        w.key("gaps");
        w.begin_array();
        for (const GapEvidence& g : v.gaps) {
            w.begin_object();
            w.field("gap", g.gap->id.value);
            w.key("topic");
            if (g.gap->topic) w.value(g.gap->topic->value);
            else w.null();
            w.field("missing", g.missing);
            w.key("evidence");
            w.begin_array();
            for (const Evidence& e : g.gap->evidence) evidence(e);
            w.end_array();
            w.key("activities");
            activities(g.activities);
            w.end_object();
        }
        w.end_array();
        w.key("without_gap");
        activities(v.without_gap);
        w.key("files");
        w.begin_array();
        for (const auto& f : v.files) w.value(f);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    return w.str();
}

}  // namespace scmplan

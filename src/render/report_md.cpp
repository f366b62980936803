// The quarterly report to the director, as GitHub-flavoured Markdown.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

namespace {

std::string status_label(Status s, const std::string& lang) {
    return label(std::string("status.") + status_text(s), lang);
}

std::string owners_text(const Activity& a) {
    std::string out;
    for (const auto& o : a.owners) out += (out.empty() ? "" : ", ") + o.value;
    return out;
}

void header(std::string& out, const PlanReport& r, const Model& m, const std::string& lang) {
    const Plan& p = *r.plan;
    if (r.quarterly)
        out += fmt::format("# {} {}\n\n", label("report.title", lang), quarter_title(p, r.quarter, lang));
    else
        out += fmt::format("# {} — {} {}\n\n", label("report.title", lang), label("as_of", lang),
                           format_date(r.as_of, lang));
    out += fmt::format("**{}**\n\n", md_cell(p.title));
    out += "| | |\n|---|---|\n";
    out += fmt::format("| {} | {} ({}) |\n", label("organisation", lang), md_cell(p.organisation), md_cell(p.owner.value));
    out += fmt::format("| {} | {} – {} |\n", label("plan_period", lang), format_date(p.start.value, lang),
                       format_date(p.end.value, lang));
    out += fmt::format("| {} | {} |\n", label("as_of", lang), format_date(r.as_of, lang));
    if (r.quarter_range)
        out += fmt::format("| {} | {} ({} – {}) |\n", label("quarter", lang), r.quarter,
                           format_date(r.quarter_range->start, lang), format_date(r.quarter_range->end, lang));
    else
        out += fmt::format("| {} | {} |\n", label("quarter", lang), label("outside_year", lang));
    if (r.due)
        out += fmt::format("| {} | {} ({}) |\n", label("due", lang), format_date(*r.due, lang),
                           fmt::format(fmt::runtime(label("due.rule", lang)), m.rules.report_due_working_days));
    out += fmt::format("| {} | **{}%** ({} {}%) |\n\n", label("completion", lang), format_pct(r.completion),
                       label("planned", lang), format_pct(r.planned));
}

void activities(std::string& out, const PlanReport& r, const std::string& lang) {
    out += fmt::format("## {}\n\n", label("activities", lang));
    out += fmt::format("| | {} | {} | {} | {} | {} | {} |\n", label("activity", lang), label("owner", lang),
                       label("period", lang), label("planned.col", lang), label("actual.col", lang), label("status", lang));
    out += "|---|---|---|---|--:|--:|---|\n";
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        std::string title = md_cell(a.title);
        if (!a.counts) title += fmt::format(" _({})_", label("counts.no", lang));
        out += fmt::format("| {} | {} | {} | {} – {} | {}% | {}% | {} |\n", md_cell(a.id.value), title,
                           md_cell(owners_text(a)), format_date(a.start.value, lang), format_date(a.end.value, lang),
                           format_pct(row.planned), format_pct(row.actual), status_label(row.status, lang));
    }
    out += "\n";
}

void targets(std::string& out, const PlanReport& r, const std::string& lang) {
    out += fmt::format("## {}\n\n", label("targets", lang));
    out += fmt::format("| | {} | {} | {} | {} |\n", label("target", lang), label("target.value", lang),
                       label("target.actual", lang), label("met", lang));
    out += "|---|---|---|--:|---|\n";
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        std::string actual = row.target.actual ? with_unit(*row.target.actual, a.target.unit) : "–";
        out += fmt::format("| {} | {} | {} | {} | {} |\n", md_cell(a.id.value), md_cell(a.target.text),
                           target_value_text(a), actual, met_text(row.target.met, lang));
    }
    out += "\n";
}

void kpis(std::string& out, const PlanReport& r, const std::string& lang) {
    if (r.kpis.empty()) return;
    out += fmt::format("## {}\n\n", label("kpis", lang));
    out += fmt::format("| | {} | {} | {} | {} |\n", label("kpi", lang), label("criterion", lang),
                       label("result", lang), label("met", lang));
    out += "|---|---|---|--:|---|\n";
    for (const auto& k : r.kpis)
        out += fmt::format("| {} | {} | {} | {} | {} |\n", md_cell(k.kpi->id.value), md_cell(k.kpi->text),
                           kpi_target_text(*k.kpi), kpi_value_text(k),
                           met_text(k.value ? std::optional<bool>(k.met) : std::nullopt, lang));
    out += "\n";
}

void gaps(std::string& out, const PlanReport& r, const std::string& lang) {
    if (r.gaps_total == 0) return;
    out += fmt::format("## {}\n\n", label("gaps", lang));
    out += fmt::format(fmt::runtime(label("gaps.closed", lang)), r.gaps_closed, r.gaps_total) + "\n\n";
    for (const auto& g : r.plan->gaps)
        if (g.status.value == GapStatus::closed && g.closed && g.closed->value <= r.as_of)
            out += fmt::format("- {} ({}): {}\n", md_cell(g.id.value), format_date(g.closed->value, lang),
                               md_cell(g.text));
    if (r.gaps_closed) out += "\n";
}

void risks(std::string& out, const PlanReport& r, const Model& m, const std::string& lang) {
    if (r.risks.empty()) return;
    out += fmt::format("## {}\n\n", label("risks", lang));
    out += fmt::format("| | {} | {} | {} | {} | {} | {} |\n", label("risk", lang), label("likelihood", lang),
                       label("impact", lang), label("score", lang), label("band", lang),
                       label("over_threshold", lang));
    out += "|---|---|--:|--:|--:|---|---|\n";
    auto level = [](const LevelDecision& d) { return d.level ? std::to_string(d.level) : std::string("–"); };
    for (const auto& rr : r.risks) {
        std::string band = rr.band ? rr.band->name.in(lang) : "–";
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", md_cell(rr.risk->id.value),
                           md_cell(rr.risk->title), level(rr.likelihood), level(rr.impact),
                           rr.score ? std::to_string(rr.score) : "–", md_cell(band),
                           fmt::format(fmt::runtime(label(rr.over_threshold ? "threshold.yes" : "threshold.no", lang)),
                                       m.rules.risk_threshold));
    }
    out += fmt::format("\n{}:\n\n", label("risk.basis", lang));
    for (const auto& rr : r.risks) {
        out += fmt::format("- {} {}: {}\n", md_cell(rr.risk->id.value), label("likelihood", lang),
                           md_cell(explain_level(rr.likelihood, r.as_of, lang)));
        out += fmt::format("- {} {}: {}\n", md_cell(rr.risk->id.value), label("impact", lang),
                           md_cell(explain_level(rr.impact, r.as_of, lang)));
    }
    out += "\n";
}

void notes(std::string& out, const PlanReport& r, const std::string& lang) {
    if (!r.quarter) return;
    out += fmt::format("## {}\n\n", label("problems.title", lang));
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        out += fmt::format("### {} {}\n\n", md_cell(a.id.value), md_cell(a.title));
        if (!row.report) {
            out += fmt::format("{}\n\n", label("no_report", lang));
            continue;
        }
        auto line = [&](const char* key, const std::string& text) {
            out += fmt::format("- **{}**: {}\n", label(key, lang), text.empty() ? label("none", lang) : md_cell(text));
        };
        line("note", row.report->note);
        line("problems", row.report->problems);
        line("suggestions", row.report->suggestions);
        out += "\n";
    }
}

}  // namespace

std::string render_report_md(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o) {
    return render_report_md_embedded(reports, m, o, {});
}

std::string render_report_md_embedded(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o,
                                      const std::vector<std::string>& embeds) {
    std::string out;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (i) out += "\n---\n\n";
        const PlanReport& r = reports[i];
        header(out, r, m, o.lang);
        activities(out, r, o.lang);
        targets(out, r, o.lang);
        kpis(out, r, o.lang);
        gaps(out, r, o.lang);
        risks(out, r, m, o.lang);
        notes(out, r, o.lang);
        if (i < embeds.size()) out += embeds[i];
        out += fmt::format("_{}_\n", label("generated", o.lang));
    }
    return out;
}

std::string render_report_embed(const Timeline& t, const HeatMap* map, const Model& m, const RenderOptions& o) {
    const std::string& lang = o.lang;
    std::string out = fmt::format("## {}\n\n```mermaid\n{}```\n\n", label("gantt.embed.title", lang),
                                  render_gantt_mermaid(t, o));
    if (map) {
        out += fmt::format("## {}\n\n", label("views.risk.map", lang));
        out += heat_map_md(*map, lang) + "\n";
        out += fmt::format("● {} · ◎ {}; {}\n\n", label("views.risk.current", lang), label("views.risk.target", lang),
                           fmt::format(fmt::runtime(label("views.risk.threshold", lang)), m.rules.risk_threshold));
    }
    return out;
}

}  // namespace scmplan

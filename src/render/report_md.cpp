// The quarterly report to the director, as GitHub-flavoured Markdown.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_annual.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"
#include "md_table.hpp"

namespace scmplan {

namespace {

using Align = MdTable::Align;

void header(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    const Plan& p = *r.plan;
    if (r.quarterly)
        out += fmt::format("# {} {}\n\n", label("report.title", lang), quarter_title(p, r.quarter, lang));
    else
        out += fmt::format("# {} — {} {}\n\n", label("report.title", lang), label("as_of", lang),
                           format_date(r.as_of, lang));
    out += fmt::format("**{}**\n\n", md_cell(p.title));
    MdTable t({{"", Align::left}, {"", Align::left}});
    t.row({label("organisation", lang), fmt::format("{} ({})", md_cell(p.organisation), md_cell(p.owner.value))});
    t.row({label("plan_period", lang),
           fmt::format("{} – {}", format_date(p.start.value, lang), format_date(p.end.value, lang))});
    t.row({label("as_of", lang), format_date(r.as_of, lang)});
    if (r.quarter_range)
        t.row({label("quarter", lang), fmt::format("{} ({} – {})", r.quarter, format_date(r.quarter_range->start, lang),
                                                   format_date(r.quarter_range->end, lang))});
    else t.row({label("quarter", lang), label("outside_year", lang)});
    if (r.due)
        t.row({label("due", lang),
               fmt::format("{} ({})", format_date(*r.due, lang),
                           label_with("due.rule", lang, m.rules.report_due_working_days))});
    t.row({label("completion", lang), fmt::format("**{}%** ({} {}%)", format_pct(r.completion), label("planned", lang),
                                                  format_pct(r.planned))});
    out += t.str() + "\n";
}

void activities(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    out += fmt::format("## {}\n\n", label("activities", lang));
    MdTable t({{"", Align::left}, {label("activity", lang), Align::left}, {label("owner", lang), Align::left},
               {label("period", lang), Align::left}, {label("planned.col", lang), Align::right},
               {label("actual.col", lang), Align::right}, {label("status", lang), Align::left}});
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        std::string title = md_cell(a.title);
        if (!a.counts) title += fmt::format(" _({})_", label("counts.no", lang));
        t.row({md_cell(a.id.value), title, md_cell(owners_text(a, m, lang)),
               fmt::format("{} – {}", format_date(a.start.value, lang), format_date(a.end.value, lang)),
               format_pct(row.planned) + "%", format_pct(row.actual) + "%", status_label(row.status, lang)});
    }
    out += t.str() + "\n";
}

void targets(std::string& out, const PlanReport& r, Lang lang) {
    out += fmt::format("## {}\n\n", label("targets", lang));
    MdTable t({{"", Align::left}, {label("target", lang), Align::left}, {label("target.value", lang), Align::left},
               {label("target.actual", lang), Align::right}, {label("met", lang), Align::left}});
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        std::string actual = row.target.actual ? with_unit(*row.target.actual, a.target.unit) : "–";
        t.row({md_cell(a.id.value), md_cell(a.target.text), md_cell(target_value_text(a)), md_cell(actual),
               met_text(row.target.met, lang)});
    }
    out += t.str() + "\n";
}

void kpis(std::string& out, const PlanReport& r, Lang lang) {
    if (r.kpis.empty()) return;
    out += fmt::format("## {}\n\n", label("kpis", lang));
    MdTable t({{"", Align::left}, {label("kpi", lang), Align::left}, {label("criterion", lang), Align::left},
               {label("result", lang), Align::right}, {label("met", lang), Align::left}});
    for (const auto& k : r.kpis)
        t.row({md_cell(k.kpi->id.value), md_cell(k.kpi->text), kpi_target_text(*k.kpi), kpi_value_text(k),
               met_text(k.outcome(), lang)});
    out += t.str() + "\n";
}

void gaps(std::string& out, const PlanReport& r, Lang lang) {
    if (r.gaps_total == 0) return;
    out += fmt::format("## {}\n\n", label("gaps", lang));
    out += label_with("gaps.closed", lang, gaps_closed_count(r.gaps_closed.size(), r.gaps_taken_up, r.gaps_total, lang)) +
           "\n\n";
    for (const Gap* g : r.gaps_closed)
        out += fmt::format("- {} ({}): {}\n", md_cell(g->id.value), format_date(g->closed->value, lang),
                           md_cell(g->text));
    if (!r.gaps_closed.empty()) out += "\n";
}

void risks(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += fmt::format("## {}\n\n", label("risks", lang));
    MdTable t({{"", Align::left}, {label("risk", lang), Align::left}, {label("likelihood", lang), Align::right},
               {label("impact", lang), Align::right}, {label("score", lang), Align::right},
               {label("band", lang), Align::left}, {label("over_threshold", lang), Align::left}});
    auto level = [](const LevelDecision& d) { return d.level ? std::to_string(d.level) : std::string("–"); };
    for (const auto& rr : r.risk_register.risks) {
        std::string band = rr.band ? rr.band->name.in(lang) : "–";
        t.row({md_cell(rr.risk->id.value), md_cell(rr.risk->title), level(rr.likelihood), level(rr.impact),
               rr.score ? std::to_string(rr.score) : "–", md_cell(band),
               label_with(rr.over_threshold ? LabelKey("threshold.yes") : LabelKey("threshold.no"), lang,
                           m.rules.risk_threshold)});
    }
    out += t.str() + fmt::format("\n{}\n\n", label("basis.see", lang));
}

/// How each risk level was set, in words, at the end of the plan's part: the
/// rules behind a level are reference, not the director's reading.
void appendix(std::string& out, const PlanReport& r, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += fmt::format("## {}: {}\n\n", label("appendix", lang), label("risk.basis", lang));
    for (const auto& rr : r.risk_register.risks) {
        out += fmt::format("- {} {}: {}\n", md_cell(rr.risk->id.value), label("likelihood", lang),
                           md_cell(explain_level(rr.likelihood, r.as_of, lang)));
        out += fmt::format("- {} {}: {}\n", md_cell(rr.risk->id.value), label("impact", lang),
                           md_cell(explain_level(rr.impact, r.as_of, lang)));
    }
    out += "\n";
}

void notes(std::string& out, const PlanReport& r, Lang lang) {
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
        auto line = [&](LabelKey key, const std::string& text) {
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
        activities(out, r, m, o.lang);
        targets(out, r, o.lang);
        kpis(out, r, o.lang);
        gaps(out, r, o.lang);
        risks(out, r, m, o.lang);
        notes(out, r, o.lang);
        if (i < embeds.size()) out += embeds[i];
        appendix(out, r, o.lang);
        out += fmt::format("_{}_\n", label("generated", o.lang));
    }
    return out;
}

std::string render_report_embed(const ReportChartData& d, const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string out = fmt::format("## {}\n\n```mermaid\n{}```\n\n", timeline_caption(lang),
                                  render_gantt_mermaid(d.timeline, o));
    if (d.heat_map) {
        out += fmt::format("## {}\n\n", heat_map_caption(lang));
        out += heat_map_md(d.heat_map->map, lang) + "\n";
        out += fmt::format("● {} · ◎ {}; {}\n\n", label("views.risk.current", lang), label("views.risk.target", lang),
                           label_with("views.risk.threshold", lang, m.rules.risk_threshold));
    }
    return out;
}

}  // namespace scmplan

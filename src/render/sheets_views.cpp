// The risk register, GAP traceability and the score table as typed sheets
// (sheets.hpp). Columns follow the CSV of each view, with the report's labels.
#include <fmt/format.h>

#include <cstdlib>

#include "risk_parts.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/sheets.hpp"
#include "sheet_parts.hpp"

namespace scmplan {

namespace {

Workbook new_workbook(LabelKey title_key, Date created, Lang lang) {
    Workbook wb;
    wb.lang = lang;
    wb.created = created;
    wb.title = label(title_key, lang);
    return wb;
}

/// Weights and their products without binary noise (0.7 × 0.5 = 0.35): 10
/// significant digits, as the score table prints them.
Cell weight_cell(double w) {
    return Cell::of_number(std::strtod(fmt::format("{:.10g}", w).c_str(), nullptr));
}

LabelKey kind_key(ScoreRow::Kind k) {
    if (k == ScoreRow::Kind::topic) return "sheet.kind.topic";
    if (k == ScoreRow::Kind::module) return "sheet.kind.module";
    return "sheet.kind.enabler";
}

}  // namespace

Workbook risk_workbook(const std::vector<RiskRegister>& regs, const RenderOptions& o) {
    Lang lang = o.lang;
    Workbook wb = new_workbook("views.risk.title", regs.empty() ? Date{} : regs.front().as_of, lang);
    Sheet risks = new_sheet("sheet.risks",
                            {"plan", "as_of", "sheet.id", "risk", "likelihood", "impact", "score", "band",
                             "over_threshold", "sheet.basis", "sheet.target_likelihood", "sheet.target_impact",
                             "sheet.likelihood_basis", "sheet.impact_basis"},
                            lang);
    Sheet map = new_sheet("sheet.heat_map",
                          {"plan", "likelihood", "impact", "score", "band", "over_threshold", "views.risk.current",
                           "views.risk.target"},
                          lang);
    for (const RiskRegister& reg : regs) {
        Cell plan = Cell::of_text(reg.plan->id.value);
        for (const RiskResult& rr : reg.risks) {
            const Risk& r = *rr.risk;
            risks.rows.push_back(
                {plan, Cell::of_date(reg.as_of), Cell::of_text(r.id.value), Cell::of_text(r.title),
                 level_cell(rr.likelihood.level), level_cell(rr.impact.level),
                 rr.score ? Cell::of_number(rr.score, 0) : Cell{},
                 rr.band ? Cell::of_text(rr.band->name.in(lang)) : Cell{}, yes_no(rr.over_threshold, lang),
                 Cell::of_text(label(basis_key(rr), lang)),
                 level_cell(r.target_likelihood ? r.target_likelihood->value : 0),
                 level_cell(r.target_impact ? r.target_impact->value : 0),
                 Cell::of_text(explain_level(rr.likelihood, reg.as_of, lang)),
                 Cell::of_text(explain_level(rr.impact, reg.as_of, lang))});
        }
        for (int l = 5; l >= 1; --l)
            for (int i = 1; i <= 5; ++i) {
                const HeatCell& c = reg.map.at(l, i);
                map.rows.push_back({plan, Cell::of_number(l, 0), Cell::of_number(i, 0), Cell::of_number(c.score, 0),
                                    c.band ? Cell::of_text(c.band->name.in(lang)) : Cell{},
                                    yes_no(c.over_threshold, lang), Cell::of_text(risk_ids(c.current)),
                                    Cell::of_text(risk_ids(c.target))});
            }
    }
    wb.sheets = {std::move(risks), std::move(map)};
    return wb;
}

Workbook gaps_workbook(const std::vector<GapsView>& views, const RenderOptions& o) {
    Lang lang = o.lang;
    Workbook wb = new_workbook("views.gaps.title", views.empty() ? Date{} : views.front().as_of, lang);
    Sheet gaps = new_sheet("sheet.gaps",
                           {"plan", "as_of", "sheet.id", "views.gaps.topic", "status", "views.gaps.closed_on",
                            "sheet.closed_by_date", "sheet.uncovered", "sheet.activity_count",
                            "views.gaps.completion", "views.gaps.text"},
                           lang);
    Sheet links = new_sheet("sheet.gap_activities", {"plan", "sheet.gap", "sheet.id", "activity", "completion"}, lang);
    Sheet without = new_sheet("sheet.without_gap", {"plan", "sheet.id", "activity"}, lang);
    for (const GapsView& v : views) {
        Cell plan = Cell::of_text(v.plan->id.value);
        for (const GapTrace& t : v.gaps) {
            const Gap& g = *t.gap;
            gaps.rows.push_back({plan, Cell::of_date(v.as_of), Cell::of_text(g.id.value),
                                 g.topic ? Cell::of_text(g.topic->value) : Cell{},
                                 Cell::of_text(gap_status_label(g.status.value, lang)),
                                 g.closed ? Cell::of_date(g.closed->value) : Cell{}, yes_no(t.closed_by_as_of, lang),
                                 yes_no(t.uncovered, lang),
                                 Cell::of_number(static_cast<double>(t.activities.size()), 0),
                                 t.completion ? Cell::of_percent(*t.completion) : Cell{}, Cell::of_text(g.text)});
            for (const GapActivity& ga : t.activities)
                links.rows.push_back({plan, Cell::of_text(g.id.value), Cell::of_text(ga.activity->id.value),
                                      Cell::of_text(ga.activity->title), Cell::of_percent(ga.completion)});
        }
        for (const Activity* a : v.without_gap)
            without.rows.push_back({plan, Cell::of_text(a->id.value), Cell::of_text(a->title)});
    }
    wb.sheets = {std::move(gaps), std::move(links), std::move(without)};
    return wb;
}

Workbook score_workbook(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    const int d = m.rules.score_decimals;
    // Scores are undated: the first plan's start stands for the date.
    Workbook wb = new_workbook("views.score.title", views.empty() ? Date{} : views.front().plan->start.value, lang);
    Sheet scores = new_sheet("sheet.scores",
                             {"plan", "annual.year", "sheet.kind", "sheet.code", "sheet.name", "views.score.weight",
                              "score", "sheet.reported", "sheet.mismatch", "views.score.change.col"},
                             lang);
    Sheet uplift = new_sheet("sheet.uplift",
                             {"plan", "sheet.rank", "sheet.module", "sheet.code", "sheet.name", "views.score.weight",
                              "sheet.module_weight", "views.score.uplift.col", "views.score.latest.none",
                              "views.score.gaps"},
                             lang);
    Sheet whatif = new_sheet("sheet.whatif",
                             {"plan", "annual.year", "sheet.kind", "sheet.code", "views.score.current",
                              "views.score.whatif.col", "views.score.change.col"},
                             lang);
    for (const ScoreView& v : views) {
        Cell plan = Cell::of_text(v.plan->id.value);
        for (std::size_t y = 0; y < v.years.size(); ++y) {
            auto row = [&](const ScoreRow& r) {
                const ScoreCell& c = r.cells[y];
                const bool topic = r.kind == ScoreRow::Kind::topic;
                scores.rows.push_back({plan, Cell::of_number(v.years[y], 0), Cell::of_text(label(kind_key(r.kind), lang)),
                                       Cell::of_text(r.code), r.name ? Cell::of_text(r.name->in(lang)) : Cell{},
                                       r.kind == ScoreRow::Kind::enabler ? Cell{} : weight_cell(r.weight),
                                       Cell::of_number(c.value, d), Cell::of_number(c.reported, d),
                                       topic ? Cell{} : yes_no(c.mismatch, lang), Cell::of_number(c.change, d)});
            };
            for (const ScoreRow& r : v.topics) row(r);
            for (const ScoreRow& r : v.aggregates) row(r);
        }
        for (const TopicUplift& u : v.uplift) {
            std::string gaps;
            for (const Gap* g : u.gaps) gaps += (gaps.empty() ? "" : ", ") + g->id.value;
            uplift.rows.push_back({plan, Cell::of_number(u.rank, 0), Cell::of_text(u.module->code.value),
                                   Cell::of_text(u.topic->code.value), Cell::of_text(u.topic->name.in(lang)),
                                   weight_cell(u.topic->weight.value), weight_cell(u.module->weight.value),
                                   weight_cell(u.uplift), Cell::of_number(u.latest, d), Cell::of_text(gaps)});
        }
        if (v.what_if)
            for (const WhatIfRow& w : v.what_if->rows)
                whatif.rows.push_back({plan, Cell::of_number(v.what_if->year, 0),
                                       Cell::of_text(label(kind_key(w.kind), lang)), Cell::of_text(w.code),
                                       Cell::of_number(w.current, d), Cell::of_number(w.what_if, d),
                                       Cell::of_number(w.change, d)});
    }
    bool requested = false;
    for (const ScoreView& v : views) requested = requested || v.what_if_requested;
    wb.sheets = {std::move(scores), std::move(uplift)};
    if (requested) wb.sheets.push_back(std::move(whatif));
    return wb;
}

}  // namespace scmplan

// The quarterly report and the year-end summary as typed sheets (sheets.hpp).
// Every table of the Markdown report becomes a sheet with a plan column, so
// that the rows of several plans can be filtered apart.
#include <fmt/format.h>

#include "risk_parts.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/sheets.hpp"
#include "sheet_parts.hpp"

namespace scmplan {

// ---- shared by the builders of sheets_report.cpp and sheets_views.cpp -----------

Sheet new_sheet(LabelKey name_key, std::initializer_list<LabelKey> header_keys, Lang lang) {
    Sheet s;
    s.name = label(name_key, lang);
    for (LabelKey k : header_keys) s.headers.push_back(label(k, lang));
    return s;
}

Cell yes_no(bool b, Lang lang) { return Cell::of_text(label(b ? LabelKey("sheet.yes") : LabelKey("sheet.no"), lang)); }

Cell met_cell(std::optional<bool> met, Lang lang) {
    return met ? Cell::of_text(*met ? label("yes", lang) : label("no", lang)) : Cell{};
}

Cell level_cell(int level) { return level ? Cell::of_number(level, 0) : Cell{}; }

int shown_decimals(double x) {
    std::string s = format_number(x);
    std::size_t dot = s.find('.');
    return dot == std::string::npos || s.find('e') != std::string::npos ? 0 : static_cast<int>(s.size() - dot - 1);
}

namespace {

Cell status_cell(Status s, Lang lang) { return Cell::of_text(status_label(s, lang)); }

/// A KPI's criterion value: a percentage for percent measures (with the
/// decimals it is written with), else a number.
Cell kpi_criterion(const Kpi& k) {
    return is_percentage(k.measure.value) ? Cell::of_percent(k.value.value, shown_decimals(k.value.value))
                             : Cell::of_number(k.value.value);
}

Cell kpi_value(const KpiResult& k) {
    if (!k.value) return {};
    return is_percentage(k.kpi->measure.value) ? Cell::of_percent(*k.value, 1) : Cell::of_number(*k.value);
}

Cell op_cell(std::optional<CompareOp> op) { return op ? Cell::of_text(op_symbol(*op)) : Cell{}; }

Sheet kpi_sheet(Lang lang) {
    return new_sheet("sheet.kpis", {"plan", "sheet.id", "kpi", "sheet.op", "criterion", "result", "met"}, lang);
}

void kpi_rows(Sheet& s, const Plan& p, const std::vector<KpiResult>& kpis, Lang lang) {
    for (const KpiResult& k : kpis)
        s.rows.push_back({Cell::of_text(p.id.value), Cell::of_text(k.kpi->id.value), Cell::of_text(k.kpi->text),
                          Cell::of_text(op_symbol(k.kpi->op)), kpi_criterion(*k.kpi), kpi_value(k),
                          met_cell(k.outcome(), lang)});
}

Sheet gap_sheet(Lang lang) {
    return new_sheet("sheet.gaps", {"plan", "sheet.id", "views.gaps.topic", "status", "views.gaps.closed_on",
                                    "sheet.closed_by_date", "views.gaps.text"},
                     lang);
}

void gap_rows(Sheet& s, const Plan& p, Date as_of, Lang lang) {
    for (const Gap& g : p.gaps) {
        bool closed = g.closed_by(as_of);
        s.rows.push_back({Cell::of_text(p.id.value), Cell::of_text(g.id.value),
                          g.topic ? Cell::of_text(g.topic->value) : Cell{},
                          Cell::of_text(gap_status_label(g.status.value, lang)),
                          g.closed ? Cell::of_date(g.closed->value) : Cell{}, yes_no(closed, lang),
                          Cell::of_text(g.text)});
    }
}

}  // namespace

Workbook report_workbook(const std::vector<PlanReport>& reports, const RenderOptions& o) {
    Lang lang = o.lang;
    Workbook wb;
    wb.lang = lang;
    if (!reports.empty()) {
        const PlanReport& r = reports.front();
        wb.created = r.as_of;
        wb.title = r.quarterly ? fmt::format("{} {}", label("report.title", lang), quarter_title(*r.plan, r.quarter, lang))
                               : fmt::format("{} — {} {}", label("report.title", lang), label("as_of", lang),
                                             format_date(r.as_of, lang));
    }
    Sheet plans = new_sheet("sheet.plans",
                            {"plan", "sheet.title", "organisation", "owner", "sheet.start", "sheet.end", "as_of",
                             "quarter", "sheet.quarter_start", "sheet.quarter_end", "due", "completion",
                             "planned.col", "sheet.counting", "sheet.gaps_closed", "sheet.gaps_taken_up", "sheet.gaps_total"},
                            lang);
    Sheet acts = new_sheet("sheet.activities",
                           {"plan", "sheet.id", "activity", "sheet.counted", "owner", "sheet.start", "sheet.end",
                            "planned.col", "actual.col", "status"},
                           lang);
    Sheet targets = new_sheet("sheet.targets",
                              {"plan", "sheet.id", "target", "sheet.op", "target.value", "sheet.unit",
                               "target.actual", "met"},
                              lang);
    Sheet kpis = kpi_sheet(lang);
    Sheet gaps = gap_sheet(lang);
    Sheet risks = new_sheet("sheet.risks",
                            {"plan", "sheet.id", "risk", "likelihood", "impact", "score", "band", "over_threshold",
                             "sheet.likelihood_basis", "sheet.impact_basis"},
                            lang);
    Sheet notes = new_sheet("sheet.notes",
                            {"plan", "sheet.id", "activity", "quarter", "note", "problems", "suggestions"}, lang);
    bool any_quarter = false;
    for (const PlanReport& r : reports) {
        const Plan& p = *r.plan;
        Cell plan = Cell::of_text(p.id.value);
        plans.rows.push_back({plan, Cell::of_text(p.title), Cell::of_text(p.organisation), Cell::of_text(p.owner.value),
                              Cell::of_date(p.start.value), Cell::of_date(p.end.value), Cell::of_date(r.as_of),
                              r.quarter_range ? Cell::of_number(r.quarter, 0) : Cell::of_text(label("outside_year", lang)),
                              Cell::of_date(r.quarter_range ? std::optional<Date>(r.quarter_range->start) : std::nullopt),
                              Cell::of_date(r.quarter_range ? std::optional<Date>(r.quarter_range->end) : std::nullopt),
                              Cell::of_date(r.due), Cell::of_percent(r.completion), Cell::of_percent(r.planned),
                              Cell::of_number(r.counting, 0), Cell::of_number(static_cast<double>(r.gaps_closed.size()), 0),
                              Cell::of_number(r.gaps_taken_up, 0), Cell::of_number(r.gaps_total, 0)});
        for (const ActivityRow& row : r.activities) {
            const Activity& a = *row.activity;
            acts.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.title), yes_no(a.counts, lang),
                                 Cell::of_text(owners_text(a)), Cell::of_date(a.start.value), Cell::of_date(a.end.value),
                                 Cell::of_percent(row.planned), Cell::of_percent(row.actual),
                                 status_cell(row.status, lang)});
            if (!a.counts) continue;
            targets.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.target.text), op_cell(a.target.op),
                                    a.target.value ? Cell::of_number(a.target.value->value) : Cell{},
                                    Cell::of_text(a.target.unit), Cell::of_number(row.target.actual),
                                    met_cell(row.target.met, lang)});
            if (!r.quarter) continue;
            any_quarter = true;
            const QuarterReport* q = row.report;
            notes.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.title), Cell::of_number(r.quarter, 0),
                                  Cell::of_text(q ? q->note : label("no_report", lang)),
                                  q ? Cell::of_text(q->problems) : Cell{}, q ? Cell::of_text(q->suggestions) : Cell{}});
        }
        kpi_rows(kpis, p, r.kpis, lang);
        gap_rows(gaps, p, r.as_of, lang);
        for (const RiskResult& rr : r.risk_register.risks)
            risks.rows.push_back({plan, Cell::of_text(rr.risk->id.value), Cell::of_text(rr.risk->title),
                                  level_cell(rr.likelihood.level), level_cell(rr.impact.level),
                                  rr.score ? Cell::of_number(rr.score, 0) : Cell{},
                                  rr.band ? Cell::of_text(rr.band->name.in(lang)) : Cell{},
                                  yes_no(rr.over_threshold, lang),
                                  Cell::of_text(explain_level(rr.likelihood, r.as_of, lang)),
                                  Cell::of_text(explain_level(rr.impact, r.as_of, lang))});
    }
    wb.sheets = {std::move(plans), std::move(acts), std::move(targets), std::move(kpis), std::move(gaps),
                 std::move(risks)};
    if (any_quarter) wb.sheets.push_back(std::move(notes));
    return wb;
}

Workbook annual_workbook(const std::vector<AnnualReport>& reports, const RenderOptions& o) {
    Lang lang = o.lang;
    Workbook wb;
    wb.lang = lang;
    if (!reports.empty()) {
        wb.created = reports.front().year_end.as_of;
        wb.title = fmt::format("{} {}", label("annual.title", lang), reports.front().plan->year.value);
    }
    Sheet plans = new_sheet("sheet.plans",
                            {"plan", "annual.year", "sheet.title", "annual.plan_end.col", "completion", "planned.col",
                             "sheet.activities_done", "sheet.counting", "sheet.kpis_met", "sheet.kpis_total",
                             "sheet.gaps_closed", "sheet.gaps_taken_up", "sheet.gaps_total", "sheet.previous_plan", "sheet.previous_completion",
                             "sheet.previous_done"},
                            lang);
    Sheet quarters = new_sheet("sheet.quarters", {"plan", "quarter", "as_of", "planned.col", "actual.col"}, lang);
    Sheet acts = new_sheet("sheet.activities",
                           {"plan", "sheet.id", "activity", "quarter", "as_of", "planned.col", "actual.col", "status",
                            "target.actual", "met"},
                           lang);
    Sheet targets = new_sheet("sheet.targets",
                              {"plan", "sheet.id", "target", "sheet.op", "target.value", "sheet.unit",
                               "annual.latest_actual", "sheet.actual_quarter", "met"},
                              lang);
    Sheet kpis = kpi_sheet(lang);
    Sheet gaps = gap_sheet(lang);
    Sheet risks = new_sheet("sheet.risks",
                            {"plan", "sheet.id", "risk", "quarter", "as_of", "likelihood", "impact", "score", "band",
                             "over_threshold"},
                            lang);
    Sheet notes = new_sheet("sheet.notes", {"plan", "sheet.id", "activity", "quarter", "problems", "suggestions"}, lang);
    // Quarter 0 is the plan's end: its row says so in the quarter column.
    auto quarter_cell = [&](int q) { return q ? Cell::of_number(q, 0) : Cell::of_text(label("annual.plan_end", lang)); };
    for (const AnnualReport& r : reports) {
        const Plan& p = *r.plan;
        const YearEnd& y = r.year_end;
        Cell plan = Cell::of_text(p.id.value);
        std::vector<Cell> prow = {plan, Cell::of_number(p.year.value, 0), Cell::of_text(p.title), Cell::of_date(y.as_of),
                                  Cell::of_percent(y.completion), Cell::of_percent(y.planned),
                                  Cell::of_number(y.activities_done, 0), Cell::of_number(y.counting, 0),
                                  Cell::of_number(y.kpis_met, 0), Cell::of_number(static_cast<double>(y.kpis.size()), 0),
                                  Cell::of_number(static_cast<double>(y.gaps_closed.size()), 0),
                                  Cell::of_number(y.gaps_taken_up, 0), Cell::of_number(y.gaps_total, 0)};
        if (r.previous) {
            prow.push_back(Cell::of_text(r.previous->plan->id.value));
            prow.push_back(Cell::of_percent(r.previous->completion));
            prow.push_back(Cell::of_number(r.previous->activities_done, 0));
        } else prow.insert(prow.end(), 3, Cell{});
        plans.rows.push_back(std::move(prow));
        for (const CompletionPoint& c : r.quarters)
            quarters.rows.push_back({plan, quarter_cell(c.quarter), Cell::of_date(c.as_of), Cell::of_percent(c.planned),
                                     Cell::of_percent(c.actual)});
        quarters.rows.push_back({plan, quarter_cell(0), Cell::of_date(y.as_of), Cell::of_percent(y.planned),
                                 Cell::of_percent(y.completion)});
        for (const AnnualActivity& aa : r.activities) {
            const Activity& a = *aa.activity;
            std::vector<CompletionPoint> points = aa.quarters;
            points.push_back(aa.year_end);
            for (const CompletionPoint& c : points)
                acts.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.title), quarter_cell(c.quarter),
                                     Cell::of_date(c.as_of), Cell::of_percent(c.planned), Cell::of_percent(c.actual),
                                     Cell::of_text(status_label(c.status, lang)),
                                     Cell::of_number(c.target.actual), met_cell(c.target.met, lang)});
            if (a.counts)
                targets.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.target.text),
                                        op_cell(a.target.op),
                                        a.target.value ? Cell::of_number(a.target.value->value) : Cell{},
                                        Cell::of_text(a.target.unit), Cell::of_number(aa.target.actual),
                                        aa.target_quarter ? Cell::of_number(aa.target_quarter, 0) : Cell{},
                                        met_cell(aa.target.met, lang)});
            for (const QuarterNotes& n : aa.notes)
                notes.rows.push_back({plan, Cell::of_text(a.id.value), Cell::of_text(a.title),
                                      Cell::of_number(n.quarter, 0), Cell::of_text(n.report->problems),
                                      Cell::of_text(n.report->suggestions)});
        }
        kpi_rows(kpis, p, y.kpis, lang);
        gap_rows(gaps, p, y.as_of, lang);
        for (const AnnualRisk& ar : r.risks) {
            std::vector<RiskPoint> points = ar.quarters;
            points.push_back(ar.year_end);
            for (const RiskPoint& rp : points) {
                const RiskResult& rr = rp.result;
                risks.rows.push_back({plan, Cell::of_text(ar.risk->id.value), Cell::of_text(ar.risk->title),
                                      quarter_cell(rp.quarter), Cell::of_date(rp.as_of),
                                      level_cell(rr.likelihood.level), level_cell(rr.impact.level),
                                      rr.score ? Cell::of_number(rr.score, 0) : Cell{},
                                      rr.band ? Cell::of_text(rr.band->name.in(lang)) : Cell{},
                                      yes_no(rr.over_threshold, lang)});
            }
        }
    }
    wb.sheets = {std::move(plans), std::move(quarters), std::move(acts), std::move(targets), std::move(kpis),
                 std::move(gaps), std::move(risks), std::move(notes)};
    return wb;
}

}  // namespace scmplan

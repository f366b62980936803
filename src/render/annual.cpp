// The year-end summary (report --annual) as Markdown and CSV (JSON: annual_json.cpp).
#include <fmt/format.h>

#include <algorithm>

#include "scmplan/json_writer.hpp"  // format_number
#include "scmplan/render_annual.hpp"
#include "scmplan/render_views.hpp"
#include "md_table.hpp"

namespace scmplan {

namespace {

std::string risk_cell(const RiskResult& r, Lang lang) {
    if (!r.score) return "–";
    std::string band = r.band ? " (" + md_cell(r.band->name.in(lang)) + ")" : "";
    return fmt::format("{}{}{}", r.score, band, r.over_threshold ? " ⚠️" : "");
}

std::string quarter_heading(const CompletionPoint& c, Lang lang) {
    return fmt::format("{} {}<br>{}", label("quarter", lang), c.quarter, format_date(c.as_of, lang));
}

// ---- Markdown sections --------------------------------------------------------------

}  // namespace

std::string annual_opening(const AnnualReport& r, Lang lang, std::string (*escape)(std::string_view)) {
    const YearEnd& y = r.year_end;
    std::string out = label_with("annual.opening", lang, format_date(y.as_of, lang),
                                  format_pct(y.completion), format_pct(y.planned), y.activities_done, y.counting);
    if (!y.kpis.empty())
        out += label_with("annual.opening.kpis", lang, y.kpis_met, y.kpis.size());
    out += label_with("annual.opening.gaps", lang, y.gaps_closed.size(), y.gaps_total);
    for (const auto& ar : r.risks) {
        const RiskResult& e = ar.year_end.result;
        if (!e.score) continue;
        out += label_with("annual.opening.risk", lang, escape(ar.risk->id.value), e.score,
                           e.band ? escape(e.band->name.in(lang)) : "–");
    }
    if (r.previous)
        out += label_with("annual.opening.previous", lang,
                           shown_year(r.previous->plan->year.value, lang), format_pct(r.previous->completion),
                           r.previous->activities_done, r.previous->counting);
    return out + label("annual.opening.end", lang);
}

namespace {

using Align = MdTable::Align;

/// The columns of a table per quarter: the id, `what`, each quarter, and the
/// plan's end when it is not the last quarter's end (AnnualReport::ends_after_quarters).
std::vector<MdTable::Column> period_columns(const AnnualReport& r, const std::string& what, Align align,
                                            Lang lang) {
    std::vector<MdTable::Column> cols = {{"", Align::left}, {what, Align::left}};
    for (const auto& c : r.quarters) cols.push_back({quarter_heading(c, lang), align});
    if (r.ends_after_quarters())
        cols.push_back({fmt::format("{}<br>{}", label("annual.plan_end.col", lang), format_date(r.year_end.as_of, lang)),
                        align});
    return cols;
}

void md_header(std::string& out, const AnnualReport& r, Lang lang) {
    const Plan& p = *r.plan;
    const YearEnd& y = r.year_end;
    out += fmt::format("# {} {}\n\n", label("annual.title", lang), shown_year(p.year.value, lang));
    out += fmt::format("**{}**\n\n", md_cell(p.title));
    MdTable facts({{"", Align::left}, {"", Align::left}});
    facts.row({label("organisation", lang), fmt::format("{} ({})", md_cell(p.organisation), md_cell(p.owner.value))});
    facts.row({label("plan_period", lang),
               fmt::format("{} – {}", format_date(p.start.value, lang), format_date(p.end.value, lang))});
    facts.row({label("as_of", lang), fmt::format("{} ({})", format_date(y.as_of, lang), label("annual.plan_end", lang))});
    facts.row({label("completion", lang), fmt::format("**{}%** ({} {}%)", format_pct(y.completion),
                                                      label("planned", lang), format_pct(y.planned))});
    out += facts.str() + "\n";
    if (r.early)
        out += "> " + label_with("annual.early", lang, format_date(*r.early, lang),
                                  format_date(y.as_of, lang)) + "\n\n";

    out += annual_opening(r, lang, md_cell) + "\n\n";
}

void md_quarters(std::string& out, const AnnualReport& r, Lang lang) {
    bool extra = r.ends_after_quarters();
    out += fmt::format("## 1. {}\n\n{}\n\n", label("annual.quarters", lang), label("annual.quarters.cells", lang));
    MdTable t(period_columns(r, label("activity", lang), Align::right, lang));
    auto cell = [](double actual, double planned) { return planned_actual_text(planned, actual); };
    std::vector<std::string> overall = {"", fmt::format("**{}**", label("overall", lang))};
    for (const auto& c : r.quarters) overall.push_back(fmt::format("**{}**", cell(c.actual, c.planned)));
    if (extra) overall.push_back(fmt::format("**{}**", cell(r.year_end.completion, r.year_end.planned)));
    t.row(std::move(overall));
    for (const auto& aa : r.activities) {
        const Activity& a = *aa.activity;
        std::string title = md_cell(a.title);
        if (!a.counts) title += fmt::format(" _({})_", label("counts.no", lang));
        std::vector<std::string> row = {md_cell(a.id.value), title};
        for (const auto& c : aa.quarters) row.push_back(cell(c.actual, c.planned));
        if (extra) row.push_back(cell(aa.year_end.actual, aa.year_end.planned));
        t.row(std::move(row));
    }
    out += t.str() + "\n";
    // The status at the plan's end, where it says more than the numbers.
    out += fmt::format("{}:\n\n", label_with("annual.status_at_end", lang,
                                              format_date(r.year_end.as_of, lang)));
    for (Status s : {Status::done, Status::overdue, Status::behind, Status::on_track, Status::not_started}) {
        std::string ids;
        for (const auto& aa : r.activities)
            if (aa.year_end.status == s) ids += (ids.empty() ? "" : ", ") + md_cell(aa.activity->id.value);
        if (!ids.empty()) out += fmt::format("- {}: {}\n", status_label(s, lang), ids);
    }
    out += "\n";
}

void md_kpis(std::string& out, const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    out += fmt::format("## 2. {}\n\n", label_with("annual.kpis", lang, format_date(y.as_of, lang)));
    if (y.kpis.empty()) {
        out += label("annual.no_kpis", lang) + "\n\n";
        return;
    }
    MdTable t({{"", Align::left}, {label("kpi", lang), Align::left}, {label("criterion", lang), Align::left},
               {label("result", lang), Align::right}, {label("met", lang), Align::left}});
    for (const auto& k : y.kpis)
        t.row({md_cell(k.kpi->id.value), md_cell(k.kpi->text), kpi_target_text(*k.kpi), kpi_value_text(k),
               met_text(k.outcome(), lang)});
    out += t.str() + "\n";
}

void md_targets(std::string& out, const AnnualReport& r, Lang lang) {
    out += fmt::format("## 3. {}\n\n{}\n\n", label("targets", lang), label("annual.targets.basis", lang));
    MdTable t({{"", Align::left}, {label("target", lang), Align::left}, {label("target.value", lang), Align::left},
               {label("annual.latest_actual", lang), Align::right}, {label("met", lang), Align::left}});
    for (const auto& aa : r.activities) {
        const Activity& a = *aa.activity;
        if (!a.counts) continue;
        const std::string value = target_value_text(a);
        std::string actual = "–";
        if (aa.target.actual)
            actual = fmt::format("{} ({} {})", with_unit(*aa.target.actual, a.target.unit), label("quarter", lang),
                                 aa.target_quarter);
        t.row({md_cell(a.id.value), md_cell(a.target.text), md_cell(value), md_cell(actual), met_text(aa.target.met, lang)});
    }
    out += t.str() + "\n";
}

void md_gaps(std::string& out, const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    out += fmt::format("## 4. {}\n\n", label("gaps", lang));
    out += label_with("gaps.closed", lang, gaps_closed_count(y.gaps_closed.size(), y.gaps_taken_up, y.gaps_total, lang)) +
           "\n\n";
    for (const Gap* g : y.gaps_closed)
        out += fmt::format("- {} ({}): {}\n", md_cell(g->id.value), format_date(g->closed->value, lang), md_cell(g->text));
    if (!y.gaps_closed.empty()) out += "\n";
}

void md_risks(std::string& out, const AnnualReport& r, const Model& m, Lang lang) {
    out += fmt::format("## 5. {}\n\n", label("annual.risk_trend", lang));
    if (r.risks.empty()) {
        out += label("annual.no_risks", lang) + "\n\n";
        return;
    }
    bool extra = r.ends_after_quarters();
    MdTable t(period_columns(r, label("risk", lang), Align::left, lang));
    for (const auto& ar : r.risks) {
        std::vector<std::string> row = {md_cell(ar.risk->id.value), md_cell(ar.risk->title)};
        for (const auto& q : ar.quarters) row.push_back(risk_cell(q.result, lang));
        if (extra) row.push_back(risk_cell(ar.year_end.result, lang));
        t.row(std::move(row));
    }
    out += t.str() + "\n" + label_with("annual.risk_legend", lang, m.rules.risk_threshold) + "\n\n";
}

void md_notes(std::string& out, const AnnualReport& r, Lang lang) {
    out += fmt::format("## 6. {}\n\n", label("annual.notes", lang));
    bool any = false;
    for (const auto& aa : r.activities) {
        if (aa.notes.empty()) continue;
        any = true;
        out += fmt::format("### {} {}\n\n", md_cell(aa.activity->id.value), md_cell(aa.activity->title));
        for (const auto& n : aa.notes) {
            out += fmt::format("**{} {}**\n\n", label("quarter", lang), n.quarter);
            auto line = [&](LabelKey key, const std::string& text) {
                out += fmt::format("- **{}**: {}\n", label(key, lang), text.empty() ? label("none", lang) : md_cell(text));
            };
            line("problems", n.report->problems);
            line("suggestions", n.report->suggestions);
            out += "\n";
        }
    }
    if (!any) out += label("annual.no_notes", lang) + "\n\n";
}

void md_previous(std::string& out, const AnnualReport& r, Lang lang) {
    const Plan& p = *r.plan;
    int prev_year = shown_year(p.year.value - 1, lang);
    out += fmt::format("## 7. {}\n\n", label_with("annual.previous", lang, prev_year));
    if (!r.previous) {
        out += label_with("annual.no_previous", lang, prev_year, md_cell(p.enabler.value),
                           md_cell(p.organisation)) + "\n\n";
        return;
    }
    const YearEnd& a = *r.previous;
    const YearEnd& b = r.year_end;
    MdTable t({{"", Align::left},
               {fmt::format("{} {}", label("annual.year", lang), prev_year), Align::right},
               {fmt::format("{} {}", label("annual.year", lang), shown_year(p.year.value, lang)), Align::right}});
    t.row({label("plan", lang), md_cell(a.plan->id.value), md_cell(p.id.value)});
    t.row({label("as_of", lang), format_date(a.as_of, lang), format_date(b.as_of, lang)});
    t.row({label("completion", lang), format_pct(a.completion) + "%", format_pct(b.completion) + "%"});
    auto of = [&](std::size_t n, std::size_t total) {
        return label_with("annual.n_of", lang, n, total);
    };
    t.row({label("annual.activities_done", lang),
           of(static_cast<std::size_t>(a.activities_done), static_cast<std::size_t>(a.counting)),
           of(static_cast<std::size_t>(b.activities_done), static_cast<std::size_t>(b.counting))});
    t.row({label("annual.kpis_met", lang), of(static_cast<std::size_t>(a.kpis_met), a.kpis.size()),
           of(static_cast<std::size_t>(b.kpis_met), b.kpis.size())});
    // KPIs side by side, matched by id: this year's first, then those only the previous year had.
    std::vector<std::string> ids;
    for (const auto& k : b.kpis) ids.push_back(k.kpi->id.value);
    for (const auto& k : a.kpis)
        if (std::find(ids.begin(), ids.end(), k.kpi->id.value) == ids.end()) ids.push_back(k.kpi->id.value);
    auto kpi_cell = [&](const YearEnd& y, const std::string& id) -> std::string {
        for (const auto& k : y.kpis)
            if (k.kpi->id.value == id) {
                std::optional<bool> met = k.outcome();
                return fmt::format("{} ({}){}", kpi_value_text(k), kpi_target_text(*k.kpi),
                                   met ? (*met ? " ✅" : " ⬜") : "");
            }
        return "–";
    };
    for (const auto& id : ids)
        t.row({fmt::format("{} {}", label("kpi", lang), md_cell(id)), kpi_cell(a, id), kpi_cell(b, id)});
    auto gap_cell = [&](const YearEnd& y) {
        std::string list;
        for (const Gap* g : y.gaps_closed) list += (list.empty() ? "" : ", ") + md_cell(g->id.value);
        std::string n = gaps_closed_count(y.gaps_closed.size(), y.gaps_taken_up, y.gaps_total, lang);
        return list.empty() ? n : fmt::format("{}: {}", n, list);
    };
    t.row({label("annual.gaps_closed", lang), gap_cell(a), gap_cell(b)});
    out += t.str() + "\n";
}

}  // namespace

// ---- Markdown ------------------------------------------------------------------------

std::string render_annual_md(const std::vector<AnnualReport>& reports, const Model& m, const RenderOptions& o) {
    std::string out;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (i) out += "\n---\n\n";
        const AnnualReport& r = reports[i];
        md_header(out, r, o.lang);
        md_quarters(out, r, o.lang);
        md_kpis(out, r, o.lang);
        md_targets(out, r, o.lang);
        md_gaps(out, r, o.lang);
        md_risks(out, r, m, o.lang);
        md_notes(out, r, o.lang);
        md_previous(out, r, o.lang);
        out += fmt::format("_{}_\n", label("generated", o.lang));
    }
    return out;
}

// ---- CSV -----------------------------------------------------------------------------

std::string render_annual_csv(const std::vector<AnnualReport>& reports, const RenderOptions& o) {
    std::string out = table_header("plan,year,activity,quarter,as_of,planned_pct,actual_pct,status,target_actual,target_met," +
                                       plan_id_columns(true), o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    for (const auto& r : reports)
        for (const auto& aa : r.activities)
            for (const auto& c : aa.quarters) {
                std::vector<std::string> cells = {
                    f(r.plan->id.value),
                    std::to_string(r.plan->year.value),
                    f(aa.activity->id.value),
                    std::to_string(c.quarter),
                    format_iso(c.as_of),
                    format_pct(c.planned),
                    format_pct(c.actual),
                    status_text(c.status),
                    c.target.actual ? format_number(*c.target.actual) : "",
                    c.target.met ? (*c.target.met ? "true" : "false") : "",
                };
                append_plan_id(cells, *r.plan, o);
                out += table_row(cells, o);
            }
    return out;
}

}  // namespace scmplan

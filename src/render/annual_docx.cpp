// The year-end summary (report --annual) as a Word document: title block, a
// summary of the year, completion per quarter, KPIs, targets, gaps, the risk
// trend, the problems and suggestions of the year, the previous year, signatures.
#include <fmt/format.h>

#include "docx_xml.hpp"
#include "scmplan/render_docx.hpp"

namespace scmplan {

using docx::Column;
using docx::field;
using docx::met_word;
using docx::para;
using docx::run;
using docx::table;
using docx::text_para;

namespace {

std::vector<Column> quarter_columns(const AnnualReport& r, Column first, Lang lang) {
    std::vector<Column> cols{{label("docx.id", lang), false, false}, std::move(first)};
    for (const auto& c : r.quarters)
        cols.push_back({fmt::format("{} {}\n{}", label("quarter", lang), c.quarter, format_date(c.as_of, lang)), false, true});
    if (r.ends_after_quarters())
        cols.push_back({fmt::format("{}\n{}", label("annual.plan_end.col", lang), format_date(r.year_end.as_of, lang)),
                        false, true});
    return cols;
}

void header(std::string& out, const AnnualReport& r, const Model& m, Lang lang) {
    const Plan& p = *r.plan;
    const YearEnd& y = r.year_end;
    out += text_para("Title", fmt::format("{} {}", label("annual.title", lang), shown_year(p.year.value, lang)));
    out += para("", run(p.title, true), "center");
    out += field("organisation", fmt::format("{} {}", unit_text(m, p.owner.value), p.organisation), lang);
    out += field("plan_period", fmt::format("{} – {}", format_date(p.start.value, lang), format_date(p.end.value, lang)), lang);
    out += field("as_of", fmt::format("{} ({})", format_date(y.as_of, lang), label("annual.plan_end", lang)), lang);
    out += para("", run(label("completion", lang) + ": ", true) + run(format_pct(y.completion) + "% ", true) +
                        run(fmt::format("({} {}%)", label("planned", lang), format_pct(y.planned))));
    if (r.early)
        out += text_para("", label_with("annual.early", lang, format_date(*r.early, lang),
                                         format_date(y.as_of, lang)));
}

/// The year in one sentence: completion, activities, KPIs, gaps, the year
/// before. The summary's first paragraph and the memo's report.
std::string lead(const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    std::string out = label_with("annual.opening", lang, format_date(y.as_of, lang), format_pct(y.completion),
                                 format_pct(y.planned), y.activities_done, y.counting);
    if (!y.kpis.empty()) out += label_with("annual.opening.kpis", lang, y.kpis_met, y.kpis.size());
    out += label_with("annual.opening.gaps", lang, gaps_closed_count(y.gaps_closed.size(), y.gaps_taken_up, y.gaps_total, lang));
    if (r.previous)
        out += label_with("annual.opening.previous", lang, shown_year(r.previous->plan->year.value, lang),
                          format_pct(r.previous->completion), r.previous->activities_done, r.previous->counting);
    return out + label("annual.opening.end", lang);
}

/// The memo of the year-end report: the plan and its period, and the year's
/// lead sentence, which already counts the activities done and the KPIs met
/// (a list of what needs attention would say the same again, and push the
/// director's box off the memo's page).
MemoText memo_text(const std::vector<AnnualReport>& reports, const Model& m, Lang lang) {
    MemoText t;
    const Plan& first = *reports.front().plan;
    auto plan_name = [lang](const Plan& p) { return label_with("memo.plan", lang, p.enabler.value, p.year.value); };
    const std::string when = label("memo.year_end", lang);
    t.department = unit_text(m, first.owner.value);
    t.subject = reports.size() == 1 ? label_with("memo.subject.text", lang, plan_name(first), when)
                                    : label_with("memo.subject.plans", lang, when, reports.size());
    t.enclosure = label_with("memo.enclosure.text", lang, when);
    for (const AnnualReport& r : reports) {
        const Plan& p = *r.plan;
        t.paragraphs.push_back(label_with("memo.reason.annual", lang, p.organisation, plan_name(p),
                                          format_date(p.start.value, lang), format_date(p.end.value, lang)));
        t.paragraphs.push_back(label_with("memo.report", lang, unit_text(m, p.owner.value),
                                          label_with("memo.plan.of", lang, plan_name(p)), lead(r, lang)));
    }
    return t;
}

void summary(std::string& out, const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    out += text_para("Heading1", label("docx.summary", lang));
    out += text_para("", lead(r, lang));
    // Bullets: the status of every activity at the end, the KPIs not met, the risks over the threshold.
    for (Status s : {Status::done, Status::overdue, Status::behind, Status::on_track, Status::not_started}) {
        std::string names;
        for (const auto& aa : r.activities)
            if (aa.activity->counts && aa.year_end.status == s)
                names += (names.empty() ? "" : "; ") + aa.activity->id.value + " " + aa.activity->title;
        std::string status = status_label(s, lang);
        if (!status.empty() && status[0] >= 'a' && status[0] <= 'z') status[0] = static_cast<char>(status[0] - 'a' + 'A');
        if (!names.empty()) out += text_para("ListBullet", fmt::format("{}: {}", status, names));
    }
    std::string not_met;
    for (const auto& k : y.kpis)
        if (k.outcome() == false)
            not_met += (not_met.empty() ? "" : "; ") + fmt::format("{} {} ({})", k.kpi->id.value, k.kpi->text, kpi_value_text(k));
    if (!y.kpis.empty())
        out += text_para("ListBullet", fmt::format("{}: {}", label("annual.kpis_not_met", lang),
                                                   not_met.empty() ? label("none", lang) : not_met));
    std::string over;
    for (const auto& ar : r.risks)
        if (ar.year_end.result.over_threshold)
            over += (over.empty() ? "" : "; ") + fmt::format("{} {} ({})", ar.risk->id.value, ar.risk->title,
                                                             ar.year_end.result.score);
    if (!r.risks.empty())
        out += text_para("ListBullet", fmt::format("{}: {}", label("annual.risks_over", lang),
                                                   over.empty() ? label("none", lang) : over));
}

/// The quarters table has a column per quarter and the year's end: it gets a
/// landscape page, where its cells keep whole words.
void quarters(std::string& out, const AnnualReport& r, Lang lang) {
    out += docx::section_end(false);
    out += text_para("Heading1", label("annual.quarters", lang));
    out += text_para("", label("annual.quarters.cells", lang));
    auto cell = [](double actual, double planned) { return planned_actual_text(planned, actual); };
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> overall{"", label("overall", lang)};
    for (const auto& c : r.quarters) overall.push_back(cell(c.actual, c.planned));
    if (r.ends_after_quarters()) overall.push_back(cell(r.year_end.completion, r.year_end.planned));
    rows.push_back(overall);
    for (const auto& aa : r.activities) {
        std::string title = aa.activity->title;
        // On a line of its own, as in the quarterly table: LibreOffice may
        // break after the parenthesis.
        if (!aa.activity->counts) title += fmt::format("\n({})", label("counts.no", lang));
        std::vector<std::string> row{aa.activity->id.value, title};
        for (const auto& c : aa.quarters) row.push_back(cell(c.actual, c.planned));
        if (r.ends_after_quarters()) row.push_back(cell(aa.year_end.actual, aa.year_end.planned));
        rows.push_back(row);
    }
    out += table(quarter_columns(r, {label("activity", lang), true, false}, lang), rows, docx::landscape_text_width);
    out += docx::section_end(true);
}

void kpis(std::string& out, const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    out += text_para("Heading1", label_with("annual.kpis", lang, format_date(y.as_of, lang)));
    if (y.kpis.empty()) {
        out += text_para("", label("annual.no_kpis", lang));
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& k : y.kpis)
        rows.push_back({k.kpi->id.value, k.kpi->text, kpi_target_text(*k.kpi), kpi_value_text(k), met_word(k.outcome(), lang)});
    out += table({{label("docx.id", lang), false, false}, {label("kpi", lang), true, false},
                  {label("criterion", lang), false, true}, {label("result", lang), false, true},
                  {label("met", lang), false, false}},
                 rows);
}

void targets(std::string& out, const AnnualReport& r, Lang lang) {
    out += text_para("Heading1", label("targets", lang));
    out += text_para("", label("annual.targets.basis", lang));
    std::vector<std::vector<std::string>> rows;
    for (const auto& aa : r.activities) {
        const Activity& a = *aa.activity;
        if (!a.counts) continue;
        std::string actual = "–";
        if (aa.target.actual)
            actual = fmt::format("{}\n({} {})", with_unit(*aa.target.actual, a.target.unit), label("quarter", lang),
                                 aa.target_quarter);
        rows.push_back({a.id.value, a.target.text, target_value_text(a), actual, met_word(aa.target.met, lang)});
    }
    out += table({{label("docx.id", lang), false, false}, {label("target", lang), true, false},
                  {label("target.value", lang), false, true}, {label("annual.latest_actual", lang), false, true},
                  {label("met", lang), false, false}},
                 rows);
}

void gaps(std::string& out, const AnnualReport& r, Lang lang) {
    const YearEnd& y = r.year_end;
    if (y.gaps_total == 0) return;
    out += text_para("Heading1", label("gaps", lang));
    out += text_para("", label_with("gaps.closed", lang, gaps_closed_count(y.gaps_closed.size(), y.gaps_taken_up, y.gaps_total, lang)));
    std::vector<std::vector<std::string>> rows;
    for (const Gap* g : y.gaps_closed)
        rows.push_back({g->id.value, g->text, g->closed ? format_date(g->closed->value, lang) : "–"});
    if (!rows.empty())
        out += table({{label("docx.id", lang), false, false}, {label("docx.gap.col", lang), true, false},
                      {label("docx.closed.col", lang), false, false}},
                     rows);
}

void risks(std::string& out, const AnnualReport& r, const Model& m, Lang lang) {
    out += text_para("Heading1", label("annual.risk_trend", lang));
    if (r.risks.empty()) {
        out += text_para("", label("annual.no_risks", lang));
        return;
    }
    auto cell = [&](const RiskResult& rr) {
        if (!rr.score) return std::string("–");
        std::string band = rr.band ? "\n" + rr.band->name.in(lang) : "";
        return fmt::format("{}{}{}", rr.score, rr.over_threshold ? "*" : "", band);
    };
    std::vector<std::vector<std::string>> rows;
    for (const auto& ar : r.risks) {
        std::vector<std::string> row{ar.risk->id.value, ar.risk->title};
        for (const auto& q : ar.quarters) row.push_back(cell(q.result));
        if (r.ends_after_quarters()) row.push_back(cell(ar.year_end.result));
        rows.push_back(row);
    }
    out += table(quarter_columns(r, {label("docx.risk.col", lang), true, false}, lang), rows);
    out += text_para("", label_with("annual.quarters_legend", lang, m.rules.risk_threshold));
}

void notes(std::string& out, const AnnualReport& r, Lang lang) {
    out += text_para("Heading1", label("annual.notes", lang));
    bool any = false;
    for (const auto& aa : r.activities) {
        if (aa.notes.empty()) continue;
        any = true;
        out += text_para("Heading2", fmt::format("{} {}", aa.activity->id.value, aa.activity->title));
        for (const auto& n : aa.notes) {
            auto line = [&](LabelKey key, const std::string& text) {
                out += para("", run(fmt::format("{} {}, {}: ", label("quarter", lang), n.quarter, label(key, lang)), true) +
                                    run(text.empty() ? label("none", lang) : text));
            };
            line("problems", n.report->problems);
            line("suggestions", n.report->suggestions);
        }
    }
    if (!any) out += text_para("", label("annual.no_notes", lang));
}

void previous(std::string& out, const AnnualReport& r, Lang lang) {
    const Plan& p = *r.plan;
    int prev_year = shown_year(p.year.value - 1, lang);
    out += text_para("Heading1", label_with("annual.previous", lang, prev_year));
    if (!r.previous) {
        out += text_para("", label_with("annual.no_previous", lang, prev_year, p.enabler.value,
                                         p.organisation));
        return;
    }
    const YearEnd& a = *r.previous;
    const YearEnd& b = r.year_end;
    auto of = [&](std::size_t n, std::size_t total) { return label_with("annual.n_of", lang, n, total); };
    std::vector<std::vector<std::string>> rows{
        {label("plan", lang), a.plan->id.value, p.id.value},
        {label("as_of", lang), format_date(a.as_of, lang), format_date(b.as_of, lang)},
        {label("completion", lang), format_pct(a.completion) + "%", format_pct(b.completion) + "%"},
        {label("annual.activities_done", lang), of(static_cast<std::size_t>(a.activities_done), static_cast<std::size_t>(a.counting)),
         of(static_cast<std::size_t>(b.activities_done), static_cast<std::size_t>(b.counting))},
        {label("annual.kpis_met", lang), of(static_cast<std::size_t>(a.kpis_met), a.kpis.size()),
         of(static_cast<std::size_t>(b.kpis_met), b.kpis.size())},
        {label("annual.gaps_closed", lang), gaps_closed_count(a.gaps_closed.size(), a.gaps_taken_up, a.gaps_total, lang),
         gaps_closed_count(b.gaps_closed.size(), b.gaps_taken_up, b.gaps_total, lang)}};
    out += table({{"", true, false},
                  {fmt::format("{} {}", label("annual.year", lang), prev_year), false, true},
                  {fmt::format("{} {}", label("annual.year", lang), shown_year(p.year.value, lang)), false, true}},
                 rows);
}

}  // namespace

DocxDocument render_annual_docx(const std::vector<AnnualReport>& reports, const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string body;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const AnnualReport& r = reports[i];
        if (i) body += docx::page_break();
        header(body, r, m, lang);
        summary(body, r, lang);
        quarters(body, r, lang);
        kpis(body, r, lang);
        targets(body, r, lang);
        gaps(body, r, lang);
        risks(body, r, m, lang);
        notes(body, r, lang);
        previous(body, r, lang);
        // Said once, at the end of the attachment: never on the signed page.
        body += text_para("Caption", label("generated", lang));
        body += docx::signatures(lang);
    }
    std::string title = label("annual.title", lang);
    std::string date = "1980-01-01";
    if (!reports.empty()) {
        title += fmt::format(" {}", shown_year(reports.front().plan->year.value, lang));
        date = format_iso(reports.front().year_end.as_of);
    }
    std::string xml = o.memo && !reports.empty()
                          ? docx::document_after_memo(docx::memo_page(memo_text(reports, m, lang),
                                                                      m.workspace ? m.workspace->memo : MemoSettings{}, lang),
                                                      std::move(body))
                          : docx::document(body);
    DocxDocument doc{docx::package(std::move(xml), 0, title, date, lang), {}, {}};
    if (!reports.empty()) doc.date = reports.front().year_end.as_of;
    return doc;
}

}  // namespace scmplan

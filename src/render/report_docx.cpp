// The quarterly (or as-of) report to the director as a Word document: title
// block, executive summary, activities, targets, KPIs, gaps, risks, pictures,
// notes per activity, how each risk level was set, signatures.
#include <fmt/format.h>

#include "docx_xml.hpp"
#include "scmplan/executive_summary.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/render_gantt.hpp"

namespace scmplan {

using docx::Column;
using docx::para;
using docx::run;
using docx::table;
using docx::text_para;
using docx::field;
using docx::met_word;

namespace {

void title_block(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    const Plan& p = *r.plan;
    out += text_para("Title", label("report.title", lang));
    out += text_para("Subtitle", r.quarterly ? quarter_title(p, r.quarter, lang)
                                             : label("as_of", lang) + " " + format_date(r.as_of, lang));
    out += para("", run(p.title, true), "center");
    // The unit by its full name where the registry gives it: "สำนักธุรกิจการตลาด (ส.ตต.)".
    out += field("organisation", fmt::format("{} {}", unit_text(m, p.owner.value), p.organisation), lang);
    out += field("plan_period", fmt::format("{} – {}", format_date(p.start.value, lang), format_date(p.end.value, lang)), lang);
    out += field("as_of", format_date(r.as_of, lang), lang);
    if (r.quarter_range)
        out += field("quarter", fmt::format("{} ({} – {})", r.quarter, format_date(r.quarter_range->start, lang),
                                            format_date(r.quarter_range->end, lang)), lang);
    else
        out += field("quarter", label("outside_year", lang), lang);
    if (r.due)
        out += field("due", fmt::format("{} ({})", format_date(*r.due, lang),
                                        label_with("due.rule", lang, m.rules.report_due_working_days)),
                     lang);
    out += para("", run(label("completion", lang) + ": ", true) +
                        run(fmt::format("{}% ", format_pct(r.completion)), true) +
                        run(fmt::format("({} {}%)", label("planned", lang), format_pct(r.planned))));
    // Said once, under the title block of the attachment: never on the signed page.
    out += text_para("Caption", label("generated", lang));
}

void summary(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    SummaryText s = executive_summary(r, m, lang);
    out += text_para("Heading1", label("docx.summary", lang));
    out += text_para("", s.lead);
    for (std::size_t i = 0; i < s.bullets.size(); ++i) {
        const bool table_next = s.steps_overdue_at == i;
        out += table_next ? docx::para_kept_with_next("ListBullet", s.bullets[i]) : text_para("ListBullet", s.bullets[i]);
        for (const std::string& item : s.items[i]) out += text_para("ListBullet2", item);
        if (table_next)
            out += table({{label("docx.sum.col.step", lang), true, false},
                          {label("owner", lang), true, false},
                          {label("docx.sum.col.due", lang), false, false},
                          {label("docx.sum.col.days_late", lang), false, true}},
                         s.steps_overdue);
    }
}

void activities(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    out += text_para("Heading1", label("activities", lang));
    // Six columns fit A4 portrait at 14 pt; the owners go under the title.
    std::vector<Column> cols{{label("docx.id", lang), false, false},          {label("activity", lang), true, false},
                             {label("period", lang), false, false},     {label("planned.col", lang), false, true},
                             {label("actual.col", lang), false, true},  {label("status", lang), true, false}};
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        std::string title = a.title;
        // On a line of its own: LibreOffice may break "(ไม่" after the parenthesis.
        if (!a.counts) title += fmt::format("\n({})", label("counts.no", lang));
        if (!a.owners.empty()) title += fmt::format("\n{}: {}", label("owner", lang), owners_text(a, m, lang));
        // The period on two lines: a date is never split.
        rows.push_back({a.id.value, title,
                        fmt::format("{} –\n{}", format_date(a.start.value, lang), format_date(a.end.value, lang)),
                        format_pct(row.planned), format_pct(row.actual), status_label(row.status, lang)});
    }
    out += table(cols, rows);
}

void targets(std::string& out, const PlanReport& r, Lang lang) {
    out += text_para("Heading1", label("targets", lang));
    std::vector<Column> cols{{label("docx.id", lang), false, false},
                             {label("target", lang), true, false},
                             {label("target.value", lang), false, true},
                             {label("target.actual", lang), false, true},
                             {label("met", lang), false, false}};
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        rows.push_back({a.id.value, a.target.text, target_value_text(a),
                        row.target.actual ? with_unit(*row.target.actual, a.target.unit) : "–",
                        met_word(row.target.met, lang)});
    }
    out += table(cols, rows);
}

void kpis(std::string& out, const PlanReport& r, Lang lang) {
    if (r.kpis.empty()) return;
    out += text_para("Heading1", label("kpis", lang));
    std::vector<Column> cols{{label("docx.id", lang), false, false},
                             {label("kpi", lang), true, false},
                             {label("criterion", lang), false, true},
                             {label("result", lang), false, true},
                             {label("met", lang), false, false}};
    std::vector<std::vector<std::string>> rows;
    for (const auto& k : r.kpis)
        rows.push_back({k.kpi->id.value, k.kpi->text, kpi_target_text(*k.kpi), kpi_value_text(k),
                        met_word(k.outcome(), lang)});
    out += table(cols, rows);
}

void gaps(std::string& out, const PlanReport& r, Lang lang) {
    if (r.gaps_total == 0) return;
    out += text_para("Heading1", label("gaps", lang));
    out += text_para("", label_with("gaps.closed", lang, gaps_closed_count(r.gaps_closed.size(), r.gaps_taken_up, r.gaps_total, lang)));
    std::vector<std::vector<std::string>> rows;
    for (const Gap* g : r.gaps_closed) rows.push_back({g->id.value, g->text, format_date(g->closed->value, lang)});
    if (!rows.empty())
        out += table({{label("docx.id", lang), false, false}, {label("docx.gap.col", lang), true, false},
                      {label("docx.closed.col", lang), false, false}},
                     rows);
}

void risks(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += text_para("Heading1", label("risks", lang));
    std::vector<Column> cols{{label("docx.id", lang), false, false},     {label("docx.risk.col", lang), true, false},
                             {label("likelihood", lang), false, true}, {label("impact", lang), false, true},
                             {label("score", lang), false, true},   {label("band", lang), false, false},
                             {label("over_threshold", lang), false, false}};
    auto level = [](const LevelDecision& d) { return d.level ? std::to_string(d.level) : std::string("–"); };
    std::vector<std::vector<std::string>> rows;
    for (const auto& rr : r.risk_register.risks)
        rows.push_back({rr.risk->id.value, rr.risk->title, level(rr.likelihood), level(rr.impact),
                        rr.score ? std::to_string(rr.score) : "–", rr.band ? rr.band->name.in(lang) : "–",
                        rr.over_threshold ? label("docx.over.yes", lang) : label("docx.over.no", lang)});
    out += table(cols, rows);
    out += text_para("", label_with("docx.risk_rule", lang, m.rules.risk_threshold));
}

/// The timeline is wide (a column per month): it gets landscape pages of its
/// own, where its text stays legible, one page per piece (a long timeline comes
/// in pieces that each fit a page: "Figure 1 (continued), part 2 of 3"); the
/// heat map follows on portrait pages.
void pictures(std::string& out, const PlanReport& r, const ReportChartData& d, const Model& m, const RenderOptions& o,
              std::vector<DocxPicture>& images, int& figures) {
    const Lang lang = o.lang;
    // The timeline in its print layout, cut into pieces that each fit a
    // landscape page at 100 % (docs/pictures.md).
    const std::vector<Timeline> pages = print_timeline_pages(d.timeline, o);
    // A picture starting a new page says so itself (pageBreakBefore): a page
    // break of its own would make an empty page after a full one. It keeps with
    // its caption.
    auto add = [&](Picture pic, const std::string& caption, int width, int height, bool new_page = false) {
        images.push_back({docx::media_part(images.size() + 1), std::move(pic)});
        int n = static_cast<int>(images.size());
        out += fmt::format("<w:p><w:pPr>{}<w:keepNext/><w:jc w:val=\"center\"/></w:pPr>{}</w:p>\n",
                           new_page ? "<w:pageBreakBefore/>" : "",
                           docx::picture(docx::image_of(images.back().picture), fmt::format("rIdImg{}", n), n, width, height));
        out += text_para("Caption", caption);
    };
    const std::string as_of = format_date(r.as_of, lang);
    if (!pages.empty()) {
        out += docx::section_end(false);
        out += text_para("Heading1", label("docx.charts", lang));
        const int figure = ++figures;
        const std::size_t parts = pages.size();
        for (std::size_t k = 0; k < parts; ++k) {
            std::string caption = label_with("docx.timeline", lang, figure, as_of);
            if (parts > 1 && k == 0) caption += " " + label_with("docx.part", lang, 1, parts);
            if (k > 0) caption = label_with("docx.timeline.continued", lang, figure, k + 1, parts);
            add(timeline_print_picture(pages[k], o), caption, docx::landscape_text_width,
                docx::landscape_picture_height, k > 0);
        }
        out += docx::section_end(true);
    } else {
        out += text_para("Heading1", label("docx.charts", lang));
    }
    if (d.heat_map)
        add(heat_map_picture(*d.heat_map, m, o), label_with("docx.heat_map", lang, ++figures, as_of), docx::text_width, 0);
}

void notes(std::string& out, const PlanReport& r, Lang lang) {
    if (!r.quarter) return;
    out += text_para("Heading1", label("problems.title", lang));
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        out += text_para("Heading2", fmt::format("{} {}", a.id.value, a.title));
        if (!row.report) {
            out += text_para("", label("no_report", lang));
            continue;
        }
        auto line = [&](LabelKey key, const std::string& text) {
            out += para("", run(label(key, lang) + ": ", true) + run(text.empty() ? label("none", lang) : text));
        };
        line("note", row.report->note);
        line("problems", row.report->problems);
        line("suggestions", row.report->suggestions);
    }
}

void appendix(std::string& out, const PlanReport& r, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += text_para("Heading1", label("docx.appendix", lang));
    out += text_para("", label_with("docx.appendix.lead", lang, format_date(r.as_of, lang)));
    for (const auto& rr : r.risk_register.risks) {
        out += text_para("Heading2", fmt::format("{} {}", rr.risk->id.value, rr.risk->title));
        out += para("", run(label("likelihood", lang) + ": ", true) +
                            run(level_in_words(rr.likelihood, rr.risk->likelihood, r.as_of, lang)));
        out += para("", run(label("impact", lang) + ": ", true) +
                            run(level_in_words(rr.impact, rr.risk->impact, r.as_of, lang)));
    }
}

}  // namespace


DocxDocument render_report_docx(const std::vector<PlanReport>& reports, const std::vector<ReportChartData>& charts,
                                const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string body;
    std::vector<DocxPicture> images;
    int figures = 0;  // figure numbers of the captions, through the document
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const PlanReport& r = reports[i];
        if (i) body += docx::page_break();
        title_block(body, r, m, lang);
        summary(body, r, m, lang);
        activities(body, r, m, lang);
        targets(body, r, lang);
        kpis(body, r, lang);
        gaps(body, r, lang);
        risks(body, r, m, lang);
        if (i < charts.size()) pictures(body, r, charts[i], m, o, images, figures);
        notes(body, r, lang);
        appendix(body, r, lang);
        body += docx::signatures(lang);
    }
    std::string title = label("report.title", lang);
    std::string date = reports.empty() ? "1980-01-01" : format_iso(reports.front().as_of);
    if (!reports.empty())
        title += " " + (reports.front().quarterly ? quarter_title(*reports.front().plan, reports.front().quarter, lang)
                                                  : format_date(reports.front().as_of, lang));
    std::string xml = o.memo && !reports.empty()
                          ? docx::document_after_memo(docx::memo_page(report_memo_text(reports, m, lang),
                                                                      m.workspace ? m.workspace->memo : MemoSettings{}, lang),
                                                      std::move(body))
                          : docx::document(body);
    DocxDocument doc{docx::package(std::move(xml), images.size(), title, date, lang), std::move(images), {}};
    if (!reports.empty()) doc.date = reports.front().as_of;
    return doc;
}

}  // namespace scmplan

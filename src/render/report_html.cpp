// The quarterly report to the director as one self-contained HTML document:
// the sections of the Markdown report, the charts as inline SVG, status and
// "met" as words (coloured by CSS), and the basis of each risk level in an
// appendix.
#include <fmt/format.h>

#include "memo.hpp"
#include "scmplan/render_html.hpp"

namespace scmplan {

namespace {

std::string h(std::string_view s) { return html_text(s); }

/// A date that never breaks inside: "30&nbsp;มิ.ย.&nbsp;2566" would be wrong
/// for readers that copy it, so a nowrap span instead.
std::string date_html(Date d, Lang lang) {
    return fmt::format("<span class=\"nw\">{}</span>", h(format_date(d, lang)));
}

/// "1 ม.ค. 2566 – 30 เม.ย. 2566", breaking (if at all) after the dash.
std::string period_html(Date from, Date to, Lang lang) {
    return fmt::format("<span class=\"nw\">{} –</span> {}", h(format_date(from, lang)), date_html(to, lang));
}

std::string status_html(Status s, Lang lang) {
    return fmt::format("<span class=\"status-{}\">{}</span>", status_text(s),
                       h(status_label(s, lang)));
}

std::string met_html(std::optional<bool> met, Lang lang) {
    if (!met) return "–";
    return fmt::format("<span class=\"met-{}\">{}</span>", *met ? "yes" : "no", h(*met ? label("yes", lang) : label("no", lang)));
}


/// One column of a table: its header and its kind, which sets its width in
/// the style sheet (col.c-KIND) and its alignment ("num" is aligned right).
/// "text" columns have no width: they take what the others leave.
struct Col {
    std::string header;
    const char* kind;
};

/// A header that breaks only at its spaces, each word kept whole: the line
/// breaker of ICU, which browsers use for Thai, cuts compounds anywhere
/// ("ผลก|ระ|ทบ", "ผู้รับ|ผิด|ชอบ"), and CSS's keep-all does not stop it for
/// Thai. The columns are wide enough for every header word (tests/print/run-html).
/// The header words of ours too wide for their column on one line, and where
/// each may break: after the prefix given.
constexpr std::pair<std::string_view, std::string_view> header_breaks[] = {
    {"ต้องบริหารความเสี่ยง", "ต้องบริหาร"},
    {"ผลการดำเนินงาน", "ผลการ"},
};

std::string header_word(std::string_view word) {
    for (const auto& [whole, prefix] : header_breaks)
        if (word == whole)
            return fmt::format("<span class=\"nw\">{}</span><wbr><span class=\"nw\">{}</span>", h(prefix),
                               h(word.substr(prefix.size())));
    return fmt::format("<span class=\"nw\">{}</span>", h(word));
}

std::string header_html(std::string_view text) {
    std::string out;
    std::size_t b = 0;
    while (b <= text.size()) {
        std::size_t e = text.find(' ', b);
        if (e == std::string_view::npos) e = text.size();
        if (e > b) out += (out.empty() ? "" : " ") + header_word(text.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

/// <table>, its <colgroup> and its <thead>.
std::string table_start(std::initializer_list<Col> cols) {
    std::string out = "<table class=\"fixed\">\n<colgroup>";
    for (const Col& c : cols) out += fmt::format("<col class=\"c-{}\">", c.kind);
    out += "</colgroup>\n<thead><tr>";
    for (const Col& c : cols) {
        if (std::string_view(c.kind) == "num" || std::string_view(c.kind) == "val" || std::string_view(c.kind) == "lik" ||
            std::string_view(c.kind) == "imp" || std::string_view(c.kind) == "score")
            out += fmt::format("<th class=\"num\">{}</th>", header_html(c.header));
        else out += fmt::format("<th>{}</th>", header_html(c.header));
    }
    return out + "</tr></thead>\n<tbody>\n";
}

constexpr const char* table_end = "</tbody>\n</table>\n";

/// A figure for a narrow cell, escaped: "≥ 4 กิจกรรม" keeps "≥ 4" together
/// (a no-break space after the sign) and may wrap before its unit.
std::string figure_html(const std::string& s) {
    std::string out = h(s);
    for (std::string_view sign : {"≥ ", "≤ ", "&lt; ", "&gt; ", "= "})
        if (out.starts_with(sign)) return out.substr(0, sign.size() - 1) + "&nbsp;" + out.substr(sign.size());
    return out;
}

void title_block(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    const Plan& p = *r.plan;
    if (r.quarterly) out += fmt::format("<h1>{} {}</h1>\n", h(label("report.title", lang)), h(quarter_title(p, r.quarter, lang)));
    else
        out += fmt::format("<h1>{} — {} {}</h1>\n", h(label("report.title", lang)), h(label("as_of", lang)),
                           h(format_date(r.as_of, lang)));
    out += fmt::format("<p class=\"plan-title\">{}</p>\n<table class=\"facts\">\n<tbody>\n", h(p.title));
    auto fact = [&](LabelKey key, const std::string& value_html) {
        out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n", h(label(key, lang)), value_html);
    };
    fact("organisation", fmt::format("{} ({})", h(p.organisation), h(p.owner.value)));
    fact("plan_period", period_html(p.start.value, p.end.value, lang));
    fact("as_of", date_html(r.as_of, lang));
    if (r.quarter_range)
        fact("quarter", fmt::format("{} ({})", r.quarter, period_html(r.quarter_range->start, r.quarter_range->end, lang)));
    else fact("quarter", h(label("outside_year", lang)));
    if (r.due)
        fact("due", fmt::format("{} ({})", date_html(*r.due, lang),
                                h(label_with("due.rule", lang, m.rules.report_due_working_days))));
    fact("completion", fmt::format("<strong>{}%</strong> ({} {}%)", format_pct(r.completion), h(label("planned", lang)),
                                   format_pct(r.planned)));
    out += "</tbody>\n</table>\n";
}

void activities(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    out += fmt::format("<h2>{}</h2>\n", h(label("activities", lang)));
    // Six columns, the owners under the title (as in the Word report): with a
    // column of their own the titles had a fifth of the page and wrapped
    // every two words.
    out += table_start({{"", "id"}, {label("activity", lang), "text"}, {label("period", lang), "period"},
                        {label("planned.col", lang), "num"}, {label("actual.col", lang), "num"},
                        {label("status", lang), "status"}});
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        std::string title = h(a.title);
        if (!a.counts) title += fmt::format(" <span class=\"note\">({})</span>", h(label("counts.no", lang)));
        if (!a.owners.empty())
            title += fmt::format("<br><span class=\"note\">{}: {}</span>", h(label("owner", lang)),
                                 h(owners_text(a, m, lang)));
        // The headers say "(%)": the cells hold the figures alone, to fit narrow columns.
        out += fmt::format("<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                           "<td class=\"num\">{}</td><td>{}</td></tr>\n",
                           h(a.id.value), title, period_html(a.start.value, a.end.value, lang), format_pct(row.planned),
                           format_pct(row.actual), status_html(row.status, lang));
    }
    out += table_end;
}

void targets(std::string& out, const PlanReport& r, Lang lang) {
    out += fmt::format("<h2>{}</h2>\n", h(label("targets", lang)));
    out += table_start({{"", "id"}, {label("target", lang), "text"}, {label("target.value", lang), "crit"},
                        {label("target.actual", lang), "val"}, {label("met", lang), "met"}});
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        std::string actual = row.target.actual ? with_unit(*row.target.actual, a.target.unit) : "–";
        // A figure with its unit ("≥ 4 กิจกรรม") may wrap before the unit,
        // never inside the figure: its spaces up to the unit are no-break.
        out += fmt::format("<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"val\">{}</td>"
                           "<td>{}</td></tr>\n",
                           h(a.id.value), h(a.target.text), figure_html(target_value_text(a)), figure_html(actual),
                           met_html(row.target.met, lang));
    }
    out += table_end;
}

void kpis(std::string& out, const PlanReport& r, Lang lang) {
    if (r.kpis.empty()) return;
    out += fmt::format("<h2>{}</h2>\n", h(label("kpis", lang)));
    out += table_start({{"", "id"}, {label("kpi", lang), "text"}, {label("criterion", lang), "crit"},
                        {label("result", lang), "val"}, {label("met", lang), "met"}});
    for (const auto& k : r.kpis)
        out += fmt::format("<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"val\">{}</td>"
                           "<td>{}</td></tr>\n",
                           h(k.kpi->id.value), h(k.kpi->text), figure_html(kpi_target_text(*k.kpi)),
                           figure_html(kpi_value_text(k)),
                           met_html(k.outcome(), lang));
    out += table_end;
}

void gaps(std::string& out, const PlanReport& r, Lang lang) {
    if (r.gaps_total == 0) return;
    out += fmt::format("<h2>{}</h2>\n<p>{}</p>\n", h(label("gaps", lang)),
                       h(label_with("gaps.closed", lang, gaps_closed_count(r.gaps_closed.size(), r.gaps_taken_up, r.gaps_total, lang))));
    if (r.gaps_closed.empty()) return;
    out += "<ul>\n";
    for (const Gap* g : r.gaps_closed)
        out += fmt::format("<li>{} ({}): {}</li>\n", h(g->id.value), date_html(g->closed->value, lang), h(g->text));
    out += "</ul>\n";
}

void risks(std::string& out, const PlanReport& r, const Model& m, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += fmt::format("<h2>{}</h2>\n", h(label("risks", lang)));
    out += table_start({{"", "id"}, {label("risk", lang), "text"}, {label("likelihood", lang), "lik"},
                        {label("impact", lang), "imp"}, {label("score", lang), "score"}, {label("band", lang), "band"},
                        {label("over_threshold", lang), "over"}});
    auto level = [](const LevelDecision& d) { return d.level ? std::to_string(d.level) : std::string("–"); };
    for (const auto& rr : r.risk_register.risks) {
        std::string over = label_with(rr.over_threshold ? LabelKey("html.threshold.yes") : LabelKey("threshold.no"), lang,
                                       m.rules.risk_threshold);
        out += fmt::format("<tr><td class=\"id\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                           "<td class=\"num\">{}</td><td>{}</td><td{}>{}</td></tr>\n",
                           h(rr.risk->id.value), h(rr.risk->title), level(rr.likelihood), level(rr.impact),
                           rr.score ? std::to_string(rr.score) : "–", h(rr.band ? rr.band->name.in(lang) : "–"),
                           rr.over_threshold ? " class=\"over\"" : "", h(over));
    }
    out += table_end;
    out += fmt::format("<p class=\"note\">{}</p>\n", h(label("basis.see", lang)));
}

/// The timeline twice: the screen layout for the screen, and its print
/// layout's pages for paper, each on a landscape page of its own at its print
/// size (the style sheet's figure.screen and figure.print; docs/pictures.md).
void charts_html(std::string& out, const ReportCharts& c, const std::string& plan_id, Lang lang) {
    auto figure = [&](const Picture& p, const std::string& id_part, const std::string& caption, const char* cls) {
        std::string inl = inline_svg(p.svg, fmt::format("{}-{}-", plan_id, id_part));
        if (inl.empty()) return;
        out += fmt::format("<figure{}>\n<figcaption>{}</figcaption>\n{}\n</figure>\n",
                           *cls ? fmt::format(" class=\"{}\"", cls) : "", h(caption), inl);
    };
    const std::size_t parts = c.timeline_pages.size();
    figure(c.timeline, "timeline", c.timeline.caption, parts ? "screen" : "");
    for (std::size_t k = 0; k < parts; ++k)
        figure(c.timeline_pages[k], fmt::format("timeline-p{}", k + 1),
               parts > 1 ? c.timeline.caption + " " + label_with("docx.part", lang, k + 1, parts) : c.timeline.caption,
               "print");
    figure(c.heat_map, "risks", c.heat_map.caption, "");
}

void notes(std::string& out, const PlanReport& r, Lang lang) {
    if (!r.quarter) return;
    out += fmt::format("<h2>{}</h2>\n", h(label("problems.title", lang)));
    for (const auto& row : r.activities) {
        const Activity& a = *row.activity;
        if (!a.counts) continue;
        out += fmt::format("<section class=\"activity-notes\">\n<h3>{} {}</h3>\n", h(a.id.value), h(a.title));
        if (!row.report) {
            out += fmt::format("<p>{}</p>\n</section>\n", h(label("no_report", lang)));
            continue;
        }
        out += "<dl class=\"notes\">\n";
        auto line = [&](LabelKey key, const std::string& text) {
            out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", h(label(key, lang)),
                               text.empty() ? h(label("none", lang)) : h(text));
        };
        line("note", row.report->note);
        line("problems", row.report->problems);
        line("suggestions", row.report->suggestions);
        out += "</dl>\n</section>\n";
    }
}

void appendix(std::string& out, const PlanReport& r, Lang lang) {
    if (r.risk_register.risks.empty()) return;
    out += fmt::format("<h2>{}: {}</h2>\n<ul>\n", h(label("appendix", lang)), h(label("risk.basis", lang)));
    for (const auto& rr : r.risk_register.risks) {
        out += fmt::format("<li>{} {}: {}</li>\n", h(rr.risk->id.value), h(label("likelihood", lang)),
                           h(explain_level(rr.likelihood, r.as_of, lang)));
        out += fmt::format("<li>{} {}: {}</li>\n", h(rr.risk->id.value), h(label("impact", lang)),
                           h(explain_level(rr.impact, r.as_of, lang)));
    }
    out += "</ul>\n";
}

}  // namespace

std::string render_report_html(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o,
                               const std::vector<ReportCharts>& charts) {
    Lang lang = o.lang;
    std::string body;
    // The memo first: printed alone on page 1, the report its attachment.
    if (o.memo && !reports.empty())
        body += memo_html(report_memo_text(reports, m, lang), m.workspace ? m.workspace->memo : MemoSettings{}, lang);
    std::string title = label("report.title", lang);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const PlanReport& r = reports[i];
        if (i == 0)
            title = r.quarterly ? fmt::format("{} {}", title, quarter_title(*r.plan, r.quarter, lang))
                                : fmt::format("{} — {} {}", title, label("as_of", lang), format_date(r.as_of, lang));
        body += fmt::format("<article id=\"{}\">\n", h(r.plan->id.value));
        title_block(body, r, m, lang);
        activities(body, r, m, lang);
        targets(body, r, lang);
        kpis(body, r, lang);
        gaps(body, r, lang);
        risks(body, r, m, lang);
        if (i < charts.size()) charts_html(body, charts[i], r.plan->id.value, lang);
        notes(body, r, lang);
        appendix(body, r, lang);
        body += fmt::format("<footer>{}</footer>\n</article>\n", h(label("generated", lang)));
    }
    return html_document(lang, title, body, o.memo ? memo_css() : std::string_view());
}

}  // namespace scmplan

// The words of the quarterly report's memo, shared by the Word and HTML
// reports: one wording per fact (the executive summary's completion sentence,
// the counts of what needs the director's attention).
#include <fmt/format.h>

#include "memo.hpp"
#include "scmplan/executive_summary.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_docx.hpp"

namespace scmplan {

namespace {

/// "ไตรมาส 2/2566", or "ข้อมูล ณ วันที่ 15 ส.ค. 2566" for an as-of report.
std::string period_words(const PlanReport& r, Lang lang) {
    return r.quarterly ? quarter_title(*r.plan, r.quarter, lang)
                       : label_with("memo.as_of", lang, format_date(r.as_of, lang));
}

}  // namespace

MemoText report_memo_text(const std::vector<PlanReport>& reports, const Model& m, Lang lang) {
    MemoText t;
    const PlanReport& first = reports.front();
    const std::string when = period_words(first, lang);
    t.department = unit_text(m, first.plan->owner.value);
    // The plan by its enabler and year, which keeps the page to one page; the
    // attachment's title block names it in full.
    auto plan_name = [lang](const Plan& p) { return label_with("memo.plan", lang, p.enabler.value, p.year.value); };
    t.subject = reports.size() == 1 ? label_with("memo.subject.text", lang, plan_name(*first.plan), when)
                                    : label_with("memo.subject.plans", lang, when, reports.size());
    t.enclosure = label_with("memo.enclosure.text", lang, when);
    for (const PlanReport& r : reports) {
        const Plan& p = *r.plan;
        t.paragraphs.push_back(label_with("memo.reason", lang, p.organisation, plan_name(p), format_date(p.start.value, lang),
                                          format_date(p.end.value, lang)));
        SummaryFacts f = summary_facts(r);
        // What needs the director's attention, each count only when not zero.
        std::vector<std::string> attention;
        auto count = [&](std::size_t n, LabelKey many, LabelKey one) {
            if (n) attention.push_back(label_with(n == 1 ? one : many, lang, n));
        };
        count(f.behind.size(), "memo.attention.behind", "memo.attention.behind.one");
        count(f.overdue.size(), "memo.attention.overdue", "memo.attention.overdue.one");
        count(f.steps_overdue.size(), "memo.attention.steps", "memo.attention.steps.one");
        count(f.risks_over.size(), "memo.attention.risks", "memo.attention.risks.one");
        std::string sentence = executive_summary(r, m, lang).lead + " " +
                               (attention.empty() ? label("memo.attention.none", lang)
                                                  : label_with("memo.attention", lang, listed(attention, lang)));
        t.paragraphs.push_back(label_with("memo.report", lang, unit_text(m, p.owner.value), period_words(r, lang), sentence));
    }
    return t;
}

}  // namespace scmplan

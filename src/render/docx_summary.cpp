// The executive summary and the risk levels in words, for the Word document.
#include <fmt/format.h>

#include <algorithm>

#include "docx_xml.hpp"
#include "risk_parts.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/executive_summary.hpp"

namespace scmplan {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "; " : "") + items[i];
    return out;
}

/// "A02 การสำรวจ..." — id and title.
std::string named(const Activity& a) { return a.id.value + " " + a.title; }

/// "A09 ขั้นตอน 2 ประชุม…" / "A09 step 2 meeting…" — the activity's id, the step's id and title.
std::string step_named(const Activity& a, const Step& s, Lang lang) {
    return label_with("docx.sum.step.named", lang, a.id.value, s.id.value, s.title);
}

/// The difference of the two percentages, from their unrounded values: the
/// same figure as the plan's "behind" metric in the risk explanations, which is
/// rounded once where it is printed (docs/computations.md, "Rounding").
double printed_diff(double actual, double planned) { return round_to(actual - planned, 1); }

/// The comparison in words; `negated` gives the words of its opposite (not ≥
/// is <), so that "which is not at least" never needs saying.
std::string op_words(CompareOp op, bool date, Lang lang, bool negated = false) {
    if (negated) {
        switch (op) {
            case CompareOp::le: op = CompareOp::gt; break;
            case CompareOp::lt: op = CompareOp::ge; break;
            case CompareOp::ge: op = CompareOp::lt; break;
            case CompareOp::gt: op = CompareOp::le; break;
            case CompareOp::eq: return label(date ? LabelKey("docx.op.ne.date") : LabelKey("docx.op.ne"), lang);
        }
    }
    switch (op) {
        case CompareOp::le: return label(date ? LabelKey("docx.op.le.date") : LabelKey("docx.op.le"), lang);
        case CompareOp::lt: return label(date ? LabelKey("docx.op.lt.date") : LabelKey("docx.op.lt"), lang);
        case CompareOp::ge: return label(date ? LabelKey("docx.op.ge.date") : LabelKey("docx.op.ge"), lang);
        case CompareOp::gt: return label(date ? LabelKey("docx.op.gt.date") : LabelKey("docx.op.gt"), lang);
        case CompareOp::eq: break;
    }
    return label(date ? LabelKey("docx.op.eq.date") : LabelKey("docx.op.eq"), lang);
}

/// What the condition's metric is about: "กิจกรรม A01", "แผนทั้งแผน".
std::string subject(const Metric& m, Lang lang) {
    return m.of_activity() ? label_with("docx.subject.activity", lang, m.activity) : label("docx.subject.plan", lang);
}

/// The measured fact and how it compares: "กิจกรรม A01 แล้วเสร็จเมื่อ 24 เม.ย. 2566
/// ซึ่งไม่ช้ากว่า 30 เม.ย. 2566"; when the condition did not hold, the opposite
/// comparison: "… 40.8% ซึ่งน้อยกว่า 80%".
std::string fact(const LevelDecision& d, Date as_of, Lang lang, bool held) {
    const Condition& c = *d.condition;
    std::string who = subject(c.metric, lang);
    const std::string& which = label("docx.fact.which", lang);
    if (c.metric.is_date()) {
        const Date* limit = std::get_if<Date>(&c.value);
        std::string lim = limit ? format_date(*limit, lang) : "?";
        if (!d.measured_on) return label_with("docx.fact.not_done", lang, who, format_date(as_of, lang));
        // A projected date is worded as expected, never as done: it is not a fact yet.
        LabelKey when = d.projected ? LabelKey("docx.fact.projected_on") : LabelKey("docx.fact.completed_on");
        return label_with(when, lang, who, format_date(*d.measured_on, lang)) + which +
               op_words(c.op, true, lang, !held) + " " + lim;
    }
    const double* limit = std::get_if<double>(&c.value);
    const MetricUnit unit = c.metric.unit();
    std::string lim = limit ? with_metric_unit(unit, format_number(*limit), lang) : "?";
    std::string value = d.measured ? metric_value_text(unit, *d.measured, lang) : label("docx.fact.unknown", lang);
    LabelKey measured = unit == MetricUnit::points                          ? LabelKey("docx.fact.behind")
                        : unit == MetricUnit::days                          ? LabelKey("docx.fact.days_late")
                        : c.metric.kind == Metric::Kind::activities_done_pct ? LabelKey("docx.fact.done_share")
                                                                            : LabelKey("docx.fact.completion");
    return label_with(measured, lang, who, value) + which + op_words(c.op, false, lang, !held) + " " + lim;
}

}  // namespace

std::string level_in_words(const LevelDecision& d, const Scale& s, Date as_of, Lang lang) {
    if (!d.level) return label_with("docx.level.unknown", lang, format_date(as_of, lang));
    const ScaleLevel* level = nullptr;
    for (const auto& l : s.levels)
        if (l.level.value == d.level) level = &l;
    std::string name = label_with("docx.level", lang, d.level);
    if (level && !level->label.empty()) name += fmt::format(" ({})", level->label);
    if (level && !level->text.empty()) name += label_with("docx.level.text", lang, level->text);
    if (d.basis == LevelDecision::Basis::held) return label_with("docx.level.held", lang, name, fact(d, as_of, lang, true));
    if (d.basis == LevelDecision::Basis::fallback) {
        if (!d.condition) return label_with("docx.level.fallback", lang, name);
        return label_with("docx.level.fallback.fact", lang, name, fact(d, as_of, lang, false));
    }
    std::string when = d.assessed_on ? format_date(*d.assessed_on, lang) : "?";
    return label_with("docx.level.assessed", lang, name, when);
}

SummaryText executive_summary(const PlanReport& r, const Model& m, Lang lang) {
    SummaryFacts f = summary_facts(r);
    SummaryText s;
    double diff = printed_diff(r.completion, r.planned);
    std::string versus = diff == 0  ? label("docx.sum.on_plan", lang)
                         : diff < 0 ? label_with("docx.sum.behind_by", lang, fmt::format("{:.1f}", -diff))
                                    : label_with("docx.sum.ahead_by", lang, fmt::format("{:.1f}", diff));
    // The plan's title is just above, in the title block.
    s.lead = label_with("docx.sum.lead", lang, format_date(r.as_of, lang), format_pct(r.completion),
                        format_pct(r.planned), versus, r.activities_done, r.counting);

    std::vector<std::string> items;
    for (const ActivityRow* row : f.behind)
        items.push_back(label_with("docx.sum.behind.item", lang, named(*row->activity), format_pct(row->actual),
                                   format_pct(row->planned)));
    s.bullets.push_back(items.empty() ? label("docx.sum.behind.none", lang) : label_with("docx.sum.behind", lang, join(items)));

    items.clear();
    for (const ActivityRow* row : f.overdue)
        items.push_back(label_with("docx.sum.overdue.item", lang, named(*row->activity),
                                   format_date(row->activity->end.value, lang), format_pct(row->actual)));
    s.bullets.push_back(items.empty() ? label("docx.sum.overdue.none", lang)
                                      : label_with("docx.sum.overdue", lang, join(items)));
    // Steps past their due date, by name, owner and due date: an activity on
    // schedule as a whole can hide a step two months late.
    if (!f.steps_overdue.empty()) {
        s.bullets.push_back(label("docx.sum.steps_overdue", lang));
        s.steps_overdue_at = s.bullets.size() - 1;
        for (const DueItem& d : f.steps_overdue)
            s.steps_overdue.push_back({step_named(*d.activity, *d.step, lang), owners_text(*d.activity, m, lang),
                                       format_date(d.due, lang), std::to_string(r.as_of - d.due)});
    }

    if (!r.kpis.empty()) {
        auto list = [&](const std::vector<const KpiResult*>& ks) {
            if (ks.empty()) return label("docx.sum.none", lang);
            std::vector<std::string> out;
            for (auto* k : ks)
                out.push_back(label_with("docx.sum.kpi.item", lang, k->kpi->id.value, k->kpi->text, kpi_value_text(*k),
                                         kpi_target_text(*k->kpi)));
            return join(out);
        };
        s.bullets.push_back(label_with("docx.sum.kpis_met", lang, list(f.kpis_met)));
        s.bullets.push_back(label_with("docx.sum.kpis_not_met", lang, list(f.kpis_not_met)));
        if (!f.kpis_unmeasured.empty()) {
            std::vector<std::string> names;
            for (auto* k : f.kpis_unmeasured) names.push_back(k->kpi->id.value + " " + k->kpi->text);
            s.bullets.push_back(label_with("docx.sum.kpis_unmeasured", lang, join(names)));
        }
    }

    if (!r.risk_register.risks.empty()) {
        items.clear();
        for (const RiskResult* rr : f.risks_over)
            items.push_back(label_with("docx.sum.risk.item", lang, rr->risk->id.value, rr->risk->title, rr->score,
                                       rr->band ? rr->band->name.in(lang) : "–"));
        int t = m.rules.risk_threshold;
        // Below the threshold, the highest risk and its band are still said:
        // "no risk to manage" must not hide a risk in the high band.
        const RiskResult* top = f.risk_highest;
        std::string highest = top ? label_with("docx.sum.risk.highest", lang, top->risk->id.value, top->risk->title,
                                               top->score, top->band ? top->band->name.in(lang) : "–")
                                  : "";
        s.bullets.push_back(items.empty() ? label_with("docx.sum.risks.none", lang, t) + highest
                                          : label_with("docx.sum.risks", lang, t, join(items)));
    }

    if (f.next_quarter) {
        std::string when = fmt::format("{} ({} – {})", quarter_title(*r.plan, f.next_quarter_number, lang),
                                       format_date(f.next_quarter->start, lang), format_date(f.next_quarter->end, lang));
        // Each step by name, by due date: what the director asks for next
        // quarter is the work itself, not a count of it.
        items.clear();
        for (const DueItem& d : f.due_next)
            items.push_back(d.step ? label_with("docx.sum.due.item", lang, step_named(*d.activity, *d.step, lang),
                                                format_date(d.due, lang))
                                   : label_with("docx.sum.due.ends", lang, named(*d.activity), format_date(d.due, lang)));
        s.bullets.push_back(items.empty() ? label_with("docx.sum.due.none", lang, when)
                                          : label_with("docx.sum.due", lang, when));
        s.items.resize(s.bullets.size());
        s.items.back() = items;
    }
    s.items.resize(s.bullets.size());
    return s;
}

}  // namespace scmplan

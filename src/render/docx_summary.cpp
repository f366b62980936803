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

bool thai(Lang lang) { return lang != Lang::en; }

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "; " : "") + items[i];
    return out;
}

/// "A02 การสำรวจ..." — id and title.
std::string named(const Activity& a) { return a.id.value + " " + a.title; }

/// The difference of the two percentages as printed (one decimal), so that the
/// sentence agrees with the figures beside it.
double printed_diff(double actual, double planned) { return round_to(actual, 1) - round_to(planned, 1); }

/// The comparison in words; `negated` gives the words of its opposite (not ≥
/// is <), so that "which is not at least" never needs saying.
std::string op_words(CompareOp op, bool date, Lang lang, bool negated = false) {
    if (negated) {
        switch (op) {
            case CompareOp::le: op = CompareOp::gt; break;
            case CompareOp::lt: op = CompareOp::ge; break;
            case CompareOp::ge: op = CompareOp::lt; break;
            case CompareOp::gt: op = CompareOp::le; break;
            case CompareOp::eq:
                if (thai(lang)) return date ? "ไม่ตรงกับ" : "ไม่เท่ากับ";
                return date ? "not on" : "not exactly";
        }
    }
    if (thai(lang)) {
        switch (op) {
            case CompareOp::le: return date ? "ไม่ช้ากว่า" : "ไม่เกิน";
            case CompareOp::lt: return date ? "ก่อน" : "น้อยกว่า";
            case CompareOp::ge: return date ? "ไม่เร็วกว่า" : "ไม่น้อยกว่า";
            case CompareOp::gt: return date ? "หลัง" : "มากกว่า";
            case CompareOp::eq: return date ? "ตรงกับ" : "เท่ากับ";
        }
    }
    switch (op) {
        case CompareOp::le: return date ? "on or before" : "at most";
        case CompareOp::lt: return date ? "before" : "below";
        case CompareOp::ge: return date ? "on or after" : "at least";
        case CompareOp::gt: return date ? "after" : "above";
        case CompareOp::eq: return date ? "on" : "exactly";
    }
    return "";
}

/// What the condition's metric is about: "กิจกรรม A01", "ทั้งแผน".
std::string subject(const Metric& m, Lang lang) {
    bool activity = m.of_activity();
    if (thai(lang)) return activity ? "กิจกรรม " + m.activity : "แผนทั้งแผน";
    return activity ? "activity " + m.activity : "the plan as a whole";
}

/// The measured fact and how it compares: "กิจกรรม A01 แล้วเสร็จเมื่อ 24 เม.ย. 2566
/// ซึ่งไม่ช้ากว่า 30 เม.ย. 2566"; when the condition did not hold, the opposite
/// comparison: "… 40.8% ซึ่งน้อยกว่า 80%".
std::string fact(const LevelDecision& d, Date as_of, Lang lang, bool held) {
    const Condition& c = *d.condition;
    const bool th = thai(lang);
    std::string who = subject(c.metric, lang);
    std::string which = th ? "ซึ่ง" : ", which is ";
    if (c.metric.is_date()) {
        const Date* limit = std::get_if<Date>(&c.value);
        std::string lim = limit ? format_date(*limit, lang) : "?";
        if (!d.measured_on)
            return th ? fmt::format("{} ยังไม่แล้วเสร็จ ณ วันที่ {}", who, format_date(as_of, lang))
                      : fmt::format("{} is not completed as of {}", who, format_date(as_of, lang));
        std::string when = format_date(*d.measured_on, lang);
        return th ? fmt::format("{} แล้วเสร็จเมื่อ {} {}{} {}", who, when, which, op_words(c.op, true, lang, !held), lim)
                  : fmt::format("{} was completed on {}{}{} {}", who, when, which, op_words(c.op, true, lang, !held), lim);
    }
    const double* limit = std::get_if<double>(&c.value);
    const MetricUnit unit = c.metric.unit();
    std::string lim = limit ? with_metric_unit(unit, format_number(*limit), lang) : "?";
    std::string value = d.measured ? metric_value_text(unit, *d.measured, lang) : (th ? "ไม่ทราบ" : "unknown");
    LabelKey measured = unit == MetricUnit::points                          ? LabelKey("docx.fact.behind")
                        : unit == MetricUnit::days                          ? LabelKey("docx.fact.days_late")
                        : c.metric.kind == Metric::Kind::activities_done_pct ? LabelKey("docx.fact.done_share")
                                                                            : LabelKey("docx.fact.completion");
    return fmt::format("{}{}{}{} {}", label_with(measured, lang, who, value), th ? " " : "", which,
                       op_words(c.op, false, lang, !held), lim);
}

}  // namespace

std::string level_in_words(const LevelDecision& d, const Scale& s, Date as_of, Lang lang) {
    const bool th = thai(lang);
    if (!d.level)
        return th ? fmt::format("ไม่ทราบระดับ เพราะไม่มีการประเมินในหรือก่อนวันที่ {}", format_date(as_of, lang))
                  : fmt::format("Unknown: no assessment on or before {}.", format_date(as_of, lang));
    const ScaleLevel* level = nullptr;
    for (const auto& l : s.levels)
        if (l.level.value == d.level) level = &l;
    std::string name = th ? fmt::format("ระดับ {}", d.level) : fmt::format("Level {}", d.level);
    if (level && !level->label.empty()) name += fmt::format(" ({})", level->label);
    if (level && !level->text.empty()) name += th ? fmt::format(" คือ “{}”", level->text) : fmt::format(", “{}”", level->text);
    if (d.basis == LevelDecision::Basis::held)
        return th ? fmt::format("{} เพราะ{}", name, fact(d, as_of, lang, true))
                  : fmt::format("{}: {}.", name, fact(d, as_of, lang, true));
    if (d.basis == LevelDecision::Basis::fallback) {
        if (!d.condition)
            return th ? fmt::format("{} เพราะไม่เข้าเงื่อนไขของระดับที่ต่ำกว่า", name)
                      : fmt::format("{}: no lower level's condition holds.", name);
        return th ? fmt::format("{} เพราะไม่เข้าเงื่อนไขของระดับที่ต่ำกว่า: {}", name, fact(d, as_of, lang, false))
                  : fmt::format("{}: no lower level's condition holds; {}.", name, fact(d, as_of, lang, false));
    }
    std::string when = d.assessed_on ? format_date(*d.assessed_on, lang) : "?";
    return th ? fmt::format("{} ตามการประเมินเมื่อวันที่ {} (ระดับนี้กำหนดจากการประเมิน ไม่ได้คำนวณจากข้อมูลแผน)", name, when)
              : fmt::format("{}: as assessed on {} (set by assessment, not computed from the plan).", name, when);
}

SummaryText executive_summary(const PlanReport& r, const Model& m, Lang lang) {
    const bool th = thai(lang);
    SummaryFacts f = summary_facts(r);
    SummaryText s;
    double diff = printed_diff(r.completion, r.planned);
    std::string versus;
    if (diff == 0) versus = th ? "เป็นไปตามแผน" : "on plan";
    else if (diff < 0) versus = th ? fmt::format("ช้ากว่าแผน {:.1f} จุด", -diff) : fmt::format("{:.1f} points behind plan", -diff);
    else versus = th ? fmt::format("เร็วกว่าแผน {:.1f} จุด", diff) : fmt::format("{:.1f} points ahead of plan", diff);
    // The plan's title is just above, in the title block.
    s.lead = th ? fmt::format("ณ วันที่ {} แผนปฏิบัติการมีความคืบหน้าร้อยละ {} เทียบกับแผนร้อยละ {} ({}) "
                              "กิจกรรมที่นับรวมในตัวชี้วัดแล้วเสร็จ {} จาก {} กิจกรรม",
                              format_date(r.as_of, lang), format_pct(r.completion), format_pct(r.planned), versus,
                              r.activities_done, r.counting)
                : fmt::format("As of {}, the plan is {}% complete against {}% planned ({}); {} of {} counted "
                              "activities are done.",
                              format_date(r.as_of, lang), format_pct(r.completion), format_pct(r.planned), versus,
                              r.activities_done, r.counting);

    std::vector<std::string> items;
    for (const ActivityRow* row : f.behind)
        items.push_back(th ? fmt::format("{} (ทำได้ {}% จากแผน {}%)", named(*row->activity), format_pct(row->actual),
                                         format_pct(row->planned))
                           : fmt::format("{} ({}% done, {}% planned)", named(*row->activity), format_pct(row->actual),
                                         format_pct(row->planned)));
    if (items.empty()) s.bullets.push_back(th ? "ไม่มีกิจกรรมที่ล่าช้ากว่าแผน" : "No activity is behind plan.");
    else s.bullets.push_back((th ? "กิจกรรมที่ล่าช้ากว่าแผน: " : "Behind plan: ") + join(items));

    items.clear();
    for (const ActivityRow* row : f.overdue)
        items.push_back(th ? fmt::format("{} (สิ้นสุด {} ทำได้ {}%)", named(*row->activity),
                                         format_date(row->activity->end.value, lang), format_pct(row->actual))
                           : fmt::format("{} (ended {}, {}% done)", named(*row->activity),
                                         format_date(row->activity->end.value, lang), format_pct(row->actual)));
    if (items.empty()) s.bullets.push_back(th ? "ไม่มีกิจกรรมที่เกินกำหนด" : "No activity is overdue.");
    else s.bullets.push_back((th ? "กิจกรรมที่เกินกำหนดแล้วยังไม่แล้วเสร็จ: " : "Overdue: ") + join(items));

    if (!r.kpis.empty()) {
        auto kpi = [&](const KpiResult* k) {
            return fmt::format("{} {} ({} {}, {} {})", k->kpi->id.value, k->kpi->text, th ? "ผล" : "result",
                               kpi_value_text(*k), th ? "เกณฑ์" : "criterion", kpi_target_text(*k->kpi));
        };
        auto list = [&](const std::vector<const KpiResult*>& ks) {
            std::vector<std::string> out;
            for (auto* k : ks) out.push_back(kpi(k));
            return join(out);
        };
        std::string met = f.kpis_met.empty() ? (th ? "ไม่มี" : "none") : list(f.kpis_met);
        std::string not_met = f.kpis_not_met.empty() ? (th ? "ไม่มี" : "none") : list(f.kpis_not_met);
        s.bullets.push_back(fmt::format("{}: {}", th ? "ตัวชี้วัดที่บรรลุ" : "KPIs met", met));
        s.bullets.push_back(fmt::format("{}: {}", th ? "ตัวชี้วัดที่ยังไม่บรรลุ" : "KPIs not met", not_met));
        if (!f.kpis_unmeasured.empty()) {
            std::vector<std::string> names;
            for (auto* k : f.kpis_unmeasured) names.push_back(k->kpi->id.value + " " + k->kpi->text);
            s.bullets.push_back(fmt::format("{}: {}", th ? "ตัวชี้วัดที่ยังวัดผลไม่ได้" : "KPIs not measurable yet",
                                            join(names)));
        }
    }

    if (!r.risks.empty()) {
        items.clear();
        for (const RiskResult* rr : f.risks_over) {
            std::string band = rr->band ? rr->band->name.in(lang) : "–";
            items.push_back(th ? fmt::format("{} {} (คะแนน {} ระดับ{})", rr->risk->id.value, rr->risk->title, rr->score, band)
                               : fmt::format("{} {} (score {}, {})", rr->risk->id.value, rr->risk->title, rr->score, band));
        }
        int t = m.rules.risk_threshold;
        if (items.empty())
            s.bullets.push_back(th ? fmt::format("ไม่มีความเสี่ยงที่คะแนนถึงเกณฑ์ที่ต้องบริหาร (คะแนน {} ขึ้นไป)", t)
                                   : fmt::format("No risk scores at or over the threshold of {}.", t));
        else
            s.bullets.push_back((th ? fmt::format("ความเสี่ยงที่คะแนนถึงเกณฑ์ที่ต้องบริหาร (คะแนน {} ขึ้นไป): ", t)
                                    : fmt::format("Risks at or over the threshold of {}: ", t)) +
                                join(items));
    }

    if (f.next_quarter) {
        std::string when = fmt::format("{} ({} – {})", quarter_title(*r.plan, f.next_quarter_number, lang),
                                       format_date(f.next_quarter->start, lang), format_date(f.next_quarter->end, lang));
        // One item per activity, in the order of its first due date: a plan has
        // many steps, a director needs the activities.
        items.clear();
        std::vector<const Activity*> order;
        for (const DueItem& d : f.due_next)
            if (std::find(order.begin(), order.end(), d.activity) == order.end()) order.push_back(d.activity);
        for (const Activity* a : order) {
            int n = 0;
            Date last;
            bool ends = false;
            for (const DueItem& d : f.due_next)
                if (d.activity == a) n += d.step ? 1 : 0, ends = ends || !d.step, last = std::max(last, d.due);
            std::string what = ends ? (th ? "สิ้นสุดกิจกรรม" : "the activity ends")
                               : th ? fmt::format("{} ขั้นตอน", n)
                                    : fmt::format("{} step{}", n, n == 1 ? "" : "s");
            items.push_back(th ? fmt::format("{} ({} ภายใน {})", named(*a), what, format_date(last, lang))
                               : fmt::format("{} ({} by {})", named(*a), what, format_date(last, lang)));
        }
        if (items.empty())
            s.bullets.push_back(th ? fmt::format("ไม่มีงานที่ถึงกำหนดใน{}", when)
                                   : fmt::format("Nothing falls due in {}.", when));
        else
            s.bullets.push_back((th ? fmt::format("งานที่ถึงกำหนดใน{}: ", when) : fmt::format("Due in {}: ", when)) +
                                join(items));
    }
    return s;
}

}  // namespace scmplan

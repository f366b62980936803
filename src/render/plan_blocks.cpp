// The action plan document worded once (plan_blocks.hpp): the published plan's
// sections, headings and table columns, in Thai or English.
#include "plan_blocks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <variant>

#include "scmplan/date_text.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan::plan_doc {

namespace {

using Kind = Block::Kind;

const char* const english_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// "1 มกราคม 2566" (section 11, as published) or ISO.
std::string long_date(Date d, Lang lang) {
    if (lang == Lang::en) return format_iso(d);
    return fmt::format("{} {} {}", d.day(), thai_month_name(d.month()), d.year() + 543);
}

/// Table 12.2's month heading: "ม.ค. 66", "Jan 2023".
std::string month_heading(Date d, Lang lang) {
    if (lang == Lang::en) return fmt::format("{} {}", english_months[d.month() - 1], d.year());
    return fmt::format("{} {:02}", thai_month_abbrev(d.month()), (d.year() + 543) % 100);
}

std::string period_text(Date a, Date b, Lang lang) {
    return fmt::format("{} – {}", format_date(a, lang), format_date(b, lang));
}

Cell cell(std::string text) { return Cell{{std::move(text)}}; }
Cell cell(std::vector<std::string> lines) { return Cell{std::move(lines)}; }

Block text_block(Kind k, std::string text) {
    Block b;
    b.kind = k;
    b.text = std::move(text);
    return b;
}

Block lead(std::string label_text, std::string value) {
    Block b;
    b.kind = Kind::lead;
    b.text = std::move(label_text);
    b.value = value.empty() ? "-" : std::move(value);
    return b;
}

Block list(Kind k, std::vector<std::string> items) {
    Block b;
    b.kind = k;
    b.items = std::move(items);
    return b;
}

Block table_block(Table t) {
    Block b;
    b.kind = Kind::table;
    b.table = std::move(t);
    return b;
}

/// A budget as table 12.1 shows it: the one text when income and expense agree.
std::string budget_text(const Activity& a, Lang lang) {
    if (a.budget_income == a.budget_expense) return a.budget_income.empty() ? "-" : a.budget_income;
    return label_with("plan.budget.pair", lang, a.budget_income.empty() ? "-" : a.budget_income,
                      a.budget_expense.empty() ? "-" : a.budget_expense);
}

void title_block(std::vector<Block>& out, const PlanDocument& d, Lang lang) {
    const Plan& p = *d.plan;
    out.push_back(text_block(Kind::title, p.title));
    // The owning unit and the organisation, each on a line of its own, so
    // that a reader of the document tells them apart.
    if (d.owner_name != p.organisation) out.push_back(text_block(Kind::line, d.owner_name));
    out.push_back(text_block(Kind::line, p.organisation));
    std::string contact;
    if (!p.phone.empty()) contact = label_with("plan.phone", lang, p.phone);
    if (!p.fax.empty()) contact += (contact.empty() ? "" : " ") + label_with("plan.fax", lang, p.fax);
    if (!contact.empty()) out.push_back(text_block(Kind::line, contact));
    if (!p.email.empty()) out.push_back(text_block(Kind::line, label_with("plan.email", lang, p.email)));
}

void sections_1_to_7(std::vector<Block>& out, const PlanDocument& d, const Model& m, Lang lang) {
    const Plan& p = *d.plan;
    out.push_back(text_block(Kind::heading, label("plan.s1", lang)));
    std::string para;
    auto flush = [&] {
        if (!para.empty()) out.push_back(text_block(Kind::paragraph, para));
        para.clear();
    };
    for (std::size_t i = 0; i <= p.rationale.size(); ++i) {
        // Paragraphs are separated by blank lines; a single line break stays a space.
        if (i == p.rationale.size() || (p.rationale[i] == '\n' && i + 1 < p.rationale.size() &&
                                        p.rationale[i + 1] == '\n')) {
            flush();
            while (i + 1 < p.rationale.size() && p.rationale[i + 1] == '\n') ++i;
        } else para += p.rationale[i] == '\n' ? ' ' : p.rationale[i];
    }
    out.push_back(text_block(Kind::heading, label("plan.s2", lang)));
    out.push_back(list(Kind::numbered, p.objectives));
    out.push_back(text_block(Kind::heading, label("plan.s3", lang)));
    std::vector<std::string> benefits;
    for (std::size_t i = 0; i < p.benefits.size(); ++i) benefits.push_back(fmt::format("3.{} {}", i + 1, p.benefits[i]));
    for (auto& b : benefits) out.push_back(text_block(Kind::paragraph, b));
    out.push_back(text_block(Kind::heading, label("plan.s4", lang)));
    out.push_back(lead(label("plan.output", lang), p.output));
    out.push_back(lead(label("plan.outcome", lang), p.outcome));
    out.push_back(lead(label("plan.s5", lang), p.responsible));
    if (auto units = units_table(d, m, lang)) out.push_back(table_block(std::move(*units)));
    out.push_back(lead(label("plan.s6", lang), p.budget));
    out.push_back(text_block(Kind::heading, label("plan.s7", lang)));
    out.push_back(text_block(Kind::paragraph, p.target));
}

void section_8(std::vector<Block>& out, const PlanDocument& d, const Model& m, Lang lang) {
    const Plan& p = *d.plan;
    const ScoreView& v = d.scores;
    const int dec = m.rules.score_decimals;
    out.push_back(text_block(Kind::heading, label("plan.s8", lang)));
    if (!v.enabler || v.years.empty()) {
        out.push_back(text_block(Kind::paragraph, label("plan.s8.none", lang)));
    } else {
        std::string years;
        for (std::size_t i = 0; i < v.years.size(); ++i)
            years += (i == 0 ? "" : i + 1 == v.years.size() ? (lang == Lang::th ? " และ " : " and ") : ", ") +
                     std::to_string(shown_year(v.years[i], lang));
        out.push_back(text_block(Kind::paragraph, label_with("plan.s8.lead", lang, v.enabler->name.in(lang),
                                                          v.enabler->code.value, years)));
        Table t;
        t.columns.push_back(label("plan.s8.topic", lang));
        t.wrap.push_back(true);
        // The topics take 40% of the page, the years share the rest.
        t.shares.push_back(40 * static_cast<int>(v.years.size()));
        for (int y : v.years) {
            t.columns.push_back(label_with("plan.s8.year", lang, shown_year(y, lang)));
            t.wrap.push_back(false);
            t.shares.push_back(60);
        }
        auto aggregate_cells = [&](std::vector<Cell>& row, const ScoreRow& r, bool bold) {
            for (const ScoreCell& c : r.cells) {
                std::string text = "–";
                if (c.value && c.mismatch)
                    text = label_with("plan.s8.mismatch", lang, format_score(*c.value, dec), format_score(*c.reported, dec));
                else if (c.value) text = format_score(*c.value, dec);
                else if (c.reported) text = format_score(*c.reported, dec);
                Cell x = cell(text);
                x.bold = bold;
                row.push_back(x);
            }
        };
        std::size_t topic = 0;
        for (std::size_t k = 0; k < v.enabler->modules.size(); ++k) {
            const Module& mod = v.enabler->modules[k];
            Cell group = cell(label_with("plan.s8.module", lang, k + 1, mod.name.in(lang)));
            group.bold = true;
            group.span = static_cast<int>(t.columns.size());
            t.rows.push_back({group});
            for (std::size_t i = 0; i < mod.topics.size() && topic < v.topics.size(); ++i, ++topic) {
                const ScoreRow& r = v.topics[topic];
                std::vector<Cell> row{cell(fmt::format("{}. {}", i + 1, r.name ? r.name->in(lang) : r.code))};
                for (const ScoreCell& c : r.cells) row.push_back(cell(c.value ? format_score(*c.value, dec) : "–"));
                t.rows.push_back(std::move(row));
            }
            std::vector<Cell> row{cell(label("plan.s8.score", lang))};
            aggregate_cells(row, v.aggregates[k], false);
            t.rows.push_back(std::move(row));
        }
        const ScoreRow& total = v.aggregates.back();
        Cell name = cell(label("plan.s8.total", lang));
        name.bold = true;
        std::vector<Cell> row{name};
        aggregate_cells(row, total, true);
        t.rows.push_back(std::move(row));
        out.push_back(table_block(std::move(t)));
        bool any_mismatch = false;
        for (const ScoreRow& r : v.aggregates)
            for (const ScoreCell& c : r.cells) any_mismatch = any_mismatch || (c.value && c.mismatch);
        if (any_mismatch) out.push_back(text_block(Kind::paragraph, label("plan.s8.note", lang)));
        if (!p.achievements.empty()) {
            out.push_back(text_block(Kind::paragraph,
                                  label_with("plan.s8.achievements", lang, shown_year(v.years.back(), lang))));
            out.push_back(list(Kind::numbered, p.achievements));
        }
        const std::size_t n = total.cells.size();
        if (n >= 2 && total.cells[n - 1].value && total.cells[n - 1].change) {
            double change = *total.cells[n - 1].change;
            LabelKey dir = change > 0 ? LabelKey("plan.s8.up") : change < 0 ? LabelKey("plan.s8.down") : LabelKey("plan.s8.same");
            out.push_back(text_block(Kind::paragraph,
                                  label_with("plan.s8.change", lang, shown_year(v.years[n - 1], lang),
                                             format_score(*total.cells[n - 1].value, dec), label(dir, lang),
                                             shown_year(v.years[n - 2], lang), format_score(std::fabs(change), dec))));
        }
    }
}

void section_9(std::vector<Block>& out, const PlanDocument& d, Lang lang) {
    const Plan& p = *d.plan;
    out.push_back(text_block(Kind::heading, label("plan.s9", lang)));
    if (d.gaps.empty()) {
        out.push_back(text_block(Kind::paragraph, label("plan.s9.none", lang)));
        return;
    }
    out.push_back(text_block(Kind::paragraph, label("plan.s9.lead", lang)));
    std::vector<std::string> items;
    for (const PlanDocGap& g : d.gaps)
        items.push_back(g.gap->topic ? fmt::format("{} ({}) {}", g.gap->id.value, g.gap->topic->value, g.gap->text)
                                     : fmt::format("{} {}", g.gap->id.value, g.gap->text));
    out.push_back(list(Kind::numbered, items));
    if (d.gaps_taken_up == 0) return;
    out.push_back(text_block(Kind::paragraph, label_with("plan.s9.taken", lang, d.gaps_taken_up)));
    Table t;
    t.columns = {label("plan.s9.id", lang), label_with("plan.s9.item", lang, shown_year(p.year.value, lang)),
                 label("plan.s9.action", lang), label("plan.s9.activities", lang)};
    t.wrap = {false, true, true, true};
    t.shares = {8, 36, 28, 28};
    for (const PlanDocGap& g : d.gaps) {
        if (!g.taken_up) continue;
        std::vector<std::string> acts;
        for (const Activity* a : g.activities) acts.push_back(fmt::format("{} {}", a->id.value, a->title));
        if (acts.empty()) acts.push_back("-");
        t.rows.push_back({cell(g.gap->id.value), cell(g.gap->text), cell(g.gap->action.empty() ? "-" : g.gap->action),
                          cell(acts)});
    }
    out.push_back(table_block(std::move(t)));
}

LabelKey measure_label(Measure m) {
    switch (m) {
        case Measure::activities_done: return "plan.measure.activities_done";
        case Measure::gaps_closed: return "plan.measure.gaps_closed";
        case Measure::completion: return "plan.measure.completion";
        case Measure::on_time: break;
    }
    return "plan.measure.on_time";
}

void sections_10_11(std::vector<Block>& out, const PlanDocument& d, Lang lang) {
    const Plan& p = *d.plan;
    out.push_back(text_block(Kind::heading, label("plan.s10", lang)));
    if (!p.indicator_quantitative.empty())
        out.push_back(lead(label("plan.s10.quantitative", lang), p.indicator_quantitative));
    if (!p.indicator_qualitative.empty())
        out.push_back(lead(label("plan.s10.qualitative", lang), p.indicator_qualitative));
    if (!p.kpis.empty()) {
        Table t;
        t.columns = {label("plan.col.no", lang), label("kpi", lang), label("plan.s10.criterion", lang)};
        t.wrap = {false, true, false};
        t.shares = {9, 61, 30};
        for (const Kpi& k : p.kpis)
            t.rows.push_back({cell(k.id.value), cell(k.text),
                              cell(label_with(measure_label(k.measure.value), lang, kpi_target_text(k)))});
        out.push_back(table_block(std::move(t)));
    }
    out.push_back(lead(label("plan.s11", lang), fmt::format("{} – {}", long_date(p.start.value, lang),
                                                            long_date(p.end.value, lang))));
    out.push_back(text_block(Kind::paragraph,
                             label_with(p.quarters == QuarterScheme::fiscal ? LabelKey("plan.s11.fiscal")
                                                                            : LabelKey("plan.s11.calendar"),
                                        lang, p.year.value)));
}

/// The reports row of tables 12.1 and 12.2: the step's lines.
std::vector<std::string> report_lines(const PlanDocument& d, Lang lang) {
    std::vector<std::string> lines{label("plan.reports", lang)};
    for (const PlanDocReport& r : d.reports)
        lines.push_back("- " + label_with("plan.reports.quarter", lang, r.quarter, format_date(r.due, lang)));
    return lines;
}

void section_12(std::vector<Block>& out, const PlanDocument& d, const Model& m, Lang lang) {
    const Plan& p = *d.plan;
    out.push_back(text_block(Kind::heading, label("plan.s12", lang)));

    out.push_back(text_block(Kind::subheading, label_with("plan.s12.1", lang, p.enabler.value)));
    Table steps;
    steps.columns = {label("plan.col.no", lang), label("plan.col.step", lang), label("plan.col.period", lang),
                     label("plan.col.budget", lang), label("plan.col.owner", lang)};
    steps.wrap = {false, true, true, true, true};
    steps.shares = {9, 43, 18, 15, 15};
    for (const Activity* a : d.activities)
        steps.rows.push_back({cell(a->id.value), cell(a->title), cell(period_text(a->start.value, a->end.value, lang)),
                              cell(budget_text(*a, lang)), cell(owners_text(*a))});
    steps.rows.push_back({cell(""), cell(report_lines(d, lang)),
                          cell(label_with("plan.reports.period", lang, m.rules.report_due_working_days)), cell("-"),
                          cell(p.owner.value)});
    out.push_back(table_block(std::move(steps)));

    out.push_back(text_block(Kind::subheading, label("plan.s12.2", lang)));
    Table months;
    months.wide = true;
    months.columns = {label("plan.col.no", lang), label("plan.col.step", lang)};
    months.wrap = {false, true};
    // The months share 72% of the page, the step's title 23%.
    const int n = static_cast<int>(d.months.size());
    months.shares = {5 * n, 23 * n};
    for (Date mo : d.months) {
        months.columns.push_back(month_heading(mo, lang));
        months.wrap.push_back(false);
        months.shares.push_back(72);
    }
    for (std::size_t i = 0; i < d.activities.size(); ++i) {
        std::vector<Cell> row{cell(d.activities[i]->id.value), cell(d.activities[i]->title)};
        for (bool on : d.activity_months[i]) {
            Cell c = cell(on ? month_mark : "");
            c.shaded = on;
            c.center = true;
            row.push_back(c);
        }
        months.rows.push_back(std::move(row));
    }
    std::vector<Cell> reports{cell(""), cell(label("plan.reports", lang))};
    for (std::size_t k = 0; k < d.months.size(); ++k) {
        bool due = false;
        for (const PlanDocReport& r : d.reports) due = due || r.month == k;
        Cell c = cell(due ? report_mark : "");
        c.center = true;
        reports.push_back(c);
    }
    months.rows.push_back(std::move(reports));
    out.push_back(table_block(std::move(months)));
    out.push_back(text_block(Kind::paragraph, label("plan.timeline.legend", lang)));

    out.push_back(text_block(Kind::subheading, label_with("plan.s12.3", lang, p.enabler.value)));
    Table acts;
    acts.wide = true;
    acts.columns = {label("plan.col.no", lang),     label("plan.col.activity", lang), label("plan.col.owner", lang),
                    label("plan.col.place", lang),  label("plan.col.target", lang),   label("plan.col.period", lang),
                    label("plan.col.income", lang), label("plan.col.expense", lang)};
    acts.wrap = {false, true, true, true, true, true, true, true};
    acts.shares = {6, 32, 10, 10, 16, 10, 8, 8};
    for (const Activity* a : d.activities) {
        Cell title = activity_cell(*a, lang);
        std::vector<std::string> target{a->target.text.empty() ? "-" : a->target.text};
        if (a->target.op && a->target.value) target.push_back(target_value_text(*a));
        acts.rows.push_back({cell(a->id.value), title, cell(owners_text(*a)), cell(a->place.empty() ? "-" : a->place),
                             cell(target), cell(period_text(a->start.value, a->end.value, lang)),
                             cell(a->budget_income.empty() ? "-" : a->budget_income),
                             cell(a->budget_expense.empty() ? "-" : a->budget_expense)});
    }
    out.push_back(table_block(std::move(acts)));
}

std::string position_text(const Assessment* a, int score, const RiskBand* band, Lang lang, bool with_date) {
    if (!a) return label("plan.risk.not_given", lang);
    std::string detail = label_with("plan.risk.score", lang, score);
    if (band) detail += " " + band->name.in(lang);
    if (with_date) detail += ", " + label_with("plan.risk.assessed", lang, format_date(a->as_of.value, lang));
    return fmt::format("{} X {} ({})", a->likelihood.value, a->impact.value, detail);
}

void section_13(std::vector<Block>& out, const PlanDocument& d, const Model& m, Lang lang) {
    out.push_back(text_block(Kind::heading, label("plan.s13", lang)));
    if (d.risks.empty()) {
        out.push_back(text_block(Kind::paragraph, label("plan.s13.none", lang)));
        return;
    }
    for (const PlanDocRisk& r : d.risks) {
        const Risk& risk = *r.risk;
        out.push_back(text_block(Kind::subheading, fmt::format("{} {}", risk.id.value, risk.title)));
        auto items = [&](LabelKey key, const std::vector<std::string>& texts) {
            if (texts.empty()) return;
            out.push_back(text_block(Kind::paragraph, label(key, lang)));
            out.push_back(list(Kind::bullets, texts));
        };
        items("plan.risk.factors", risk.factors);
        items("plan.risk.mitigation", risk.mitigation);
        items("plan.risk.monitoring", risk.monitoring);
        out.push_back(lead(label("plan.risk.current", lang),
                           position_text(r.current, r.current_score, r.current_band, lang, true)));
        std::string target = label("plan.risk.not_given", lang);
        if (r.target)
            target = fmt::format("{} X {} ({}{})", r.target->likelihood, r.target->impact,
                                 label_with("plan.risk.score", lang, r.target->score),
                                 r.target->band ? " " + r.target->band->name.in(lang) : "");
        out.push_back(lead(label("plan.risk.target", lang), target));
        if (!risk.measure.empty()) out.push_back(lead(label("plan.risk.measure", lang), risk.measure));

        Table t;
        Cell l = cell(label("plan.risk.likelihood", lang)), i = cell(label("plan.risk.impact", lang));
        l.span = i.span = 3;
        l.bold = i.bold = true;
        t.group = {l, i};
        const std::string level = label("plan.risk.level", lang), meaning = label("plan.risk.meaning", lang),
                          detail = label("plan.risk.detail", lang);
        t.columns = {level, meaning, detail, level, meaning, detail};
        t.wrap = {false, false, true, false, false, true};
        t.shares = {8, 11, 31, 8, 11, 31};
        auto level_cells = [&](std::vector<Cell>& row, const Scale& s, int n) {
            for (const ScaleLevel& lv : s.levels)
                if (lv.level.value == n) {
                    Cell c = cell(std::to_string(n));
                    c.center = true;
                    Cell text = cell(lv.text);
                    if (lv.when) {
                        const Condition& w = *lv.when;
                        std::string value = std::holds_alternative<Date>(w.value)
                                                ? format_date(std::get<Date>(w.value), lang)
                                                : format_number(std::get<double>(w.value));
                        text.lines.push_back(label_with("plan.risk.when", lang, w.metric.text(), op_symbol(w.op), value));
                    }
                    row.insert(row.end(), {c, cell(lv.label), text});
                    return;
                }
            row.insert(row.end(), {cell(std::to_string(n)), cell("-"), cell("-")});
        };
        for (int n = 5; n >= 1; --n) {
            std::vector<Cell> row;
            level_cells(row, risk.likelihood, n);
            level_cells(row, risk.impact, n);
            t.rows.push_back(std::move(row));
        }
        out.push_back(table_block(std::move(t)));
    }
    out.push_back(text_block(Kind::subheading, label("plan.risk.profile", lang)));
    Block profile;
    profile.kind = Kind::risk_profile;
    out.push_back(profile);
    out.push_back(text_block(Kind::paragraph, label("plan.risk.markers", lang)));
    out.push_back(text_block(Kind::paragraph, label_with("plan.risk.note", lang, m.rules.risk_threshold)));
}

void approval(std::vector<Block>& out, const PlanDocument& d, const Model& m, Lang lang) {
    const std::string dots = "........................";
    const Signatures none;
    const Signatures& s = m.workspace ? m.workspace->signatures : none;
    out.push_back(text_block(Kind::heading, label("plan.approval", lang)));
    Table t;
    t.borderless = true;
    t.columns = {label("plan.prepared", lang), label("plan.reviewed", lang), label("plan.approved", lang)};
    t.wrap = {true, true, true};
    t.shares = {1, 1, 1};
    auto signer = [&](const std::optional<Signer>& who, std::string default_position) {
        std::string name = who && !who->name.empty() ? who->name : dots;
        std::string position = who && !who->position.empty() ? who->position : default_position;
        // The first line is left blank: room to sign above the signature line.
        Cell c = cell(std::vector<std::string>{
            "", fmt::format("{} {}", label("plan.sign", lang), dots), fmt::format("({})", name),
            fmt::format("{} {}", label("plan.position", lang), position),
            fmt::format("{} {}", label("plan.date", lang), dots)});
        c.center = true;
        return c;
    };
    std::string director = lang == Lang::th ? label("plan.director", lang) + d.plan->organisation
                                            : label("plan.director", lang) + ", " + d.plan->organisation;
    t.rows.push_back({signer(s.prepared_by, dots), signer(s.reviewed_by, dots), signer(s.approved_by, director)});
    out.push_back(table_block(std::move(t)));
}

}  // namespace

std::vector<Block> plan_blocks(const PlanDocument& d, const Model& m, Lang lang) {
    std::vector<Block> out;
    title_block(out, d, lang);
    sections_1_to_7(out, d, m, lang);
    section_8(out, d, m, lang);
    section_9(out, d, lang);
    sections_10_11(out, d, lang);
    section_12(out, d, m, lang);
    section_13(out, d, m, lang);
    approval(out, d, m, lang);
    return out;
}

}  // namespace scmplan::plan_doc

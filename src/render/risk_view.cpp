// The risk register: Markdown, CSV, JSON, and the heat map as a GFM table
// (the SVG picture is in risk_svg.cpp).
#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "scmplan/json_writer.hpp"
#include "json_parts.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"
#include "md_table.hpp"
#include "risk_parts.hpp"

namespace scmplan {

std::string with_metric_unit(MetricUnit unit, const std::string& number, Lang lang) {
    switch (unit) {
        case MetricUnit::points: return label_with("views.risk.points", lang, number);
        case MetricUnit::days: return label_with("views.risk.days", lang, number);
        case MetricUnit::percent:
        case MetricUnit::date: break;
    }
    return number + "%";
}

std::string metric_value_text(MetricUnit unit, double value, Lang lang) {
    return with_metric_unit(unit, unit == MetricUnit::days ? format_number(value) : format_pct(value), lang);
}

const std::string& band_name(const RiskBand* b, Lang lang) {
    static const std::string dash = "–";
    return b ? b->name.in(lang) : dash;
}

std::string level_text(int level) { return level ? std::to_string(level) : std::string("–"); }

std::string risk_ids(const std::vector<const Risk*>& risks) {
    std::string out;
    for (const Risk* r : risks) out += (out.empty() ? "" : ", ") + r->id.value;
    return out;
}

LabelKey basis_key(const RiskResult& r) {
    if (!r.likelihood.level || !r.impact.level) return "views.risk.unknown";
    if (r.derived) return "views.risk.derived";
    if (!r.likelihood.derived && !r.impact.derived) return "views.risk.assessed";
    return "views.risk.mixed";
}

namespace {

/// The scale's label for a level ("น้อย"), or "".
std::string scale_label(const Scale& s, int level) {
    for (const ScaleLevel& l : s.levels)
        if (l.level.value == level) return l.label;
    return {};
}

/// The condition as written in the risk file: "activity.A01.completed_on <= 2023-04-30".
std::string condition_text(const Condition& c) {
    std::string value;
    if (const Date* d = std::get_if<Date>(&c.value)) value = format_iso(*d);
    else value = format_number(std::get<double>(c.value));
    return fmt::format("{} {} {}", c.metric.text(), op_text(c.op), value);
}

/// The metric's value that decided the level, for people.
std::string measured_text(const LevelDecision& d, Lang lang) {
    if (!d.condition) return "–";
    if (d.condition->metric.is_date()) {
        if (!d.measured_on) return "–";
        if (d.projected) return format_date(*d.measured_on, lang) + " (" + label("views.risk.projected", lang) + ")";
        return format_date(*d.measured_on, lang);
    }
    if (!d.measured) return "–";
    return metric_value_text(d.condition->metric.unit(), *d.measured, lang);
}


std::string bands_legend(const Rules& rules, Lang lang) {
    std::string out;
    for (const RiskBand& b : rules.bands)
        out += fmt::format("{}{} {}–{}", out.empty() ? "" : " · ", md_cell(b.name.in(lang)), b.min, b.max);
    return out;
}


}  // namespace

std::string heat_map_md(const HeatMap& map, Lang lang) {
    using Align = MdTable::Align;
    MdTable t({{label("views.risk.corner", lang), Align::left}, {"1", Align::center}, {"2", Align::center},
               {"3", Align::center}, {"4", Align::center}, {"5", Align::center}});
    for (int l = 5; l >= 1; --l) {
        std::vector<std::string> row = {fmt::format("**{}**", l)};
        for (int i = 1; i <= 5; ++i) {
            const HeatCell& c = map.at(l, i);
            std::string cell = std::to_string(c.score);
            for (const Risk* r : c.current) cell += " ● " + md_cell(r->id.value);
            for (const Risk* r : c.target) cell += " ◎ " + md_cell(r->id.value);
            row.push_back(cell);
        }
        t.row(std::move(row));
    }
    return t.str();
}

// ---- Markdown --------------------------------------------------------------------

namespace {

void risk_md(std::string& out, const RiskResult& rr, Date as_of, const Model& m, Lang lang) {
    const Risk& r = *rr.risk;
    out += fmt::format("## {} {}\n\n", md_cell(r.id.value), md_cell(r.title));
    auto level_cell = [&](const LevelDecision& d, const Scale& s) {
        std::string lab = d.level ? scale_label(s, d.level) : "";
        return lab.empty() ? level_text(d.level) : fmt::format("{} ({})", d.level, md_cell(lab));
    };
    out += "| | |\n|---|---|\n";
    out += fmt::format("| {} | {} |\n", label("likelihood", lang), level_cell(rr.likelihood, r.likelihood));
    out += fmt::format("| {} | {} |\n", label("impact", lang), level_cell(rr.impact, r.impact));
    out += fmt::format("| {} | {} |\n", label("score", lang), rr.score ? std::to_string(rr.score) : "–");
    out += fmt::format("| {} | {} |\n", label("band", lang), md_cell(band_name(rr.band, lang)));
    out += fmt::format("| {} | {} |\n", label("over_threshold", lang),
                       label_with(rr.over_threshold ? LabelKey("threshold.yes") : LabelKey("threshold.no"), lang,
                                   m.rules.risk_threshold));
    out += fmt::format("| {} | {} |\n", label("risk.basis", lang), label(basis_key(rr), lang));
    if (auto t = risk_target(r, m.rules))
        out += fmt::format("| {} | {} × {} = {} ({}) |\n", label("target", lang), t->likelihood, t->impact, t->score,
                           md_cell(band_name(t->band, lang)));
    else
        out += fmt::format("| {} | – |\n", label("target", lang));
    out += "\n";

    // The condition as written in the rules is in the appendix (risk_conditions_md).
    using Align = MdTable::Align;
    MdTable t({{"", Align::left}, {label("views.risk.level", lang), Align::right},
               {label("views.risk.measured", lang), Align::left}, {label("views.risk.explanation", lang), Align::left}});
    auto basis_row = [&](LabelKey key, const LevelDecision& d) {
        t.row({label(key, lang), level_text(d.level), measured_text(d, lang), md_cell(explain_level(d, as_of, lang))});
    };
    basis_row("likelihood", rr.likelihood);
    basis_row("impact", rr.impact);
    out += t.str() + "\n";

    auto list = [&](LabelKey key, const std::vector<std::string>& items) {
        out += fmt::format("**{}**\n\n", label(key, lang));
        if (items.empty()) out += fmt::format("- {}\n", label("none", lang));
        for (const auto& s : items) out += fmt::format("- {}\n", md_cell(s));
        out += "\n";
    };
    list("views.risk.factors", r.factors);
    list("views.risk.mitigation", r.mitigation);
    list("views.risk.monitoring", r.monitoring);
}

/// The appendix of the register: each level's condition as the risk file
/// writes it ("activity.A01.completed_on <= 2023-04-30"), for whoever checks
/// the rules; the director's text above says the same in words.
void risk_conditions_md(std::string& out, const RiskRegister& reg, Lang lang) {
    using Align = MdTable::Align;
    MdTable t({{"", Align::left}, {"", Align::left}, {label("views.risk.level", lang), Align::right},
               {label("views.risk.condition", lang), Align::left}});
    bool any = false;
    for (const RiskResult& rr : reg.risks)
        for (auto [key, d] : {std::pair{LabelKey("likelihood"), &rr.likelihood}, std::pair{LabelKey("impact"), &rr.impact}}) {
            if (!d->condition) continue;
            any = true;
            t.row({md_cell(rr.risk->id.value), label(key, lang), level_text(d->level),
                   md_cell(condition_text(*d->condition))});
        }
    if (!any) return;
    out += fmt::format("## {}: {}\n\n", label("appendix", lang), label("views.risk.conditions", lang));
    out += t.str() + "\n";
}

}  // namespace

std::string render_risk_md(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string out;
    for (std::size_t k = 0; k < regs.size(); ++k) {
        const RiskRegister& reg = regs[k];
        if (k) out += "\n---\n\n";
        out += fmt::format("# {} — {} {}\n\n", label("views.risk.title", lang), label("as_of", lang),
                           format_date(reg.as_of, lang));
        out += fmt::format("**{}** ({})\n\n", md_cell(reg.plan->title), md_cell(reg.plan->id.value));
        out += fmt::format("## {}\n\n", heat_map_caption(lang));
        out += heat_map_md(reg.map, lang) + "\n";
        out += fmt::format("{}: {}; {}\n\n", label("views.risk.bands", lang), bands_legend(m.rules, lang),
                           label_with("views.risk.threshold", lang, m.rules.risk_threshold));
        out += fmt::format("● {} · ◎ {}\n\n", label("views.risk.current", lang), label("views.risk.target", lang));
        if (reg.risks.empty()) out += label("views.risk.no_risks", lang) + "\n\n";
        for (const RiskResult& rr : reg.risks) risk_md(out, rr, reg.as_of, m, lang);
        risk_conditions_md(out, reg, lang);
        out += fmt::format("_{}_\n", label("generated", lang));
    }
    return out;
}

// ---- CSV ---------------------------------------------------------------------------

std::string render_risk_csv(const std::vector<RiskRegister>& regs, const RenderOptions& o) {
    std::string out = table_header("plan,risk,title,as_of,likelihood,impact,score,band,over_threshold,derived,"
                                   "target_likelihood,target_impact,likelihood_basis,impact_basis," + plan_id_columns(), o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    auto opt_level = [](int l) { return l ? std::to_string(l) : std::string(); };
    for (const RiskRegister& reg : regs)
        for (const RiskResult& rr : reg.risks) {
            const Risk& r = *rr.risk;
            std::vector<std::string> cells = {
                f(reg.plan->id.value),
                f(r.id.value),
                f(r.title),
                format_iso(reg.as_of),
                opt_level(rr.likelihood.level),
                opt_level(rr.impact.level),
                rr.score ? std::to_string(rr.score) : "",
                rr.band ? f(rr.band->name.in(Lang::en)) : "",
                rr.over_threshold ? "true" : "false",
                rr.derived ? "true" : "false",
                r.target_likelihood ? std::to_string(r.target_likelihood->value) : "",
                r.target_impact ? std::to_string(r.target_impact->value) : "",
                f(explain_level(rr.likelihood, reg.as_of, Lang::en)),
                f(explain_level(rr.impact, reg.as_of, Lang::en)),
            };
            append_plan_id(cells, *reg.plan, o);
            out += table_row(cells, o);
        }
    return out;
}

// ---- JSON --------------------------------------------------------------------------

namespace {

void ids_json(JsonWriter& w, std::string_view key, const std::vector<const Risk*>& risks) {
    w.key(key);
    w.begin_array();
    for (const Risk* r : risks) w.value(r->id.value);
    w.end_array();
}

void strings_json(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
    w.key(key);
    w.begin_array();
    for (const auto& s : items) w.value(s);
    w.end_array();
}

void basis_json(JsonWriter& w, std::string_view key, const LevelDecision& d, Date as_of) {
    w.key(key);
    w.begin_object();
    json_level(w, "level", d.level);
    w.field("derived", d.derived);
    w.key("assessed_on");
    if (d.assessed_on) w.value(format_iso(*d.assessed_on));
    else w.null();
    w.key("condition");
    if (d.condition) {
        w.begin_object();
        w.field("metric", d.condition->metric.text());
        w.field("op", op_text(d.condition->op));
        w.key("value");
        if (const Date* x = std::get_if<Date>(&d.condition->value)) w.value(format_iso(*x));
        else w.number(std::get<double>(d.condition->value));
        w.field("held", d.basis == LevelDecision::Basis::held);
        w.end_object();
    } else {
        w.null();
    }
    w.key("measured");
    if (d.measured) w.number(*d.measured, 1);
    else w.null();
    w.key("measured_on");
    if (d.measured_on) w.value(format_iso(*d.measured_on));
    else w.null();
    w.field("projected", d.projected);
    w.key("planned_finish");
    if (d.planned_finish) w.value(format_iso(*d.planned_finish));
    else w.null();
    w.field("explanation", explain_level(d, as_of, Lang::en));
    w.end_object();
}

}  // namespace

std::string render_risk_json(const std::vector<RiskRegister>& regs, const Model& m) {
    JsonWriter w;
    w.begin_array();
    for (const RiskRegister& reg : regs) {
        w.begin_object();
        w.field("plan", reg.plan->id.value);
        json_plan_id_fields(w, *reg.plan);
        w.field("as_of", format_iso(reg.as_of));
        w.field("threshold", m.rules.risk_threshold);
        w.key("risks");
        w.begin_array();
        for (const RiskResult& rr : reg.risks) {
            const Risk& r = *rr.risk;
            w.begin_object();
            w.field("id", r.id.value);
            w.field("title", r.title);
            json_risk_score_fields(w, rr);
            w.field("derived", rr.derived);
            basis_json(w, "likelihood_basis", rr.likelihood, reg.as_of);
            basis_json(w, "impact_basis", rr.impact, reg.as_of);
            w.key("target");
            if (auto t = risk_target(r, m.rules)) {
                w.begin_object();
                w.field("likelihood", t->likelihood);
                w.field("impact", t->impact);
                w.field("score", t->score);
                json_band(w, t->band);
                w.end_object();
            } else {
                w.null();
            }
            strings_json(w, "factors", r.factors);
            strings_json(w, "mitigation", r.mitigation);
            strings_json(w, "monitoring", r.monitoring);
            w.end_object();
        }
        w.end_array();
        w.key("matrix");
        w.begin_array();
        for (int l = 5; l >= 1; --l) {
            w.begin_object();
            w.field("likelihood", l);
            w.key("cells");
            w.begin_array();
            for (int i = 1; i <= 5; ++i) {
                const HeatCell& c = reg.map.at(l, i);
                w.begin_object();
                w.field("impact", i);
                w.field("score", c.score);
                json_band(w, c.band);
                w.key("colour");
                if (c.band && !c.band->colour.empty()) w.value(c.band->colour);
                else w.null();
                w.field("over_threshold", c.over_threshold);
                ids_json(w, "current", c.current);
                ids_json(w, "target", c.target);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    return w.str();
}

// ---- SVG ---------------------------------------------------------------------------

}  // namespace scmplan

// The score table: baseline topic scores by year, computed vs reported
// aggregates, year-on-year change, uplift ranking and what-if. Markdown, CSV, JSON.
#include <fmt/format.h>

#include <cstdlib>

#include "scmplan/json_writer.hpp"
#include "json_parts.hpp"
#include "scmplan/render_views.hpp"
#include "md_table.hpp"

namespace scmplan {

std::string format_score(double x, int decimals) {
    std::string s = fmt::format("{:.{}f}", round_to(x, decimals), decimals);
    if (s.starts_with("-") && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
    return s;
}

std::string format_change(double x, int decimals) {
    std::string s = format_score(x, decimals);
    if (s.find_first_not_of("0.") == std::string::npos) return s;  // zero
    return s.starts_with("-") ? s : "+" + s;
}

namespace {

/// x without binary noise (0.7 × 0.5 → 0.35, not 0.34999999999999998): 10 significant digits.
double tidy(double x) { return std::strtod(fmt::format("{:.10g}", x).c_str(), nullptr); }

/// Weights and their products in their shortest form: "0.35".
std::string weight_text(double w) { return format_number(tidy(w)); }

std::string score_or_dash(const std::optional<double>& x, int d) { return x ? format_score(*x, d) : "–"; }

std::string aggregate_cell(const ScoreCell& c, int d, Lang lang) {
    if (c.mismatch)
        return label_with("views.score.mismatch", lang, format_score(*c.value, d),
                           format_score(*c.reported, d));
    if (!c.value && c.reported)
        return label_with("views.score.reported_only", lang, format_score(*c.reported, d));
    return score_or_dash(c.value, d);
}

std::string code_cell(const ScoreRow& r) {
    return r.kind == ScoreRow::Kind::enabler ? "**" + md_cell(r.code) + "**" : md_cell(r.code);
}

std::string name_cell(const ScoreRow& r, Lang lang) { return r.name ? md_cell(r.name->in(lang)) : ""; }

using Align = MdTable::Align;

/// The first columns given, then one right-aligned column per year.
std::vector<MdTable::Column> with_years(std::vector<MdTable::Column> cols, const std::vector<int>& years) {
    for (int y : years) cols.push_back({std::to_string(y), Align::right});
    return cols;
}

void tables_md(std::string& out, const ScoreView& v, int d, Lang lang) {
    out += fmt::format("## {}\n\n", label("views.score.topics", lang));
    MdTable topics(with_years(
        {{label("views.score.topic", lang), Align::left}, {"", Align::left}, {label("views.score.weight", lang), Align::right}},
        v.years));
    for (const ScoreRow& r : v.topics) {
        std::vector<std::string> row = {code_cell(r), name_cell(r, lang), weight_text(r.weight)};
        for (const ScoreCell& c : r.cells) row.push_back(score_or_dash(c.value, d));
        topics.row(std::move(row));
    }
    out += topics.str() + "\n";

    out += fmt::format("## {}\n\n", label("views.score.aggregates", lang));
    MdTable aggregates(
        with_years({{"", Align::left}, {"", Align::left}, {label("views.score.weight", lang), Align::right}}, v.years));
    for (const ScoreRow& r : v.aggregates) {
        std::vector<std::string> row = {code_cell(r), name_cell(r, lang),
                                        r.kind == ScoreRow::Kind::enabler ? "" : weight_text(r.weight)};
        for (const ScoreCell& c : r.cells) row.push_back(aggregate_cell(c, d, lang));
        aggregates.row(std::move(row));
    }
    out += aggregates.str() + "\n" + label_with("views.score.aggregates.note", lang, d) + "\n\n";

    if (v.years.size() < 2) return;
    out += fmt::format("## {}\n\n", label("views.score.change", lang));
    std::vector<MdTable::Column> cols = {{"", Align::left}, {"", Align::left}};
    for (std::size_t i = 1; i < v.years.size(); ++i)
        cols.push_back({fmt::format("{}→{}", v.years[i - 1], v.years[i]), Align::right});
    MdTable changes(std::move(cols));
    auto change_row = [&](const ScoreRow& r) {
        std::vector<std::string> row = {code_cell(r), name_cell(r, lang)};
        for (std::size_t i = 1; i < r.cells.size(); ++i)
            row.push_back(r.cells[i].change ? format_change(*r.cells[i].change, d) : "–");
        changes.row(std::move(row));
    };
    for (const ScoreRow& r : v.topics) change_row(r);
    for (const ScoreRow& r : v.aggregates) change_row(r);
    out += changes.str() + "\n";
}

void uplift_md(std::string& out, const ScoreView& v, int d, Lang lang) {
    const std::string& code = v.enabler->code.value;
    out += fmt::format("## {}\n\n", label_with("views.score.uplift", lang, md_cell(code)));
    std::string latest = v.years.empty() ? label("views.score.latest.none", lang)
                                         : label_with("views.score.latest", lang, v.years.back());
    MdTable t({{"", Align::right}, {label("views.score.topic", lang), Align::left}, {"", Align::left},
               {label("views.score.uplift.formula", lang), Align::left}, {label("views.score.uplift.col", lang), Align::right},
               {latest, Align::right}, {label("views.score.gaps", lang), Align::left}});
    for (const TopicUplift& u : v.uplift) {
        std::string gaps;
        for (const Gap* g : u.gaps) gaps += (gaps.empty() ? "" : ", ") + md_cell(g->id.value);
        t.row({std::to_string(u.rank), md_cell(u.topic->code.value), md_cell(u.topic->name.in(lang)),
               fmt::format("{} × {}", weight_text(u.topic->weight.value), weight_text(u.module->weight.value)),
               weight_text(u.uplift), score_or_dash(u.latest, d), gaps.empty() ? "–" : gaps});
    }
    out += t.str() + "\n";
}

void what_if_md(std::string& out, const ScoreView& v, int d, Lang lang) {
    if (!v.what_if) {
        out += fmt::format("## {}\n\n{}\n\n", label("views.score.whatif.none", lang), label("views.score.no_baseline", lang));
        return;
    }
    const WhatIf& w = *v.what_if;
    out += fmt::format("## {}\n\n", label_with("views.score.whatif", lang, w.year));
    for (const WhatIf::Applied& a : w.applied)
        out += fmt::format("- {}: {} → {}\n", md_cell(a.topic), score_or_dash(a.from, d), format_score(a.to, d));
    if (w.applied.empty()) out += fmt::format("- {}\n", label("views.score.whatif.nothing", lang));
    MdTable t({{"", Align::left}, {label("views.score.current", lang), Align::right},
               {label("views.score.whatif.col", lang), Align::right}, {label("views.score.change.col", lang), Align::right}});
    for (const WhatIfRow& r : w.rows) {
        std::string code = r.kind == ScoreRow::Kind::enabler ? "**" + md_cell(r.code) + "**" : md_cell(r.code);
        std::string change = r.change ? format_change(*r.change, d) : "–";
        t.row({code, score_or_dash(r.current, d), score_or_dash(r.what_if, d), change});
    }
    out += "\n" + t.str() + "\n";
}

}  // namespace

std::string render_score_md(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o) {
    Lang lang = o.lang;
    const int d = m.rules.score_decimals;
    std::string out;
    for (std::size_t k = 0; k < views.size(); ++k) {
        const ScoreView& v = views[k];
        if (k) out += "\n---\n\n";
        out += fmt::format("# {}: {}", label("views.score.title", lang), md_cell(v.plan->enabler.value));
        if (v.enabler) out += " " + md_cell(v.enabler->name.in(lang));
        out += "\n\n";
        out += fmt::format("**{}** ({})\n\n", md_cell(v.plan->title), md_cell(v.plan->id.value));
        if (!v.enabler || v.enabler->modules.empty()) {
            out += label_with("views.score.no_weights", lang, md_cell(v.plan->enabler.value)) +
                   "\n\n";
        } else {
            if (v.years.empty()) out += label("views.score.no_baseline", lang) + "\n\n";
            else tables_md(out, v, d, lang);
            uplift_md(out, v, d, lang);
            if (v.what_if_requested) what_if_md(out, v, d, lang);
        }
        out += fmt::format("_{}_\n", label("generated", lang));
    }
    return out;
}

std::string render_score_csv(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o) {
    const int d = m.rules.score_decimals;
    std::string out = table_header("plan,year,kind,code,weight,enabler_uplift,uplift_rank,score,reported,mismatch,change,what_if," +
                                       plan_id_columns(true), o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    auto opt = [&](const std::optional<double>& x) { return x ? format_score(*x, d) : std::string(); };
    auto kind_text = [](ScoreRow::Kind k) {
        return k == ScoreRow::Kind::topic ? "topic" : k == ScoreRow::Kind::module ? "module" : "enabler";
    };
    for (const ScoreView& v : views) {
        for (std::size_t y = 0; y < v.years.size(); ++y) {
            const bool latest = y + 1 == v.years.size();
            auto row = [&](const ScoreRow& r, const std::string& uplift, const std::string& rank,
                           const std::string& what_if) {
                const ScoreCell& c = r.cells[y];
                std::vector<std::string> cells = {
                    f(v.plan->id.value),
                    std::to_string(v.years[y]),
                    kind_text(r.kind),
                    f(r.code),
                    r.kind == ScoreRow::Kind::enabler ? "" : weight_text(r.weight),
                    uplift,
                    rank,
                    opt(c.value),
                    opt(c.reported),
                    r.kind == ScoreRow::Kind::topic ? "" : (c.mismatch ? "true" : "false"),
                    c.change ? format_change(*c.change, d) : "",
                    what_if,
                };
                append_plan_id(cells, *v.plan, o);
                out += table_row(cells, o);
            };
            for (const ScoreRow& r : v.topics) {
                std::string uplift, rank, what_if;
                for (const TopicUplift& u : v.uplift)
                    if (u.topic->code.value == r.code) {
                        uplift = weight_text(u.uplift);
                        rank = std::to_string(u.rank);
                    }
                if (latest && v.what_if) {
                    what_if = opt(r.cells[y].value);
                    for (const WhatIf::Applied& a : v.what_if->applied)
                        if (a.topic == r.code) what_if = format_score(a.to, d);
                }
                row(r, uplift, rank, what_if);
            }
            for (const ScoreRow& r : v.aggregates) {
                std::string what_if;
                if (latest && v.what_if)
                    for (const WhatIfRow& w : v.what_if->rows)
                        if (w.code == r.code) what_if = opt(w.what_if);
                row(r, "", "", what_if);
            }
        }
    }
    return out;
}

namespace {

void opt_score(JsonWriter& w, std::string_view key, const std::optional<double>& x, int d) {
    w.key(key);
    if (x) w.number(round_to(*x, d));
    else w.null();
}

void names_json(JsonWriter& w, const Names* n) {
    w.key("name");
    w.begin_object();
    w.field("th", n ? n->th : "");
    w.field("en", n ? n->en : "");
    w.end_object();
}

}  // namespace

std::string render_score_json(const std::vector<ScoreView>& views, const Model& m) {
    const int d = m.rules.score_decimals;
    JsonWriter w;
    w.begin_array();
    for (const ScoreView& v : views) {
        w.begin_object();
        w.field("plan", v.plan->id.value);
        w.field("enabler", v.plan->enabler.value);
        json_plan_id_fields(w, *v.plan, true);
        w.field("decimals", d);
        w.key("years");
        w.begin_array();
        for (int y : v.years) w.value(y);
        w.end_array();

        auto scores = [&](const ScoreRow& r, bool aggregate) {
            w.key("scores");
            w.begin_array();
            for (std::size_t i = 0; i < r.cells.size(); ++i) {
                const ScoreCell& c = r.cells[i];
                w.begin_object();
                w.field("year", v.years[i]);
                opt_score(w, aggregate ? "computed" : "score", c.value, d);
                if (aggregate) {
                    opt_score(w, "reported", c.reported, d);
                    w.field("mismatch", c.mismatch);
                }
                opt_score(w, "change", c.change, d);
                w.end_object();
            }
            w.end_array();
        };
        w.key("topics");
        w.begin_array();
        for (const ScoreRow& r : v.topics) {
            w.begin_object();
            w.field("code", r.code);
            names_json(w, r.name);
            w.key("weight");
            w.number(r.weight);
            scores(r, false);
            w.end_object();
        }
        w.end_array();
        w.key("aggregates");
        w.begin_array();
        for (const ScoreRow& r : v.aggregates) {
            w.begin_object();
            w.field("code", r.code);
            w.field("kind", r.kind == ScoreRow::Kind::enabler ? "enabler" : "module");
            names_json(w, r.name);
            w.key("weight");
            w.number(r.weight);
            scores(r, true);
            w.end_object();
        }
        w.end_array();
        w.key("uplift");
        w.begin_array();
        for (const TopicUplift& u : v.uplift) {
            w.begin_object();
            w.field("rank", u.rank);
            w.field("topic", u.topic->code.value);
            w.field("module", u.module->code.value);
            w.key("topic_weight");
            w.number(u.topic->weight.value);
            w.key("module_weight");
            w.number(u.module->weight.value);
            w.key("uplift");
            w.number(tidy(u.uplift));
            opt_score(w, "latest", u.latest, d);
            w.key("gaps");
            w.begin_array();
            for (const Gap* g : u.gaps) w.value(g->id.value);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("what_if");
        if (v.what_if) {
            w.begin_object();
            w.field("year", v.what_if->year);
            w.key("set");
            w.begin_array();
            for (const WhatIf::Applied& a : v.what_if->applied) {
                w.begin_object();
                w.field("topic", a.topic);
                opt_score(w, "from", a.from, d);
                w.key("to");
                w.number(a.to);
                w.end_object();
            }
            w.end_array();
            w.key("scores");
            w.begin_array();
            for (const WhatIfRow& r : v.what_if->rows) {
                w.begin_object();
                w.field("code", r.code);
                w.field("kind", r.kind == ScoreRow::Kind::enabler ? "enabler" : "module");
                opt_score(w, "current", r.current, d);
                opt_score(w, "what_if", r.what_if, d);
                opt_score(w, "change", r.change, d);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();
    return w.str();
}

}  // namespace scmplan

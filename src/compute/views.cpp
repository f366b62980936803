// Views for the commands risk, gaps and score: heat map, GAP traceability,
// score table, uplift ranking and what-if.
#include "scmplan/views.hpp"

#include <algorithm>

namespace scmplan {

// ---- risk ----------------------------------------------------------------------

namespace {

bool on_scale(int level) { return level >= 1 && level <= 5; }

}  // namespace

HeatMap heat_map(const std::vector<RiskResult>& risks, const Rules& rules) {
    HeatMap map;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            HeatCell& c = map.cells[l - 1][i - 1];
            c.likelihood = l;
            c.impact = i;
            c.score = l * i;
            c.band = rules.band_for(c.score);
            c.over_threshold = c.score >= rules.risk_threshold;
        }
    for (const RiskResult& r : risks) {
        if (on_scale(r.likelihood.level) && on_scale(r.impact.level))
            map.cells[r.likelihood.level - 1][r.impact.level - 1].current.push_back(r.risk);
        if (auto t = risk_target(*r.risk, rules)) map.cells[t->likelihood - 1][t->impact - 1].target.push_back(r.risk);
    }
    return map;
}

std::optional<RiskTarget> risk_target(const Risk& r, const Rules& rules) {
    if (!r.target_likelihood || !r.target_impact) return std::nullopt;
    RiskTarget t;
    t.likelihood = r.target_likelihood->value;
    t.impact = r.target_impact->value;
    if (!on_scale(t.likelihood) || !on_scale(t.impact)) return std::nullopt;
    t.score = t.likelihood * t.impact;
    t.band = rules.band_for(t.score);
    return t;
}

RiskRegister risk_register(const Model& m, const Plan& p, Date as_of) {
    RiskRegister reg;
    reg.plan = &p;
    reg.as_of = as_of;
    MetricValues values{&m, &p, as_of};
    for (const Risk* r : m.risks_of(p.id.value)) reg.risks.push_back(evaluate_risk(*r, m.rules, values));
    reg.map = heat_map(reg.risks, m.rules);
    return reg;
}

// ---- gaps ------------------------------------------------------------------------

GapsView gaps_view(const Model& m, const Plan& p, Date as_of) {
    GapsView v;
    v.plan = &p;
    v.as_of = as_of;
    auto acts = m.activities_of(p.id.value);
    for (const Gap& g : p.gaps) {
        GapTrace t;
        t.gap = &g;
        double sum = 0;
        for (const Activity* a : acts) {
            bool addresses = std::any_of(a->gaps.begin(), a->gaps.end(),
                                         [&](const Located<std::string>& id) { return id.value == g.id.value; });
            if (!addresses) continue;
            GapActivity ga{a, activity_completion(*a, as_of)};
            sum += ga.completion;
            t.activities.push_back(ga);
        }
        if (!t.activities.empty()) t.completion = sum / static_cast<double>(t.activities.size());
        t.closed_by_as_of = g.closed_by(as_of);
        t.uncovered = g.status.value == GapStatus::planned && t.activities.empty();
        v.gaps.push_back(std::move(t));
    }
    for (const Activity* a : acts)
        if (a->counts && a->gaps.empty()) v.without_gap.push_back(a);
    v.total = static_cast<int>(p.gaps.size());
    v.taken_up = gaps_taken_up(p);
    v.closed = gaps_closed(p, as_of);
    for (const Kpi& k : p.kpis)
        if (k.measure.value == Measure::gaps_closed) v.kpis.push_back(evaluate_kpi(k, p, acts, as_of));
    return v;
}

// ---- scores ----------------------------------------------------------------------

namespace {

std::optional<double> topic_score(const Baseline& b, const std::string& code) {
    for (const auto& [k, v] : b.topics)
        if (k.value == code) return v.value;
    return std::nullopt;
}

std::optional<double> reported_score(const Baseline& b, const std::string& code) {
    for (const auto& [k, v] : b.reported)
        if (k.value == code) return v.value;
    return std::nullopt;
}

/// The plan's baselines in ascending year order.
std::vector<const Baseline*> by_year(const Plan& p) {
    std::vector<const Baseline*> out;
    for (const Baseline& b : p.baseline) out.push_back(&b);
    std::stable_sort(out.begin(), out.end(),
                     [](const Baseline* a, const Baseline* b) { return a->year.value < b->year.value; });
    return out;
}

/// The difference of the two figures as shown (rounded to `decimals`).
std::optional<double> shown_change(const std::optional<double>& from, const std::optional<double>& to, int decimals) {
    if (!from || !to) return std::nullopt;
    return round_to(round_to(*to, decimals) - round_to(*from, decimals), decimals);
}

void fill_changes(ScoreRow& row, int decimals) {
    for (std::size_t i = 1; i < row.cells.size(); ++i)
        row.cells[i].change = shown_change(row.cells[i - 1].value, row.cells[i].value, decimals);
}

}  // namespace

std::vector<TopicUplift> rank_uplift(const Enabler& e, const Plan& p) {
    auto years = by_year(p);
    const Baseline* latest = years.empty() ? nullptr : years.back();
    std::vector<TopicUplift> out;
    for (const Module& mod : e.modules)
        for (const Topic& t : mod.topics) {
            TopicUplift u;
            u.module = &mod;
            u.topic = &t;
            u.uplift = t.weight.value * mod.weight.value;
            if (latest) u.latest = topic_score(*latest, t.code.value);
            for (const Gap& g : p.gaps)
                if (g.topic && g.topic->value == t.code.value && g.status.value != GapStatus::closed)
                    u.gaps.push_back(&g);
            out.push_back(std::move(u));
        }
    // Products of decimal weights carry binary noise (0.7 × 0.5): compare them at 9 decimals.
    auto key = [](const TopicUplift& u) { return round_to(u.uplift, 9); };
    std::stable_sort(out.begin(), out.end(), [&](const TopicUplift& a, const TopicUplift& b) { return key(a) > key(b); });
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && key(out[i]) == key(out[i - 1]) ? out[i - 1].rank : static_cast<int>(i) + 1;
    return out;
}

std::optional<WhatIf> what_if(const Enabler& e, const Plan& p, const std::vector<TopicSetting>& settings,
                              int decimals) {
    auto years = by_year(p);
    if (years.empty()) return std::nullopt;
    const Baseline& current = *years.back();
    Baseline changed = current;
    WhatIf w;
    w.year = current.year.value;
    for (const TopicSetting& s : settings) {
        bool known = false;
        for (const Module& mod : e.modules)
            for (const Topic& t : mod.topics) known = known || t.code.value == s.topic;
        if (!known) continue;
        w.applied.push_back({s.topic, topic_score(current, s.topic), s.value});
        bool replaced = false;
        for (auto& [k, v] : changed.topics)
            if (k.value == s.topic) {
                v.value = s.value;
                replaced = true;
            }
        if (!replaced) changed.topics.push_back({Located<std::string>{s.topic, {}}, Located<double>{s.value, {}}});
    }
    auto row = [&](ScoreRow::Kind kind, const std::string& code, std::optional<double> before,
                   std::optional<double> after) {
        w.rows.push_back({kind, code, before, after, shown_change(before, after, decimals)});
    };
    for (const Module& mod : e.modules)
        row(ScoreRow::Kind::module, mod.code.value, module_score(mod, current), module_score(mod, changed));
    row(ScoreRow::Kind::enabler, e.code.value, enabler_score(e, current), enabler_score(e, changed));
    return w;
}

ScoreView score_view(const Model& m, const Plan& p, const std::vector<TopicSetting>& settings) {
    ScoreView v;
    v.plan = &p;
    v.enabler = m.rules.enabler(p.enabler.value);
    auto years = by_year(p);
    for (const Baseline* b : years) v.years.push_back(b->year.value);
    if (v.enabler == nullptr) return v;
    const Enabler& e = *v.enabler;
    const int decimals = m.rules.score_decimals;

    for (const Module& mod : e.modules)
        for (const Topic& t : mod.topics) {
            ScoreRow row;
            row.kind = ScoreRow::Kind::topic;
            row.code = t.code.value;
            row.name = &t.name;
            row.weight = t.weight.value;
            for (const Baseline* b : years) row.cells.push_back({topic_score(*b, t.code.value), {}, false, {}});
            fill_changes(row, decimals);
            v.topics.push_back(std::move(row));
        }

    auto aggregate = [&](ScoreRow::Kind kind, const std::string& code, const Names* name, double weight,
                         auto&& compute) {
        ScoreRow row;
        row.kind = kind;
        row.code = code;
        row.name = name;
        row.weight = weight;
        for (const Baseline* b : years) {
            ScoreCell c;
            c.value = compute(*b);
            c.reported = reported_score(*b, code);
            c.mismatch = c.value && c.reported && round_to(*c.value, decimals) != round_to(*c.reported, decimals);
            row.cells.push_back(c);
        }
        fill_changes(row, decimals);
        v.aggregates.push_back(std::move(row));
    };
    for (const Module& mod : e.modules)
        aggregate(ScoreRow::Kind::module, mod.code.value, &mod.name, mod.weight.value,
                  [&](const Baseline& b) { return module_score(mod, b); });
    if (!e.modules.empty())
        aggregate(ScoreRow::Kind::enabler, e.code.value, &e.name, 1.0,
                  [&](const Baseline& b) { return enabler_score(e, b); });

    v.uplift = rank_uplift(e, p);
    v.what_if_requested = !settings.empty();
    if (v.what_if_requested) v.what_if = what_if(e, p, settings, decimals);
    return v;
}

}  // namespace scmplan

// kind: rules.
#include <fmt/format.h>

#include <algorithm>

#include "kinds.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

namespace spec = format::spec;

namespace {

template <class Node>
void read_code_weight(Fields& f, Node& out) {
    if (auto c = f.located_text("code")) out.code = *c;
    if (auto w = f.number("weight")) out.weight = *w;
}

}  // namespace

Rules read_rules(Fields& f, Diagnostics& d) {
    // `extends: none` replaces the built-in rules; otherwise (the default,
    // `extends: se-am`) the file is laid over them: what it gives replaces the
    // built-in part of the same name, enablers by code (docs/format.md).
    bool extends = true;
    const format::Field& extends_field = *spec::rules().find("extends");
    if (auto e = f.located_text("extends")) {
        auto choice = format::value_of(format::choices::extends(), e->value);
        if (choice) extends = *choice;
        else {
            std::string near = closest_match(
                e->value, std::vector<std::string>(extends_field.allowed.begin(), extends_field.allowed.end()));
            d.error(e->loc, DiagCode::E015, fmt::format("extends must be 'se-am' or 'none', not {}", quote_for_message(e->value)),
                    near.empty() ? "se-am: on top of the built-in rules; none: replace them"
                                 : fmt::format("did you mean '{}'?", near));
        }
    }
    Rules r;
    if (extends) {
        r = builtin_rules();
        r.extends_builtin = true;
    }
    r.loc = f.node().loc;
    if (const YNode* s = f.take("score")) {
        Fields sf(*s, d, spec::rules_score());
        if (auto v = sf.number("min")) r.score_min = v->value;
        if (auto v = sf.number("max")) r.score_max = v->value;
        if (auto v = sf.integer("decimals")) r.score_decimals = v->value;
        sf.finish();
    }
    const std::size_t inherited = r.enablers.size();  // built-in enablers, replaceable by code
    if (const YNode* list = f.take("enablers"); list && expect_list(*list, d, "rules 'enablers'")) {
        for (const YNode& en : list->items) {
            Fields ef(en, d, spec::enabler());
            if (!ef.ok()) continue;
            Enabler e;
            if (auto c = ef.located_text("code")) e.code = *c;
            if (const YNode* n = ef.take("name")) e.name = as_names(*n, d, "enabler name");
            if (const YNode* mods = ef.take("modules"); mods && expect_list(*mods, d, "enabler 'modules'")) {
                for (const YNode& mn : mods->items) {
                    Fields mf(mn, d, spec::module());
                    if (!mf.ok()) continue;
                    Module m;
                    read_code_weight(mf, m);
                    if (const YNode* n = mf.take("name")) m.name = as_names(*n, d, "module name");
                    if (const YNode* tops = mf.take("topics"); tops && expect_list(*tops, d, "module 'topics'")) {
                        for (const YNode& tn : tops->items) {
                            Fields tf(tn, d, spec::topic());
                            if (!tf.ok()) continue;
                            Topic t;
                            read_code_weight(tf, t);
                            if (const YNode* n = tf.take("name")) t.name = as_names(*n, d, "topic name");
                            tf.finish();
                            m.topics.push_back(std::move(t));
                        }
                    }
                    mf.finish();
                    e.modules.push_back(std::move(m));
                }
            }
            ef.finish();
            auto same = std::find_if(r.enablers.begin(), r.enablers.begin() + static_cast<std::ptrdiff_t>(inherited),
                                     [&](const Enabler& b) { return b.code.value == e.code.value; });
            if (same != r.enablers.begin() + static_cast<std::ptrdiff_t>(inherited)) *same = std::move(e);
            else r.enablers.push_back(std::move(e));
        }
    }
    if (const YNode* risk = f.take("risk")) {
        Fields rf(*risk, d, spec::rules_risk());
        if (auto t = rf.integer("threshold")) {
            r.risk_threshold = t->value;
            r.risk_threshold_loc = t->loc;
        }
        if (const YNode* bands = rf.take("bands"); bands && expect_list(*bands, d, "risk 'bands'")) {
            r.bands.clear();  // bands replace the built-in ones as a whole: they must tile 1..25
            for (const YNode& bn : bands->items) {
                Fields bf(bn, d, spec::risk_band());
                if (!bf.ok()) continue;
                RiskBand b;
                b.loc = bn.loc;
                if (auto v = bf.integer("min")) b.min = v->value;
                if (auto v = bf.integer("max")) b.max = v->value;
                if (const YNode* n = bf.take("name")) b.name = as_names(*n, d, "band name");
                b.colour = bf.text("colour").value_or("");
                bf.finish();
                r.bands.push_back(std::move(b));
            }
        }
        rf.finish();
    }
    if (const YNode* due = f.take("report_due")) {
        Fields df(*due, d, spec::rules_report_due());
        if (auto n = df.integer("working_days_after_quarter")) r.report_due_working_days = n->value;
        df.finish();
    }
    if (auto e = f.choice("evidence", format::choices::evidence())) r.evidence_required_for_done = e->value;
    if (auto n = f.integer("backdated_done_days")) r.backdated_done_days = n->value;
    f.finish();
    return r;
}

}  // namespace scmplan::load

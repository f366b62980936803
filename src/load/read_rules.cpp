// kind: rules.
#include <fmt/format.h>

#include <algorithm>

#include "kinds.hpp"
#include "scmplan/text.hpp"

namespace scmplan::load {

namespace {

template <class Node>
bool read_code_weight(Fields& f, Node& out, bool weight_required) {
    if (auto c = f.located_text("code", true)) out.code = *c;
    if (auto w = f.number("weight", weight_required)) out.weight = *w;
    return true;
}

}  // namespace

Rules read_rules(Fields& f, Diagnostics& d) {
    // `extends: none` replaces the built-in rules; otherwise (the default,
    // `extends: se-am`) the file is laid over them: what it gives replaces the
    // built-in part of the same name, enablers by code (docs/format.md).
    bool extends = true;
    if (auto e = f.located_text("extends")) {
        if (e->value == "none") extends = false;
        else if (e->value != "se-am") {
            std::string near = closest_match(e->value, std::vector<std::string>{"se-am", "none"});
            d.error(e->loc, "E015", fmt::format("extends must be 'se-am' or 'none', not '{}'", e->value),
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
        Fields sf(*s, d, "rules score");
        if (auto v = sf.number("min")) r.score_min = v->value;
        if (auto v = sf.number("max")) r.score_max = v->value;
        if (auto v = sf.integer("decimals")) {
            r.score_decimals = v->value;
            if (v->value < 0 || v->value > 8)
                d.error(v->loc, "E015", fmt::format("score decimals must be 0 to 8, not {}", v->value));
        }
        sf.finish();
    }
    const std::size_t inherited = r.enablers.size();  // built-in enablers, replaceable by code
    if (const YNode* list = f.take("enablers", !extends); list && expect_list(*list, d, "rules 'enablers'")) {
        for (const YNode& en : list->items) {
            Fields ef(en, d, "enabler");
            if (!ef.ok()) continue;
            Enabler e;
            if (auto c = ef.located_text("code", true)) e.code = *c;
            if (const YNode* n = ef.take("name")) e.name = as_names(*n, d, "enabler name");
            if (const YNode* mods = ef.take("modules"); mods && expect_list(*mods, d, "enabler 'modules'")) {
                for (const YNode& mn : mods->items) {
                    Fields mf(mn, d, "module");
                    if (!mf.ok()) continue;
                    Module m;
                    read_code_weight(mf, m, true);
                    if (const YNode* n = mf.take("name")) m.name = as_names(*n, d, "module name");
                    if (const YNode* tops = mf.take("topics"); tops && expect_list(*tops, d, "module 'topics'")) {
                        for (const YNode& tn : tops->items) {
                            Fields tf(tn, d, "topic");
                            if (!tf.ok()) continue;
                            Topic t;
                            read_code_weight(tf, t, true);
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
        Fields rf(*risk, d, "rules risk");
        if (auto t = rf.integer("threshold")) {
            r.risk_threshold = t->value;
            r.risk_threshold_loc = t->loc;
        }
        if (const YNode* bands = rf.take("bands"); bands && expect_list(*bands, d, "risk 'bands'")) {
            r.bands.clear();  // bands replace the built-in ones as a whole: they must tile 1..25
            for (const YNode& bn : bands->items) {
                Fields bf(bn, d, "risk band");
                if (!bf.ok()) continue;
                RiskBand b;
                b.loc = bn.loc;
                if (auto v = bf.integer("min", true)) b.min = v->value;
                if (auto v = bf.integer("max", true)) b.max = v->value;
                if (const YNode* n = bf.take("name", true)) b.name = as_names(*n, d, "band name");
                b.colour = bf.text("colour").value_or("");
                bf.finish();
                r.bands.push_back(std::move(b));
            }
        }
        rf.finish();
    }
    if (const YNode* due = f.take("report_due")) {
        Fields df(*due, d, "rules report_due");
        if (auto n = df.integer("working_days_after_quarter", true)) {
            r.report_due_working_days = n->value;
            if (n->value < 0 || n->value > 60)
                d.error(n->loc, "E015", fmt::format("working_days_after_quarter must be 0 to 60, not {}", n->value));
        }
        df.finish();
    }
    if (const YNode* e = f.take("evidence")) {
        if (e->is_scalar() && (e->text == "required_for_done" || e->text == "optional"))
            r.evidence_required_for_done = e->text == "required_for_done";
        else
            d.error(e->loc, "E015", fmt::format("rules 'evidence' must be optional or required_for_done, not {}",
                                                describe(*e)));
    }
    if (auto n = f.integer("backdated_done_days")) {
        r.backdated_done_days = n->value;
        if (n->value < 0 || n->value > 3660)
            d.error(n->loc, "E015", fmt::format("backdated_done_days must be 0 to 3660, not {}", n->value));
    }
    f.finish();
    return r;
}

}  // namespace scmplan::load

// kind: plan and kind: workspace.
#include <fmt/format.h>

#include <cctype>

#include "kinds.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

namespace spec = format::spec;

namespace {

bool valid_plan_id(std::string_view id) {
    if (id.empty() || !(std::islower(static_cast<unsigned char>(id[0])) ||
                        std::isdigit(static_cast<unsigned char>(id[0]))))
        return false;
    for (char c : id)
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
              c == '-'))
            return false;
    return true;
}

std::vector<std::pair<Located<std::string>, Located<double>>> read_scores(const YNode* n, Diagnostics& d,
                                                                         std::string_view what) {
    std::vector<std::pair<Located<std::string>, Located<double>>> out;
    if (!n) return out;
    if (!n->is_map()) {
        d.error(n->loc, DiagCode::E013, fmt::format("{} must be a mapping of code: score", what));
        return out;
    }
    out.reserve(n->map_size());
    for (std::size_t i = 0; i < n->map_size(); ++i) {
        auto v = as_number(n->value(i), d, fmt::format("{} {}", what, quote_for_message(n->key(i).text)));
        if (v) out.push_back({{n->key(i).text, n->key(i).loc}, {*v, n->value(i).loc}});
    }
    return out;
}

}  // namespace

void read_period(Fields& f, Diagnostics& d, Located<Date>& start, Located<Date>& end,
                 const format::MapSpec& period) {
    const YNode* p = f.take("period");
    if (!p) return;
    Fields pf(*p, d, period);
    if (!pf.ok()) return;
    if (auto s = pf.date("start")) start = *s;
    if (auto e = pf.date("end")) end = *e;
    pf.finish();
}

WorkspaceFile read_workspace(Fields& f, Diagnostics& d) {
    WorkspaceFile w;
    w.loc = f.node().loc;
    w.name = f.text("name").value_or("");
    if (const YNode* u = f.take("units")) {
        if (!u->is_map()) {
            d.error(u->loc, DiagCode::E013, "workspace 'units' must be a mapping of unit code: full name");
        } else {
            for (std::size_t i = 0; i < u->map_size(); ++i) {
                auto name = u->value(i).is_null() ? std::optional<std::string>("")
                                                  : as_text(u->value(i), d, "unit name");
                w.units.push_back({{u->key(i).text, u->key(i).loc}, name.value_or("")});
            }
        }
    }
    const YNode* h = f.take("holidays");
    if (h) w.holidays_loc = h->loc;
    auto dates = [&](const YNode& list, std::vector<Located<Date>>& out, std::string_view what) {
        if (!expect_list(list, d, what)) return;
        for (const YNode& item : list.items)
            if (auto day = as_date(item, d, "holiday")) out.push_back({*day, item.loc});
    };
    if (h && h->is_map()) {
        // A built-in calendar, with days added and removed.
        Fields hf(*h, d, spec::workspace_holidays());
        if (hf.ok()) {
            if (auto c = hf.choice("calendar", format::choices::holiday_calendar(), "holiday calendar"))
                w.holiday_calendar = Located<std::string>{
                    std::string(format::text_of(format::choices::holiday_calendar(), c->value)), c->loc};
            if (const YNode* add = hf.take("add")) dates(*add, w.holidays, "workspace 'holidays.add'");
            if (const YNode* remove = hf.take("remove")) dates(*remove, w.holidays_removed, "workspace 'holidays.remove'");
            hf.finish();
        }
    } else if (h) {
        dates(*h, w.holidays, "workspace 'holidays'");
    }
    w.rules_path = f.located_text("rules");
    if (const YNode* m = f.take("memo")) {
        Fields mf(*m, d, spec::memo());
        w.memo.department = mf.text("department").value_or("");
        w.memo.number = mf.text("number").value_or("");
        w.memo.to = mf.text("to").value_or("");
        if (auto p = mf.choice("purpose", format::choices::memo_purpose())) w.memo.for_decision = p->value;
        if (const YNode* s = mf.take("signer")) {
            Fields sf(*s, d, spec::signer());
            w.memo.signer.name = sf.text("name").value_or("");
            w.memo.signer.position = sf.text("position").value_or("");
            sf.finish();
        }
        mf.finish();
    }
    if (const YNode* sig = f.take("signatures")) {
        Fields sf(*sig, d, spec::signatures());
        auto signer = [&](const char* key, std::optional<Signer>& into) {
            const YNode* n = sf.take(key);
            if (!n) return;
            Fields nf(*n, d, spec::signer(), key);
            if (nf.ok()) into = Signer{nf.text("name").value_or(""), nf.text("position").value_or("")};
            else (void)nf.text("name"), (void)nf.text("position");
            nf.finish();
        };
        signer("prepared_by", w.signatures.prepared_by);
        signer("reviewed_by", w.signatures.reviewed_by);
        signer("approved_by", w.signatures.approved_by);
        sf.finish();
    }
    f.finish();
    return w;
}

Plan read_plan(Fields& f, Diagnostics& d) {
    Plan p;
    p.loc = f.node().loc;
    if (auto id = f.located_text("id")) {
        p.id = *id;
        if (!valid_plan_id(id->value))
            d.error(id->loc, DiagCode::E015, fmt::format("plan id {} must be lower-case letters, digits and '-'", quote_for_message(id->value)),
                    "e.g. fio-scm-2566");
    }
    p.title = f.text("title").value_or("");
    p.organisation = f.text("organisation").value_or("");
    if (auto e = f.located_text("enabler")) p.enabler = *e;
    if (auto y = f.integer("year")) p.year = *y;  // Buddhist Era, within the table's range
    if (auto q = f.choice("quarters", format::choices::quarters())) p.quarters = q->value;
    read_period(f, d, p.start, p.end, spec::plan_period());
    if (auto o = f.located_text("owner")) p.owner = *o;
    if (const YNode* c = f.take("contact")) {
        Fields cf(*c, d, spec::plan_contact());
        p.phone = cf.text("phone").value_or("");
        p.fax = cf.text("fax").value_or("");
        p.email = cf.text("email").value_or("");
        cf.finish();
    }
    p.budget = f.text("budget").value_or("");
    p.rationale = f.text("rationale").value_or("");
    p.objectives = f.text_list("objectives");
    p.benefits = f.text_list("benefits");
    p.output = f.text("output").value_or("");
    p.outcome = f.text("outcome").value_or("");
    p.target = f.text("target").value_or("");
    p.responsible = f.text("responsible").value_or("");
    if (const YNode* ind = f.take("indicators")) {
        Fields inf(*ind, d, spec::plan_indicators());
        p.indicator_quantitative = inf.text("quantitative").value_or("");
        p.indicator_qualitative = inf.text("qualitative").value_or("");
        inf.finish();
    }
    p.achievements = f.text_list("achievements");
    if (const YNode* g = f.take("groups")) {
        if (!g->is_map()) {
            d.error(g->loc, DiagCode::E013, "plan 'groups' must be a mapping of group id: name");
        } else {
            for (std::size_t i = 0; i < g->map_size(); ++i) {
                auto name = g->value(i).is_null() ? std::optional<std::string>("") : as_text(g->value(i), d, "group name");
                p.groups.push_back({{g->key(i).text, g->key(i).loc}, name.value_or("")});
            }
        }
    }

    if (const YNode* b = f.take("baseline"); b && expect_list(*b, d, "plan 'baseline'")) {
        p.baseline.reserve(b->items.size());
        for (const YNode& item : b->items) {
            Fields bf(item, d, spec::baseline());
            if (!bf.ok()) continue;
            Baseline base;
            base.loc = item.loc;
            if (auto y = bf.integer("year")) base.year = *y;
            base.topics = read_scores(bf.take("topics"), d, "baseline topic");
            base.reported = read_scores(bf.take("reported"), d, "reported score");
            bf.finish();
            p.baseline.push_back(std::move(base));
        }
    }

    if (const YNode* g = f.take("gaps"); g && expect_list(*g, d, "plan 'gaps'")) {
        p.gaps.reserve(g->items.size());
        for (const YNode& item : g->items) {
            Fields gf(item, d, spec::gap());
            if (!gf.ok()) continue;
            Gap gap;
            if (auto id = gf.located_text("id")) gap.id = *id;
            gap.topic = gf.located_text("topic");
            gap.text = gf.text("text").value_or("");
            gap.action = gf.text("action").value_or("");
            gap.status = {GapStatus::open, item.loc};
            if (auto s = gf.choice("status", format::choices::gap_status(), "gap status")) gap.status = *s;
            else if (const YNode* given = item.find("status"); given && !given->is_null()) gap.status.loc = given->loc;
            gap.closed = gf.date("closed");
            gap.evidence = read_evidence(gf, d, "gap");
            gf.finish();
            p.gaps.push_back(std::move(gap));
        }
    }

    if (const YNode* k = f.take("kpis"); k && expect_list(*k, d, "plan 'kpis'")) {
        p.kpis.reserve(k->items.size());
        for (const YNode& item : k->items) {
            Fields kf(item, d, spec::kpi());
            if (!kf.ok()) continue;
            Kpi kpi;
            if (auto id = kf.located_text("id")) kpi.id = *id;
            kpi.text = kf.text("text").value_or("");
            if (auto m = kf.choice("measure", format::choices::measure(), "KPI measure")) kpi.measure = *m;
            else if (const YNode* given = item.find("measure"); given && !given->is_null()) kpi.measure.loc = given->loc;
            if (const YNode* op = kf.take("op"))
                if (auto parsed = as_op(*op, d, "KPI op")) kpi.op = *parsed;
            if (auto v = kf.number("value")) kpi.value = *v;
            kf.finish();
            p.kpis.push_back(std::move(kpi));
        }
    }
    f.finish();
    return p;
}

}  // namespace scmplan::load

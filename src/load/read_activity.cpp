// kind: activity and kind: risk.
#include <fmt/format.h>

#include "kinds.hpp"

namespace scmplan::load {

namespace spec = format::spec;

namespace {

Target read_target(const YNode& n, Diagnostics& d) {
    Target t;
    t.loc = n.loc;
    if (n.is_scalar()) {  // a target in words only
        t.text = n.text;
        return t;
    }
    Fields f(n, d, spec::activity_target());
    if (!f.ok()) return t;
    t.text = f.text("text").value_or("");
    const YNode* op = f.take("op");
    if (op) t.op = as_op(*op, d, "target 'op'");
    t.value = f.number("value");
    t.value_rejected = !t.value && f.node().find("value") && !f.node().find("value")->is_null();
    t.unit = f.text("unit").value_or("");
    f.finish();  // op and value go together: the table's rules
    return t;
}

Step read_step(const YNode& n, Diagnostics& d) {
    Step s;
    Fields f(n, d, spec::step());
    if (!f.ok()) return s;
    if (auto id = f.located_text("id")) s.id = *id;
    s.title = f.text("title").value_or("");
    s.due = f.date("due");
    s.done = f.date("done");
    // A weight outside the table's range is reported and not kept: bounded,
    // no sum of weights can overflow or lose the small ones.
    if (auto w = f.number("weight"); w && !f.rejected("weight")) s.weight = *w;
    s.evidence = read_evidence(f, d, "step");
    f.finish();
    return s;
}

QuarterReport read_report(const YNode& n, Diagnostics& d) {
    QuarterReport r;
    r.loc = n.loc;
    Fields f(n, d, spec::report());
    if (!f.ok()) return r;
    if (auto q = f.integer("quarter")) {
        r.quarter = *q;
        // `02`, `+2` and `2.0` read as 2, but `progress --quarter 2` finds a
        // report by the quarter as written: one spelling, the plain digit.
        const YNode* v = n.find("quarter");
        if (v && v->text != std::to_string(q->value))
            d.error(v->loc, DiagCode::E013, fmt::format("quarter must be written {}, not {}", q->value, v->text),
                    fmt::format("write {}", q->value));
    }
    r.actual = f.number("actual");
    r.note = f.text("note").value_or("");
    r.problems = f.text("problems").value_or("");
    r.suggestions = f.text("suggestions").value_or("");
    r.evidence = read_evidence(f, d, "quarterly report");
    f.finish();
    return r;
}

std::optional<Metric> parse_metric(const YNode& n, Diagnostics& d) {
    if (n.is_scalar())
        if (auto m = Metric::parse(n.text)) return m;
    std::vector<std::string> forms = Metric::written_forms();
    std::string hint = "use ";
    for (std::size_t i = 0; i < forms.size(); ++i)
        hint += (i == 0 ? "" : i + 1 == forms.size() ? " or " : ", ") + forms[i];
    d.error(n.loc, DiagCode::E015, fmt::format("unknown metric {}", describe(n)), hint);
    return std::nullopt;
}

std::optional<Condition> read_condition(const YNode& n, Diagnostics& d) {
    Fields f(n, d, spec::condition());
    if (!f.ok()) return std::nullopt;
    Condition c;
    c.loc = n.loc;
    bool ok = true;
    if (const YNode* m = f.take("metric")) {
        if (auto metric = parse_metric(*m, d)) c.metric = *metric; else ok = false;
    } else ok = false;
    const YNode* op = f.take("op");
    if (auto parsed = op ? as_op(*op, d, "condition 'op'") : std::nullopt) c.op = *parsed; else ok = false;
    if (const YNode* v = f.take("value")) {
        // A date or a number, as the table's rule on the metric says.
        if (f.ruled_type("value") == format::Type::date) {
            if (auto day = as_date(*v, d, "condition 'value'")) c.value = *day; else ok = false;
        } else {
            if (auto x = as_number(*v, d, "condition 'value'")) c.value = *x; else ok = false;
        }
    } else ok = false;
    f.finish();
    if (!ok) return std::nullopt;
    return c;
}

/// `likelihood:` or `impact:` of a risk; `scale` is the spec of either.
Scale read_scale(const YNode* n, Diagnostics& d, const format::MapSpec& scale) {
    Scale s;
    if (!n) return s;
    s.loc = n->loc;
    Fields f(*n, d, scale);
    if (!f.ok()) return s;
    const std::string what(scale.what);
    if (const YNode* list = f.take("scale"); list && expect_list(*list, d, what + " 'scale'")) {
        s.levels.reserve(list->items.size());
        for (const YNode& item : list->items) {
            Fields lf(item, d, spec::scale_level(), what + " level");
            if (!lf.ok()) continue;
            ScaleLevel level;
            if (auto l = lf.integer("level")) level.level = *l;
            level.label = lf.text("label").value_or("");
            level.text = lf.text("text").value_or("");
            if (const YNode* w = lf.take("when")) {
                level.when_given = true;
                level.when = read_condition(*w, d);
            }
            lf.finish();
            s.levels.push_back(std::move(level));
        }
    }
    f.finish();
    return s;
}

}  // namespace

Activity read_activity(Fields& f, Diagnostics& d) {
    Activity a;
    a.loc = f.node().loc;
    if (auto p = f.located_text("plan")) a.plan = *p;
    if (auto id = f.located_text("id")) a.id = *id;
    a.title = f.text("title").value_or("");
    a.description = f.text("description").value_or("");
    if (auto g = f.located_text("group")) {
        a.group = g->value;
        a.group_loc = g->loc;
    }
    a.counts = f.boolean("counts").value_or(true);
    a.owners = f.located_text_list("owners");
    a.place = f.text("place").value_or("");
    read_period(f, d, a.start, a.end, spec::activity_period());
    if (const YNode* b = f.take("budget")) {
        if (b->is_scalar()) {
            a.budget_income = a.budget_expense = b->text;
        } else {
            Fields bf(*b, d, spec::activity_budget());
            a.budget_income = bf.text("income").value_or("");
            a.budget_expense = bf.text("expense").value_or("");
            bf.finish();
        }
    }
    a.gaps = f.located_text_list("gaps");
    if (const YNode* t = f.take("target")) a.target = read_target(*t, d);
    // Vectors of the model get their exact size (no growth slack: memory is the model's).
    if (const YNode* s = f.take("steps"); s && expect_list(*s, d, "activity 'steps'")) {
        a.steps.reserve(s->items.size());
        for (const YNode& item : s->items) a.steps.push_back(read_step(item, d));
    }
    if (const YNode* r = f.take("reports"); r && expect_list(*r, d, "activity 'reports'")) {
        a.reports.reserve(r->items.size());
        for (const YNode& item : r->items) a.reports.push_back(read_report(item, d));
    }
    f.finish();
    return a;
}

Risk read_risk(Fields& f, Diagnostics& d) {
    Risk r;
    r.loc = f.node().loc;
    if (auto p = f.located_text("plan")) r.plan = *p;
    if (auto id = f.located_text("id")) r.id = *id;
    r.title = f.text("title").value_or("");
    r.factors = f.text_list("factors");
    r.mitigation = f.text_list("mitigation");
    r.monitoring = f.text_list("monitoring");
    r.measure = f.text("measure").value_or("");
    r.likelihood = read_scale(f.take("likelihood"), d, spec::likelihood());
    r.impact = read_scale(f.take("impact"), d, spec::impact());
    if (const YNode* a = f.take("assessments"); a && expect_list(*a, d, "risk 'assessments'")) {
        r.assessments.reserve(a->items.size());
        for (const YNode& item : a->items) {
            Fields af(item, d, spec::assessment());
            if (!af.ok()) continue;
            Assessment as;
            auto on = af.date("as_of");
            auto l = af.integer("likelihood");
            auto i = af.integer("impact");
            as.note = af.text("note").value_or("");
            af.finish();
            if (!on || !l || !i) continue;
            as.as_of = *on;
            as.likelihood = *l;
            as.impact = *i;
            r.assessments.push_back(as);
        }
    }
    if (const YNode* t = f.take("target")) {
        Fields tf(*t, d, spec::risk_target());
        r.target_likelihood = tf.integer("likelihood");
        r.target_impact = tf.integer("impact");
        tf.finish();
    }
    f.finish();
    return r;
}

}  // namespace scmplan::load

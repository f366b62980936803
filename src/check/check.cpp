#include "scmplan/holiday_calendar.hpp"
#include "scmplan/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check_dated.hpp"
#include "scmplan/compute.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

std::string did_you_mean(const std::string& word, const std::vector<std::string>& known) {
    std::string near = closest_match(word, known);
    return near.empty() ? std::string() : fmt::format("did you mean '{}'?", near);
}

std::string where(const Model& m, Loc at) {
    return fmt::format("{}:{}:{}", m.files.at(at.file), at.line, at.column);
}

/// Reports the second and later uses of each id (E020), and ids that differ
/// but look alike (W115: the same lookalike_skeleton, such as Latin A1,
/// Cyrillic А1 and A1 with a zero-width joiner): a reference to one of them is
/// easily typed as the other.
template <class Items, class IdOf>
void unique_ids(const Model& m, const Items& items, IdOf id_of, const std::string& what, Diagnostics& d) {
    std::map<std::string, Loc> seen;
    std::map<std::string, const Located<std::string>*> skeletons;
    for (const auto& item : items) {
        const Located<std::string>& id = id_of(item);
        if (id.value.empty()) continue;
        auto [it, fresh] = seen.emplace(id.value, id.loc);
        if (!fresh) {
            d.error(id.loc, DiagCode::E020, fmt::format("duplicate {} id {}", what, quote_for_message(id.value)),
                    fmt::format("first defined at {}", where(m, it->second)));
            continue;
        }
        auto [sk, new_look] = skeletons.emplace(lookalike_skeleton(id.value), &id);
        if (!new_look)
            d.warning(id.loc, DiagCode::W115,
                      fmt::format("{} id {} looks like {} but is another id", what, quote_for_message(id.value), quote_for_message(sk->second->value)),
                      fmt::format("the other is at {}; use plain letters and digits", where(m, sk->second->loc)));
    }
}

struct Context {
    const Model& m;
    Diagnostics& d;
    const CheckOptions& o;
    std::vector<std::string> units;
    std::vector<std::string> plan_ids;
};

/// The date of the dated checks of a plan's risks, by report_date: --as-of, or
/// the end of the requested quarter of that plan; none without either.
std::optional<Date> as_of_for(const Context& c, const Plan& p) {
    if (c.o.as_of) return report_date(p, ReportDate::on(*c.o.as_of));
    if (c.o.quarter) return report_date(p, ReportDate::of_quarter(*c.o.quarter));
    return std::nullopt;
}

void check_workspace(Context& c) {
    if (!c.m.workspace) return;
    std::map<Date, Loc> seen;
    const auto& ws = *c.m.workspace;
    const HolidayCalendar* calendar = ws.holiday_calendar ? find_holiday_calendar(ws.holiday_calendar->value) : nullptr;
    auto in_calendar = [&](Date d) {
        if (!calendar) return false;
        for (const CalendarDay& day : calendar->days)
            if (day.date() == d) return true;
        return false;
    };
    for (const auto& h : ws.holidays) {
        auto [it, fresh] = seen.emplace(h.value, h.loc);
        if (!fresh) c.d.warning(h.loc, DiagCode::W110, fmt::format("holiday {} is listed twice", format_iso(h.value)));
        else if (in_calendar(h.value))
            c.d.warning(h.loc, DiagCode::W110,
                        fmt::format("holiday {} is added, but calendar {} has it already", format_iso(h.value), calendar->name),
                        "remove it from 'add'");
    }
    for (const auto& r : ws.holidays_removed)
        if (calendar && !in_calendar(r.value))
            c.d.warning(r.loc, DiagCode::W129,
                        fmt::format("holiday {} is removed, but calendar {} does not have it", format_iso(r.value),
                                    calendar->name),
                        "check the date: 'scmplan holidays' lists the calendar's days");
}

void check_unit(Context& c, const Located<std::string>& unit, const std::string& what) {
    if (!c.m.workspace || c.m.workspace->lists_unit(unit.value)) return;
    c.d.warning(unit.loc, DiagCode::W103, fmt::format("{} {} is not in the workspace's units", what, quote_for_message(unit.value)),
                did_you_mean(unit.value, c.units));
}

void check_plan(Context& c, const Plan& p) {
    const Rules& rules = c.m.rules;
    const Enabler* enabler = rules.enabler(p.enabler.value);
    // A rules file with an empty enabler code (E014) cannot say which enablers exist.
    const bool codes_known = std::none_of(rules.enablers.begin(), rules.enablers.end(),
                                          [](const Enabler& e) { return e.code.value.empty(); });
    if (!p.enabler.value.empty() && !enabler && codes_known) {
        std::vector<std::string> codes;
        for (const auto& e : rules.enablers) codes.push_back(e.code.value);
        c.d.error(p.enabler.loc, DiagCode::E021, fmt::format("unknown enabler {}", quote_for_message(p.enabler.value)),
                  did_you_mean(p.enabler.value, codes));
    }
    if (p.start.loc.line && p.end.loc.line && p.end.value < p.start.value)
        c.d.error(p.end.loc, DiagCode::E015, fmt::format("plan period ends ({}) before it starts ({})",
                                                 format_iso(p.end.value), format_iso(p.start.value)));
    if (!p.owner.value.empty()) check_unit(c, p.owner, "plan owner");

    // Baseline: known topics, scores in range, one entry per year, aggregates that add up.
    std::vector<std::string> topic_codes, aggregate_codes;
    if (enabler) {
        aggregate_codes.push_back(enabler->code.value);
        for (const auto& m : enabler->modules) {
            aggregate_codes.push_back(m.code.value);
            for (const auto& t : m.topics) topic_codes.push_back(t.code.value);
        }
    }
    std::map<int, Loc> years;
    std::set<int> rejected_years;  // a score out of range: no comparison from it (it was refused)
    for (const auto& b : p.baseline) {
        auto [it, fresh] = years.emplace(b.year.value, b.year.loc);
        if (!fresh) c.d.error(b.year.loc, DiagCode::E020, fmt::format("baseline year {} appears twice", b.year.value));
        auto check_scores = [&](const auto& scores, const std::vector<std::string>& known, const char* what) {
            for (const auto& [code, score] : scores) {
                if (enabler && std::find(known.begin(), known.end(), code.value) == known.end())
                    c.d.error(code.loc, DiagCode::E021, fmt::format("{} {} is not a code of enabler {}", what, quote_for_message(code.value),
                                                            enabler->code.value),
                              enabler->modules.empty() ? fmt::format("enabler {} has no modules in the rules; {}",
                                                                     enabler->code.value,
                                                                     modules_hint(enabler->code.value))
                                                       : did_you_mean(code.value, known));
                if (score.value < rules.score_min || score.value > rules.score_max) {
                    rejected_years.insert(b.year.value);
                    c.d.error(score.loc, DiagCode::E015, fmt::format("score {} is outside {}–{}", score.value,
                                                             rules.score_min, rules.score_max));
                }
            }
        };
        check_scores(b.topics, topic_codes, "topic");
        check_scores(b.reported, aggregate_codes, "aggregate");
    }
    if (enabler) {
        const int dec = rules.score_decimals;
        for (const auto& cmp : compare_scores(*enabler, p)) {
            if (rejected_years.count(cmp.year)) continue;
            if (cmp.mismatch(dec))
                c.d.warning(cmp.reported_loc, DiagCode::W101,
                            fmt::format("reported {} score for {} is {:.{}f}, but its parts give {:.{}f}", cmp.code,
                                        cmp.year, *cmp.reported, dec, round_to(*cmp.computed, dec), dec),
                            "one of the published figures is wrong: check the source table");
            else if (cmp.reported && !cmp.computed && !cmp.missing.empty())
                c.d.warning(cmp.reported_loc, DiagCode::W102,
                            fmt::format("cannot verify reported {} score for {}: topic {} missing", cmp.code,
                                        cmp.year, fmt::join(cmp.missing, ", ")));
        }
    }

    unique_ids(c.m, p.gaps, [](const Gap& g) -> const Located<std::string>& { return g.id; }, "gap", c.d);
    for (const auto& g : p.gaps) {
        if (g.topic && enabler && std::find(topic_codes.begin(), topic_codes.end(), g.topic->value) == topic_codes.end())
            c.d.error(g.topic->loc, DiagCode::E021, fmt::format("gap topic {} is not a topic of {}", quote_for_message(g.topic->value),
                                                        enabler->code.value),
                      did_you_mean(g.topic->value, topic_codes));
        if (g.closed && p.start.loc.line && g.closed->value < p.start.value)
            c.d.warning(g.closed->loc, DiagCode::W117,
                        fmt::format("gap {} is closed on {}, before the plan's period starts ({})", g.id.value,
                                    format_iso(g.closed->value), format_iso(p.start.value)),
                        "check the year: dates are CE in ISO form (2023-…), BE in Thai form (… 2566)");
    }
    unique_ids(c.m, p.kpis, [](const Kpi& k) -> const Located<std::string>& { return k.id; }, "KPI", c.d);
    // A gap's closed date and its status, a KPI's target within 0–100 for a
    // percentage: the format table's rules, reported by the loader.
}

void check_activity(Context& c, const Activity& a) {
    const Plan* p = c.m.plan(a.plan.value);
    if (!a.plan.value.empty() && !p && c.m.unread_files == 0) {
        c.d.error(a.plan.loc, DiagCode::E021, fmt::format("activity {} names unknown plan {}", a.id.value, quote_for_message(a.plan.value)),
                  did_you_mean(a.plan.value, c.plan_ids));
    }
    // Named groups: once a plan names any, an activity's group it does not name
    // is shown by its id in the pictures.
    if (p && !p->groups.empty() && !a.group.empty() &&
        std::none_of(p->groups.begin(), p->groups.end(), [&](const auto& g) { return g.first.value == a.group; })) {
        std::vector<std::string> named;
        for (const auto& g : p->groups) named.push_back(g.first.value);
        std::string hint = did_you_mean(a.group, named);
        c.d.warning(a.group_loc.line ? a.group_loc : a.loc, DiagCode::W130,
                    fmt::format("activity {} is in group {}, which plan {} does not name in its 'groups'", a.id.value,
                                quote_for_message(a.group), p->id.value),
                    hint.empty() ? "name it in the plan's 'groups': the pictures show its id until then" : hint);
    }
    const bool dated = a.start.loc.line && a.end.loc.line;  // both loaded without error
    const std::optional<Date>& as_of = c.o.as_of;  // not per quarter: a past quarter's report is not news
    if (dated && a.end.value < a.start.value)
        c.d.error(a.end.loc, DiagCode::E015, fmt::format("activity {} ends ({}) before it starts ({})", a.id.value,
                                                 format_iso(a.end.value), format_iso(a.start.value)));
    if (dated && p && p->start.loc.line && p->end.loc.line &&
        (a.start.value < p->start.value || a.end.value > p->end.value))
        c.d.warning(a.start.loc, DiagCode::W104,
                    fmt::format("activity {} runs {} – {}, outside the plan's period {} – {}", a.id.value,
                                format_iso(a.start.value), format_iso(a.end.value), format_iso(p->start.value),
                                format_iso(p->end.value)));
    for (const auto& o : a.owners) check_unit(c, o, "owner");
    if (p) {
        std::vector<std::string> gap_ids;
        for (const auto& g : p->gaps) gap_ids.push_back(g.id.value);
        for (const auto& g : a.gaps)
            if (!p->gap(g.value))
                c.d.error(g.loc, DiagCode::E021, fmt::format("activity {} addresses unknown gap {}", a.id.value, quote_for_message(g.value)),
                          did_you_mean(g.value, gap_ids));
    }
    if (a.steps.empty() && !a.id.value.empty())  // no id: the file is too broken to judge
        c.d.warning(a.loc, DiagCode::W105, fmt::format("activity {} has no steps: its completion stays 0%", a.id.value));
    std::map<std::string, Loc> step_ids;
    for (const auto& s : a.steps) {
        auto [it, fresh] = step_ids.emplace(s.id.value, s.id.loc);
        if (!fresh)
            c.d.warning(s.id.loc, DiagCode::W106, fmt::format("activity {} has two steps numbered {} (first at line {})",
                                                      a.id.value, quote_for_message(s.id.value), it->second.line),
                        "renumber one of them");
        if (dated && !(a.end.value < a.start.value) && s.due && (s.due->value > a.end.value || s.due->value < a.start.value))
            c.d.warning(s.due->loc, DiagCode::W107, fmt::format("step {} of {} is due {}, outside the activity's period {} – {}",
                                                        s.id.value, a.id.value, format_iso(s.due->value),
                                                        format_iso(a.start.value), format_iso(a.end.value)));
        if (dated && s.done && s.done->value < a.start.value)
            c.d.warning(s.done->loc, DiagCode::W116,
                        fmt::format("step {} of {} is marked done on {}, before the activity starts ({})", s.id.value,
                                    a.id.value, format_iso(s.done->value), format_iso(a.start.value)),
                        "check the year: dates are CE in ISO form (2023-…), BE in Thai form (… 2566)");
        if (as_of && s.done && s.done->value > *as_of)
            c.d.warning(s.done->loc, DiagCode::W108, fmt::format("step {} of {} is marked done on {}, after the as-of date {}",
                                                         s.id.value, a.id.value, format_iso(s.done->value),
                                                         format_iso(*as_of)));
    }
    std::map<int, Loc> quarters;
    for (const auto& r : a.reports) {
        auto [it, fresh] = quarters.emplace(r.quarter.value, r.quarter.loc);
        if (!fresh)
            c.d.error(r.quarter.loc, DiagCode::E020, fmt::format("activity {} reports quarter {} twice", a.id.value,
                                                         r.quarter.value));
        if (r.actual && !a.target.value && !a.target.value_rejected)
            c.d.warning(r.actual->loc, DiagCode::W109,
                        fmt::format("activity {} reports an actual value but its target has no value to meet",
                                    a.id.value));
    }
}

void check_scale(Context& c, const Risk& r, const Scale& s, const char* which) {
    if (s.levels.empty()) return;
    std::vector<int> seen;
    for (const auto& l : s.levels) {
        // A level outside 1–5 was reported by the loader (the format table's range).
        if (std::find(seen.begin(), seen.end(), l.level.value) != seen.end())
            c.d.error(l.level.loc, DiagCode::E017, fmt::format("{} level {} appears twice", which, l.level.value));
        seen.push_back(l.level.value);
        if (l.when && c.m.plan(r.plan.value) && l.when->metric.of_activity()) {
            if (!c.m.activity(r.plan.value, l.when->metric.activity)) {
                std::vector<std::string> ids;
                for (const auto* a : c.m.activities_of(r.plan.value)) ids.push_back(a->id.value);
                c.d.error(l.when->loc, DiagCode::E021, fmt::format("condition names unknown activity {} of plan {}",
                                                           quote_for_message(l.when->metric.activity), r.plan.value),
                          did_you_mean(l.when->metric.activity, ids));
            }
        }
    }
    if (s.levels.size() != 5)
        c.d.error(s.loc, DiagCode::E017, fmt::format("{} scale has {} levels; it must have exactly levels 1 to 5", which,
                                             s.levels.size()));
    bool some_when = std::any_of(s.levels.begin(), s.levels.end(), [](const auto& l) { return l.when.has_value(); });
    bool bad_when = std::any_of(s.levels.begin(), s.levels.end(),
                                [](const auto& l) { return l.when_given && !l.when; });  // already an error
    if (some_when && !bad_when && !s.derivable())
        c.d.warning(s.loc, DiagCode::W112,
                    fmt::format("{} scale is not derivable: every level but the last needs a 'when'", which),
                    "the latest assessment is used instead");
}


void check_risk(Context& c, const Risk& r) {
    const Plan* p = c.m.plan(r.plan.value);
    if (!r.plan.value.empty() && !p && c.m.unread_files == 0)
        c.d.error(r.plan.loc, DiagCode::E021, fmt::format("risk {} names unknown plan {}", r.id.value, quote_for_message(r.plan.value)),
                  did_you_mean(r.plan.value, c.plan_ids));
    check_scale(c, r, r.likelihood, "likelihood");
    check_scale(c, r, r.impact, "impact");
    std::map<Date, const Assessment*> on_date;
    for (const auto& a : r.assessments) {
        auto [it, fresh] = on_date.emplace(a.as_of.value, &a);
        if (!fresh && a.as_of.loc.line &&
            (it->second->likelihood.value != a.likelihood.value || it->second->impact.value != a.impact.value))
            c.d.warning(a.as_of.loc, DiagCode::W118,
                        fmt::format("risk {} has two assessments on {} with different levels ({}×{} and {}×{})",
                                    r.id.value, format_iso(a.as_of.value), it->second->likelihood.value,
                                    it->second->impact.value, a.likelihood.value, a.impact.value),
                        fmt::format("only one can be right; the other is at line {}", it->second->as_of.loc.line));
    }
    if (!r.likelihood.derivable() && !r.impact.derivable() && r.assessments.empty())
        c.d.warning(r.loc, DiagCode::W113, fmt::format("risk {} has no assessment and no derivable scale: its level is unknown",
                                               r.id.value));

    // At or over the threshold: mitigation and monitoring are required.
    int worst = 0;
    Loc worst_loc = r.id.loc.line ? r.id.loc : r.loc;
    for (const auto& a : r.assessments)
        if (a.likelihood.value * a.impact.value > worst) {
            worst = a.likelihood.value * a.impact.value;
            worst_loc = a.as_of.loc;
        }
    if (auto as_of = p ? as_of_for(c, *p) : std::nullopt) {
        RiskResult now = evaluate_risk(r, c.m.rules, MetricValues{&c.m, p, *as_of});
        if (now.score > worst) {
            worst = now.score;
            worst_loc = r.id.loc.line ? r.id.loc : r.loc;
        }
    }
    if (worst >= c.m.rules.risk_threshold && (r.mitigation.empty() || r.monitoring.empty()))
        c.d.error(worst_loc, DiagCode::E040,
                  fmt::format("risk {} scores {} (threshold {}) but has no {}", r.id.value, worst,
                              c.m.rules.risk_threshold,
                              r.mitigation.empty() && r.monitoring.empty() ? "mitigation and no monitoring"
                              : r.mitigation.empty()                       ? "mitigation"
                                                                           : "monitoring"),
                  "a risk at or over the threshold goes to risk management: list its mitigation and monitoring");
}

}  // namespace

void check_model(const Model& m, Diagnostics& d, const CheckOptions& o) {
    check_rules(m.rules, d);
    Context c{m, d, o, {}, {}};
    if (m.workspace)
        for (const auto& [code, name] : m.workspace->units) c.units.push_back(code.value);
    for (const auto& p : m.plans) c.plan_ids.push_back(p.id.value);
    check_workspace(c);
    unique_ids(m, m.plans, [](const Plan& p) -> const Located<std::string>& { return p.id; }, "plan", d);
    for (const auto& p : m.plans) check_plan(c, p);
    // Activity and risk ids are unique within their plan.
    std::map<std::string, std::vector<const Activity*>> acts;
    for (const auto& a : m.activities) acts[a.plan.value].push_back(&a);
    for (const auto& [plan, list] : acts)
        unique_ids(m, list, [](const Activity* a) -> const Located<std::string>& { return a->id; }, "activity", d);
    std::map<std::string, std::vector<const Risk*>> risks;
    for (const auto& r : m.risks) risks[r.plan.value].push_back(&r);
    for (const auto& [plan, list] : risks)
        unique_ids(m, list, [](const Risk* r) -> const Located<std::string>& { return r->id; }, "risk", d);
    for (const auto& a : m.activities) check_activity(c, a);
    for (const auto& r : m.risks) check_risk(c, r);
    check_dated(m, d, o.as_of, o.quarter);
    check_evidence(m, d, o.files);
}

}  // namespace scmplan

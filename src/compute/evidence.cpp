#include "scmplan/evidence.hpp"

#include <algorithm>

namespace scmplan {

namespace {

const Topic* find_topic(const Rules& r, const std::string& code) {
    for (const Enabler& e : r.enablers)
        for (const Module& m : e.modules)
            for (const Topic& t : m.topics)
                if (t.code.value == code) return &t;
    return nullptr;
}

ActivityEvidence of_activity(const Activity& a) {
    ActivityEvidence out;
    out.activity = &a;
    for (const Step& s : a.steps) {
        out.steps.push_back({&s, s.done && s.evidence.empty()});
        out.has_evidence = out.has_evidence || !s.evidence.empty();
    }
    for (const QuarterReport& r : a.reports)
        for (const Evidence& e : r.evidence) out.reports.emplace_back(r.quarter.value, &e);
    out.has_evidence = out.has_evidence || !out.reports.empty();
    return out;
}

}  // namespace

EvidenceView evidence_view(const Model& m, const Plan& p) {
    EvidenceView v;
    v.plan = &p;
    auto acts = m.activities_of(p.id.value);
    for (const Gap& g : p.gaps) {
        GapEvidence ge;
        ge.gap = &g;
        if (g.topic) ge.topic = find_topic(m.rules, g.topic->value);
        for (const Activity* a : acts)
            for (const auto& id : a->gaps)
                if (id.value == g.id.value) {
                    ge.activities.push_back(of_activity(*a));
                    break;
                }
        ge.missing = g.evidence.empty() && std::none_of(ge.activities.begin(), ge.activities.end(),
                                                        [](const ActivityEvidence& x) { return x.has_evidence; });
        v.gaps.push_back(std::move(ge));
    }
    for (const Activity* a : acts) {
        bool listed = std::any_of(a->gaps.begin(), a->gaps.end(), [&](const auto& id) { return p.gap(id.value); });
        if (!listed) v.without_gap.push_back(of_activity(*a));
    }
    auto add_file = [&](const Evidence& e) {
        if (!e.url && std::find(v.files.begin(), v.files.end(), e.ref.value) == v.files.end())
            v.files.push_back(e.ref.value);
    };
    for (const Gap& g : p.gaps)
        for (const Evidence& e : g.evidence) add_file(e);
    for (const Activity* a : acts) {
        for (const Step& s : a->steps) {
            for (const Evidence& e : s.evidence) add_file(e);
            if (s.done) {
                ++v.done_steps;
                if (s.evidence.empty()) v.done_without_evidence.emplace_back(a, &s);
            }
        }
        for (const QuarterReport& r : a->reports)
            for (const Evidence& e : r.evidence) add_file(e);
    }
    return v;
}

}  // namespace scmplan

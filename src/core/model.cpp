#include "scmplan/model.hpp"

#include <algorithm>

namespace scmplan {

const std::string& Names::in(const std::string& lang) const {
    if (lang == "en") return en.empty() ? th : en;
    return th.empty() ? en : th;
}

const Enabler* Rules::enabler(const std::string& code) const {
    for (const auto& e : enablers)
        if (e.code.value == code) return &e;
    return nullptr;
}

const RiskBand* Rules::band_for(int score) const {
    for (const auto& b : bands)
        if (b.min <= score && score <= b.max) return &b;
    return nullptr;
}

const char* op_text(CompareOp op) {
    switch (op) {
        case CompareOp::lt: return "<";
        case CompareOp::le: return "<=";
        case CompareOp::eq: return "=";
        case CompareOp::ge: return ">=";
        case CompareOp::gt: return ">";
    }
    return "?";
}

std::optional<CompareOp> parse_op(std::string_view s) {
    if (s == "<") return CompareOp::lt;
    if (s == "<=") return CompareOp::le;
    if (s == "=" || s == "==") return CompareOp::eq;
    if (s == ">=") return CompareOp::ge;
    if (s == ">") return CompareOp::gt;
    return std::nullopt;
}

bool compare(double a, CompareOp op, double b) {
    switch (op) {
        case CompareOp::lt: return a < b;
        case CompareOp::le: return a <= b;
        case CompareOp::eq: return a == b;
        case CompareOp::ge: return a >= b;
        case CompareOp::gt: return a > b;
    }
    return false;
}

const char* gap_status_text(GapStatus s) {
    switch (s) {
        case GapStatus::open: return "open";
        case GapStatus::planned: return "planned";
        case GapStatus::closed: return "closed";
    }
    return "?";
}

const char* measure_text(Measure m) {
    switch (m) {
        case Measure::activities_done: return "activities_done";
        case Measure::gaps_closed: return "gaps_closed";
        case Measure::completion: return "completion";
        case Measure::on_time: return "on_time";
    }
    return "?";
}

const Gap* Plan::gap(const std::string& gap_id) const {
    for (const auto& g : gaps)
        if (g.id.value == gap_id) return &g;
    return nullptr;
}

const QuarterReport* Activity::report_for(int quarter) const {
    for (const auto& r : reports)
        if (r.quarter.value == quarter) return &r;
    return nullptr;
}

std::string Metric::text() const {
    switch (kind) {
        case Kind::completion: return "completion";
        case Kind::completed_on: return "completed_on";
        case Kind::activity_completion: return "activity." + activity + ".completion";
        case Kind::activity_completed_on: return "activity." + activity + ".completed_on";
    }
    return "?";
}

bool Scale::derivable() const {
    if (levels.empty()) return false;
    // In level order, whatever the order of writing (the seed lists 5 down to 1).
    const ScaleLevel* last = &levels.front();
    for (const auto& l : levels)
        if (l.level.value > last->level.value) last = &l;
    for (const auto& l : levels)
        if (&l != last && !l.when) return false;
    return true;
}

Holidays Model::holidays() const {
    std::vector<Date> days;
    if (workspace)
        for (const auto& h : workspace->holidays) days.push_back(h.value);
    return Holidays(std::move(days));
}

const Plan* Model::plan(const std::string& plan_id) const {
    for (const auto& p : plans)
        if (p.id.value == plan_id) return &p;
    return nullptr;
}

std::vector<const Activity*> Model::activities_of(const std::string& plan_id) const {
    std::vector<const Activity*> out;
    for (const auto& a : activities)
        if (a.plan.value == plan_id) out.push_back(&a);
    return out;
}

std::vector<const Risk*> Model::risks_of(const std::string& plan_id) const {
    std::vector<const Risk*> out;
    for (const auto& r : risks)
        if (r.plan.value == plan_id) out.push_back(&r);
    return out;
}

const Activity* Model::activity(const std::string& plan_id, const std::string& activity_id) const {
    for (const auto& a : activities)
        if (a.plan.value == plan_id && a.id.value == activity_id) return &a;
    return nullptr;
}

}  // namespace scmplan

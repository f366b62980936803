// Module and enabler scores from a baseline's topic scores, and their comparison
// with the published (reported) aggregates.
#include <algorithm>

#include "scmplan/compute.hpp"

namespace scmplan {

namespace {

const Located<double>* find_entry(const std::vector<std::pair<Located<std::string>, Located<double>>>& entries,
                                  const std::string& code) {
    for (const auto& [k, v] : entries)
        if (k.value == code) return &v;
    return nullptr;
}

void add_missing(const Module& m, const Baseline& b, std::vector<std::string>& out) {
    for (const Topic& t : m.topics)
        if (find_entry(b.topics, t.code.value) == nullptr &&
            std::find(out.begin(), out.end(), t.code.value) == out.end())
            out.push_back(t.code.value);
}

ScoreComparison make(int year, const std::string& code, std::optional<double> computed, const Baseline& b) {
    ScoreComparison c;
    c.year = year;
    c.code = code;
    c.computed = computed;
    if (const Located<double>* rep = find_entry(b.reported, code)) {
        c.reported = rep->value;
        c.reported_loc = rep->loc;
    }
    return c;
}

}  // namespace

std::optional<double> module_score(const Module& m, const Baseline& b) {
    if (m.topics.empty()) return std::nullopt;
    double sum = 0.0;
    for (const Topic& t : m.topics) {
        const Located<double>* score = find_entry(b.topics, t.code.value);
        if (score == nullptr) return std::nullopt;
        sum += t.weight.value * score->value;
    }
    return sum;
}

std::optional<double> enabler_score(const Enabler& e, const Baseline& b) {
    // An enabler whose modules are not described cannot be computed.
    if (e.modules.empty()) return std::nullopt;
    double sum = 0.0;
    for (const Module& m : e.modules) {
        auto s = module_score(m, b);
        if (!s) return std::nullopt;
        sum += m.weight.value * *s;
    }
    return sum;
}

bool ScoreComparison::mismatch(int decimals) const {
    return computed && reported && round_to(*computed, decimals) != round_to(*reported, decimals);
}

std::vector<ScoreComparison> compare_scores(const Enabler& e, const Plan& p) {
    std::vector<ScoreComparison> out;
    for (const Baseline& b : p.baseline) {
        std::vector<std::string> all_missing;
        for (const Module& m : e.modules) {
            ScoreComparison c = make(b.year.value, m.code.value, module_score(m, b), b);
            add_missing(m, b, c.missing);
            add_missing(m, b, all_missing);
            out.push_back(std::move(c));
        }
        ScoreComparison c = make(b.year.value, e.code.value, enabler_score(e, b), b);
        c.missing = std::move(all_missing);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace scmplan

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "scmplan/check.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

template <class Children>
void check_weights(const Children& children, const std::string& parent, Loc at, Diagnostics& d) {
    if (children.empty()) return;
    double sum = 0;
    for (const auto& c : children) sum += c.weight.value;
    if (std::fabs(sum - 1.0) > 1e-9)
        d.error(at, DiagCode::E030, fmt::format("weights under {} sum to {:.10g}, not 1", parent, sum),
                "the weights of siblings must add up to exactly 1");
    // A weight of 0 or less was reported when it was read (the format table's minimum).
}

}  // namespace

void check_rules(const Rules& r, Diagnostics& d) {
    if (r.score_min >= r.score_max)
        d.error(r.loc, DiagCode::E015, fmt::format("score min {} must be below max {}", r.score_min, r.score_max));
    std::map<std::string, Loc> codes;
    // An empty code was reported when it was read: nothing is checked against it.
    auto unique = [&](const Located<std::string>& code) {
        if (code.value.empty()) return;
        auto [it, fresh] = codes.emplace(code.value, code.loc);
        if (!fresh)
            d.error(code.loc, DiagCode::E020, fmt::format("code {} is defined twice (first at line {})", quote_for_message(code.value),
                                                  it->second.line));
    };
    for (const auto& e : r.enablers) {
        unique(e.code);
        check_weights(e.modules, e.code.value, e.code.loc, d);
        for (const auto& m : e.modules) {
            unique(m.code);
            if (!e.code.value.empty() && !m.code.value.empty() && !m.code.value.starts_with(e.code.value + "."))
                d.error(m.code.loc, DiagCode::E031, fmt::format("module code {} must start with '{}.'", quote_for_message(m.code.value),
                                                        e.code.value));
            if (m.topics.empty())
                d.error(m.code.loc, DiagCode::E014, fmt::format("module {} has no topics", m.code.value));
            check_weights(m.topics, m.code.value, m.code.loc, d);
            for (const auto& t : m.topics) {
                unique(t.code);
                if (!m.code.value.empty() && !t.code.value.empty() && !t.code.value.starts_with(m.code.value + "."))
                    d.error(t.code.loc, DiagCode::E031, fmt::format("topic code {} must start with '{}.'",
                                                            quote_for_message(t.code.value), m.code.value));
            }
        }
    }
    // The threshold's range and the bands' (1–25) are the format table's: the loader reported them.
    // Bands must cover 1..25 exactly once.
    std::vector<int> cover(26, 0);
    for (const auto& b : r.bands) {
        if (b.min < 1 || b.max > 25) continue;  // reported by the loader
        if (b.min > b.max) {
            d.error(b.loc, DiagCode::E032, fmt::format("risk band {}–{} must lie within 1–25 with min <= max", b.min, b.max));
            continue;
        }
        for (int s = b.min; s <= b.max; ++s) ++cover[s];
    }
    if (!r.bands.empty()) {
        for (int s = 1; s <= 25; ++s) {
            if (cover[s] == 1) continue;
            d.error(r.bands.front().loc, DiagCode::E032,
                    fmt::format("risk bands {} score {}", cover[s] == 0 ? "leave out" : "overlap at", s),
                    "bands must cover 1..25 without overlap or hole");
            break;
        }
    }
}

}  // namespace scmplan

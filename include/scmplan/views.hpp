// Views over a plan for the commands `risk`, `gaps` and `score`: the risk
// register with its 5×5 heat map, GAP-item traceability to activities, and the
// score table with its uplift ranking and what-if. Pure functions of the model
// (and a date); every number their renderers show.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

// ---- risk register and heat map ------------------------------------------------

/// One cell of the 5×5 risk matrix: score = likelihood × impact, its band, and
/// the risks whose current or target position it is (in risk id order).
struct HeatCell {
    int likelihood = 0;  ///< 1..5
    int impact = 0;      ///< 1..5
    int score = 0;       ///< likelihood × impact
    const RiskBand* band = nullptr;  ///< null when the rules' bands leave the score out
    bool over_threshold = false;     ///< score >= rules.risk_threshold
    std::vector<const Risk*> current;
    std::vector<const Risk*> target;
};

struct HeatMap {
    /// cells[likelihood - 1][impact - 1]
    std::array<std::array<HeatCell, 5>, 5> cells;
    const HeatCell& at(int likelihood, int impact) const { return cells[likelihood - 1][impact - 1]; }
};

/// The matrix with every risk's current position (both levels known) and target
/// position (both target levels given). Levels outside 1..5 are not placed.
HeatMap heat_map(const std::vector<RiskResult>& risks, const Rules& rules);

/// A risk's target position, when the risk file gives both levels.
struct RiskTarget {
    int likelihood = 0;
    int impact = 0;
    int score = 0;
    const RiskBand* band = nullptr;
};
std::optional<RiskTarget> risk_target(const Risk& r, const Rules& rules);

struct RiskRegister {
    const Plan* plan = nullptr;
    Date as_of;
    std::vector<RiskResult> risks;  ///< in risk id order
    HeatMap map;
};

/// The plan's risks evaluated as of the date, and their heat map.
RiskRegister risk_register(const Model& m, const Plan& p, Date as_of);

// ---- GAP traceability ----------------------------------------------------------

struct GapActivity {
    const Activity* activity = nullptr;
    double completion = 0;  ///< percent as of the date, unrounded
};

struct GapTrace {
    const Gap* gap = nullptr;
    /// The activities (counting or not) whose `gaps` list this gap, in id order.
    std::vector<GapActivity> activities;
    /// Mean completion of those activities; nullopt when there are none.
    std::optional<double> completion;
    /// status closed with a closed date on or before the as-of date.
    bool closed_by_as_of = false;
    /// status planned, but no activity addresses it.
    bool uncovered = false;
};

struct GapsView {
    const Plan* plan = nullptr;
    Date as_of;
    std::vector<GapTrace> gaps;  ///< in the plan's order
    /// Counting activities whose `gaps` list is empty.
    std::vector<const Activity*> without_gap;
    int total = 0;
    int taken_up = 0;  ///< gaps_taken_up(plan)
    int closed = 0;  ///< gaps_closed(plan, as_of)
    /// The plan's KPIs with measure gaps_closed, evaluated as of the date.
    std::vector<KpiResult> kpis;
};

GapsView gaps_view(const Model& m, const Plan& p, Date as_of);

// ---- scores ----------------------------------------------------------------------

/// One score of one year. For a topic, `value` is the published score; for a
/// module or the enabler, `value` is computed from the topics (unrounded) and
/// `reported` is the published aggregate, if any.
struct ScoreCell {
    std::optional<double> value;
    std::optional<double> reported;
    bool mismatch = false;          ///< both known and different once rounded to the rules' decimals
    /// The change from the previous year, when both values are known: the
    /// difference of the two values rounded to the rules' decimals, so that it
    /// is exactly the difference of the figures shown (1.2904 − 1.1800 = 0.1104).
    std::optional<double> change;
};

struct ScoreRow {
    enum class Kind { topic, module, enabler };
    Kind kind = Kind::topic;
    std::string code;
    const Names* name = nullptr;
    double weight = 1;  ///< within its parent (1 for the enabler)
    std::vector<ScoreCell> cells;  ///< one per year of ScoreView::years
};

/// The enabler score gained per level a topic gains: topic weight × module weight.
struct TopicUplift {
    const Module* module = nullptr;
    const Topic* topic = nullptr;
    double uplift = 0;
    int rank = 0;  ///< 1 = largest uplift; equal uplifts share a rank (1, 2, 3, 3, 5)
    std::optional<double> latest;  ///< the topic's score in the latest baseline year
    std::vector<const Gap*> gaps;  ///< the plan's open or planned gaps on this topic
};

/// Topics ranked by uplift, descending; ties (equal to 9 decimals) keep the
/// rules' order and share a rank.
std::vector<TopicUplift> rank_uplift(const Enabler& e, const Plan& p);

/// `--set TOPIC=VALUE`.
struct TopicSetting {
    std::string topic;
    double value = 0;
};

struct WhatIfRow {
    ScoreRow::Kind kind = ScoreRow::Kind::module;
    std::string code;
    std::optional<double> current;  ///< unrounded
    std::optional<double> what_if;  ///< unrounded
    /// what_if − current, both rounded to the rules' decimals (as ScoreCell::change).
    std::optional<double> change;
};

struct WhatIf {
    int year = 0;  ///< the latest baseline year
    struct Applied {
        std::string topic;
        std::optional<double> from;  ///< nullopt when the year lacked the topic
        double to = 0;
    };
    std::vector<Applied> applied;  ///< the settings whose topic belongs to the enabler, in the given order
    std::vector<WhatIfRow> rows;   ///< every module, then the enabler
};

/// The latest baseline year with the settings' topic scores replaced (or added);
/// settings for topics outside the enabler are ignored. nullopt without a baseline.
std::optional<WhatIf> what_if(const Enabler& e, const Plan& p, const std::vector<TopicSetting>& settings,
                              int decimals);

struct ScoreView {
    const Plan* plan = nullptr;
    const Enabler* enabler = nullptr;  ///< null when the rules do not know the plan's enabler
    std::vector<int> years;            ///< baseline years (BE), ascending
    std::vector<ScoreRow> topics;      ///< every topic of the enabler, in the rules' order
    std::vector<ScoreRow> aggregates;  ///< every module, then the enabler
    std::vector<TopicUplift> uplift;
    bool what_if_requested = false;    ///< settings were given
    std::optional<WhatIf> what_if;     ///< settings were given and the plan has a baseline
};

/// The score view of one plan; `settings` (may be empty) make the what-if.
ScoreView score_view(const Model& m, const Plan& p, const std::vector<TopicSetting>& settings);

}  // namespace scmplan

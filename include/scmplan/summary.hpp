// The summary of many plans (scmplan summary): one row of figures per plan, as
// of a quarter of its year, a date or its end, and the organisation × enabler
// matrix of completion. Built from each plan's own report: the same figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/report.hpp"

namespace scmplan {

struct PlanSummary {
    const Plan* plan = nullptr;
    int quarter = 0;             ///< the quarter reported on or containing as_of; 0 outside the plan's year
    Date as_of;
    double completion = 0;       ///< percent, unrounded (the report's plan completion)
    double planned = 0;
    int counting = 0;            ///< activities that count toward the plan
    int done = 0;                ///< counting activities done (100%) as of the date
    int behind = 0;              ///< counting activities behind plan
    int overdue = 0;             ///< counting activities past their end and not done
    int kpis_met = 0;
    int kpis_total = 0;
    int gaps_closed = 0;         ///< closed on or before the date
    int gaps_total = 0;          ///< every gap the plan lists
    int risk_max = 0;            ///< the highest risk score; 0 when no risk has one
    const RiskBand* risk_band = nullptr;
    std::optional<Date> due;     ///< when the quarter's report to the director is due
    /// Whether every counting activity has a report for the quarter; nullopt
    /// when the date is outside the plan's quarters.
    std::optional<bool> all_reported;
};

/// The summary of one plan's report.
PlanSummary summarize(const PlanReport& r);

/// Completion per organisation (rows) and enabler (columns): the mean of the
/// plans in each cell (usually one: one plan per organisation, enabler and year).
struct CompletionMatrix {
    std::vector<std::string> organisations;  ///< in name order
    std::vector<std::string> enablers;       ///< in the order they first appear in the summaries
    struct Cell {
        double sum = 0;  ///< of completions, percent
        int plans = 0;
        std::optional<double> mean() const { return plans ? std::optional<double>(sum / plans) : std::nullopt; }
    };
    std::vector<std::vector<Cell>> cells;  ///< [organisation][enabler]
};

CompletionMatrix completion_matrix(const std::vector<PlanSummary>& rows);

}  // namespace scmplan

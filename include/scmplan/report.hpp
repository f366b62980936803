// The quarterly report (or a report as of any date) as computed values: what
// every renderer (md, csv, json, terminal, the documents and their pictures)
// shows. Built from the model; no text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/model.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"

namespace scmplan {

struct ReportRequest {
    /// As of: the last day of quarter N (--quarter N), a date (--as-of DATE),
    /// or each plan's end (annual, the default); report_date resolves it.
    ReportDate date;
    std::string plan_id;  ///< "" = every plan
};

struct ActivityRow {
    const Activity* activity = nullptr;
    double planned = 0;  ///< percent, unrounded
    double actual = 0;
    Status status = Status::not_started;
    TargetResult target;
    const QuarterReport* report = nullptr;  ///< the report for the quarter, if any
};

/// A plan's figures as of a date, the same in the quarterly report and the
/// year-end summary: completion, KPIs and gaps.
struct PlanTotals {
    const Plan* plan = nullptr;
    Date as_of;
    double completion = 0;    ///< plan completion, percent, unrounded
    double planned = 0;
    int counting = 0;         ///< activities that count toward the plan
    int activities_done = 0;  ///< counting activities at 100%
    std::vector<KpiResult> kpis;
    int kpis_met = 0;
    int gaps_total = 0;
    int gaps_taken_up = 0;  ///< gaps_taken_up(plan): what the closed ones are counted against
    std::vector<const Gap*> gaps_closed;  ///< closed by as_of (Gap::closed_by), in file order
};

/// The totals of plan p, whose activities are `acts`, as of the date.
PlanTotals plan_totals(const Plan& p, const std::vector<const Activity*>& acts, Date as_of);

struct PlanReport : PlanTotals {
    int quarter = 0;  ///< the quarter reported on, or containing as_of (0: outside the plan's year)
    bool quarterly = false;  ///< asked for by --quarter (else by --as-of, or the plan's end)
    std::optional<DateRange> quarter_range;
    std::optional<Date> due;  ///< when the report to the director is due
    std::vector<ActivityRow> activities;  ///< every activity, in id order
    /// The plan's risks evaluated as of as_of, and their heat map: evaluated
    /// once, here, for every renderer and picture of the report.
    RiskRegister risk_register;
};

/// One report per plan (or just the requested one), in plan id order. An unknown
/// plan id gives an empty list; the caller reports it.
std::vector<PlanReport> build_reports(const Model& m, const ReportRequest& req);

// ---- what the pictures of a report show --------------------------------------

/// The data of one plan's pictures as of its report's date: the timeline
/// (which a document that prints it cuts into pages by its print layout:
/// print_timeline_pages, render_gantt.hpp) and the heat map, which is the
/// report's own risk_register.
struct ReportChartData {
    Timeline timeline;
    /// The report's risk register, for the heat map; null when the plan has no risk.
    const RiskRegister* heat_map = nullptr;
};

/// One ReportChartData per report, in the same order; its heat_map points into
/// `reports`, which must outlive it.
std::vector<ReportChartData> report_chart_data(const Model& m, const std::vector<PlanReport>& reports);

// ---- the year-end summary (report --annual) ----------------------------------

/// Planned and actual completion as of one date (a quarter's last day, or the
/// plan's end), in percent, unrounded.
struct CompletionPoint {
    int quarter = 0;  ///< 1..4; 0 for the plan's end
    Date as_of;
    double planned = 0;
    double actual = 0;
    Status status = Status::not_started;  ///< activities only
    TargetResult target;                  ///< activities only: the target for that quarter
};

/// What one quarterly report of an activity says about problems and suggestions.
struct QuarterNotes {
    int quarter = 0;
    const QuarterReport* report = nullptr;  ///< has problems or suggestions (or both)
};

struct AnnualActivity {
    const Activity* activity = nullptr;
    std::vector<CompletionPoint> quarters;  ///< quarters 1..4, as of each one's last day
    CompletionPoint year_end;               ///< as of the plan's end
    TargetResult target;                    ///< the latest reported actual (through Q4) against the target
    int target_quarter = 0;                 ///< the quarter that actual comes from; 0 when none
    std::vector<QuarterNotes> notes;        ///< in quarter order; only reports with problems or suggestions
};

struct RiskPoint {
    int quarter = 0;  ///< 0 for the plan's end
    Date as_of;
    RiskResult result;
};

struct AnnualRisk {
    const Risk* risk = nullptr;
    std::vector<RiskPoint> quarters;  ///< as of each quarter's last day
    RiskPoint year_end;               ///< as of the plan's end
};

/// A plan's state at its end (as_of is the plan's end): what a year is judged by.
using YearEnd = PlanTotals;

/// The year-end summary of one plan: completion per quarter, KPIs, targets and
/// gaps at year end, the risk trend, the problems and suggestions of every
/// quarterly report, and the previous year's plan for comparison.
struct AnnualReport {
    const Plan* plan = nullptr;
    std::vector<CompletionPoint> quarters;  ///< the plan as of each quarter's last day (1..4)
    YearEnd year_end;
    std::vector<AnnualActivity> activities;  ///< every activity, in id order
    std::vector<AnnualRisk> risks;
    /// The plan of the same enabler and organisation for year − 1 in the same
    /// workspace (the first by id if several), as of its own end.
    std::optional<YearEnd> previous;
    /// Today, when it is before the plan's end: the summary then says that it is
    /// computed ahead of time (steps not done yet count as not done).
    std::optional<Date> early;

    /// The plan ends after its fourth quarter (the FIO plan runs to 15 Jan of
    /// the next year): summaries then show its end as a period of its own.
    bool ends_after_quarters() const { return quarters.back().as_of != year_end.as_of; }
};

/// The state of plan p as of its end.
YearEnd year_end_of(const Model& m, const Plan& p);

/// One summary per plan (or just `plan_id` when not empty), in plan id order.
/// `today` only sets AnnualReport::early; every figure is as of the plan's end.
std::vector<AnnualReport> build_annual_reports(const Model& m, const std::string& plan_id,
                                               std::optional<Date> today = std::nullopt);

}  // namespace scmplan

// The quarterly report (or a report as of any date) as computed values: what
// every renderer (md, csv, json, terminal) shows. Built from the model; no text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

struct ReportRequest {
    std::optional<int> quarter;  ///< --quarter N: as of that quarter's last day
    std::optional<Date> as_of;   ///< --as-of DATE (exclusive with quarter)
    std::string plan_id;         ///< "" = every plan
};

struct ActivityRow {
    const Activity* activity = nullptr;
    double planned = 0;  ///< percent, unrounded
    double actual = 0;
    Status status = Status::not_started;
    TargetResult target;
    const QuarterReport* report = nullptr;  ///< the report for the quarter, if any
};

struct PlanReport {
    const Plan* plan = nullptr;
    int quarter = 0;  ///< the quarter reported on, or containing as_of (0: outside the plan's year)
    bool quarterly = false;  ///< asked for by --quarter (else by --as-of)
    Date as_of;
    std::optional<DateRange> quarter_range;
    std::optional<Date> due;  ///< when the report to the director is due
    double completion = 0;    ///< plan completion, percent, unrounded
    double planned = 0;
    int counting = 0;         ///< activities that count toward the plan
    std::vector<ActivityRow> activities;  ///< every activity, in id order
    std::vector<KpiResult> kpis;
    int gaps_total = 0;
    int gaps_closed = 0;
    std::vector<RiskResult> risks;
};

/// One report per plan (or just the requested one), in plan id order. An unknown
/// plan id gives an empty list; the caller reports it.
std::vector<PlanReport> build_reports(const Model& m, const ReportRequest& req);

}  // namespace scmplan

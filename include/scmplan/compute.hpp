// The numbers every report shows: completion, status, quarters and due dates,
// KPIs, scores and risk levels. Pure functions of the model and a date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/calendar.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

// ---- rounding ----------------------------------------------------------------

/// Rounds half away from zero to `decimals` places, after absorbing binary
/// representation error (a value within 1e-9 relative of a half rounds away).
/// round_to(1.150215, 4) == 1.1502; round_to(0.125, 2) == 0.13; round_to(-0.125, 2) == -0.13.
double round_to(double value, int decimals);

// ---- completion and status ---------------------------------------------------

/// Σ weight of steps with done <= as_of / Σ weight, in percent (0..100).
/// An activity without steps is 0%.
double activity_completion(const Activity& a, Date as_of);

/// The same with due <= as_of (due defaults to the activity's end).
double activity_planned(const Activity& a, Date as_of);

/// The date the activity reached 100%: the latest `done` of its steps, if every
/// step is done; nullopt otherwise (or if it has no steps).
std::optional<Date> activity_completed_on(const Activity& a);

/// The date the activity's planned completion reaches 100%: its last step's
/// due date (due defaults to the end); the end when it has no steps.
Date activity_planned_finish(const Activity& a);

/// Days past the activity's end as of D while it is not complete as of D
/// (D − end); 0 when complete or not past its end.
int activity_days_late(const Activity& a, Date as_of);

enum class Status { not_started, on_track, behind, overdue, done };
/// "not-started", "on-track", "behind", "overdue", "done" (the CSV/JSON contract).
const char* status_text(Status s);

/// done (100% as of the date), else overdue (as_of > end, or as_of is the
/// activity's end and on or after the plan's end `plan_end`: on the plan's last
/// day, unfinished work due that day has no later day to be finished on), else
/// not-started (as_of < start), else behind (actual < planned), else on-track.
Status activity_status(const Activity& a, Date as_of, Date plan_end);

/// Mean completion of the counting activities (counts: true), in percent;
/// 0 when there are none.
double plan_completion(const std::vector<const Activity*>& activities, Date as_of);
double plan_planned(const std::vector<const Activity*>& activities, Date as_of);

/// The date the plan reached 100%: the latest completed_on of its counting
/// activities, when every one of them is complete; nullopt otherwise.
std::optional<Date> plan_completed_on(const std::vector<const Activity*>& activities);

/// The date the plan's planned completion reaches 100%: the latest planned
/// finish of its counting activities; nullopt when none counts.
std::optional<Date> plan_planned_finish(const std::vector<const Activity*>& activities);

// ---- quarters and due dates --------------------------------------------------

/// Quarter q (1..4) of the plan's year under its scheme.
DateRange plan_quarter(const Plan& p, int q);

/// Whether activity a reports on quarter q (1..4) of plan p: the quarter
/// overlaps the activity's period. A quarter before its start or after its end
/// expects no report (W120 and `summary`'s "all reported" both use this).
bool report_expected(const Plan& p, const Activity& a, int q);

/// The report for quarter q is due on the N-th working day after the quarter's
/// last day (N = rules.report_due_working_days).
Date report_due(const Plan& p, int q, const Rules& rules, const Holidays& holidays);

/// The quarter of the plan's year that contains as_of, or 0 if outside it.
int plan_quarter_of(const Plan& p, Date as_of);

/// What a report, a summary or the dated checks are as of, as the command line
/// asks for it (--quarter N, --as-of DATE, --annual): one value for every plan,
/// whose date each plan resolves with report_date (docs/computations.md).
struct ReportDate {
    enum class Kind { quarter, date, annual };
    Kind kind = Kind::annual;
    int quarter = 0;  ///< Kind::quarter: 1..4
    Date date;        ///< Kind::date

    static ReportDate of_quarter(int q) { return {Kind::quarter, q, {}}; }
    static ReportDate on(Date d) { return {Kind::date, 0, d}; }
    static ReportDate annual() { return {}; }
    bool operator==(const ReportDate&) const = default;
};

/// The date `when` means for plan p, the one rule: a quarter is its last day in
/// the plan's year (plan_quarter, under the plan's scheme: calendar or fiscal);
/// a date is itself, whatever the plan; annual is the plan's end (`end`, which
/// may be after its fourth quarter).
Date report_date(const Plan& p, const ReportDate& when);

// ---- KPIs ----------------------------------------------------------------------

/// Counting activities at 100% as of the date.
int activities_done(const std::vector<const Activity*>& activities, Date as_of);

/// Gaps with status closed and a closed date <= as_of.
int gaps_closed(const Plan& p, Date as_of);
/// Gaps the plan takes up this year: status planned or closed (an `open` gap is
/// on the assessor's list but not in this year's work). The count the closed
/// ones are said against.
int gaps_taken_up(const Plan& p);

/// Percent of the steps (of counting activities) due by as_of that were done by
/// their due date; nullopt when no step is due yet.
std::optional<double> on_time(const std::vector<const Activity*>& activities, Date as_of);

struct KpiResult {
    const Kpi* kpi = nullptr;
    std::optional<double> value;  ///< nullopt when not measurable yet (on_time with nothing due)
    bool met = false;
    /// Met or not; nullopt while not measurable (what reports show as "–").
    std::optional<bool> outcome() const { return value ? std::optional<bool>(met) : std::nullopt; }
};

KpiResult evaluate_kpi(const Kpi& k, const Plan& p, const std::vector<const Activity*>& activities,
                       Date as_of);

/// The activity's target against the actual value of its report for `quarter`
/// (or, when that quarter has no actual, the latest earlier report with one).
struct TargetResult {
    std::optional<double> actual;
    std::optional<bool> met;  ///< nullopt when the target has no value or no actual is reported
};
TargetResult evaluate_target(const Activity& a, int quarter);

// ---- scores --------------------------------------------------------------------

/// A module's or an enabler's score computed from a baseline's topic scores
/// (unrounded weighted means), or nullopt when a topic it needs is missing.
std::optional<double> module_score(const Module& m, const Baseline& b);
std::optional<double> enabler_score(const Enabler& e, const Baseline& b);

/// One aggregate of a baseline year: computed vs reported.
struct ScoreComparison {
    int year = 0;
    std::string code;                  ///< module or enabler code
    std::optional<double> computed;    ///< unrounded; nullopt if topics are missing
    std::optional<double> reported;
    std::vector<std::string> missing;  ///< topic codes the computation lacked
    Loc reported_loc;
    /// Both known and different once the computed one is rounded to `decimals`.
    bool mismatch(int decimals) const;
};

/// Every module of the plan's enabler and the enabler itself, for each baseline year.
std::vector<ScoreComparison> compare_scores(const Enabler& e, const Plan& p);

// ---- risk ----------------------------------------------------------------------

/// Values of the metrics a `when` condition may test, as of a date.
struct MetricValues {
    const Model* model = nullptr;
    const Plan* plan = nullptr;
    Date as_of;
};

/// The value of a date metric (`completed_on`) as of D, docs/computations.md
/// "Projected dates": the completion date when the plan or activity is complete
/// as of D; otherwise the projected date, the later of D and the date its
/// planned completion reaches 100%.
struct MetricDate {
    Date date;
    bool projected = false;            ///< not complete as of D
    std::optional<Date> planned_finish;  ///< when projected: the planned finish
};

/// The metric's value as of the date: a number (percent, points, days), a date
/// (completed or projected), or nothing (an unknown activity, a plan without
/// counting activities).
std::optional<double> metric_number(const Metric& m, const MetricValues& v);
std::optional<MetricDate> metric_date(const Metric& m, const MetricValues& v);

/// Whether the condition holds, with date metrics at their completed or
/// projected date.
bool condition_holds(const Condition& c, const MetricValues& v);

/// A current risk level and why it is what it is, as values: renderers word the
/// explanation in each language from these (render.hpp explain_level) and decide
/// nothing themselves.
struct LevelDecision {
    /// Where the level comes from.
    enum class Basis {
        unknown,   ///< not derivable and no assessment on or before the date: level 0
        assessed,  ///< the latest assessment on or before the date (assessed_on)
        held,      ///< derived: `condition` held, the lowest level's that does (decided_by)
        fallback,  ///< derived: no condition held; the last level. `condition`, when
                   ///< set, is the highest level's condition that was tested
    };
    Basis basis = Basis::unknown;
    int level = 0;                         ///< 1..5; 0 = unknown
    bool derived = false;                  ///< from the scale's conditions (held or fallback)
    const ScaleLevel* decided_by = nullptr;  ///< the level whose condition held (derived), or null (fallback)
    std::optional<Date> assessed_on;       ///< when taken from an assessment
    /// The condition shown to people (its metric, operator and threshold): the
    /// one that held, or (fallback) the last level's condition before the
    /// fallback, which did not hold.
    const Condition* condition = nullptr;
    std::optional<double> measured;        ///< its metric's value as of the date (number metrics)
    std::optional<Date> measured_on;       ///< its metric's date: completed, or projected (date metrics)
    bool projected = false;                ///< measured_on is projected: not complete as of the date
    std::optional<Date> planned_finish;    ///< when projected: the date planned completion reaches 100%
    /// When projected: the planned finish has passed, so the projected date is
    /// the as-of date itself (docs/computations.md, "Projected dates").
    bool past_planned_finish = false;
};

/// The current level: derived from the scale where it is derivable (the lowest
/// level whose condition holds, else the last level), otherwise the latest
/// assessment on or before the date. `likelihood` selects which assessment field.
LevelDecision current_level(const Scale& s, const std::vector<Assessment>& assessments,
                            bool likelihood, const MetricValues& v);

struct RiskResult {
    const Risk* risk = nullptr;
    LevelDecision likelihood, impact;
    int score = 0;  ///< likelihood × impact; 0 when either is unknown
    const RiskBand* band = nullptr;
    bool over_threshold = false;  ///< score >= rules.risk_threshold
    bool derived = false;         ///< both levels derived
};

RiskResult evaluate_risk(const Risk& r, const Rules& rules, const MetricValues& v);

}  // namespace scmplan

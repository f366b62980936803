// The typed model of a workspace: plain structs, filled by the loader, read by
// check, compute and render. Values that diagnostics may point at carry a Loc.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/lang.hpp"

namespace scmplan {

template <class T>
struct Located {
    T value{};
    Loc loc;
};

/// A name in Thai and English; either may be empty.
struct Names {
    std::string th;
    std::string en;
    /// The name in `lang`, falling back to the other one.
    const std::string& in(Lang lang) const;
};

// ---- rules -----------------------------------------------------------------

struct Topic {
    Located<std::string> code;
    Located<double> weight;
    Names name;
};

struct Module {
    Located<std::string> code;
    Located<double> weight;
    Names name;
    std::vector<Topic> topics;
};

struct Enabler {
    Located<std::string> code;
    Names name;
    std::vector<Module> modules;
};

struct RiskBand {
    int min = 0;
    int max = 0;
    Names name;
    std::string colour;
    Loc loc;
};

struct Rules {
    std::string source;  ///< file path, or "<built-in>"
    /// Laid over the built-in rules (the default), or `extends: none`.
    bool extends_builtin = false;
    double score_min = 0;
    double score_max = 5;
    int score_decimals = 4;
    std::vector<Enabler> enablers;
    int risk_threshold = 12;
    Loc risk_threshold_loc;
    std::vector<RiskBand> bands;
    int report_due_working_days = 7;
    /// `evidence: required_for_done`: a done step without evidence is W124.
    bool evidence_required_for_done = false;
    /// `backdated_done_days`: `check --git` warns (W125) when a step's done date
    /// is more than this many days before the commit that first recorded it.
    int backdated_done_days = 30;
    Loc loc;

    const Enabler* enabler(const std::string& code) const;
    const RiskBand* band_for(int score) const;
};

/// How to describe the modules of an enabler that has none (a hint).
std::string modules_hint(const std::string& enabler);

// ---- workspace -------------------------------------------------------------

/// Someone who signs: a name and a position, either may be empty (a dotted
/// line in the document): the memo's signer, the plan's `signatures:`.
struct Person {
    std::string name;
    std::string position;
};
using Signer = Person;

/// The workspace's `memo`: the header lines and signer of the บันทึกข้อความ
/// that heads the Word report. Empty fields print as dotted lines.
struct MemoSettings {
    std::string department;  ///< ส่วนราชการ
    std::string number;      ///< ที่
    std::string to;          ///< เรียน
    bool for_decision = false;  ///< closes "…เพื่อโปรดพิจารณา" rather than "…เพื่อโปรดทราบ"
    Person signer;
};

/// Who signs the action plan (`signatures:` of the workspace file).
struct Signatures {
    std::optional<Signer> prepared_by, reviewed_by, approved_by;
};

struct WorkspaceFile {
    std::string name;
    Signatures signatures;
    std::vector<std::pair<Located<std::string>, std::string>> units;  ///< code → full name
    /// The days listed (`holidays: [...]`), or added to the calendar (`add`).
    std::vector<Located<Date>> holidays;
    Loc holidays_loc;  ///< the `holidays` key's value; line 0 when the key is absent
    /// `holidays: {calendar: NAME}`: a built-in calendar (holiday_calendar.hpp).
    std::optional<Located<std::string>> holiday_calendar;
    std::vector<Located<Date>> holidays_removed;  ///< its `remove`: calendar days not kept
    std::optional<Located<std::string>> rules_path;
    MemoSettings memo;
    Loc loc;

    /// Whether `code` may stand as an owner: listed in `units`, or no `units`
    /// registry at all (then any code may). The rule of W103 and of the mark
    /// that documents put on an owner not listed.
    bool lists_unit(std::string_view code) const;
};

// ---- plan ------------------------------------------------------------------

enum class CompareOp { lt, le, eq, ge, gt };
/// "<", "<=", "=", ">=", ">"
const char* op_text(CompareOp op);
bool compare(double a, CompareOp op, double b);

struct Baseline {
    Located<int> year;  ///< BE
    std::vector<std::pair<Located<std::string>, Located<double>>> topics;
    std::vector<std::pair<Located<std::string>, Located<double>>> reported;
    Loc loc;
};

/// One piece of evidence (หลักฐาน) of a step, a quarterly report or a GAP item: a path
/// relative to the workspace root, or a URL; written as text or as
/// `{path|url, title, date}`.
struct Evidence {
    Located<std::string> ref;  ///< the path or URL as written
    bool url = false;          ///< written as `url:`, or as text with a scheme (`https:`)
    std::string title;
    std::optional<Located<Date>> date;
};

enum class GapStatus { open, planned, closed };
const char* gap_status_text(GapStatus s);

struct Gap {
    Located<std::string> id;
    std::optional<Located<std::string>> topic;
    std::string text;
    std::string action;
    Located<GapStatus> status;
    std::optional<Located<Date>> closed;
    std::vector<Evidence> evidence;  ///< what shows it closed (`scmplan close --evidence`)

    /// Closed as of `d`: status closed and a closed date on or before `d` (a
    /// closed gap without a date, an error of check, is closed by no date).
    bool closed_by(Date d) const;
};

enum class Measure { activities_done, gaps_closed, completion, on_time };
const char* measure_text(Measure m);
/// completion and on_time are percentages (their values and criteria carry a
/// "%"); activities_done and gaps_closed are counts.
bool is_percentage(Measure m);

struct Kpi {
    Located<std::string> id;
    std::string text;
    Located<Measure> measure;
    CompareOp op = CompareOp::ge;
    Located<double> value;
};

struct Plan {
    Loc loc;
    /// The workspace the plan belongs to (its folder, as discovered; see
    /// Model::workspace_root). Ids are unique within a workspace only.
    std::string workspace;
    Located<std::string> id;
    std::string title;
    std::string organisation;
    Located<std::string> enabler;
    Located<int> year;  ///< BE
    QuarterScheme quarters = QuarterScheme::calendar;
    Located<Date> start;
    Located<Date> end;
    Located<std::string> owner;
    std::string phone, fax, email;
    std::string budget;
    std::string rationale;
    std::vector<std::string> objectives;
    std::vector<std::string> benefits;
    std::string output, outcome, target, responsible;
    std::string indicator_quantitative, indicator_qualitative;
    std::vector<std::string> achievements;
    std::vector<Baseline> baseline;
    std::vector<Gap> gaps;
    std::vector<Kpi> kpis;
    /// Names of the activities' groups (`groups:`, group id → name), in file order.
    std::vector<std::pair<Located<std::string>, std::string>> groups;

    const Gap* gap(const std::string& id) const;
    /// What a reader sees for an activity group: its name from `groups`, else
    /// the id itself (a group not named; check warns when `groups` is given).
    std::string group_title(std::string_view group) const;
};

// ---- activity --------------------------------------------------------------

struct Step {
    Located<std::string> id;
    std::string title;
    std::optional<Located<Date>> due;   ///< absent: the activity's end
    std::optional<Located<Date>> done;  ///< absent: not done
    Located<double> weight{1.0, {}};
    std::vector<Evidence> evidence;

    /// Done on or before `d` (a later done date is not known on `d`).
    bool done_by(Date d) const { return done && done->value <= d; }
};

struct QuarterReport {
    Located<int> quarter;
    std::optional<Located<double>> actual;
    std::string note, problems, suggestions;
    std::vector<Evidence> evidence;
    Loc loc;
};

struct Target {
    std::string text;
    std::optional<CompareOp> op;
    std::optional<Located<double>> value;
    bool value_rejected = false;  ///< a value was written but not read (an error says why): no follow-on warnings
    std::string unit;
    Loc loc;
};

struct Activity {
    Loc loc;
    Located<std::string> plan;
    Located<std::string> id;
    std::string title;
    std::string description;
    std::string group;
    Loc group_loc;  ///< of the `group` value; line 0 when absent
    bool counts = true;
    std::vector<Located<std::string>> owners;
    std::string place;
    Located<Date> start;
    Located<Date> end;
    std::string budget_income, budget_expense;
    std::vector<Located<std::string>> gaps;
    Target target;
    std::vector<Step> steps;
    std::vector<QuarterReport> reports;

    /// The step's due date, defaulting to the activity's end.
    Date due_of(const Step& s) const { return s.due ? s.due->value : end.value; }
    const QuarterReport* report_for(int quarter) const;
};

// ---- risk ------------------------------------------------------------------

/// The unit of a metric's value, decided once for every renderer: percent
/// (completion, share of activities done), percentage points (planned − actual),
/// days (days late) or a date (completed_on; its condition's value is a date).
enum class MetricUnit { percent, points, days, date };

/// What a `when` condition measures.
struct Metric {
    /// docs/computations.md, "Metrics of conditions". The activity_* kinds are
    /// of one activity of the plan (`activity.<ID>.…`), the others of the plan.
    enum class Kind {
        completion,
        completed_on,
        activity_completion,
        activity_completed_on,
        behind,               ///< planned − actual completion, percentage points
        activity_behind,
        activities_done_pct,  ///< share of the counting activities at 100%, %
        activity_days_late,   ///< days past the activity's end while not complete, else 0
    };
    Kind kind = Kind::completion;
    std::string activity;  ///< for the activity_* kinds
    MetricUnit unit() const;
    bool is_date() const { return unit() == MetricUnit::date; }
    bool of_activity() const;
    std::string text() const;  ///< as written: "activity.A01.completed_on"
    /// The metric a risk file writes ("behind", "activity.A01.days_late"), or
    /// nothing for any other text.
    static std::optional<Metric> parse(std::string_view written);
    /// Every metric's written form, with "<ID>" for the activity's id, in the
    /// order the format's documentation lists them.
    static std::vector<std::string> written_forms();
};

struct Condition {
    Metric metric;
    CompareOp op = CompareOp::le;
    std::variant<double, Date> value;
    Loc loc;
};

struct ScaleLevel {
    Located<int> level;
    std::string label;
    std::string text;
    std::optional<Condition> when;
    bool when_given = false;  ///< a `when` was written (it may have failed to load)
};

struct Scale {
    std::vector<ScaleLevel> levels;  ///< as written; checked to be 1..5
    Loc loc;
    /// Every level but possibly the highest has a condition.
    bool derivable() const;
};

struct Assessment {
    Located<Date> as_of;
    Located<int> likelihood;
    Located<int> impact;
    std::string note;  ///< why the levels are what they are
};

struct Risk {
    Loc loc;
    Located<std::string> plan;
    Located<std::string> id;
    std::string title;
    std::vector<std::string> factors, mitigation, monitoring;
    std::string measure;
    Scale likelihood, impact;
    std::vector<Assessment> assessments;
    std::optional<Located<int>> target_likelihood, target_impact;
};

// ---- the whole -------------------------------------------------------------

struct Model {
    /// The workspace's folder as found under the given paths (where its
    /// scmplan.yaml is), or the first given path when it has no workspace file.
    /// Every plan's `workspace` is this.
    std::string workspace_root;
    std::vector<std::string> files;  ///< Loc::file indexes this
    /// The workspace root, which evidence paths are relative to: the folder of
    /// the workspace file, else the first folder given (load_paths); "" when
    /// loaded from memory (evidence files are then not looked for).
    std::string root;
    std::optional<WorkspaceFile> workspace;
    Rules rules;
    std::vector<Plan> plans;
    std::vector<Activity> activities;  ///< sorted by plan, then id (natural_less: A2 < A10)
    std::vector<Risk> risks;           ///< sorted by plan, then id (natural_less: R2 < R10)
    /// Files nothing could be read from (already reported). Their ids are
    /// unknown, so "unknown plan" is not reported while there are any.
    std::size_t unread_files = 0;
    /// Set by the loader: `plans` are stable-sorted by id and `activities` and
    /// `risks` by (plan, id), so the lookups below bisect instead of scanning
    /// (a report of every plan would otherwise be quadratic). A model built by
    /// hand leaves it false and gets linear lookups, with the same results.
    bool sorted = false;

    Holidays holidays() const;
    const Plan* plan(const std::string& id) const;
    std::vector<const Activity*> activities_of(const std::string& plan_id) const;
    std::vector<const Risk*> risks_of(const std::string& plan_id) const;
    const Activity* activity(const std::string& plan_id, const std::string& id) const;
};

/// The commit that first recorded a step with the done date it has now
/// (read_done_history in git_history.hpp, for `check --git`).
struct DoneRecord {
    std::uint32_t file = 0;  ///< index into Model::files
    std::string step;        ///< the step's id
    Date done;               ///< the done date, as committed
    Date committed;          ///< the commit's date, in the committer's time zone
    std::string commit;      ///< its abbreviated id (7 hex digits)
};

}  // namespace scmplan

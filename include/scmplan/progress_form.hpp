// The progress form a unit fills in (`scmplan form`), as a Workbook that pack
// writes as .xlsx, and the columns `scmplan import` finds in it again.
//
// Two sheets: `steps` (one row per step of the activities shown: plan,
// activity, step, title, owners, due, done, evidence) and `reports` (one row
// per counting activity whose period meets the quarter: plan, activity,
// title, target, quarter, actual, note, problems, suggestions, evidence). Row
// 1 is the header, each cell the label in the form's language followed by its
// key in parentheses (`วันที่แล้วเสร็จ (done)`): people read the label,
// programs find the column by the key, wherever it stands. Ids and titles are
// locked; the columns to fill are inputs (sheets.hpp). A hidden sheet `_form`
// records where the form comes from: the plan, quarter, unit, workspace, the
// SHA-256 of each activity file and the value each input cell held when the
// form was made (its base: an import tells a cell the unit changed from one it
// left as it was, and the file's change since from the unit's).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/lang.hpp"
#include "scmplan/model.hpp"
#include "scmplan/sheets.hpp"

namespace scmplan {

/// What a form's column holds.
enum class FormInput { locked, date, number, text, evidence };

struct FormColumn {
    std::string_view key;  ///< "done": the key in the header's parentheses, and the YAML key it fills
    FormInput input = FormInput::locked;
};

/// The sheets' names (fixed in both languages: programs find them).
inline constexpr std::string_view form_steps_sheet = "steps";
inline constexpr std::string_view form_reports_sheet = "reports";
inline constexpr std::string_view form_meta_sheet = "_form";

/// The columns of `steps` and of `reports`, in the form's order.
const std::vector<FormColumn>& form_step_columns();
const std::vector<FormColumn>& form_report_columns();
/// The header of a column: "วันที่แล้วเสร็จ (done)".
std::string form_header(std::string_view key, Lang lang);
/// The key of a header cell: the text in the last parentheses ("done"); "" when there is none.
std::string form_header_key(std::string_view header);

/// A file the form was made from: its path relative to the workspace root and its SHA-256.
struct FormSource {
    std::string path;
    std::string sha256;
};

struct FormRequest {
    std::string plan;        ///< the plan's id
    std::string unit;        ///< "" for every activity of the plan
    int quarter = 1;         ///< the quarter whose reports the form asks for
    Lang lang = Lang::th;
    std::string workspace;   ///< the workspace's root as shown to the user
    Date made;               ///< today: the workbook's created date
    std::vector<FormSource> files;
};

/// The owner that stands for every unit, as the plans write it: an activity
/// it owns is every unit's, and in every unit's form.
inline constexpr std::string_view form_every_unit = "ทุกหน่วยงาน";

/// The activities a form shows: the plan's, only those `unit` owns when given
/// (its code among the owners, or form_every_unit), in id order.
std::vector<const Activity*> form_activities(const Model& m, const std::string& plan, const std::string& unit);

/// The key of a step's row: its id, or `ID#N` when several steps of the
/// activity have that id (as `scmplan done` names it).
std::string form_step_key(const Activity& a, std::size_t step_index);
/// form_step_key of every step of the activity, in the steps' order, in one
/// pass (a form of many steps names each row without a search per row).
std::vector<std::string> form_step_keys(const Activity& a);

/// The target as the form shows it: its text, and its value when it has one ("… (≥ 100%)").
std::string form_target_text(const Activity& a);

/// The values an activity's `actual` may take: 0 to 100 for a percentage
/// target (unit "%"), else any number (the format table sets no range).
std::pair<double, double> form_actual_range(const Activity& a);

/// The identity of a row in the base records: "plan/activity/step" or "plan/activity/Q3".
std::string form_row_identity(std::string_view plan, std::string_view activity, std::string_view step_or_quarter);

/// The form (see the top of this file). `m` holds the plan `r.plan`.
Workbook progress_form(const Model& m, const FormRequest& r);

}  // namespace scmplan

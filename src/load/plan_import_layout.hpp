// The importer's readings of the labelled lines that the action plan
// document of `scmplan plan` prints (docs/plan-document.md), so that a plan
// written by scmplan, or by a person in its layout, reads back to the same
// fields (docs/import.md, "Round trip"). Each is a pure function of text,
// tested in tests/test_load_plan_import_layout.cpp. Thai and English wording.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan::import_layout {

/// "≥" "≤" "=" "<" ">" (and ">=", "<=") at the start of `s` as the format's op
/// (">=", "<=", "=", "<", ">"); `len` gets the symbol's length in bytes.
std::optional<std::string> read_op(std::string_view s, std::size_t& len);

/// An id as the document numbers rows: capital letters then digits ("A01",
/// "G10", "K1", "R2").
bool is_row_id(std::string_view s);

/// A row's number: a number ("1") or an id ("A01").
bool row_number(std::string_view s);

/// "-" (or "–"), the document's mark of an empty cell, as ""; any other text as it is.
std::string unless_dash(std::string s);

/// A criterion "≥ 100%", "≥ 4 กิจกรรม", "≤ 2": op, the number as written and
/// the unit ("%" or the word after the number; "" when none).
struct Criterion {
    std::string op, value, unit;
};
std::optional<Criterion> read_criterion(std::string_view s);

/// A KPI's criterion cell "กิจกรรมที่แล้วเสร็จ ≥ 8": the measure its words
/// name (activities_done, gaps_closed, completion, on_time) and the criterion.
struct KpiCriterion {
    std::string measure;
    Criterion criterion;
};
std::optional<KpiCriterion> read_kpi_criterion(std::string_view s);

/// A level's condition line "เงื่อนไข : completion ≥ 90" / "Condition: …":
/// the metric as written, the op, the value (a number as written; a date as ISO).
struct Condition {
    std::string metric, op, value;
};
std::optional<Condition> read_condition(std::string_view s);

/// The date of an assessed level: "2 X 5 (คะแนน 10 สูง, ประเมิน ณ 1 ม.ค. 2566)"
/// → "1 ม.ค. 2566" ("assessed on DATE" in English); "" when not given.
std::string assessed_on(std::string_view s);

/// A step's title with its due date and weight at the end: "title (กำหนดเสร็จ
/// 31 มี.ค. 2566, น้ำหนัก 2)" → title, "31 มี.ค. 2566", "2". Only a last
/// parenthesis made of these labelled parts is read; otherwise nothing changes.
struct StepExtras {
    std::string title, due, weight;
};
StepExtras read_step_extras(std::string_view line);

/// A labelled line of an activity's cell: "กลุ่มกิจกรรม : X" (group),
/// "ปิดช่องว่าง (GAP) : G01, G02" (gaps), "ไม่นับรวม…" (not counted),
/// "รายละเอียด : X" (description).
struct ActivityLine {
    enum class Kind { group, gaps, not_counted, description } kind;
    std::string value;
    std::vector<std::string> ids;  ///< for gaps
};
std::optional<ActivityLine> read_activity_line(std::string_view line);

/// A gap item "G01 (SCM.1.1) text" / "G01 text": its id, the topic in the
/// parenthesis when it is one of `topics`, and the text. nullopt when the item
/// does not start with an id.
struct GapItem {
    std::string id, topic, text;
};
std::optional<GapItem> read_gap_item(std::string_view item, const std::vector<std::string>& topics);

/// The line of section 11 on the plan's year and quarters: "แผนประจำปี 2566
/// นับไตรมาสตามปีปฏิทิน …" → (2566, "calendar"); "…ตามปีงบประมาณ…" → fiscal.
struct YearQuarters {
    int year = 0;
    std::string quarters;
};
std::optional<YearQuarters> read_year_quarters(std::string_view line);

}  // namespace scmplan::import_layout

// The sentence-level readings of the importer (plan_import*.cpp): numbering,
// owners, targets, KPIs, Thai date ranges, similarity of two texts. Each is a
// pure function of text, tested in tests/test_load_plan_import_text.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/plan_draft.hpp"

namespace scmplan::import_text {

bool starts_with(std::string_view s, std::string_view prefix);
bool contains(std::string_view s, std::string_view part);
std::string trim(std::string_view s);

/// Leading item numbering "1. ", "3.1 ", "1) ", "3 )", "(2)" and bullets
/// "- ", "– ", "• ", "● ", "○ " removed. `number` gets the number ("3.1") if any.
std::string strip_marker(std::string_view s, std::string* number = nullptr);

/// A step's number at the start of a line: "1) …", "3 )…", "3.1 …", "2. …";
/// nullopt when the line does not start with one. `rest` gets the title.
std::optional<std::string> step_number(std::string_view s, std::string& rest);

/// ASCII and Thai digits (๐–๙) read as a number: "1.0000", "๒"; nullopt otherwise.
std::optional<double> read_number(std::string_view s);

/// Owners of an activity: the cell split on '/', ',' and the word "และ",
/// each trimmed; codes kept exactly as written.
std::vector<std::string> split_owners(std::string_view cell);

/// A target's number: "ร้อยละ 100", "อย่างน้อย 50%", "อย่างน้อย 4 กิจกรรม",
/// "ไม่น้อยกว่า …", "… ขึ้นไป", "ไม่เกิน …". Sets op/value/unit of `t`
/// when the sentence says one; leaves them empty otherwise.
void read_target(draft::Target& t);

/// A KPI sentence as a measure: "จำนวน 8 แผนงาน/โครงการ/กิจกรรม" →
/// activities_done >= 8; "ปิดช่องว่าง … ได้ 2 รายการขึ้นไป" → gaps_closed >= 2;
/// "ร้อยละ 80" → completion >= 80; "สำเร็จตามแผน" → completion >= 100.
/// False when the sentence names no measure.
bool read_kpi(draft::Kpi& k);

/// A KPI sentence split in two at " และ" when both halves are measures
/// ("… 8 แผนงาน… และปิดช่องว่าง … ได้ 2 รายการขึ้นไป"); else the sentence alone.
std::vector<std::string> split_kpi_sentence(std::string_view s);

/// A period written as a range ("1 ม.ค. 66 – 30 เม.ย. 66", "1 มกราคม 2566 -
/// 15 มกราคม 2567", "1 เม.ย. – ม.ค. 67", "ม.ค. 2567" alone as a month).
/// Dates read alone by parse_date are kept as written; a day without a year
/// takes the end's year, a month alone its first or last day (as ISO).
/// Sets `error` and returns an empty period when it cannot be read.
draft::Period read_period(std::string_view s, std::string& error);

/// "2 X 5", "2 x 5", "2×5" → (2, 5).
std::optional<std::pair<int, int>> read_level_pair(std::string_view s);

/// How alike two texts are, 0 to 1 (Dice coefficient of code point pairs,
/// spaces ignored): for matching a gap restated in another table.
double similarity(std::string_view a, std::string_view b);

/// C0 and C1 control characters and the line/paragraph separators removed
/// (the loader refuses them); `removed` counts them.
std::string without_controls(std::string_view s, std::size_t& removed);

}  // namespace scmplan::import_text

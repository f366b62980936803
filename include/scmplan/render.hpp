// Renderers: pure functions from computed reports to text. They know formats
// (Markdown, CSV, JSON, terminal); they do not print and do not compute.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "scmplan/labels.hpp"
#include "scmplan/model.hpp"
#include "scmplan/report.hpp"

namespace scmplan {

struct RenderOptions {
    Lang lang = Lang::th;  ///< th: Thai labels, BE dates; en: English labels, ISO dates
    bool excel = false;       ///< CSV for spreadsheets: BOM, formula-like cells neutralised
    bool tsv = false;         ///< tables as TSV (tab-separated, LF) instead of CSV
    bool color = false;       ///< terminal colours
    std::size_t width = 100;  ///< terminal width for status
    bool memo = true;         ///< Word reports start with the memo (บันทึกข้อความ); --no-memo
};

std::string render_report_md(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o);
std::string render_report_csv(const std::vector<PlanReport>& reports, const RenderOptions& o);
std::string render_report_json(const std::vector<PlanReport>& reports, const Model& m);
std::string render_status(const std::vector<PlanReport>& reports, const RenderOptions& o);

// ---- building blocks (shared by renderers, tested on their own) ------------

/// A label of labels.hpp's table in `lang`.
const std::string& label(LabelKey key, Lang lang);

/// `pattern` with each "{}" replaced by the next of `values` and each "{N}"
/// (one digit) by values[N]; any other brace, and a place without a value, is
/// kept as it is. Never throws, whatever the pattern or the values hold: labels
/// and data are never format strings.
std::string substitute(std::string_view pattern, const std::vector<std::string>& values);
/// A number as substitute() shows it, the shortest text that reads back the same ("0.5", "80").
std::string number_text(double value);

/// A value as text for label_with(): text as it is, integers in decimal.
template <class T>
std::string place_text(const T& value) {
    if constexpr (std::is_convertible_v<const T&, std::string_view>) return std::string(std::string_view(value));
    else if constexpr (std::is_floating_point_v<T>) return number_text(static_cast<double>(value));
    else if constexpr (std::is_signed_v<T>) return std::to_string(static_cast<long long>(value));
    else return std::to_string(static_cast<unsigned long long>(value));
}

/// The label with its "{}" places filled with `values`, in order (substitute()):
/// label_with("gaps.closed", lang, 3, 5) is "3 of 5 GAP items closed".
template <class... Values>
std::string label_with(LabelKey key, Lang lang, const Values&... values) {
    return substitute(label(key, lang), {place_text(values)...});
}

/// A status in words: "ล่าช้ากว่าแผน", "behind".
std::string status_label(Status s, Lang lang);
/// A GAP item's status in words: "ปิดแล้ว", "closed".
std::string gap_status_label(GapStatus s, Lang lang);
/// A unit's full name from the workspace's registry; "" when the code is not
/// registered or its name is empty or the code itself.
std::string unit_name(const Model& m, std::string_view code);
/// "สำนักธุรกิจการตลาด (ส.ตต.)", or the code alone when no full name is known.
std::string unit_text(const Model& m, std::string_view code);
/// The owners of an activity, comma-separated, as written: "ส.ธต., ทุกหน่วยงาน"
/// (data: forms, workbooks' cells).
std::string owners_text(const Activity& a);
/// The same for a reader: an owner the workspace's units do not list (W103: a
/// slip such as ส.ธต. for ส.ตต.) is marked, so that it does not reach the
/// director as if it were a unit: "ส.ธต. (ไม่อยู่ในรายชื่อหน่วยงาน), ทุกหน่วยงาน".
std::string owners_text(const Activity& a, const Model& m, Lang lang);
/// "≥", "≤", "=", "<", ">": comparison signs for people (data formats keep ">=").
const char* op_symbol(CompareOp op);
/// A value with its unit: "40%", "1 กิจกรรม", "100".
std::string with_unit(double value, const std::string& unit);
/// Why a risk level is what it is, for people: the condition that held (with the
/// measured value), the fallback, or the assessment it comes from.
std::string explain_level(const LevelDecision& d, Date as_of, Lang lang);
/// Thai "30 มิ.ย. 2566" or ISO "2023-06-30".
/// "ไตรมาส 2/2566"; in English "Quarter 2, 2023", or "Quarter 1, FY2024" for a
/// fiscal-year plan (the Thai fiscal year 2567 ends in September 2024).
std::string quarter_title(const Plan& p, int quarter, Lang lang);

/// Items of a sentence: "a b และ c" in Thai, "a, b and c" in English.
std::string listed(const std::vector<std::string>& items, Lang lang);

/// The gaps closed, counted against the ones the plan takes up this year, and
/// the assessor's whole list when it is longer: "1 จาก 8 รายการที่แผนนี้ดำเนินการ
/// (ประเด็นทั้งหมด 11 รายการ)", or "1 จาก 11 รายการ" when the plan takes up all.
/// The one wording of this fact in every report and view.
std::string gaps_closed_count(std::size_t closed, int taken_up, int total, Lang lang);

/// A year-end cell "37.4 / 40.8": planned first, as the quarterly tables
/// put their planned column before the actual one.
std::string planned_actual_text(double planned, double actual);

/// Texts shared by the Markdown renderers: "≥ 100%", "40.8%", "✅ บรรลุ", "–".
std::string target_value_text(const Activity& a);
std::string kpi_target_text(const Kpi& k);
std::string kpi_value_text(const KpiResult& k);
std::string met_text(std::optional<bool> met, Lang lang);

std::string format_date(Date d, Lang lang);
/// One decimal, rounded half away from zero: 37.5 → "37.5", 100 → "100.0".
std::string format_pct(double pct);
/// Text made safe for one GitHub-flavoured Markdown table cell: `|`, `\`, `[`,
/// `]`, the `:` of `://` and the `.` of `www.` escaped, `<` and `&` as
/// entities where they could open a tag, autolink or entity (no HTML, link,
/// autolink or image comes from data), line breaks turned into <br>.
std::string md_cell(std::string_view s);
/// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes
/// doubled). With `excel`, a cell starting with = + - @ tab or CR gets a leading '.
std::string csv_field(std::string_view s, bool excel);
/// One TSV field: tab, line feed, carriage return and backslash written as
/// `\t`, `\n`, `\r`, `\\`, so that every row is one line of tab-separated cells.
std::string tsv_field(std::string_view s);
/// A cell of a CSV or TSV table (o.tsv): csv_field or tsv_field.
std::string table_cell(std::string_view s, const RenderOptions& o);
/// Cells (each already a table_cell or a plain number) joined by ',' and ended
/// by CRLF (RFC 4180), or joined by tab and ended by LF (TSV).
std::string table_row(const std::vector<std::string>& cells, const RenderOptions& o);
/// The header line from column names written comma-separated; in Excel mode
/// (CSV) preceded by the byte order mark.
std::string table_header(std::string_view columns, const RenderOptions& o);
/// The columns that identify a plan, appended to every CSV and TSV row:
/// workspace, organisation, enabler, year, plan_title; `year` is called
/// `plan_year` in a table that already has a `year` column (year_taken).
std::string plan_id_columns(bool year_taken = false);
/// Appends the cells of plan_id_columns() for plan p.
void append_plan_id(std::vector<std::string>& cells, const Plan& p, const RenderOptions& o);

/// Cuts text to `width` terminal columns, ending with "…" when cut; never splits
/// a character from its combining marks.
std::string truncate_display(std::string_view s, std::size_t width);

/// Splits text into lines of at most `width` display columns (display_width),
/// at spaces: Thai text as these plans write it has a space between phrases,
/// and the product has no Thai word segmenter (docs/pictures.md). A word wider
/// than a line is cut between characters, never before a combining mark, so a
/// Thai letter keeps its vowels and tone marks. Runs of spaces collapse; no line
/// is empty; empty text gives no line.
std::vector<std::string> wrap_display(std::string_view text, std::size_t width);

/// Most code points of one text in a picture (picture_text), the "…" included.
inline constexpr std::size_t picture_text_max = 200;

/// A text as a picture shows it: cut to whole grapheme clusters of at most
/// picture_text_max - 1 code points and "…" when longer (a Thai letter keeps its
/// vowels and tone marks). Every text placed in an SVG picture (the timeline,
/// the heat map, the completion matrix) passes through it, so librsvg and pango
/// never lay out more than a line's worth of a plan's text: the time and memory
/// of a picture do not grow with a title's length. Documents keep the full text
/// in their own paragraphs and tables; only pictures are cut.
std::string picture_text(std::string_view s);

/// A plan's year (BE) for people: BE in Thai, CE in English.
int shown_year(int be_year, Lang lang);

}  // namespace scmplan

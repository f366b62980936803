// Reports as typed tables, for spreadsheets (--format xlsx): one sheet per
// table, each cell text, a number, a percentage or a date, never a formula.
// The builders are pure functions of the computed reports; pack's xlsx_file
// turns a Workbook into the bytes of an .xlsx file (xlsx.hpp, libxlsxwriter).
#pragma once

#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/model.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"
#include "scmplan/views.hpp"

namespace scmplan {

/// One cell. Numbers and percentages hold the figure the other formats print
/// (rounded to the shown decimals), so that the spreadsheet adds up what the
/// director reads.
struct Cell {
    enum class Kind { empty, text, number, percent, date };
    Kind kind = Kind::empty;
    std::string text;   ///< text
    double value = 0;   ///< number: the value; percent: the fraction (0.408 for 40.8%)
    int decimals = -1;  ///< number, percent: decimals shown; -1: as many as the value needs
    Date date;          ///< date

    static Cell of_text(std::string s);
    /// Rounded to `decimals` (half away from zero); -1 keeps the value as it is.
    static Cell of_number(double x, int decimals = -1);
    /// `pct` in percent (40.8), rounded to `decimals` places of the percentage.
    static Cell of_percent(double pct, int decimals = 1);
    static Cell of_date(Date d);
    /// A date when given, else an empty cell; likewise for numbers.
    static Cell of_date(const std::optional<Date>& d);
    static Cell of_number(const std::optional<double>& x, int decimals = -1);
};

/// What a column of a form asks of the person who fills it (progress_form.hpp).
/// A sheet with inputs is a form: it is protected (without a password), its
/// input columns are the only unlocked cells of its rows, each checked by the
/// spreadsheet as it is typed (data validation), and its rows are as high as
/// their wrapped text.
struct ColumnInput {
    enum class Kind { none, text, date, number };
    Kind kind = Kind::none;   ///< none: locked
    double min = 0, max = 0;  ///< number: the range allowed (inclusive)
    /// number: each row's own range, when the rows differ (one per row of the sheet); else empty
    std::vector<std::pair<double, double>> row_ranges;
    std::string prompt;       ///< shown when a cell of the column is selected (at most 255 characters)
};

struct Sheet {
    std::string name;                 ///< at most 31 characters, none of []:*?/\ (Excel's rules)
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;  ///< each as long as headers
    std::vector<ColumnInput> inputs;      ///< a form's: one per column; empty for a table
    bool hidden = false;                  ///< not shown in the spreadsheet's tabs (a form's record of its origin)
};

struct Workbook {
    Lang lang = Lang::th;  ///< th: dates displayed d mmm yyyy in the Buddhist era; en: ISO
    std::string title;        ///< the document's title property
    Date created;             ///< the document's created property: the report's date, for reproducible files
    /// Every cell's font and size: the government's TH Sarabun New at 14 pt
    /// (LibreOffice shows its look-alike Laksaman where it is not installed);
    /// "" for the spreadsheet's default (Calibri).
    std::string font = "TH Sarabun New";
    double font_size = 14;    ///< with `font`: its size in points
    std::vector<Sheet> sheets;
};

/// The quarterly (or as-of) report: plans, activities, targets, KPIs, gaps,
/// risks and notes (the last with --quarter only), one row per item of every plan.
Workbook report_workbook(const std::vector<PlanReport>& reports, const RenderOptions& o);
/// The year-end summary: completion per quarter, activities per quarter, KPIs
/// and targets at year end, gaps, the risk trend, problems and suggestions.
Workbook annual_workbook(const std::vector<AnnualReport>& reports, const RenderOptions& o);
/// The risk register: one row per risk, and the heat map's cells.
Workbook risk_workbook(const std::vector<RiskRegister>& regs, const RenderOptions& o);
/// GAP traceability: one row per GAP item, one per GAP item × activity.
Workbook gaps_workbook(const std::vector<GapsView>& views, const RenderOptions& o);
/// Scores per topic and aggregate and year, the uplift ranking, the what-if.
Workbook score_workbook(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o);

/// The number format of a cell for a spreadsheet ("0.0%", "0.0000", "General",
/// Thai dates "[$-107041E]d mmm yyyy", ISO dates "yyyy-mm-dd"); "" for text.
std::string number_format(const Cell& c, Lang lang);
/// The cell as the reports print it ("40.8%", "30 มิ.ย. 2566", "1.0400"): what
/// a spreadsheet displays, which sets the column widths.
std::string cell_display(const Cell& c, Lang lang);
/// Column widths in characters: the widest display width of header and cells
/// (+2), at least 6, at most wrap_width (longer texts wrap).
/// A form's input columns are at least 40 (text), 14 (date) or 10 (number) wide.
std::vector<double> column_widths(const Sheet& s, Lang lang);
/// The widest a column gets (characters); a column this wide wraps its text
/// over lines instead (and its rows grow to fit, see row_lines).
inline constexpr double wrap_width = 40;
/// The lines each row takes when its text wraps in columns of `widths`: the
/// header row first, then each row (at least 1; a line of text that fits the
/// column's width less 2 characters is one line, a longer one wraps at four
/// fifths of that: lines broken between words end short).
std::vector<int> row_lines(const Sheet& s, const std::vector<double>& widths, Lang lang);

}  // namespace scmplan

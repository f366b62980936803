// Reading the cells of an .xlsx workbook: the thin layer over the package
// reader (ooxml.hpp) that `scmplan import` stands on. The workbook part's
// sheet names lead through its relationships to each sheet's XML; a cell is
// read as what it holds — text (shared strings, inline strings, a formula's
// text result), a number (with the flag of a date or time number format, the
// built-in ones and custom codes alike), a boolean or an error value — and the
// workbook's date system (1900, or 1904 from `workbookPr`) is kept so that a
// date number can be read as a date.
//
// Hostile input is expected: the package's limits bound every part (so the
// cells held are bounded by the part's size), every cell reference is checked
// against Excel's grid (A1 to XFD1048576), and what cannot be read is an error
// string, never an exception. Time and memory are linear in the parts' size.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/ooxml.hpp"

namespace scmplan {

/// Excel's grid: rows 1 to 1,048,576, columns A (0) to XFD (16,383).
inline constexpr std::uint32_t xlsx_max_rows = 1048576;
inline constexpr std::uint32_t xlsx_max_cols = 16384;

struct XlsxCell {
    enum class Kind { text, number, boolean, error };
    std::uint32_t row = 0;  ///< from 1, as Excel numbers rows
    std::uint32_t col = 0;  ///< from 0: A is 0
    Kind kind = Kind::text;
    std::string text;       ///< text: the text; number: the value as written; boolean: "0"/"1"; error: "#N/A"
    double number = 0;      ///< number and boolean: the value
    bool date_format = false;  ///< number: shown as a date or time by its style; text: written as an ISO date (t="d")
};

struct XlsxSheet {
    std::string name;
    std::string state;            ///< "" (visible), "hidden" or "veryHidden"
    std::vector<XlsxCell> cells;  ///< the cells with a value, in the file's order (rows ascending, as Excel writes)
};

struct XlsxBook {
    bool date1904 = false;  ///< the workbook counts dates from 1904-01-01 (workbookPr date1904)
    std::vector<XlsxSheet> sheets;

    /// The sheet named `name` (exactly), or nullptr.
    const XlsxSheet* sheet(std::string_view name) const;
};

/// Reads every sheet of the workbook in `bytes`. On failure returns nullopt
/// and sets `error` to a sentence ("the sheet 'steps' has a cell reference
/// 'A0', which is not a cell", "is not a zip archive (…)", "part
/// 'xl/worksheets/sheet1.xml' is not well-formed XML at byte 120: …").
std::optional<XlsxBook> read_xlsx(std::string bytes, std::string& error, OoxmlLimits limits = {});

/// "A1" for (1, 0); "XFD1048576" for the last cell.
std::string cell_ref(std::uint32_t row, std::uint32_t col);
/// The column's letters: 0 → "A", 26 → "AA".
std::string column_letters(std::uint32_t col);
/// A cell reference ("B7", upper-case letters, no `$`, no leading zero) as
/// (row, col); nullopt when it is not one or lies outside the grid.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_ref(std::string_view ref);

/// The date of an Excel date number (its whole days; a time of day is
/// dropped), in the 1900 date system (day 1 is 1900-01-01, and day 60 is the
/// 29 February 1900 Excel counts but that did not exist: nullopt) or the 1904
/// one (day 0 is 1904-01-01). nullopt for a negative or non-finite number or
/// one past the year 9999.
std::optional<Date> excel_date(double serial, bool date1904);
/// The Excel date number (1900 system) of a date.
double excel_serial(Date d);

/// True when the number format code shows a date or a time (`d mmm yyyy`,
/// `[$-107041E]d mmm yy`, `dd/mm/yyyy`, `h:mm`), false for numbers, text and
/// `General`: day, month, year, hour or second letters outside quotes and
/// brackets.
bool is_date_format_code(std::string_view code);
/// True for Excel's built-in number formats that show dates or times (14–22,
/// 27–36, 45–47, 50–58, 71–81).
bool is_builtin_date_format(unsigned id);

}  // namespace scmplan

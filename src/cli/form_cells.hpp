// The values of a filled progress form's cells as the import reads them: a
// date (an Excel date number in either date system, ISO text, Thai text, or
// dd/mm/yyyy with a BE or CE year), a number, text, a list of evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/xlsx_read.hpp"

namespace scmplan::cli {

/// A cell read as one kind of value: the value, or why not (and a hint).
template <class T>
struct CellValue {
    std::optional<T> value;
    std::string error, hint;
};

/// A date cell: a date-formatted or plain number (the workbook's date system),
/// else text as parse_date reads every date (ISO, Thai, dd/mm/yyyy with a BE
/// or CE year: date_text.hpp, the one reader of dates).
CellValue<Date> cell_date(const XlsxCell& c, bool date1904);
/// A number cell, or text that is a number ("40", "40.5").
CellValue<double> cell_number(const XlsxCell& c);
/// The cell as text: text as it is (trailing spaces and line ends trimmed),
/// a number as the shortest text that reads back the same ("3.1", "40").
std::string cell_text(const XlsxCell& c);
/// The evidence of a cell: paths or URLs, one per line (or separated by `;`),
/// each trimmed; an empty line is skipped.
std::vector<std::string> cell_evidence(const XlsxCell& c);
/// Why an evidence entry cannot be recorded ("" when it can): a path that
/// leaves the workspace (absolute, `..`, a `\`), a URL that is not http(s).
std::string evidence_problem(std::string_view ref);

/// `path` relative to the workspace root `root` (both as shown: relative to
/// `cwd`, or absolute), with '/' separators: how a form names a file, so
/// that it still matches in a copy of the workspace.
std::string relative_to_root(const std::string& path, const std::string& root, const std::string& cwd);

}  // namespace scmplan::cli

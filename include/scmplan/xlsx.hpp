// A Workbook (sheets.hpp, made by render) as the bytes of an .xlsx file,
// written by libxlsxwriter: the only file that includes it is src/pack/xlsx.cpp.
#pragma once

#include <optional>
#include <string>

#include "scmplan/sheets.hpp"

namespace scmplan {

/// The .xlsx file's bytes, or nullopt with `error` set (the temporary file
/// libxlsxwriter writes to could not be written or read back, or a text is
/// longer than Excel's 32,767 characters). Every cell is written as a string
/// or a number: no text can become a formula. libxlsxwriter (1.1.5, Debian 12)
/// writes only to a named file: the workbook goes to a private temporary file
/// in $TMPDIR (else /tmp), read back and removed; the caller writes the bytes
/// where they belong.
std::optional<std::string> xlsx_file(const Workbook& wb, std::string& error);

}  // namespace scmplan

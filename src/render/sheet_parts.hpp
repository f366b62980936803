// Pieces shared by the sheet builders (sheets_report.cpp, sheets_views.cpp).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include "scmplan/sheets.hpp"

namespace scmplan {

/// A sheet named by the label `name_key`, with the labels of `header_keys` as headers.
Sheet new_sheet(const char* name_key, std::initializer_list<const char*> header_keys, const std::string& lang);
/// "ใช่"/"ไม่ใช่", "yes"/"no".
Cell yes_no(bool b, const std::string& lang);
/// "บรรลุ"/"ยังไม่บรรลุ", "yes"/"no"; empty when not known.
Cell met_cell(std::optional<bool> met, const std::string& lang);
/// A risk level as a whole number; empty when unknown (0).
Cell level_cell(int level);
/// The decimals format_number writes x with: 0 for 80, 2 for 82.25.
int shown_decimals(double x);

}  // namespace scmplan

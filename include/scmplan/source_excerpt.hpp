// The source line under a diagnostic, with a caret under its column, as
// compilers show it. Text for a terminal: the line is escaped and cut to fit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scmplan {

/// Line `line` (1-based) of `text`, without its line end ("\n", or "\r\n");
/// nullopt when the text has fewer lines. Lines are counted as the loader
/// counts them (LineIndex: by "\n").
std::optional<std::string_view> source_line(std::string_view text, std::uint32_t line);

/// Two lines that show line number `line_number`, whose text is `line_text`,
/// and a caret under code point `column` (1-based; 0 or past the end: after
/// the last character):
///
///     "  12 | budget: {expense: 1,200,000 บาท}\n"
///     "     |                    ^\n"
///
/// The line is shown as a terminal may print it: a tab as one space, and
/// controls, invisible characters and invalid bytes escaped as
/// escape_for_terminal escapes them; the caret is placed by display width, so
/// that it stands under its character in Thai text (vowels and tone marks take
/// no column) and after wide characters (two). A line wider than `width`
/// columns, the gutter included, is cut between grapheme clusters, "…"
/// standing for what is left out on either side, so that the caret's part of
/// the line is always shown. `color`: the caret bold green, as compilers paint it.
std::string source_excerpt(std::string_view line_text, std::uint32_t line_number, std::uint32_t column,
                           std::size_t width, bool color = false);

}  // namespace scmplan

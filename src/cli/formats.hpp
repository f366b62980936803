// The output formats of a command as a small table: each format's name and how
// to render it. Commands list their formats once; render_output picks one.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "output_format.hpp"
#include "scmplan/sheets.hpp"

namespace scmplan::cli {

/// Renders one format: the output's bytes, or nullopt with `error` set.
using Render = std::function<std::optional<std::string>(std::string& error)>;

struct FormatEntry {
    Format format;
    Render render;
};

/// A renderer that cannot fail (every text format).
template <class F>
Render always(F f) {
    return [f](std::string&) -> std::optional<std::string> { return f(); };
}

/// The workbook that `build` makes, as .xlsx bytes.
Render xlsx(std::function<Workbook()> build);

/// Renders `format` with its entry of `table` into out.out and returns out; a
/// render that fails is reported as an I/O error (exit 3), with nothing written.
/// `format` is one of the table's (the command's formats, format_table, say so).
Output& render_output(const std::vector<FormatEntry>& table, Format format, Output& out);

}  // namespace scmplan::cli

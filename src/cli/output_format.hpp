// Which format an output file asks for: `-o q2.docx` means --format docx when
// --format is not given. One rule for every command that has --format
// (docs/cli.md, "Output files and formats").
#pragma once

#include <string>
#include <string_view>

#include "command.hpp"

namespace scmplan::cli {

/// The format named by the extension of `path` (case-insensitive): .docx, .xlsx,
/// .html/.htm, .md, .csv, .json, .svg, .mmd (Mermaid); "" for any other name.
std::string format_of_extension(std::string_view path);

/// Formats that are bytes, not text (docx, xlsx): never written to a terminal.
bool is_binary_format(std::string_view format);

/// Settles --format for a command from its -o FILE, before the command runs:
/// - no --format and -o names a known extension: --format becomes that format,
///   or, when the command cannot write it, a usage error;
/// - --format and -o both say a format and they differ: a usage error;
/// - a binary format (given or inferred) without -o while standard output is a
///   terminal: a usage error.
/// Commands without --format are left alone. Returns the error ("" when none)
/// and sets `hint` with it.
std::string settle_output_format(const CommandSpec& spec, Invocation& inv, std::string& hint);

}  // namespace scmplan::cli

// The output formats, as one table: each format's name, file extensions, whether
// it is bytes or text, whether the outputs of several workspaces join into one,
// and which commands offer it. The --format option of every command (its
// choices, its help, its completions), the format an -o FILE asks for, and the
// refusal to write bytes to a terminal all come from this table
// (docs/cli.md, "Output files and formats").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "choices.hpp"
#include "command.hpp"

namespace scmplan::cli {

struct FormatInfo {
    Format format;
    std::string_view name;                     ///< the --format value
    std::vector<std::string_view> extensions;  ///< ".md"; the first is the one suggested in messages
    bool binary = false;                       ///< bytes, not text: never written to a terminal
    bool joinable = false;                     ///< several workspaces' outputs join into one (join_outputs)
    std::vector<std::string_view> commands;    ///< the commands that offer it
};

/// The table, in the order every command lists its formats (the first a command
/// offers is its default).
const std::vector<FormatInfo>& format_table();
const FormatInfo& format_info(Format f);
std::string_view format_name(Format f);
/// The format of a --format value; nullopt for a name not in the table.
std::optional<Format> format_named(std::string_view name);

/// The formats `command` offers, in table order; empty when it has no --format.
std::vector<Format> formats_of(std::string_view command);

/// The format named by the extension of `path` (case-insensitive); nullopt for
/// any other name (no extension, a hidden file's name, an unknown extension).
std::optional<Format> format_of_extension(std::string_view path);

/// `command`'s --format option: its choices are the formats the table gives it;
/// its help lists them, "a (default…), b or c", each followed by its note
/// ("(to stdout)") when `notes` has one. `default_note` follows "default" in
/// the first one's parentheses (", to stderr").
OptionSpec format_option(std::string_view command, std::string_view default_note = "",
                         const std::vector<std::pair<Format, std::string_view>>& notes = {});

/// The output format of the command line, decided once before the command runs
/// (Invocation::format; the parsed values are left as they are):
/// - --format when given, else the format of -o FILE's extension, else the
///   command's default (the first it offers);
/// - -o naming a format the command cannot write, or another than --format
///   says: a usage error;
/// - a binary format without -o while standard output is a terminal: a usage error.
/// Returns the error ("" when none) and sets `hint` with it; leaves
/// inv.format alone for a command without --format.
std::string resolve_output_format(const CommandSpec& spec, Invocation& inv, std::string& hint);

}  // namespace scmplan::cli

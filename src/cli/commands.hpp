// The commands of scmplan, one file each (src/cli/cmd_NAME.cpp), each
// declaring its spec (command.hpp) once; commands.cpp lists them.
#pragma once

#include <vector>

#include "command.hpp"

namespace scmplan::cli {

CommandSpec check_command();
CommandSpec report_command();
CommandSpec status_command();
/// The summary of every plan of a ministry's folder (docs/ministry.md).
CommandSpec summary_command();
/// The plan's timeline as a Mermaid gantt diagram or an SVG picture.
CommandSpec gantt_command();
/// The views: risk register and heat map, GAP traceability, scores.
CommandSpec risk_command();
CommandSpec gaps_command();
CommandSpec score_command();
CommandSpec plan_command();
CommandSpec evidence_command();
/// Recording in place: a step done, a quarterly report.
CommandSpec done_command();
CommandSpec progress_command();
CommandSpec form_command();
CommandSpec import_command();
CommandSpec close_command();
CommandSpec assess_command();
CommandSpec holidays_command();
/// The rules in force (docs/ministry.md).
CommandSpec rules_command();
/// Editor support and new workspaces (docs/editors.md): a workspace from the
/// templates, the JSON Schema of a file kind.
CommandSpec init_command();
/// A draft workspace from a Word action plan (docs/import.md).
CommandSpec import_command();
CommandSpec schema_command();

/// Every subcommand, in the order --help lists them: the one list of commands.
std::vector<CommandSpec> all_commands();

}  // namespace scmplan::cli

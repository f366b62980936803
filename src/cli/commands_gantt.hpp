// Commands added with the timeline views: declared here so that command.hpp
// stays as it is; main.cpp lists them in all_commands().
#pragma once

#include "command.hpp"

namespace scmplan::cli {

/// scmplan gantt: the plan's timeline as a Mermaid gantt diagram or an SVG picture.
CommandSpec gantt_command();

}  // namespace scmplan::cli

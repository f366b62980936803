// The view commands: risk register and heat map, GAP traceability, scores.
#pragma once

#include "command.hpp"

namespace scmplan::cli {

CommandSpec risk_command();
CommandSpec gaps_command();
CommandSpec score_command();

}  // namespace scmplan::cli

// The commands for overseeing many plans: the rules in force and the summary
// of every plan.
#pragma once

#include "command.hpp"

namespace scmplan::cli {

CommandSpec rules_command();
CommandSpec summary_command();

}  // namespace scmplan::cli

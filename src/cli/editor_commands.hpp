// Editor support and new workspaces (docs/editors.md): `scmplan schema KIND`
// prints the JSON Schema of a file kind; `scmplan init DIR` writes a new
// workspace from the templates, with the schemas beside it.
#pragma once

#include "command.hpp"

namespace scmplan::cli {

CommandSpec schema_command();
CommandSpec init_command();

}  // namespace scmplan::cli

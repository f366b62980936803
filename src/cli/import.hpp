// The entry points of `scmplan import`, one per format, each in its own file;
// cmd_import.cpp dispatches on the file's extension.
#pragma once

#include <string>

#include "command.hpp"

namespace scmplan::cli {

/// A Word action plan (.docx) drafted as a new workspace in `dir`
/// (import_docx.cpp; docs/import.md).
Output import_docx(const Invocation& inv, const std::string& file, const std::string& dir);

}  // namespace scmplan::cli

// The version line of --version: the project's version and the commit the
// binary was built from. SCMPLAN_COMMIT comes from the header that CMake writes
// at every build (cmake/commit.cmake); a build without it says "unknown".
#include <fmt/format.h>

#include "generate.hpp"

#if __has_include("scmplan_commit.hpp")
#include "scmplan_commit.hpp"
#endif
#ifndef SCMPLAN_COMMIT
#define SCMPLAN_COMMIT "unknown"
#endif

namespace scmplan::cli {

std::string version_line() { return fmt::format("scmplan {} ({})", SCMPLAN_VERSION, SCMPLAN_COMMIT); }

}  // namespace scmplan::cli

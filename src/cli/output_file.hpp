// Writing an output file so that readers never see a partial one.
#pragma once

#include <string>

namespace scmplan::cli {

/// Writes `content` to a temporary file beside `path`, flushes it, and renames it
/// over `path`. On failure the temporary is removed, an existing `path` is left
/// intact, `error` says why, and false is returned.
bool write_file_atomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace scmplan::cli

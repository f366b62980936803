// Writing an output file so that readers never see a partial one; reading one whole.
#pragma once

#include <string>

namespace scmplan::cli {

/// Writes `content` to a temporary file beside `path`, flushes it, and renames it
/// over `path`. On failure the temporary is removed, an existing `path` is left
/// intact, `error` says why, and false is returned. The file gets `mode`, or
/// 0666 less the umask when `mode` is negative.
bool write_file_atomically(const std::string& path, const std::string& content, std::string& error, int mode = -1);

/// The bytes of the file at `path` into `text`; false when it cannot be read.
bool read_whole_file(const std::string& path, std::string& text);

}  // namespace scmplan::cli

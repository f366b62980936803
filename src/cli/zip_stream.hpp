// A zip archive streamed onto a file descriptor with libzip: files are read
// through a FileReader while the archive is written, a piece at a time, so
// memory does not grow with their size. The cli's, since it reads and writes files
// (pack's write_zip makes small archives in memory, bytes in and bytes out).
#pragma once

#include <string>
#include <vector>

#include "scmplan/file_reader.hpp"

namespace scmplan::cli {

struct StreamEntry {
    std::string name;  ///< path inside the archive, '/'-separated, UTF-8, already checked safe
    std::string data;  ///< the bytes, when `file` is empty
    std::string file;  ///< else the file whose bytes are streamed in (read when the archive is written)
};

/// Writes a zip of `entries`, in order, onto `fd` (open for reading and
/// writing, seekable: the output's temporary file), each deflated and dated
/// 1980-01-01 00:00 with no extra fields (the same files give the same bytes).
/// The files are read through `reader`. On failure false and `why` says
/// what, naming the file that could not be read when it is one.
bool stream_zip(int fd, const std::vector<StreamEntry>& entries, const FileReader& reader, std::string& why);

}  // namespace scmplan::cli

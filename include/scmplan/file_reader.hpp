// What discovery and loading ask of the file system, behind one small
// interface (as ninja's DiskInterface), so that discovery can be driven by
// files held in memory in tests. The walk over folders (find_files: links,
// special files) asks std::filesystem directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace scmplan {

/// The outcome of reading one file.
struct FileRead {
    std::optional<std::string> text;       ///< the bytes read; nullopt when the file was not read
    std::optional<std::uintmax_t> oversize;  ///< set (to its size) when the file is over the limit: not read
    std::string error;                     ///< why it could not be read ("" if unknown); empty when read
};

class FileReader {
public:
    virtual ~FileReader() = default;
    /// A regular file (a symbolic link to one counts).
    virtual bool is_file(const std::string& path) const = 0;
    /// A folder (a symbolic link to one counts).
    virtual bool is_folder(const std::string& path) const = 0;
    /// The file's bytes. A file over `max_bytes` is not read when its size says
    /// so; otherwise at most max_bytes + 1 bytes are read, so that a file that
    /// grew since it was measured is still seen to be too big.
    virtual FileRead read(const std::string& path, std::size_t max_bytes) const = 0;
};

/// The real file system.
const FileReader& disk();

}  // namespace scmplan

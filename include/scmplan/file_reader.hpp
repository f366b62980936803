// What discovery, the walk over folders and loading ask of the file system,
// behind one small interface (as ninja's DiskInterface), so that all of them
// can be driven by files held in memory in tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scmplan {

/// The outcome of reading one file.
struct FileRead {
    std::optional<std::string> text;       ///< the bytes read; nullopt when the file was not read
    std::optional<std::uintmax_t> oversize;  ///< set (to its size) when the file is over the limit: not read
    std::string error;                     ///< why it could not be read ("" if unknown); empty when read
};

/// What a path is; for a symbolic link, what it leads to.
enum class PathKind {
    file,        ///< a regular file
    folder,
    special,     ///< a FIFO, a device, a socket, …: never opened
    missing,     ///< nothing there (for a link: its target does not exist)
    loop,        ///< a symbolic link loop
    unreadable,  ///< could not be looked at
};

struct PathStatus {
    PathKind kind = PathKind::missing;
    std::string what;  ///< special: "a FIFO", "a character device", …; unreadable: why
};

/// One entry of a folder.
struct FolderEntry {
    std::string path;   ///< the folder's path joined with the entry's name
    bool link = false;  ///< a symbolic link; `status` is then that of its target
    PathStatus status;
};

/// A folder's entries, in no particular order; or why it could not be read.
struct FolderListing {
    std::vector<FolderEntry> entries;
    std::optional<std::string> error;  ///< set when the folder could not be read
};

class FileReader {
public:
    virtual ~FileReader() = default;
    /// What `path` is, following symbolic links.
    virtual PathStatus status(const std::string& path) const = 0;
    /// The entries of a folder (not "." nor "..").
    virtual FolderListing list(const std::string& folder) const = 0;
    /// The absolute path with links resolved as far as the path exists (as
    /// std::filesystem::weakly_canonical); nullopt when that fails.
    virtual std::optional<std::string> canonical(const std::string& path) const = 0;
    /// The file's bytes. A file over `max_bytes` is not read when its size says
    /// so; otherwise at most max_bytes + 1 bytes are read, so that a file that
    /// grew since it was measured is still seen to be too big.
    virtual FileRead read(const std::string& path, std::size_t max_bytes) const = 0;

    /// A regular file (a symbolic link to one counts).
    bool is_file(const std::string& path) const { return status(path).kind == PathKind::file; }
    /// A folder (a symbolic link to one counts).
    bool is_folder(const std::string& path) const { return status(path).kind == PathKind::folder; }
};

/// The real file system.
const FileReader& disk();

}  // namespace scmplan

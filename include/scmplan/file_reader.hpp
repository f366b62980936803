// What discovery, the walk over folders, loading, the evidence check, the
// evidence archive and `init` ask of the file system, behind one small
// interface (as ninja's DiskInterface), so that all of them can be driven by
// files held in memory in tests. Only the cli chooses the real one (disk()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
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

/// A path with every symbolic link resolved (as realpath(3)), or why not.
struct RealPath {
    std::optional<std::string> path;  ///< absolute, no link left in it; nullopt when it failed
    PathStatus failure;               ///< then: missing (ENOENT, ENOTDIR), loop or unreadable; `what` says why
};

/// A file open for reading, a piece at a time (the evidence archive streams
/// files of any size through it).
class FileStream {
public:
    virtual ~FileStream() = default;
    /// Reads up to `count` bytes into `buffer`: how many were read (0 at the
    /// end), or -1 when reading failed (then `error()` says why).
    virtual std::ptrdiff_t read(char* buffer, std::size_t count) = 0;
    /// The size of the file when it was opened, if known.
    virtual std::optional<std::uintmax_t> size() const = 0;
    /// Its type and permission bits as stat(2) gives them (st_mode), if known:
    /// an archive keeps them for each entry.
    virtual std::optional<std::uint32_t> mode() const = 0;
    virtual std::string error() const = 0;
};

/// A file opened for reading, or why it could not be.
struct OpenedFile {
    std::unique_ptr<FileStream> stream;  ///< null when the file could not be opened
    std::string error;                   ///< then: why (the system's words)
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
    /// What `path` itself is, as `list` says of an entry: a symbolic link is
    /// marked and its `status` is that of its target; anything else is looked
    /// at without following a link (lstat). `path` is returned as given.
    virtual FolderEntry entry(const std::string& path) const = 0;
    /// The path with every symbolic link resolved; it must exist.
    virtual RealPath real_path(const std::string& path) const = 0;
    /// Opens a file for reading without blocking on it (a FIFO or a device
    /// is never waited for) and without making it a controlling terminal.
    virtual OpenedFile open(const std::string& path) const = 0;

    /// A regular file (a symbolic link to one counts).
    bool is_file(const std::string& path) const { return status(path).kind == PathKind::file; }
    /// A folder (a symbolic link to one counts).
    bool is_folder(const std::string& path) const { return status(path).kind == PathKind::folder; }
};

/// The real file system. Only the cli chooses it: every layer below is given
/// a FileReader.
const FileReader& disk();

}  // namespace scmplan

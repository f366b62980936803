// An edit of one file in place (`done`, `progress`, and any later command that
// changes a file of the workspace): the file is locked for the whole
// read–check–write, and written only if its bytes on disk are still those read.
// Without both, two runs at once (or a run and an editor's save) each write
// their own change over the file as it was, and all but the last are lost.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan::cli {

class StagedWrites;

/// One file opened for an edit. Every in-place edit goes through it:
///
///     FileEdit f;
///     if (!f.open(path, error)) …            // locked, read
///     … compute the new text from f.text() …
///     if (!f.commit(new_text, error)) …      // verified, written atomically
///
/// The lock is an advisory `flock` (exclusive) on the file itself, held until
/// the FileEdit is destroyed: no lock file is made, so nothing is left beside
/// the file and nothing new is there for the loader to find. Since the write
/// renames a new file over the old one, a run that waited for the lock checks,
/// once it has it, that the name still leads to the file it locked, and
/// otherwise opens and locks the new one. Editors take no lock: commit() reads
/// the file again just before the rename and refuses when its bytes are not
/// those read ("PATH changed while editing; run again"), removing the
/// temporary file and writing nothing.
class FileEdit {
public:
    FileEdit() = default;
    FileEdit(const FileEdit&) = delete;
    FileEdit& operator=(const FileEdit&) = delete;
    ~FileEdit();

    /// Opens `path` (through a symbolic link), locks it, waiting up to
    /// `wait_ms` for another edit to finish, and reads its bytes. False, with
    /// `error` set, when it cannot be opened or read, or stays locked.
    bool open(const std::string& path, std::string& error, int wait_ms = 30000);

    /// The file's bytes, as read under the lock.
    const std::string& text() const { return m_text; }

    enum class Commit { written, changed, failed };
    /// Writes `content` over the file as write_output does (atomically, mode
    /// and owner kept, through a link), after checking, just before the
    /// rename, that the file still holds text(). `changed` when it does not
    /// ("PATH changed while editing; run again"), `failed` when the write
    /// fails; either way `error` says why and the file is left as it is.
    Commit commit(std::string_view content, std::string& error);
    /// commit() for a file whose new content the caller staged, as the file
    /// `i` of `staged`, and flushed with the others (staged_writes.hpp): the
    /// same check that the file still holds text(), then the rename. The
    /// same results.
    Commit commit_staged(StagedWrites& staged, std::size_t i, std::string& error);

    /// Drops the lock (closes the descriptor); the FileEdit can no longer commit.
    void release();

private:
    std::string m_path;
    std::string m_text;
    int m_fd = -1;
};

/// Releases the locks of `edits` on up to `threads` threads at once. After
/// commits, the close of a replaced file's last descriptor frees its old
/// blocks, and on a file system mounted to discard freed blocks (ext4
/// `discard`) each close waits for the device, a few milliseconds a file:
/// seconds for thousands of files one after the other, while the device
/// serves many at once.
void release_all(const std::vector<FileEdit*>& edits, std::size_t threads = 16);

}  // namespace scmplan::cli

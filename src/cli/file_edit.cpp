#include "file_edit.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <thread>

#include <fmt/format.h>

#include "output_file.hpp"
#include "run_each.hpp"
#include "staged_writes.hpp"

namespace scmplan::cli {

FileEdit::~FileEdit() { release(); }

void FileEdit::release() {
    if (m_fd >= 0) close(m_fd);  // closing the descriptor drops the lock
    m_fd = -1;
}

bool FileEdit::open(const std::string& path, std::string& error, int wait_ms) {
    release();
    m_path = path;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
    for (;;) {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            error = fmt::format("cannot read {}: {}", path, std::strerror(errno));
            return false;
        }
        struct stat held {};
        if (fstat(fd, &held) != 0 || !S_ISREG(held.st_mode)) {
            close(fd);
            error = fmt::format("cannot read {}: not a regular file", path);
            return false;
        }
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int e = errno;
            close(fd);
            if (e != EWOULDBLOCK && e != EINTR) {
                error = fmt::format("cannot lock {}: {}", path, std::strerror(e));
                return false;
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                error = fmt::format("{} is being edited by another scmplan run; try again when it has finished", path);
                return false;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        // The edit that held the lock may have renamed a new file over this
        // one: then the lock is on a file no longer there; take the new one's.
        struct stat now {};
        if (stat(path.c_str(), &now) != 0 || now.st_dev != held.st_dev || now.st_ino != held.st_ino) {
            close(fd);
            if (std::chrono::steady_clock::now() >= deadline) {
                error = fmt::format("{} keeps being replaced; try again", path);
                return false;
            }
            continue;
        }
        m_fd = fd;
        break;
    }
    // Read through the locked descriptor: the very file the lock is on (no second open).
    if (!read_fd_whole(m_fd, m_text)) {
        release();
        error = fmt::format("cannot read {}", path);
        return false;
    }
    return true;
}

namespace {

/// The check before the rename: the file still holds `text`.
std::function<bool(std::string&)> still(const std::string& path, const std::string& text, bool& changed) {
    return [&path, &text, &changed](std::string& why) {
        std::string now;
        if (read_whole_file(path, now) && now == text) return true;
        why = fmt::format("{} changed while editing; run again", path);
        changed = true;
        return false;
    };
}

}  // namespace

FileEdit::Commit FileEdit::commit(std::string_view content, std::string& error) {
    bool changed = false;
    if (m_fd < 0) {
        error = fmt::format("{} is not open for an edit", m_path);
        return Commit::failed;
    }
    if (write_output(m_path, content, error, still(m_path, m_text, changed))) return Commit::written;
    return changed ? Commit::changed : Commit::failed;
}

void release_all(const std::vector<FileEdit*>& edits, std::size_t threads) {
    run_each(edits.size(), [&edits](std::size_t i) { edits[i]->release(); }, threads);
}

FileEdit::Commit FileEdit::commit_staged(StagedWrites& staged, std::size_t i, std::string& error) {
    bool changed = false;
    if (m_fd < 0) {
        error = fmt::format("{} is not open for an edit", m_path);
        return Commit::failed;
    }
    if (staged.publish(i, error, still(m_path, m_text, changed))) return Commit::written;
    return changed ? Commit::changed : Commit::failed;
}

}  // namespace scmplan::cli

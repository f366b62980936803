// The FileReader of the real file system.
#include "scmplan/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace scmplan {

namespace fs = std::filesystem;

namespace {

/// "a FIFO", "a character device", … for messages.
const char* type_name(fs::file_type t) {
    switch (t) {
        case fs::file_type::fifo: return "a FIFO";
        case fs::file_type::character: return "a character device";
        case fs::file_type::block: return "a block device";
        case fs::file_type::socket: return "a socket";
        case fs::file_type::directory: return "a folder";
        case fs::file_type::regular: return "a regular file";
        default: return "an entry of unknown type";
    }
}

/// The kind of an entry whose type is known; anything but a file or a folder
/// (an error included) is special.
PathStatus of_type(fs::file_type t) {
    if (t == fs::file_type::regular) return {PathKind::file, {}};
    if (t == fs::file_type::directory) return {PathKind::folder, {}};
    return {PathKind::special, type_name(t)};
}

/// A descriptor open for reading.
class FdStream final : public FileStream {
public:
    explicit FdStream(int fd) : m_fd(fd) {
        struct stat st {};
        if (::fstat(fd, &st) != 0) return;
        m_mode = static_cast<std::uint32_t>(st.st_mode);
        if (S_ISREG(st.st_mode)) m_size = static_cast<std::uintmax_t>(st.st_size);
    }
    ~FdStream() override { ::close(m_fd); }
    FdStream(const FdStream&) = delete;
    FdStream& operator=(const FdStream&) = delete;

    std::ptrdiff_t read(char* buffer, std::size_t count) override {
        for (;;) {
            ssize_t n = ::read(m_fd, buffer, count);
            if (n >= 0) return n;
            if (errno == EINTR) continue;
            m_error = std::strerror(errno);
            return -1;
        }
    }
    std::optional<std::uintmax_t> size() const override { return m_size; }
    std::optional<std::uint32_t> mode() const override { return m_mode; }
    std::string error() const override { return m_error; }

private:
    int m_fd;
    std::optional<std::uintmax_t> m_size;
    std::optional<std::uint32_t> m_mode;
    std::string m_error;
};

class Disk final : public FileReader {
public:
    PathStatus status(const std::string& path) const override {
        std::error_code ec;
        const auto st = fs::status(path, ec);
        if (ec.value() == ELOOP) return {PathKind::loop, {}};
        if (ec && ec.value() != ENOENT && ec.value() != ENOTDIR) return {PathKind::unreadable, ec.message()};
        if (ec || !fs::exists(st)) return {PathKind::missing, {}};
        return of_type(st.type());
    }

    FolderListing list(const std::string& folder) const override {
        FolderListing out;
        std::error_code ec;
        fs::directory_iterator it(folder, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            const fs::directory_entry& entry = *it;
            FolderEntry e{entry.path().generic_string(), false, {}};
            std::error_code entry_ec;
            if (entry.is_symlink(entry_ec)) {
                e.link = true;
                e.status = status(e.path);
            } else {
                e.status = of_type(entry.status(entry_ec).type());
            }
            out.entries.push_back(std::move(e));
        }
        if (ec) {
            out.entries.clear();
            out.error = ec.message();
        }
        return out;
    }

    std::optional<std::string> canonical(const std::string& path) const override {
        std::error_code ec;
        fs::path canon = fs::weakly_canonical(path, ec);
        if (ec) return std::nullopt;
        return canon.generic_string();
    }

    FileRead read(const std::string& path, std::size_t max_bytes) const override {
        FileRead out;
        // Over the size limit: not read at all (memory stays bounded).
        std::error_code size_ec;
        const auto size = fs::file_size(path, size_ec);
        if (!size_ec && size > max_bytes) {
            out.oversize = size;
            return out;
        }
        errno = 0;
        std::ifstream in(path, std::ios::binary);
        const int open_errno = errno;
        // Read to the end, at most one byte over the limit (so that parse_yaml
        // reports a file that grew since it was measured). The size is only
        // a first guess: files of /proc and /sys say 0 and have content.
        std::string text;
        std::size_t want = size_ec || size == 0 ? std::size_t{65536} : std::min<std::uintmax_t>(size, max_bytes) + 1;
        while (in.is_open() && text.size() <= max_bytes) {
            want = std::min(want, max_bytes + 1 - text.size());
            std::size_t old = text.size();
            text.resize(old + want);
            in.read(text.data() + old, static_cast<std::streamsize>(want));
            text.resize(old + static_cast<std::size_t>(in.gcount()));
            if (text.size() < old + want) break;  // the end (or an error: in.bad())
            want = 65536;
        }
        if (!in.is_open() || in.bad()) {
            if (open_errno) out.error = std::strerror(open_errno);
            return out;
        }
        out.text = std::move(text);
        return out;
    }

    FolderEntry entry(const std::string& path) const override {
        FolderEntry out{path, false, {}};
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) {
            if (errno == ENOENT || errno == ENOTDIR) out.status = {PathKind::missing, std::strerror(errno)};
            else out.status = {PathKind::unreadable, std::strerror(errno)};
        } else if (S_ISLNK(st.st_mode)) {
            out.link = true;
            out.status = status(path);
        } else if (S_ISREG(st.st_mode)) {
            out.status = {PathKind::file, {}};
        } else if (S_ISDIR(st.st_mode)) {
            out.status = {PathKind::folder, {}};
        } else {
            out.status = {PathKind::special, special_name(st.st_mode)};
        }
        return out;
    }

    RealPath real_path(const std::string& path) const override {
        char buf[PATH_MAX];
        if (::realpath(path.c_str(), buf)) return {std::string(buf), {}};
        const int e = errno;
        PathKind kind = e == ENOENT || e == ENOTDIR ? PathKind::missing : e == ELOOP ? PathKind::loop : PathKind::unreadable;
        return {std::nullopt, {kind, std::strerror(e)}};
    }

    OpenedFile open(const std::string& path) const override {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) return {nullptr, std::strerror(errno)};
        return {std::make_unique<FdStream>(fd), {}};
    }

private:
    /// What a special file is, for messages, from its mode.
    static const char* special_name(mode_t mode) {
        if (S_ISFIFO(mode)) return "a FIFO";
        if (S_ISCHR(mode)) return "a character device";
        if (S_ISBLK(mode)) return "a block device";
        if (S_ISSOCK(mode)) return "a socket";
        return "not a regular file";
    }
};

}  // namespace

const FileReader& disk() {
    static const Disk instance;
    return instance;
}

}  // namespace scmplan

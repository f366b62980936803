#include "output_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include <fmt/format.h>

#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

// The temporary file to unlink if a signal arrives during the write. A fixed
// buffer, since a signal handler may only call async-signal-safe functions.
char g_temp_path[PATH_MAX + 1];
volatile sig_atomic_t g_temp_armed = 0;
// The temporary files of a StagedWrites, staged and not yet published: an
// array of C strings set up with the signals blocked.
const char* const* volatile g_temp_list = nullptr;
volatile sig_atomic_t g_temp_list_n = 0;
constexpr int k_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[4];
bool g_installed = false;

extern "C" void on_signal(int sig) {
    if (g_temp_armed) unlink(g_temp_path);
    for (sig_atomic_t i = 0; i < g_temp_list_n; ++i) unlink(g_temp_list[i]);
    _exit(exit_signal_base + sig);
}

/// The handler installed once for both kinds of cleanup, and the previous
/// ones put back when neither is armed.
void install_handler() {
    if (g_installed) return;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (std::size_t i = 0; i < 4; ++i) sigaction(k_signals[i], &sa, &g_previous[i]);
    g_installed = true;
}

void uninstall_handler() {
    if (!g_installed || g_temp_armed || g_temp_list_n) return;
    for (std::size_t i = 0; i < 4; ++i) sigaction(k_signals[i], &g_previous[i], nullptr);
    g_installed = false;
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

}  // namespace

void arm_temp_cleanup(const std::string& path) {
    std::snprintf(g_temp_path, sizeof g_temp_path, "%s", path.c_str());
    install_handler();
    g_temp_armed = 1;
}

void disarm_temp_cleanup() {
    g_temp_armed = 0;
    uninstall_handler();
}

void arm_temp_list_cleanup(const char* const* paths, std::size_t n) {
    sigset_t block, old;
    sigemptyset(&block);
    for (int s : k_signals) sigaddset(&block, s);
    sigprocmask(SIG_BLOCK, &block, &old);
    g_temp_list_n = 0;
    g_temp_list = paths;
    g_temp_list_n = static_cast<sig_atomic_t>(n);
    if (n) install_handler();
    else uninstall_handler();
    sigprocmask(SIG_SETMASK, &old, nullptr);
}

bool write_fd(int fd, std::string_view content, std::string& error) {
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = std::strerror(errno);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

std::string temp_name_for(const std::string& target) {
    namespace fs = std::filesystem;
    fs::path t(target);
    fs::path dir = t.parent_path().empty() ? fs::path(".") : t.parent_path();
    std::string name = t.filename().string();
    constexpr std::string_view suffix = ".tmp-XXXXXX";
    if (1 + name.size() + suffix.size() > NAME_MAX) {
        // FNV-1a, 64 bits: a short stand-in for a name too long to extend.
        std::uint64_t h = 14695981039346656037ull;
        for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
        name = fmt::format("{:016x}", h);
    }
    return (dir / ("." + name + std::string(suffix))).string();
}

bool write_output(const std::string& path, std::string_view content, std::string& error,
                  const std::function<bool(std::string& error)>& before_rename) {
    return write_output_with(
        path,
        [&](int fd, std::string& why) {
            if (write_fd(fd, content, why)) return true;
            why += " (write)";
            return false;
        },
        error, before_rename);
}

std::optional<OutputTarget> output_target(const std::string& path, std::string& error) {
    namespace fs = std::filesystem;
    auto fail = [&](const std::string& why) -> std::optional<OutputTarget> {
        error = fmt::format("cannot write {}: {}", path, why);
        return std::nullopt;
    };
    if (path.empty()) return fail("the file name is empty");
    OutputTarget t;
    t.path = path;
    struct stat& st = t.st;
    if (lstat(path.c_str(), &st) == 0) {
        t.exists = true;
        if (S_ISLNK(st.st_mode)) {
            // Write through the link: replace its final target, keep the link.
            std::error_code ec;
            fs::path real = fs::canonical(path, ec);
            if (ec || stat(real.c_str(), &st) != 0) return fail("a symbolic link to nothing");
            t.path = real.string();
        }
        if (!S_ISREG(st.st_mode))
            return fail(fmt::format("{}, not a regular file (write to a file, or -o - for standard output)",
                                    kind_of(st.st_mode)));
        if ((st.st_mode & 0222) == 0) return fail("the file is read-only");  // even for root
        if (access(t.path.c_str(), W_OK) != 0) return fail(std::strerror(errno));
    } else if (errno != ENOENT) {
        return fail(std::strerror(errno));
    }
    return t;
}

bool keep_mode(int fd, const OutputTarget& t) {
    if (t.exists) {
        // Keep the file's permissions (without set-id bits) and, where allowed,
        // its owner and group (root may; others may keep the group they are in).
        if (fchown(fd, t.st.st_uid, t.st.st_gid) != 0 && fchown(fd, static_cast<uid_t>(-1), t.st.st_gid) != 0) {
            // Not allowed: the new file is ours; its permissions still are the old ones.
        }
        return fchmod(fd, t.st.st_mode & 0777) == 0;
    }
    mode_t mask = umask(0);
    umask(mask);
    return fchmod(fd, 0666 & ~mask) == 0;
}

bool write_output_with(const std::string& path, const std::function<bool(int fd, std::string& why)>& fill,
                       std::string& error, const std::function<bool(std::string& error)>& before_rename) {
    auto fail = [&](const std::string& why) {
        error = fmt::format("cannot write {}: {}", path, why);
        return false;
    };
    std::optional<OutputTarget> out = output_target(path, error);
    if (!out) return false;
    const std::string& target = out->path;
    std::string tmpl = temp_name_for(target);
    // Signals are blocked until the cleanup is armed, so that none can leave the
    // temporary file behind between its creation and the arming.
    sigset_t block, old;
    sigemptyset(&block);
    for (int s : k_signals) sigaddset(&block, s);
    sigprocmask(SIG_BLOCK, &block, &old);
    int fd = mkstemp(tmpl.data());
    if (fd < 0) {
        int e = errno;
        sigprocmask(SIG_SETMASK, &old, nullptr);
        return fail(std::strerror(e));
    }
    arm_temp_cleanup(tmpl);
    sigprocmask(SIG_SETMASK, &old, nullptr);
    auto abandon = [&](const char* what) {
        int e = errno;
        close(fd);
        unlink(tmpl.c_str());
        disarm_temp_cleanup();
        return fail(what ? fmt::format("{} ({})", std::strerror(e), what) : std::string(std::strerror(e)));
    };
    std::string why;
    if (!fill(fd, why)) {
        error = fmt::format("cannot write {}: {}", path, why);
        close(fd);
        unlink(tmpl.c_str());
        disarm_temp_cleanup();
        return false;
    }
    if (!keep_mode(fd, *out)) return abandon("chmod");
    if (fsync(fd) != 0) return abandon("fsync");
    if (close(fd) != 0) {
        int e = errno;
        unlink(tmpl.c_str());
        disarm_temp_cleanup();
        return fail(std::strerror(e));
    }
    if (before_rename) {
        std::string refusal;
        if (!before_rename(refusal)) {
            unlink(tmpl.c_str());
            disarm_temp_cleanup();
            error = refusal;
            return false;
        }
    }
    if (std::rename(tmpl.c_str(), target.c_str()) != 0) {
        int e = errno;
        unlink(tmpl.c_str());
        disarm_temp_cleanup();
        return fail(std::strerror(e));
    }
    disarm_temp_cleanup();
    return true;
}

SignalsHeld::SignalsHeld(bool hold) {
    if (!hold) return;
    sigset_t block;
    sigemptyset(&block);
    for (int s : k_signals) sigaddset(&block, s);
    m_held = pthread_sigmask(SIG_BLOCK, &block, &m_old) == 0;
}

void SignalsHeld::release() {
    if (m_held) pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    m_held = false;
}

bool read_fd_whole(int fd, std::string& text) {
    text.clear();
    char buf[65536];
    for (off_t at = 0;;) {
        ssize_t n = pread(fd, buf, sizeof buf, at);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (n == 0) return true;
        text.append(buf, static_cast<std::size_t>(n));
        at += n;
    }
}

bool read_whole_file(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

}  // namespace scmplan::cli

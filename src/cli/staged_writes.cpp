#include "staged_writes.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include "output_file.hpp"

namespace scmplan::cli {

StagedWrites::~StagedWrites() {
    arm_temp_list_cleanup(nullptr, 0);
    for (const Staged& f : m_files)
        if (!f.done) unlink(f.temp.c_str());
}

bool StagedWrites::stage(const std::string& path, std::string_view content, std::string& error) {
    std::optional<OutputTarget> out = output_target(path, error);
    if (!out) return false;
    auto fail = [&](const std::string& why) {
        error = fmt::format("cannot write {}: {}", path, why);
        return false;
    };
    Staged f{path, out->path, temp_name_for(out->path)};
    // Signals blocked from the temporary file's creation until the list that
    // removes it is armed (as write_output does for its one file).
    sigset_t block, old;
    sigemptyset(&block);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&block, s);
    sigprocmask(SIG_BLOCK, &block, &old);
    int fd = mkstemp(f.temp.data());
    if (fd < 0) {
        int e = errno;
        sigprocmask(SIG_SETMASK, &old, nullptr);
        return fail(std::strerror(e));
    }
    m_files.push_back(std::move(f));
    m_armed.push_back(m_files.back().temp.c_str());
    arm_temp_list_cleanup(m_armed.data(), m_armed.size());
    sigprocmask(SIG_SETMASK, &old, nullptr);
    Staged& staged = m_files.back();
    auto abandon = [&](const std::string& why) {
        close(fd);
        unlink(staged.temp.c_str());
        staged.done = true;
        return fail(why);
    };
    std::string why;
    if (!write_fd(fd, content, why)) return abandon(why + " (write)");
    if (!keep_mode(fd, *out)) return abandon(fmt::format("{} (chmod)", std::strerror(errno)));
    struct stat st {};
    if (fstat(fd, &st) != 0) return abandon(fmt::format("{} (fstat)", std::strerror(errno)));
    staged.device = st.st_dev;
    if (close(fd) != 0) {
        int e = errno;
        unlink(staged.temp.c_str());
        staged.done = true;
        return fail(std::strerror(e));
    }
    return true;
}

bool StagedWrites::sync(std::string& error) {
    // One syncfs per file system (the device each temporary file was made
    // on, as stage found it): only the first file of each is opened.
    std::set<dev_t> seen;
    for (const Staged& f : m_files) {
        if (f.done || !seen.insert(f.device).second) continue;
        int fd = ::open(f.temp.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            error = fmt::format("cannot write {}: {} (fsync)", f.path, std::strerror(errno));
            return false;
        }
        if (syncfs(fd) != 0) {
            int e = errno;
            close(fd);
            error = fmt::format("cannot write {}: {} (fsync)", f.path, std::strerror(e));
            return false;
        }
        close(fd);
    }
    return true;
}

bool StagedWrites::publish(std::size_t i, std::string& error, const std::function<bool(std::string& error)>& before_rename) {
    Staged& f = m_files.at(i);
    auto drop = [&] {
        unlink(f.temp.c_str());
        f.done = true;
    };
    if (before_rename) {
        std::string refusal;
        if (!before_rename(refusal)) {
            drop();
            error = refusal;
            return false;
        }
    }
    if (std::rename(f.temp.c_str(), f.target.c_str()) != 0) {
        int e = errno;
        drop();
        error = fmt::format("cannot write {}: {}", f.path, std::strerror(e));
        return false;
    }
    f.done = true;
    return true;
}

}  // namespace scmplan::cli

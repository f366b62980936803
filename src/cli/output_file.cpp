#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace scmplan::cli {

bool write_file_atomically(const std::string& path, const std::string& content, std::string& error, int mode) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = mkstemp(tmpl.data());
    if (fd < 0) {
        error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
        return false;
    }
    auto fail = [&](const char* what) {
        error = fmt::format("cannot write {}: {} ({})", path, std::strerror(errno), what);
        close(fd);
        unlink(tmpl.c_str());
        return false;
    };
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0) return fail("fsync");
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, mode >= 0 ? static_cast<mode_t>(mode) : 0666 & ~mask);
    if (close(fd) != 0) {
        unlink(tmpl.c_str());
        error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
        return false;
    }
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
        unlink(tmpl.c_str());
        return false;
    }
    return true;
}

bool read_whole_file(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

}  // namespace scmplan::cli

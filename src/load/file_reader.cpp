// The FileReader of the real file system.
#include "scmplan/file_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace scmplan {

namespace fs = std::filesystem;

namespace {

class Disk final : public FileReader {
public:
    bool is_file(const std::string& path) const override {
        std::error_code ec;
        return fs::is_regular_file(path, ec);
    }

    bool is_folder(const std::string& path) const override {
        std::error_code ec;
        return fs::is_directory(path, ec);
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
};

}  // namespace

const FileReader& disk() {
    static const Disk instance;
    return instance;
}

}  // namespace scmplan

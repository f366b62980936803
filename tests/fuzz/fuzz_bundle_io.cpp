#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fuzz_cli.hpp"

namespace scmplan::fuzz {
namespace fs = std::filesystem;

namespace {

/// NAME without empty, "." and ".." parts, NUL bytes and overlong parts; "" if nothing is left.
std::string clean_path(std::string_view name) {
    std::string out;
    std::size_t depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != '/') continue;
        std::string part(name.substr(start, i - start));
        start = i + 1;
        if (part.empty() || part == "." || part == "..") continue;
        for (char& c : part)
            if (c == '\0') c = '_';
        if (part.size() > 200) part.resize(200);
        if (++depth > 80) break;
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

void write_entry(const fs::path& ws, std::string_view header, std::string_view body) {
    std::error_code ec;
    if (auto arrow = header.find(" -> "); arrow != std::string_view::npos) {
        std::string from = clean_path(header.substr(0, arrow));
        std::string_view raw = header.substr(arrow + 4);
        std::string to = clean_path(raw);
        if (raw.substr(0, 2) == "..") to = "../" + to;
        if (from.empty() || to.empty()) return;
        fs::create_directories((ws / from).parent_path(), ec);
        fs::create_symlink(to, ws / from, ec);
        return;
    }
    if (header.size() > 2 && header.substr(header.size() - 2) == " |") {
        std::string p = clean_path(header.substr(0, header.size() - 2));
        if (p.empty()) return;
        fs::create_directories((ws / p).parent_path(), ec);
        mkfifo((ws / p).c_str(), 0644);
        return;
    }
    std::string p = clean_path(header);
    if (p.empty()) return;
    if (header.back() == '/') {
        fs::create_directories(ws / p, ec);
        return;
    }
    fs::create_directories((ws / p).parent_path(), ec);
    std::ofstream f(ws / p, std::ios::binary);
    f.write(body.data(), static_cast<std::streamsize>(body.size()));
}

}  // namespace

const std::string& scratch_dir() {
    static const std::string dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/scmplan-fuzz-XXXXXX";
        if (!mkdtemp(tmpl.data())) std::abort();
        fs::current_path(tmpl);
        return tmpl;
    }();
    return dir;
}

void clear_scratch(const std::string& keep) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(scratch_dir(), ec)) {
        if (!keep.empty() && e.path().filename() == keep) continue;
        // Entries made read-only by a run must still go.
        fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(e.path(), ec);
    }
}

void write_bundle(std::string_view bundle) {
    clear_scratch();
    fs::path ws = fs::path(scratch_dir()) / "ws";
    std::error_code ec;
    fs::create_directories(ws, ec);
    if (bundle.substr(0, 4) != "=== ") {
        write_entry(ws, "plan.yaml", bundle);
        return;
    }
    std::size_t pos = 0;
    while (pos < bundle.size()) {
        std::size_t eol = bundle.find('\n', pos);
        if (eol == std::string_view::npos) eol = bundle.size();
        std::string_view header = bundle.substr(pos + 4, eol - pos - 4);
        std::size_t body_start = eol < bundle.size() ? eol + 1 : eol;
        std::size_t next = bundle.find("\n=== ", eol == bundle.size() ? eol : eol);
        std::size_t body_end = next == std::string_view::npos ? bundle.size() : next + 1;
        if (body_end < body_start) body_end = body_start;
        write_entry(ws, header, bundle.substr(body_start, body_end - body_start));
        pos = next == std::string_view::npos ? bundle.size() : next + 1;
    }
}

}  // namespace scmplan::fuzz

// The process setup of the targets that run commands: a fixed "today" and the
// scratch folder as the working folder.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    setenv("SCMPLAN_TODAY", "2023-06-15", 1);
    (void)scmplan::fuzz::scratch_dir();
    return 0;
}

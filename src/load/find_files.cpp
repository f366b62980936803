// Discovery of the YAML files under the paths given: the walk over folders,
// with its rules for hidden entries, links and special files.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "scmplan/load.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
    auto e = p.extension().string();
    return e == ".yaml" || e == ".yml";
}

/// "a FIFO", "a character device", … for messages.
const char* entry_kind(fs::file_type t) {
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

bool hidden(const fs::path& p) {
    auto n = p.filename().string();
    return n.size() > 1 && n[0] == '.' && n != "..";
}

/// Collects the YAML files under `dir`, reporting every folder that cannot be
/// read, every broken link and every link that leaves the workspace: nothing
/// is skipped silently. Links inside the workspace to a folder are not
/// followed (its files are found at their own place); links to a file are.
template <class Problem>
void walk(const fs::path& dir, const fs::path& canon_root, std::vector<std::string>& here, Problem& io_problem,
          int depth = 0) {
    std::error_code ec;
    if (depth > 64) {
        io_problem(dir.generic_string(), "folders nested deeper than 64 levels");
        return;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) {
        io_problem(dir.generic_string(), fmt::format("cannot read folder: {}", ec.message()),
                   "check that it exists and is readable");
        return;
    }
    for (const auto& entry : entries) {
        const fs::path& p = entry.path();
        if (hidden(p)) continue;
        if (entry.is_symlink(ec)) {
            std::error_code follow;
            auto target_status = fs::status(p, follow);
            if (follow || !fs::exists(target_status)) {
                if (!is_yaml(p)) continue;
                if (follow.value() == ELOOP)
                    io_problem(p.generic_string(), "symbolic link loop: following it leads back to a link",
                               "point the link at a file");
                else if (!follow || follow.value() == ENOENT || follow.value() == ENOTDIR)
                    io_problem(p.generic_string(), "broken symbolic link: its target does not exist");
                else
                    io_problem(p.generic_string(), fmt::format("cannot follow symbolic link: {}", follow.message()));
                continue;
            }
            fs::path target = fs::weakly_canonical(p, ec);
            auto rel = target.lexically_relative(canon_root).generic_string();
            if (ec || rel.empty() || rel.starts_with("..")) {
                if (is_yaml(p) || fs::is_directory(p, ec))
                    io_problem(p.generic_string(), "symbolic link leads outside the workspace",
                               "copy the file into the workspace instead");
                continue;
            }
            if (!is_yaml(p) || fs::is_directory(target_status)) continue;  // folders: found at their own place
            if (fs::is_regular_file(target_status)) here.push_back(p.generic_string());
            else io_problem(p.generic_string(), fmt::format("symbolic link to {}, not to a regular file",
                                                            entry_kind(target_status.type())));
            continue;
        }
        auto type = entry.status(ec).type();
        if (type == fs::file_type::directory) walk(p, canon_root, here, io_problem, depth + 1);
        else if (!is_yaml(p)) continue;
        else if (type == fs::file_type::regular) here.push_back(p.generic_string());
        // Never opened: a FIFO would block, a device might never end.
        else io_problem(p.generic_string(), fmt::format("{}, not a regular file", entry_kind(type)),
                        "only regular files are read");
    }
}

}  // namespace

/// The folder of the workspace file; without one, the first folder given (or
/// the folder of the first file given).
std::string workspace_root(const Model& m, const std::vector<std::string>& paths) {
    if (m.workspace && m.workspace->loc.file < m.files.size()) {
        std::string dir = fs::path(m.files[m.workspace->loc.file]).parent_path().generic_string();
        return dir.empty() ? "." : dir;
    }
    for (const auto& given : paths) {
        std::error_code ec;
        if (fs::is_directory(given, ec)) return given;
        if (fs::is_regular_file(given, ec)) {
            std::string dir = fs::path(given).parent_path().generic_string();
            return dir.empty() ? "." : dir;
        }
    }
    return {};
}

FoundFiles find_files(const std::vector<std::string>& paths) {
    std::vector<std::string> found;
    std::vector<Diagnostic> problems;
    auto io_problem = [&](const std::string& file, std::string message, std::string hint = {}) {
        Diagnostic diag;
        diag.file = file;
        diag.code = "E001";
        diag.message = std::move(message);
        diag.hint = std::move(hint);
        problems.push_back(std::move(diag));
    };
    for (const auto& given : paths) {
        std::error_code ec;
        fs::path root(given);
        auto st = fs::status(root, ec);
        if (ec || !fs::exists(st)) {
            io_problem(given, "no such file or folder");
            continue;
        }
        if (fs::is_regular_file(st)) {
            found.push_back(root.generic_string());
            continue;
        }
        if (!fs::is_directory(st)) {  // a FIFO or device would block or never end
            io_problem(given, "not a regular file or folder");
            continue;
        }
        fs::path canon_root = fs::weakly_canonical(root, ec);
        std::vector<std::string> here;
        walk(root, canon_root, here, io_problem);
        std::sort(here.begin(), here.end());
        if (here.empty()) io_problem(given, "no .yaml or .yml files found");
        found.insert(found.end(), here.begin(), here.end());
    }

    // The same file named twice (a folder given twice, a link to a file inside
    // the workspace) is read once, at its first place.
    {
        std::set<std::string> seen;
        std::vector<std::string> unique;
        for (const auto& path : found) {
            std::error_code ec;
            std::string key = fs::weakly_canonical(path, ec).string();
            if (seen.insert(ec ? path : key).second) unique.push_back(path);
        }
        found = std::move(unique);
    }
    return {std::move(found), std::move(problems)};
}

}  // namespace scmplan

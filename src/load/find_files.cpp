// Discovery of the YAML files under the paths given: the walk over folders,
// with its rules for hidden entries, links and special files.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "scmplan/file_reader.hpp"
#include "scmplan/load.hpp"

namespace scmplan {

namespace fs = std::filesystem;  // paths only: the file system is asked through the FileReader

namespace {

bool is_yaml(const std::string& p) {
    auto e = fs::path(p).extension().string();
    return e == ".yaml" || e == ".yml";
}

bool hidden(const std::string& p) {
    auto n = fs::path(p).filename().string();
    return n.size() > 1 && n[0] == '.' && n != "..";
}

/// Collects the YAML files under `dir`, reporting every folder that cannot be
/// read, every broken link and every link that leaves the workspace: nothing
/// is skipped silently. Links inside the workspace to a folder are not
/// followed (its files are found at their own place); links to a file are.
template <class Problem>
void walk(const FileReader& reader, const std::string& dir, const fs::path& canon_root,
          std::vector<std::string>& here, Problem& io_problem, int depth = 0) {
    if (depth > 64) {
        io_problem(dir, "folders nested deeper than 64 levels");
        return;
    }
    const FolderListing listing = reader.list(dir);
    if (listing.error) {
        io_problem(dir, fmt::format("cannot read folder: {}", *listing.error), "check that it exists and is readable");
        return;
    }
    for (const auto& entry : listing.entries) {
        // "./a.yaml" under the folder ".": named as shown_path names it, "a.yaml".
        const std::string p = dir == "." ? fs::path(entry.path).lexically_normal().generic_string() : entry.path;
        if (hidden(p)) continue;
        const PathStatus& st = entry.status;
        if (entry.link) {
            if (st.kind == PathKind::loop || st.kind == PathKind::missing || st.kind == PathKind::unreadable) {
                if (!is_yaml(p)) continue;
                if (st.kind == PathKind::loop)
                    io_problem(p, "symbolic link loop: following it leads back to a link", "point the link at a file");
                else if (st.kind == PathKind::missing)
                    io_problem(p, "broken symbolic link: its target does not exist");
                else
                    io_problem(p, fmt::format("cannot follow symbolic link: {}", st.what));
                continue;
            }
            const auto target = reader.canonical(p);
            auto rel = target ? fs::path(*target).lexically_relative(canon_root).generic_string() : std::string();
            if (rel.empty() || rel.starts_with("..")) {
                if (is_yaml(p) || st.kind == PathKind::folder)
                    io_problem(p, "symbolic link leads outside the workspace", "copy the file into the workspace instead");
                continue;
            }
            if (!is_yaml(p) || st.kind == PathKind::folder) continue;  // folders: found at their own place
            if (st.kind == PathKind::file) here.push_back(p);
            else io_problem(p, fmt::format("symbolic link to {}, not to a regular file", st.what));
            continue;
        }
        if (st.kind == PathKind::folder) walk(reader, p, canon_root, here, io_problem, depth + 1);
        else if (!is_yaml(p)) continue;
        else if (st.kind == PathKind::file) here.push_back(p);
        // Never opened: a FIFO would block, a device might never end.
        else io_problem(p, fmt::format("{}, not a regular file", st.what), "only regular files are read");
    }
}

}  // namespace

/// The folder of the workspace file; without one, the first folder given (or
/// the folder of the first file given).
std::string workspace_root(const Model& m, const std::vector<std::string>& paths, const FileReader& reader) {
    if (m.workspace && m.workspace->loc.file < m.files.size()) {
        std::string dir = fs::path(m.files[m.workspace->loc.file]).parent_path().generic_string();
        return dir.empty() ? "." : dir;
    }
    for (const auto& given : paths) {
        if (reader.is_folder(given)) return given;
        if (reader.is_file(given)) {
            std::string dir = fs::path(given).parent_path().generic_string();
            return dir.empty() ? "." : dir;
        }
    }
    return {};
}

FoundFiles find_files(const std::vector<std::string>& paths, const FileReader& reader) {
    std::vector<std::string> found;
    Diagnostics problems;
    auto io_problem = [&](const std::string& file, std::string message, std::string hint = {}) {
        Diagnostic diag;
        diag.code = DiagCode::E001;
        diag.message = std::move(message);
        diag.hint = std::move(hint);
        problems.add(std::move(diag), file);
    };
    for (const auto& given : paths) {
        const PathStatus status = reader.status(given);
        const PathKind kind = status.kind;
        if (kind == PathKind::file) {
            found.push_back(fs::path(given).generic_string());
            continue;
        }
        if (kind == PathKind::special) {  // a FIFO or device would block or never end
            io_problem(given, "not a regular file or folder");
            continue;
        }
        if (kind == PathKind::loop) {  // ELOOP: the path exists, it leads back to itself
            io_problem(given, "symbolic link loop: following it leads back to a link", "point the link at a file or folder");
            continue;
        }
        if (kind == PathKind::unreadable) {
            io_problem(given, fmt::format("cannot read: {}", status.what), "check that it exists and is readable");
            continue;
        }
        if (kind != PathKind::folder) {
            io_problem(given, "no such file or folder");
            continue;
        }
        const fs::path canon_root = reader.canonical(given).value_or(std::string());
        std::vector<std::string> here;
        walk(reader, fs::path(given).generic_string(), canon_root, here, io_problem);
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
            if (seen.insert(reader.canonical(path).value_or(path)).second) unique.push_back(path);
        }
        found = std::move(unique);
    }
    return {std::move(found), std::move(problems)};
}

}  // namespace scmplan

// Several workspaces in one run: which files belong to which workspace.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "scmplan/load.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

bool is_workspace_file(const std::string& path) {
    auto name = fs::path(path).filename().string();
    return name == "scmplan.yaml" || name == "scmplan.yml";
}

std::string folder_of(const std::string& path) {
    std::string f = fs::path(path).parent_path().lexically_normal().generic_string();
    if (f.empty()) return ".";
    if (f.size() > 1 && f.back() == '/') f.pop_back();
    return f;
}

/// The nearest folder of `roots` that holds `file` (the folder itself or an
/// ancestor), or "" when none does. Walks up the file's folders: O(depth · log n).
std::string root_of(const std::string& file, const std::set<std::string>& roots) {
    fs::path dir = fs::path(folder_of(file));
    for (;;) {
        std::string d = dir.generic_string();
        if (d.empty()) d = ".";
        if (roots.count(d)) return d;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return roots.count(".") ? "." : "";
        dir = dir.parent_path();
    }
}

/// Names the workspace of a result and of its plans.
void name_plans(LoadResult& r, const std::string& root, const FileReader& reader) {
    r.model.workspace_root = root;
    r.model.root = workspace_root(r.model, {root}, reader);
    for (Plan& p : r.model.plans) p.workspace = root;
}

std::string first_path(const std::vector<std::string>& paths) {
    if (paths.empty()) return ".";
    std::string p = fs::path(paths.front()).lexically_normal().generic_string();
    if (p.size() > 1 && p.back() == '/') p.pop_back();
    return p.empty() ? "." : p;
}

}  // namespace

std::vector<LoadResult> load_workspaces(const std::vector<std::string>& paths, const FileReader& reader,
                                        const YamlLimits& limits, KeptFiles* keep) {
    FoundFiles found = find_files(paths, reader);
    std::set<std::string> roots;
    for (const auto& f : found.files)
        if (is_workspace_file(f)) roots.insert(folder_of(f));
    std::vector<LoadResult> out;
    out.reserve(roots.size() + 1);  // no move after name_plans
    if (roots.size() <= 1) {
        std::string root = roots.empty() ? first_path(paths) : *roots.begin();
        out.push_back(load_files(std::move(found), reader, limits, keep));
        name_plans(out.back(), root, reader);
        return out;
    }
    std::map<std::string, FoundFiles> groups;  // by root; "" = outside every workspace
    for (auto& f : found.files) groups[root_of(f, roots)].files.push_back(std::move(f));
    groups.begin()->second.problems = std::move(found.problems);
    for (auto& [root, group] : groups) {
        out.push_back(load_files(std::move(group), reader, limits, keep));
        name_plans(out.back(), root.empty() ? first_path(paths) : root, reader);
    }
    return out;
}

}  // namespace scmplan

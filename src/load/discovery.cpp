#include "scmplan/discovery.hpp"

#include <filesystem>

#include "rules_place.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/load.hpp"
#include "scmplan/shown_path.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

/// The file system of one discovery, asked with std::filesystem paths.
struct Files {
    const FileReader& reader;
    bool is_file(const fs::path& p) const { return reader.is_file(p.generic_string()); }
    bool is_folder(const fs::path& p) const { return reader.is_folder(p.generic_string()); }
};

/// `p` made absolute and normal, without a trailing separator.
fs::path absolute_normal(const fs::path& p, const fs::path& cwd) {
    fs::path a = (p.is_absolute() ? p : cwd / p).lexically_normal();
    if (!a.has_filename() && a.has_parent_path() && a != a.root_path()) a = a.parent_path();
    return a;
}

/// A path as it is loaded and shown (shown_path): relative below the current
/// folder, absolute elsewhere.
std::string shown(const fs::path& p, const fs::path& cwd) { return shown_path(p.generic_string(), cwd.generic_string()); }

/// The nearest folder, from `from` upwards, that holds scmplan.yaml.
std::optional<fs::path> workspace_at_or_above(const Files& files, fs::path from) {
    for (;;) {
        if (files.is_file(from / workspace_file_name)) return from;
        fs::path up = from.parent_path();
        if (up == from || up.empty()) return std::nullopt;
        from = up;
    }
}

void add(std::vector<std::string>& paths, std::string p) {
    for (const auto& q : paths)
        if (q == p) return;
    paths.push_back(std::move(p));
}

/// Adds the workspace file of the folder `ws` and the rules file it names,
/// when that file lies inside the workspace (load::place_rules_file): a path
/// that leads out of it is never opened; the loader says why it is refused.
void add_workspace_file(const Files& files, std::vector<std::string>& paths, const fs::path& ws,
                        const fs::path& cwd) {
    add(paths, shown(ws / workspace_file_name, cwd));
    if (auto rules = workspace_rules_value((ws / workspace_file_name).generic_string(), files.reader)) {
        auto target = load::place_rules_file((ws / workspace_file_name).generic_string(), *rules, &files.reader);
        if (target.place != load::RulesPlace::inside) return;
        fs::path r = absolute_normal(target.path, cwd);
        if (files.is_file(r)) add(paths, shown(r, cwd));
    }
}

/// One command-line PATH: itself, or the plan folder it lies in, plus the
/// workspace file above it. Returns the folder of that workspace file, if any.
std::optional<fs::path> resolve_one(const Files& files, const std::string& given, const fs::path& cwd,
                                    std::vector<std::string>& paths) {
    const fs::path abs = absolute_normal(given, cwd);
    const bool folder = files.is_folder(abs);
    if (!folder && !files.is_file(abs)) {  // missing, or a special file: the loader says so
        add(paths, shown(given, cwd));
        return std::nullopt;
    }
    if (folder && files.is_file(abs / workspace_file_name)) {  // the PATH is a workspace
        add(paths, shown(given, cwd));
        return std::nullopt;
    }
    auto ws = workspace_at_or_above(files, abs.parent_path());
    if (!ws) {
        add(paths, shown(given, cwd));
        return std::nullopt;
    }
    // The plan folder the PATH lies in, between the PATH and the workspace,
    // the workspace's own folder included (a plan.yaml beside scmplan.yaml).
    fs::path load = abs;
    for (fs::path q = folder ? abs : abs.parent_path(); q.has_relative_path(); q = q.parent_path()) {
        if (files.is_file(q / "plan.yaml")) {
            load = q;
            break;
        }
        if (q == *ws) break;
    }
    add(paths, shown(load, cwd));
    add_workspace_file(files, paths, *ws, cwd);
    return ws;
}

}  // namespace

Discovery discover_paths(const std::vector<std::string>& given, const std::string& cwd_text,
                         const std::string& env_workspace, const FileReader& reader) {
    const Files files{reader};
    const fs::path cwd = fs::path(cwd_text).lexically_normal();
    Discovery out;
    if (!cwd.is_absolute()) {  // the current folder is unknown (removed): no search
        out.paths = given.empty() ? std::vector<std::string>{"plans"} : given;
        return out;
    }
    if (!given.empty()) {
        std::optional<fs::path> first_ws;
        for (const auto& p : given) {
            auto ws = resolve_one(files, p, cwd, out.paths);
            if (ws && !first_ws) first_ws = ws;
        }
        if (first_ws) {
            out.origin = WorkspaceOrigin::above_path;
            out.workspace_file = shown(*first_ws / workspace_file_name, cwd);
        }
        return out;
    }
    if (!env_workspace.empty()) {
        auto ws = resolve_one(files, env_workspace, cwd, out.paths);
        out.origin = WorkspaceOrigin::environment;
        fs::path abs = absolute_normal(env_workspace, cwd);
        if (ws) out.workspace_file = shown(*ws / workspace_file_name, cwd);
        else if (files.is_file(abs / workspace_file_name)) out.workspace_file = shown(abs / workspace_file_name, cwd);
        else if (files.is_file(abs) && abs.filename() == workspace_file_name) out.workspace_file = shown(abs, cwd);
        return out;
    }
    if (auto ws = workspace_at_or_above(files, cwd)) {
        out.origin = WorkspaceOrigin::ancestor;
        out.paths.push_back(shown(*ws, cwd));
        out.workspace_file = shown(*ws / workspace_file_name, cwd);
        add_workspace_file(files, out.paths, *ws, cwd);  // its rules file, when not found by the walk
        return out;
    }
    out.origin = WorkspaceOrigin::plans;
    out.paths.push_back("plans");
    if (files.is_file(cwd / "plans" / workspace_file_name)) out.workspace_file = "plans/scmplan.yaml";
    return out;
}

}  // namespace scmplan

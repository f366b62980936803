#include "scmplan/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kinds.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kinds = {"workspace", "rules", "plan", "activity", "risk"};

struct Loaded {
    std::vector<std::pair<Rules, std::string>> rules;  ///< with their paths
    std::vector<Loc> workspace_locs;
};

/// Checks the `scmplan: 1` / `kind:` header; returns the kind or "".
std::string read_header(load::Fields& f, Diagnostics& d) {
    const YNode& root = f.node();
    std::string kind;
    bool version_ok = false;
    const YNode* version = f.take("scmplan");
    const YNode* k = f.take("kind");
    if (!version) {
        d.error(root.loc, "E010", "not a scmplan file: 'scmplan: 1' is missing",
                "every file starts with 'scmplan: 1' and 'kind: plan|activity|risk|workspace|rules'");
    } else if (version->is_scalar() && !version->quoted && version->text == "1") {
        version_ok = true;
    } else {
        d.error(version->loc, "E010",
                fmt::format("unsupported format version {}: this scmplan reads version 1", describe(*version)));
    }
    if (!k) {
        if (version) d.error(root.loc, "E010", "'kind' is missing", "kind: plan|activity|risk|workspace|rules");
        return "";
    }
    if (k->is_scalar() && std::find(kinds.begin(), kinds.end(), k->text) != kinds.end()) {
        kind = k->text;
    } else {
        std::string near = k->is_scalar() ? closest_match(k->text, kinds) : "";
        d.error(k->loc, "E010", fmt::format("unknown kind {}", describe(*k)),
                near.empty() ? "kind is one of workspace, rules, plan, activity, risk"
                             : fmt::format("did you mean '{}'?", near));
    }
    return version_ok ? kind : "";
}

void load_one(const YNode& root, std::uint32_t file, const std::string& path, Model& m, Loaded& l,
              Diagnostics& d) {
    if (root.is_null() && root.loc.line == 0) return;  // parse failed; already reported
    if (!root.is_map()) {
        d.error(root.loc.line ? root.loc : Loc{file, 1, 1}, "E010",
                fmt::format("the top level must be a mapping, not {}", describe(root)),
                "a scmplan file starts with 'scmplan: 1' and 'kind: …'");
        return;
    }
    load::Fields f(root, d, "file");
    std::string kind = read_header(f, d);
    if (kind.empty()) return;  // unknown kind: its keys cannot be checked
    if (kind == "workspace") {
        load::Fields wf(root, d, "workspace");
        wf.take("scmplan");
        wf.take("kind");
        auto w = load::read_workspace(wf, d);
        l.workspace_locs.push_back(root.loc);
        if (!m.workspace) m.workspace = std::move(w);
        else d.error(root.loc, "E020", "a second workspace file", "keep one scmplan.yaml per workspace");
    } else if (kind == "rules") {
        load::Fields rf(root, d, "rules");
        rf.take("scmplan");
        rf.take("kind");
        Rules r = load::read_rules(rf, d);
        r.source = path;
        l.rules.push_back({std::move(r), path});
    } else if (kind == "plan") {
        load::Fields pf(root, d, "plan");
        pf.take("scmplan");
        pf.take("kind");
        m.plans.push_back(load::read_plan(pf, d));
    } else if (kind == "activity") {
        load::Fields af(root, d, "activity");
        af.take("scmplan");
        af.take("kind");
        m.activities.push_back(load::read_activity(af, d));
    } else if (kind == "risk") {
        load::Fields rf(root, d, "risk");
        rf.take("scmplan");
        rf.take("kind");
        m.risks.push_back(load::read_risk(rf, d));
    }
}

Rules load_builtin_rules() {
    std::vector<std::string> files = {"<built-in rules>"};
    Diagnostics d(&files);
    YNode root = parse_yaml(builtin_rules_yaml(), 0, d);
    load::Fields f(root, d, "rules");
    f.take("scmplan");
    f.take("kind");
    Rules r = load::read_rules(f, d);
    r.source = "<built-in>";
    r.loc = Loc{};
    return r;
}

std::string normal(const std::string& p) { return fs::path(p).lexically_normal().generic_string(); }

void choose_rules(Model& m, Loaded& l, Diagnostics& d) {
    if (m.workspace && m.workspace->rules_path) {
        const auto& rp = *m.workspace->rules_path;
        fs::path base = fs::path(m.files[rp.loc.file]).parent_path();
        std::string wanted = normal((base / rp.value).generic_string());
        for (auto& [r, path] : l.rules)
            if (normal(path) == wanted) {
                m.rules = r;
                return;
            }
        d.error(rp.loc, "E021", fmt::format("rules file '{}' is not among the loaded files", rp.value),
                "the path is relative to the workspace file and must name a 'kind: rules' file");
        m.rules = load_builtin_rules();
        return;
    }
    if (l.rules.size() > 1) {
        for (std::size_t i = 1; i < l.rules.size(); ++i)
            d.error(l.rules[i].first.loc, "E020", "more than one rules file and none named by the workspace",
                    "name the one to use with 'rules:' in scmplan.yaml");
    }
    m.rules = l.rules.empty() ? load_builtin_rules() : l.rules.front().first;
}

/// A rules file may leave out `risk:`; its bands and threshold are then the built-in ones.
void fill_rule_defaults(Rules& r) {
    if (!r.bands.empty() || r.source == "<built-in>") return;
    Rules builtin = load_builtin_rules();
    r.bands = builtin.bands;
}

}  // namespace

LoadResult load_sources(std::vector<Source> sources, const YamlLimits& limits) {
    LoadResult result;
    Model& m = result.model;
    for (const auto& s : sources) m.files.push_back(s.path);
    result.diags.set_files(&m.files);
    Loaded l;
    for (std::uint32_t i = 0; i < sources.size(); ++i) {
        YNode root = parse_yaml(sources[i].text, i, result.diags, limits);
        load_one(root, i, sources[i].path, m, l, result.diags);
    }
    choose_rules(m, l, result.diags);
    fill_rule_defaults(m.rules);
    auto by_plan_id = [](const auto& a, const auto& b) {
        return std::tie(a.plan.value, a.id.value) < std::tie(b.plan.value, b.id.value);
    };
    std::stable_sort(m.activities.begin(), m.activities.end(), by_plan_id);
    std::stable_sort(m.risks.begin(), m.risks.end(), by_plan_id);
    std::stable_sort(m.plans.begin(), m.plans.end(),
                     [](const Plan& a, const Plan& b) { return a.id.value < b.id.value; });
    return result;
}

namespace {

bool is_yaml(const fs::path& p) {
    auto e = p.extension().string();
    return e == ".yaml" || e == ".yml";
}

bool hidden(const fs::path& p) {
    auto n = p.filename().string();
    return n.size() > 1 && n[0] == '.' && n != "..";
}

}  // namespace

LoadResult load_paths(const std::vector<std::string>& paths, const YamlLimits& limits) {
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
        if (!fs::is_directory(st)) {
            found.push_back(root.generic_string());
            continue;
        }
        fs::path canon_root = fs::weakly_canonical(root, ec);
        std::vector<std::string> here;
        fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
        if (ec) {
            io_problem(given, fmt::format("cannot read folder: {}", ec.message()));
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                io_problem(it->path().generic_string(), fmt::format("cannot read folder: {}", ec.message()));
                ec.clear();
                continue;
            }
            const fs::path& p = it->path();
            if (hidden(p)) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_symlink(ec)) {
                fs::path target = fs::weakly_canonical(p, ec);
                auto rel = target.lexically_relative(canon_root).generic_string();
                if (ec || rel.empty() || rel.starts_with("..")) {
                    if (is_yaml(p) || fs::is_directory(p, ec))
                        io_problem(p.generic_string(), "symbolic link leads outside the workspace",
                                   "copy the file into the workspace instead");
                    continue;
                }
            }
            if (it->is_regular_file(ec) && is_yaml(p)) here.push_back(p.generic_string());
        }
        std::sort(here.begin(), here.end());
        if (here.empty()) io_problem(given, "no .yaml or .yml files found");
        found.insert(found.end(), here.begin(), here.end());
    }

    std::vector<Source> sources;
    for (const auto& path : found) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        if (in) text << in.rdbuf();
        if (!in || in.bad()) {
            io_problem(path, "cannot read file", "check that it exists and is readable");
            continue;
        }
        sources.push_back({path, text.str()});
    }
    LoadResult result = load_sources(std::move(sources), limits);
    result.io_error = !problems.empty();
    for (auto& p : problems) result.diags.add(std::move(p));
    return result;
}

}  // namespace scmplan

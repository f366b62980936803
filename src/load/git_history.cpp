// read_done_history with libgit2: one walk over the commits, oldest first; each
// version of an activity file is parsed (yaml_tree) once, when its blob changes.
#include "scmplan/git_history.hpp"

#include <git2.h>

#include <filesystem>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "scmplan/date_text.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan {

namespace {

namespace fs = std::filesystem;

template <class T, void (*Free)(T*)>
struct Owned {
    T* p = nullptr;
    ~Owned() { if (p) Free(p); }
};

std::string last_git_error() {
    const git_error* e = git_error_last();
    return e && e->message ? e->message : "unknown libgit2 error";
}

/// step id → done text of one version of an activity file.
std::map<std::string, std::string> done_dates(std::string_view text) {
    std::map<std::string, std::string> out;
    Diagnostics ignored;
    YNode root = parse_yaml(text, 0, ignored);
    const YNode* steps = root.find("steps");
    if (!steps || !steps->is_seq()) return out;
    for (const YNode& s : steps->items) {
        const YNode* id = s.find("id");
        const YNode* done = s.find("done");
        if (id && id->is_scalar() && done && done->is_scalar()) out[id->text] = done->text;
    }
    return out;
}

struct Tracked {
    std::uint32_t file;
    std::string rel;  ///< path inside the repository
    git_oid last{};
    bool seen = false;
    std::map<std::string, DoneRecord> steps;
};

}  // namespace

std::optional<std::vector<DoneRecord>> read_done_history(const Model& m, std::string& error) {
    git_libgit2_init();
    struct Shutdown {
        ~Shutdown() { git_libgit2_shutdown(); }
    } shutdown;
    Owned<git_repository, git_repository_free> repo;
    std::string start = m.root.empty() ? "." : m.root;
    if (git_repository_open_ext(&repo.p, start.c_str(), 0, nullptr) != 0) {
        error = fmt::format("{} is not inside a git repository", start);
        return std::nullopt;
    }
    const char* workdir = git_repository_workdir(repo.p);
    if (!workdir) {
        error = "the repository has no working tree (a bare repository)";
        return std::nullopt;
    }
    std::error_code ec;
    fs::path top = fs::weakly_canonical(workdir, ec);
    std::vector<Tracked> files;
    for (const Activity& a : m.activities) {
        if (a.loc.file >= m.files.size()) continue;
        fs::path rel = fs::weakly_canonical(m.files[a.loc.file], ec).lexically_relative(top);
        if (ec || rel.empty() || *rel.begin() == "..") continue;
        files.push_back({a.loc.file, rel.generic_string(), {}, false, {}});
    }
    std::vector<DoneRecord> out;
    Owned<git_revwalk, git_revwalk_free> walk;
    if (git_revwalk_new(&walk.p, repo.p) != 0) {
        error = last_git_error();
        return std::nullopt;
    }
    git_revwalk_sorting(walk.p, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE);
    if (git_revwalk_push_head(walk.p) != 0) return out;  // no commits yet: nothing recorded
    git_oid oid;
    while (git_revwalk_next(&oid, walk.p) == 0) {
        Owned<git_commit, git_commit_free> commit;
        Owned<git_tree, git_tree_free> tree;
        if (git_commit_lookup(&commit.p, repo.p, &oid) != 0 || git_commit_tree(&tree.p, commit.p) != 0) {
            error = last_git_error();
            return std::nullopt;
        }
        std::int64_t local = static_cast<std::int64_t>(git_commit_time(commit.p)) +
                             static_cast<std::int64_t>(git_commit_time_offset(commit.p)) * 60;
        Date day{static_cast<std::int32_t>(local >= 0 ? local / 86400 : (local - 86399) / 86400)};
        char id[8] = {};
        git_oid_tostr(id, sizeof id, &oid);
        for (Tracked& t : files) {
            Owned<git_tree_entry, git_tree_entry_free> entry;
            if (git_tree_entry_bypath(&entry.p, tree.p, t.rel.c_str()) != 0) {
                if (t.seen) t.steps.clear();  // the file was removed: what it recorded is gone
                t.seen = false;
                continue;
            }
            const git_oid* blob_id = git_tree_entry_id(entry.p);
            if (t.seen && git_oid_equal(blob_id, &t.last)) continue;
            t.seen = true;
            t.last = *blob_id;
            Owned<git_blob, git_blob_free> blob;
            if (git_blob_lookup(&blob.p, repo.p, blob_id) != 0) continue;
            std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.p)),
                                  static_cast<std::size_t>(git_blob_rawsize(blob.p)));
            auto dates = done_dates(text);
            for (auto it = t.steps.begin(); it != t.steps.end();)
                it = dates.count(it->first) ? std::next(it) : t.steps.erase(it);
            for (const auto& [step, written] : dates) {
                DateParse p = parse_date(written);
                if (!p.date) continue;
                auto found = t.steps.find(step);
                if (found != t.steps.end() && found->second.done == *p.date) continue;
                t.steps[step] = DoneRecord{t.file, step, *p.date, day, id};
            }
        }
    }
    for (const Tracked& t : files)
        for (const auto& [step, r] : t.steps) out.push_back(r);
    return out;
}

}  // namespace scmplan

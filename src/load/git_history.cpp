// read_done_history with libgit2. The cost is proportional to the commits and
// the changes they make, never commits × files:
//   1. the commits reachable from HEAD are read once each (a parent that is not
//      in the repository — a shallow clone's boundary — ends the history there);
//   2. in order, oldest first and every commit after its parents, each commit's
//      tree is compared with the previous one's, level by level, folders whose
//      id did not change skipped; where YAML files were both added and removed,
//      libgit2's rename detection (git_diff_find_similar) pairs them. That gives
//      every path the list of its versions, a renamed file's moving with it;
//   3. only the version lists of the workspace's activity files are read, each
//      version parsed (yaml_tree) once.
#include "scmplan/git_history.hpp"

#include <git2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <queue>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "scmplan/date_text.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan {

namespace {

namespace fs = std::filesystem;

template <class T, void (*Free)(T*)>
struct Owned {
    T* p = nullptr;
    Owned() = default;
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    ~Owned() { if (p) Free(p); }
};

std::string last_git_error() {
    const git_error* e = git_error_last();
    return e && e->message ? e->message : "unknown libgit2 error";
}

std::string short_id(const git_oid& id) {
    char text[8] = {};
    git_oid_tostr(text, sizeof text, &id);
    return text;
}

/// Why an object could not be looked up: missing, or there but not readable
/// (a commit libgit2 cannot parse). Call right after the failed lookup.
std::string why_unreadable(git_repository* repo, const git_oid& id) {
    const std::string error = last_git_error();
    Owned<git_odb, git_odb_free> odb;
    if (git_repository_odb(&odb.p, repo) == 0 && git_odb_exists(odb.p, &id) == 1)
        return "which is there but cannot be read (" + error + ")";
    return "which is not in the repository";
}

struct OidLess {
    bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_cmp(&a, &b) < 0; }
};

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

/// The day of a commit in its committer's time zone, when it is a date scmplan
/// reads (parse_date's years: the range has one home, date_text.cpp). Bounds
/// are checked before any arithmetic: 2⁶³−1 seconds or an offset of any size
/// cannot overflow.
std::optional<Date> commit_day(std::int64_t time, std::int64_t offset_minutes) {
    constexpr std::int64_t day = 86400;
    constexpr std::int64_t ten_thousand_years = 10000LL * 366 * day;
    if (time < -ten_thousand_years || time > ten_thousand_years) return std::nullopt;
    if (offset_minutes < -100 * 60 || offset_minutes > 100 * 60) return std::nullopt;  // git writes ±HHMM
    const std::int64_t local = time + offset_minutes * 60;
    const Date d{static_cast<std::int32_t>(local >= 0 ? local / day : -((-local + day - 1) / day))};
    if (!parse_date(format_iso(d)).date) return std::nullopt;
    return d;
}

struct Commit {
    git_oid id{};
    git_oid tree{};
    std::int64_t time = 0;
    int offset = 0;  ///< minutes east of UTC
    std::vector<git_oid> parent_ids;
    std::vector<std::size_t> parents;  ///< those in the repository, as indices
    bool cut = false;                  ///< a parent is not in the repository
    std::optional<Date> day;

    std::string describe() const {
        return day ? fmt::format("{} of {}", short_id(id), format_iso(*day)) : short_id(id);
    }
};

/// The commits reachable from `head`, each read once, in an order where every
/// commit comes after its parents and, among those free to go next, the one
/// with the earliest commit time first.
struct Graph {
    std::vector<Commit> commits;
    std::vector<std::size_t> order;
};

bool read_commit(git_repository* repo, const git_oid& id, Commit& out) {
    Owned<git_commit, git_commit_free> c;
    if (git_commit_lookup(&c.p, repo, &id) != 0) return false;
    out.id = id;
    out.tree = *git_commit_tree_id(c.p);
    out.time = static_cast<std::int64_t>(git_commit_time(c.p));
    out.offset = git_commit_time_offset(c.p);
    out.day = commit_day(out.time, out.offset);
    for (unsigned i = 0, n = git_commit_parentcount(c.p); i < n; ++i)
        if (const git_oid* p = git_commit_parent_id(c.p, i)) out.parent_ids.push_back(*p);
    return true;
}

/// The commits a shallow clone lists in .git/shallow: their parents were not
/// fetched. (libgit2 1.5 still names those parents, which are then missing;
/// later versions hide them. Either way such a commit is where history stops.)
std::set<std::string> shallow_commits(git_repository* repo) {
    std::set<std::string> out;
    std::ifstream in(fs::path(git_repository_commondir(repo)) / "shallow");  // shared by worktrees
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.insert(line);
    return out;
}

Graph read_graph(git_repository* repo, const git_oid& head, const std::set<std::string>& shallow) {
    Graph g;
    std::map<git_oid, std::size_t, OidLess> index;
    std::vector<std::size_t> todo;
    g.commits.emplace_back();
    read_commit(repo, head, g.commits.back());  // the caller has looked it up
    index.emplace(head, 0);
    todo.push_back(0);
    while (!todo.empty()) {
        std::size_t at = todo.back();
        todo.pop_back();
        if (!shallow.empty()) {
            char hex[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(hex, sizeof hex, &g.commits[at].id);
            if (shallow.count(hex)) g.commits[at].cut = true;
        }
        std::vector<git_oid> ids = std::move(g.commits[at].parent_ids);
        for (const git_oid& p : ids) {
            auto found = index.find(p);
            std::size_t pi;
            if (found != index.end()) {
                pi = found->second;
            } else {
                Commit c;
                if (!read_commit(repo, p, c)) {
                    g.commits[at].cut = true;
                    continue;
                }
                pi = g.commits.size();
                g.commits.push_back(std::move(c));
                index.emplace(p, pi);
                todo.push_back(pi);
            }
            auto& ps = g.commits[at].parents;
            if (std::find(ps.begin(), ps.end(), pi) == ps.end()) ps.push_back(pi);
        }
    }
    // Kahn's order, the oldest free commit first.
    std::vector<std::vector<std::size_t>> children(g.commits.size());
    std::vector<std::size_t> waiting(g.commits.size());
    for (std::size_t i = 0; i < g.commits.size(); ++i) {
        waiting[i] = g.commits[i].parents.size();
        for (std::size_t p : g.commits[i].parents) children[p].push_back(i);
    }
    using Key = std::pair<std::int64_t, std::size_t>;
    std::priority_queue<Key, std::vector<Key>, std::greater<>> free;
    for (std::size_t i = 0; i < g.commits.size(); ++i)
        if (!waiting[i]) free.emplace(g.commits[i].time, i);
    while (!free.empty()) {
        std::size_t i = free.top().second;
        free.pop();
        g.order.push_back(i);
        for (std::size_t c : children[i])
            if (--waiting[c] == 0) free.emplace(g.commits[c].time, c);
    }
    return g;
}

/// One version of a path: its blob as of a commit, or its removal.
struct Version {
    git_oid blob{};
    std::size_t commit = 0;  ///< index into Graph::commits
    bool present = true;
};
using Versions = std::vector<Version>;

bool is_file(git_filemode_t m) {
    return m == GIT_FILEMODE_BLOB || m == GIT_FILEMODE_BLOB_EXECUTABLE || m == GIT_FILEMODE_LINK;
}

bool is_yaml(std::string_view name) {
    return name.ends_with(".yaml") || name.ends_with(".yml");  // the files discovery reads (find_files.cpp)
}

void add_version(Versions& v, const git_oid& blob, std::size_t commit) {
    if (!v.empty() && v.back().present && git_oid_equal(&v.back().blob, &blob)) return;
    v.push_back({blob, commit, true});
}

void add_removal(Versions& v, std::size_t commit) {
    if (!v.empty() && v.back().present) v.push_back({{}, commit, false});
}

/// A YAML file that differs between two trees: there before, there after (with
/// its new blob), or both.
struct Change {
    std::string path;
    bool before = false;
    bool after = false;
    git_oid blob{};
};

constexpr int max_tree_depth = 256;

/// The YAML files that differ between trees `a` and `b` (either may be null,
/// the empty tree), below `prefix`. Both trees list their entries in git's
/// order, so one pass over each compares them; an entry with the same id on
/// both sides (a folder that did not change) is skipped without reading it.
bool changed_files(git_repository* repo, const git_tree* a, const git_tree* b, const std::string& prefix, int depth,
                   std::vector<Change>& out, std::string& why) {
    if (depth > max_tree_depth) {
        why = fmt::format("folders nested deeper than {} levels", max_tree_depth);
        return false;
    }
    const std::size_t na = a ? git_tree_entrycount(a) : 0;
    const std::size_t nb = b ? git_tree_entrycount(b) : 0;
    std::size_t i = 0, j = 0;
    while (i < na || j < nb) {
        const git_tree_entry* ea = i < na ? git_tree_entry_byindex(a, i) : nullptr;
        const git_tree_entry* eb = j < nb ? git_tree_entry_byindex(b, j) : nullptr;
        const int c = !ea ? 1 : !eb ? -1 : git_tree_entry_cmp(ea, eb);
        if (c <= 0) ++i;
        if (c >= 0) ++j;
        if (c == 0 && git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb))) continue;
        const git_tree_entry* old = c <= 0 ? ea : nullptr;
        const git_tree_entry* neu = c >= 0 ? eb : nullptr;
        const std::string path = prefix + git_tree_entry_name(old ? old : neu);
        Owned<git_tree, git_tree_free> old_tree, new_tree;
        const bool old_dir = old && git_tree_entry_type(old) == GIT_OBJECT_TREE;
        const bool new_dir = neu && git_tree_entry_type(neu) == GIT_OBJECT_TREE;
        if ((old_dir && git_tree_lookup(&old_tree.p, repo, git_tree_entry_id(old)) != 0) ||
            (new_dir && git_tree_lookup(&new_tree.p, repo, git_tree_entry_id(neu)) != 0)) {
            why = fmt::format("a folder ({}) is not in the repository", short_id(*git_tree_entry_id(old_dir ? old : neu)));
            return false;
        }
        if ((old_dir || new_dir) && !changed_files(repo, old_tree.p, new_tree.p, path + "/", depth + 1, out, why))
            return false;
        if (!is_yaml(path)) continue;
        Change ch{path, old && is_file(git_tree_entry_filemode(old)), neu && is_file(git_tree_entry_filemode(neu)), {}};
        if (ch.after) ch.blob = *git_tree_entry_id(neu);
        if (ch.before || ch.after) out.push_back(std::move(ch));
    }
    return true;
}

/// old path → new path of the files renamed among `changes` (libgit2's
/// rename detection, as `git log --follow`: the same content, or similar
/// enough, removed under one name and added under another).
bool find_renames(git_repository* repo, git_tree* before, git_tree* after, const std::vector<Change>& changes,
                  std::vector<std::pair<std::string, std::string>>& renames) {
    std::vector<char*> specs;
    for (const Change& c : changes)
        if (c.before != c.after) specs.push_back(const_cast<char*>(c.path.c_str()));
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.pathspec = {specs.data(), specs.size()};
    opts.flags = GIT_DIFF_SKIP_BINARY_CHECK | GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    Owned<git_diff, git_diff_free> diff;
    if (git_diff_tree_to_tree(&diff.p, repo, before, after, &opts) != 0) return false;
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.p, &find) != 0) return false;
    for (std::size_t i = 0, n = git_diff_num_deltas(diff.p); i < n; ++i) {
        const git_diff_delta* d = git_diff_get_delta(diff.p, i);
        if (d->status == GIT_DELTA_RENAMED) renames.emplace_back(d->old_file.path, d->new_file.path);
    }
    return true;
}

/// Adds to `paths` what one commit changed against the previous tree: new
/// versions, removals, and renames (the versions move to the new path).
bool apply_commit(git_repository* repo, git_tree* before, git_tree* after, std::size_t commit,
                  std::unordered_map<std::string, Versions>& paths, std::string& why) {
    std::vector<Change> changes;
    if (!changed_files(repo, before, after, "", 0, changes, why)) return false;
    bool added = false, removed = false;
    for (const Change& c : changes) {
        added = added || (c.after && !c.before);
        removed = removed || (c.before && !c.after);
    }
    std::vector<std::pair<std::string, std::string>> renames;
    if (added && removed && !find_renames(repo, before, after, changes, renames)) {
        why = "renamed files cannot be found (" + last_git_error() + ")";
        return false;
    }
    // Sources of renames first, so that names swapped in one commit move right.
    std::map<std::string, Versions> moved;  // new path → the versions of the old one
    for (const auto& [from, to] : renames) {
        auto found = paths.find(from);
        Versions v;
        if (found != paths.end()) {
            v = std::move(found->second);
            paths.erase(found);
        }
        moved[to] = std::move(v);
    }
    std::set<std::string> sources;
    for (const auto& r : renames) sources.insert(r.first);
    for (const Change& c : changes) {
        if (auto m = moved.find(c.path); m != moved.end() && c.after) {
            Versions& to = paths[c.path];
            to = std::move(m->second);
            add_version(to, c.blob, commit);
        } else if (c.after) {
            add_version(paths[c.path], c.blob, commit);
        } else if (!sources.count(c.path)) {
            add_removal(paths[c.path], commit);
        }
    }
    return true;
}

/// The records of one activity file from its versions, oldest first: a step
/// keeps the commit since which it has had its latest done date; a removed file
/// forgets what it recorded. Reads each version once.
bool records_of(git_repository* repo, const Graph& g, std::uint32_t file, const Versions& versions,
                std::vector<HistoryRecord>& out, std::string& unreadable) {
    std::map<std::string, HistoryRecord> steps;
    for (const Version& v : versions) {
        if (!v.present) {
            steps.clear();
            continue;
        }
        const Commit& c = g.commits[v.commit];
        Owned<git_blob, git_blob_free> blob;
        if (git_blob_lookup(&blob.p, repo, &v.blob) != 0) {
            unreadable = fmt::format("a version ({}) of an activity file, of commit {}, is not in the repository",
                                     short_id(v.blob), c.describe());
            return false;
        }
        std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.p)),
                              static_cast<std::size_t>(git_blob_rawsize(blob.p)));
        auto dates = done_dates(text);
        for (auto it = steps.begin(); it != steps.end();)
            it = dates.count(it->first) ? std::next(it) : steps.erase(it);
        for (const auto& [step, written] : dates) {
            DateParse p = parse_date(written);
            if (!p.date) continue;
            auto found = steps.find(step);
            if (found != steps.end() && found->second.record.done == *p.date) continue;
            HistoryRecord r{{file, step, *p.date, c.day.value_or(Date{}), short_id(c.id)}};
            r.when = c.cut ? HistoryRecord::When::before_history
                     : c.day ? HistoryRecord::When::committed
                             : HistoryRecord::When::out_of_range;
            r.commit_time = c.time;
            steps[step] = std::move(r);
        }
    }
    for (auto& [step, r] : steps) out.push_back(std::move(r));
    return true;
}

}  // namespace

std::optional<DoneHistory> read_done_history(const Model& m, std::string& error) {
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
    DoneHistory out;
    out.shallow = git_repository_is_shallow(repo.p) == 1;
    if (git_repository_head_unborn(repo.p) == 1) return out;  // no commits yet: nothing recorded
    git_oid head;
    if (git_reference_name_to_id(&head, repo.p, "HEAD") != 0) {
        out.unreadable = "HEAD names no commit (" + last_git_error() + ")";
        return out;
    }
    {
        Owned<git_object, git_object_free> o;
        if (git_object_lookup(&o.p, repo.p, &head, GIT_OBJECT_ANY) != 0) {
            out.unreadable = fmt::format("HEAD names commit {}, {}", short_id(head), why_unreadable(repo.p, head));
            return out;
        }
        if (git_object_type(o.p) != GIT_OBJECT_COMMIT) {
            out.unreadable = fmt::format("HEAD names {}, which is not a commit", short_id(head));
            return out;
        }
    }
    const Graph g = read_graph(repo.p, head, out.shallow ? shallow_commits(repo.p) : std::set<std::string>{});
    for (std::size_t i : g.order)
        if (g.commits[i].cut) out.cut.push_back(g.commits[i].describe());

    std::unordered_map<std::string, Versions> paths;
    Owned<git_tree, git_tree_free> before;
    for (std::size_t i : g.order) {
        Owned<git_tree, git_tree_free> after;
        if (git_tree_lookup(&after.p, repo.p, &g.commits[i].tree) != 0) {
            out.unreadable = fmt::format("the tree of commit {} is not in the repository", g.commits[i].describe());
            return out;
        }
        std::string why;
        if (!apply_commit(repo.p, before.p, after.p, i, paths, why)) {
            out.unreadable = fmt::format("the files of commit {} cannot be read: {}", g.commits[i].describe(), why);
            return out;
        }
        std::swap(before.p, after.p);
    }

    std::error_code ec;
    fs::path top = fs::weakly_canonical(workdir, ec);
    std::set<std::uint32_t> seen;  // a file of several activities is read once
    for (const Activity& a : m.activities) {
        if (a.loc.file >= m.files.size() || !seen.insert(a.loc.file).second) continue;
        fs::path rel = fs::weakly_canonical(m.files[a.loc.file], ec).lexically_relative(top);
        if (ec || rel.empty() || *rel.begin() == "..") continue;
        auto found = paths.find(rel.generic_string());
        if (found == paths.end()) continue;
        if (!records_of(repo.p, g, a.loc.file, found->second, out.records, out.unreadable)) {
            out.records.clear();
            return out;
        }
    }
    return out;
}

}  // namespace scmplan

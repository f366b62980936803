#include "scmplan/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <variant>

#include "kinds.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kinds(format::kind_names().begin(), format::kind_names().end());

/// What one file contributes; merged into the model in file order. The file's
/// plan, activity, … is moved from here straight into the model's vectors (no
/// heap block of its own that would leave a hole in the heap once merged).
struct FileResult {
    std::vector<Diagnostic> diags;
    bool io_error = false;
    bool unread = false;  ///< nothing could be read from it (bytes, YAML, header)
    Loc workspace_loc;
    std::variant<std::monostate, WorkspaceFile, Rules, Plan, Activity, Risk> value;
};

/// Checks the `scmplan: 1` / `kind:` header; returns the kind or "".
std::string read_header(load::Fields& f, Diagnostics& d) {
    const YNode& root = f.node();
    std::string kind;
    bool version_ok = false;
    // Not required here: their absence is E010, below.
    const YNode* version = f.take("scmplan", false);
    const YNode* k = f.take("kind", false);
    if (!version) {
        d.error(root.loc, "E010", "not a scmplan file: 'scmplan: 1' is missing",
                fmt::format("every file starts with 'scmplan: 1' and 'kind: {}'", fmt::join(kinds, "|")));
    } else if (version->is_scalar() && !version->quoted && version->text == "1") {
        version_ok = true;
    } else {
        d.error(version->loc, "E010",
                fmt::format("unsupported format version {}: this scmplan reads version 1", describe(*version)));
    }
    if (!k) {
        if (version) d.error(root.loc, "E010", "'kind' is missing", fmt::format("kind: {}", fmt::join(kinds, "|")));
        return "";
    }
    if (k->is_scalar() && std::find(kinds.begin(), kinds.end(), k->text) != kinds.end()) {
        kind = k->text;
    } else {
        std::string near = k->is_scalar() ? closest_match(k->text, kinds) : "";
        d.error(k->loc, "E010", fmt::format("unknown kind {}", describe(*k)),
                near.empty() ? fmt::format("kind is one of {}", fmt::join(kinds, ", "))
                             : fmt::format("did you mean '{}'?", near));
    }
    return version_ok ? kind : "";
}

/// Reads one kind of file.
template <class Reader>
auto read_kind(const YNode& root, Diagnostics& d, const format::MapSpec& spec, Reader reader) {
    load::Fields f(root, d, spec);
    f.take("scmplan");
    f.take("kind");
    return reader(f, d);
}

void load_one(const YNode& root, std::uint32_t file, const std::string& path, FileResult& out, Diagnostics& d) {
    out.unread = true;  // until a kind's reader has run
    if (root.is_null() && root.loc.line == 0) return;  // parse failed; already reported
    if (!root.is_map()) {
        d.error(root.loc.line ? root.loc : Loc{file, 1, 1}, "E010",
                fmt::format("the top level must be a mapping, not {}", describe(root)),
                "a scmplan file starts with 'scmplan: 1' and 'kind: …'");
        return;
    }
    std::string kind;
    {
        // A throwaway diagnostics sink: the header's keys are re-read by the kind's reader.
        load::Fields f(root, d, format::spec::header());
        kind = read_header(f, d);
    }
    if (kind.empty()) return;  // unknown kind or version: its keys cannot be checked
    out.unread = false;
    if (kind == "workspace") {
        out.value = read_kind(root, d, format::spec::workspace(), load::read_workspace);
        out.workspace_loc = root.loc;
    } else if (kind == "rules") {
        Rules& rules = out.value.emplace<Rules>(read_kind(root, d, format::spec::rules(), load::read_rules));
        rules.source = path;
    } else if (kind == "plan") {
        out.value = read_kind(root, d, format::spec::plan(), load::read_plan);
    } else if (kind == "activity") {
        out.value = read_kind(root, d, format::spec::activity(), load::read_activity);
    } else if (kind == "risk") {
        out.value = read_kind(root, d, format::spec::risk(), load::read_risk);
    }
}

/// Parses and reads one file; its YAML tree is gone when this returns.
FileResult load_text(std::string_view text, std::uint32_t file, const FileTable& files,
                     const YamlLimits& limits) {
    FileResult out;
    Diagnostics d(files);
    YNode root = parse_yaml(text, file, d, limits);
    load_one(root, file, (*files)[file], out, d);
    out.diags = d.items();
    return out;
}

/// Runs job(i) for i in [0, n) on all cores and hands each result to sink(i,
/// result) in index order, as soon as it and all before it are done: the
/// outcome does not depend on scheduling. At most `window` results wait
/// for their turn (a thread that would run further ahead waits), so memory
/// beyond what sink keeps is bounded by the window, not by n. sink runs on
/// one thread at a time (whichever finished the result next in line).
template <class Job, class Sink>
void run_ordered(std::size_t n, Job job, Sink sink) {
    std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, (n + 7) / 8);  // small workspaces: no thread start-up cost
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) sink(i, job(i));
        return;
    }
    const std::size_t window = 16 * threads;
    std::vector<std::optional<FileResult>> slots(window);
    std::mutex mu;
    std::condition_variable room;  // the window moved on
    std::size_t next_job = 0, next_sink = 0;
    bool sinking = false;
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mu);
                room.wait(lock, [&] { return next_job >= n || next_job < next_sink + window; });
                if (next_job >= n) return;
                i = next_job++;
            }
            FileResult r = job(i);
            std::unique_lock lock(mu);
            slots[i % window] = std::move(r);
            if (sinking) continue;  // the thread that is sinking takes it
            sinking = true;
            while (next_sink < n && slots[next_sink % window]) {
                FileResult ready = std::move(*slots[next_sink % window]);
                slots[next_sink % window].reset();
                lock.unlock();
                sink(next_sink, std::move(ready));
                lock.lock();
                ++next_sink;
                room.notify_all();
            }
            sinking = false;
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

Rules read_builtin_rules() {
    Diagnostics d(std::vector<std::string>{"<built-in rules>"});
    YNode root = parse_yaml(builtin_rules_yaml(), 0, d);
    load::Fields f(root, d, format::spec::rules());
    f.take("scmplan");
    f.take("kind");
    Rules r = load::read_rules(f, d);
    r.source = "<built-in>";
    r.loc = Loc{};
    return r;
}

Rules load_builtin_rules() { return load::builtin_rules(); }

std::string normal(const std::string& p) { return fs::path(p).lexically_normal().generic_string(); }

void choose_rules(Model& m, std::vector<Rules>& rules, Diagnostics& d) {
    if (m.workspace && m.workspace->rules_path) {
        const auto& rp = *m.workspace->rules_path;
        fs::path base = fs::path(m.files[rp.loc.file]).parent_path();
        std::string wanted = normal((base / rp.value).generic_string());
        for (auto& r : rules)
            if (normal(r.source) == wanted) {
                m.rules = r;
                return;
            }
        d.error(rp.loc, "E021", fmt::format("rules file '{}' is not among the loaded files", rp.value),
                "the path is relative to the workspace file and must name a 'kind: rules' file");
        m.rules = load_builtin_rules();
        return;
    }
    if (rules.size() > 1) {
        for (std::size_t i = 1; i < rules.size(); ++i)
            d.error(rules[i].loc, "E020", "more than one rules file and none named by the workspace",
                    "name the one to use with 'rules:' in scmplan.yaml");
    }
    m.rules = rules.empty() ? load_builtin_rules() : rules.front();
}

/// A rules file may leave out `risk:`; its bands and threshold are then the built-in ones.
void fill_rule_defaults(Rules& r) {
    if (!r.bands.empty() || r.source == "<built-in>") return;
    Rules builtin = load_builtin_rules();
    r.bands = builtin.bands;
}

}  // namespace

const Rules& load::builtin_rules() {
    static const Rules rules = read_builtin_rules();
    return rules;
}

namespace {

/// Stable-sorts `v` in place: a stable sort of indexes, then the permutation
/// applied by moving each element once (no second copy of the vector, no sort
/// buffer of 500-byte elements). Files come in path order, which is usually
/// already the sorted order: then nothing moves.
template <class T, class Less>
void stable_sort_in_place(std::vector<T>& v, Less less) {
    if (std::is_sorted(v.begin(), v.end(), less)) return;
    std::vector<std::size_t> order(v.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(v[a], v[b]); });
    // The element for place i is at order[i]: follow each cycle once.
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i] == i) continue;
        T held = std::move(v[i]);
        std::size_t j = i;
        while (order[j] != i) {
            std::size_t k = order[j];
            v[j] = std::move(v[k]);
            order[j] = j;
            j = k;
        }
        v[j] = std::move(held);
        order[j] = j;
    }
}

/// Merges per-file results into the model, in file order, as they come.
class Assembler {
public:
    explicit Assembler(LoadResult& result) : m_result(result) {}

    void add(FileResult part) {
        Model& m = m_result.model;
        for (auto& diag : part.diags) m_result.diags.add(std::move(diag));
        m_result.io_error = m_result.io_error || part.io_error;
        if (part.unread || part.io_error) ++m.unread_files;
        if (auto* w = std::get_if<WorkspaceFile>(&part.value)) {
            if (!m.workspace) m.workspace = std::move(*w);
            else m_result.diags.error(part.workspace_loc, "E020", "a second workspace file",
                                      "keep one scmplan.yaml per workspace");
        }
        // The model's vectors grow by doubling; their unused capacity is never
        // touched, so it costs address space, not memory.
        if (auto* r = std::get_if<Rules>(&part.value)) m_rules.push_back(std::move(*r));
        if (auto* p = std::get_if<Plan>(&part.value)) m.plans.push_back(std::move(*p));
        if (auto* a = std::get_if<Activity>(&part.value)) m.activities.push_back(std::move(*a));
        if (auto* r = std::get_if<Risk>(&part.value)) m.risks.push_back(std::move(*r));
    }

    void finish() {
        Model& m = m_result.model;
        choose_rules(m, m_rules, m_result.diags);
        fill_rule_defaults(m.rules);
        auto by_plan_id = [](const auto& a, const auto& b) {
            if (a.plan.value != b.plan.value) return a.plan.value < b.plan.value;
            return natural_less(a.id.value, b.id.value);
        };
        stable_sort_in_place(m.activities, by_plan_id);
        stable_sort_in_place(m.risks, by_plan_id);
        stable_sort_in_place(m.plans, [](const Plan& a, const Plan& b) { return a.id.value < b.id.value; });
        m.sorted = true;
    }

private:
    LoadResult& m_result;
    std::vector<Rules> m_rules;
};

/// Loads files 0 … n-1 with job(i) -> FileResult, on all cores, into `result`.
template <class Job>
void load_all(LoadResult& result, std::size_t n, Job job) {
    Assembler assembler(result);
    run_ordered(n, job, [&](std::size_t, FileResult part) { assembler.add(std::move(part)); });
    assembler.finish();
}

}  // namespace

LoadResult load_sources(std::vector<Source> sources, const YamlLimits& limits) {
    LoadResult result;
    for (const auto& s : sources) result.model.files.push_back(s.path);
    result.diags.set_files(result.model.files);
    const FileTable table = result.diags.file_table();
    load_all(result, sources.size(), [&](std::size_t i) {
        return load_text(sources[i].text, static_cast<std::uint32_t>(i), table, limits);
    });
    return result;
}

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

}  // namespace

namespace {

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

LoadResult load_files(FoundFiles found, const YamlLimits& limits) {
    std::vector<Diagnostic>& problems = found.problems;
    LoadResult result;
    result.model.files = std::move(found.files);
    result.diags.set_files(result.model.files);
    const FileTable table = result.diags.file_table();
    const auto& files = result.model.files;
    load_all(result, files.size(), [&](std::size_t i) {
                 // Over the size limit: not read at all (memory stays bounded).
                 std::error_code size_ec;
                 const auto size = fs::file_size(files[i], size_ec);
                 if (!size_ec && size > limits.max_bytes) {
                     FileResult big;
                     Diagnostic diag;
                     diag.file = files[i];
                     diag.code = "E005";
                     diag.message = fmt::format("file is {} bytes, over the limit of {} bytes", size, limits.max_bytes);
                     diag.hint = "split it: one plan, activity or risk per file";
                     big.diags.push_back(std::move(diag));
                     big.unread = true;
                     return big;
                 }
                 errno = 0;
                 std::ifstream in(files[i], std::ios::binary);
                 const int open_errno = errno;
                 // Read to the end, at most one byte over the limit (so that parse_yaml
                 // reports a file that grew since it was measured). The size is only
                 // a first guess: files of /proc and /sys say 0 and have content.
                 std::string text;
                 std::size_t want = size_ec || size == 0 ? std::size_t{65536}
                                                         : std::min<std::uintmax_t>(size, limits.max_bytes) + 1;
                 while (in.is_open() && text.size() <= limits.max_bytes) {
                     want = std::min(want, limits.max_bytes + 1 - text.size());
                     std::size_t old = text.size();
                     text.resize(old + want);
                     in.read(text.data() + old, static_cast<std::streamsize>(want));
                     text.resize(old + static_cast<std::size_t>(in.gcount()));
                     if (text.size() < old + want) break;  // the end (or an error: in.bad())
                     want = 65536;
                 }
                 if (!in.is_open() || in.bad()) {
                     FileResult failed;
                     Diagnostic diag;
                     diag.file = files[i];
                     diag.code = "E001";
                     diag.message = open_errno ? fmt::format("cannot read file: {}", std::strerror(open_errno))
                                               : std::string("cannot read file");
                     diag.hint = "check that it exists and is readable";
                     failed.diags.push_back(std::move(diag));
                     failed.io_error = true;
                     return failed;
                 }
                 return load_text(text, static_cast<std::uint32_t>(i), table, limits);
             });
    result.io_error = result.io_error || !problems.empty();
    for (auto& p : problems) result.diags.add(std::move(p));
    return result;
}

LoadResult load_paths(const std::vector<std::string>& paths, const YamlLimits& limits) {
    LoadResult result = load_files(find_files(paths), limits);
    result.model.root = workspace_root(result.model, paths);
    return result;
}

}  // namespace scmplan

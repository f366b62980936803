// The files an evidence path names, found through a FileReader: what `check`
// looks at and what `evidence --zip` packs, decided in one place. The
// workspace is the boundary: every link is resolved (realpath) at every level
// and followed only to a target inside the workspace; nothing outside is ever
// opened.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "scmplan/check.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

constexpr int k_max_depth = 64;  // as the folder walk of the loader

class Walk {
public:
    Walk(const FileReader& reader, const std::string& root, const std::string& exclude, EvidenceListing& out)
        : m_reader(reader), m_root(root), m_exclude(exclude), m_out(out) {}

    /// `rel` ("" for the root) is found at `path`: its place with the links of
    /// the folders above resolved, itself perhaps a link.
    void visit(const std::string& rel, const std::string& path, int depth) {
        const FolderEntry self = m_reader.entry(path);
        PathStatus st = self.status;
        if (!self.link && (st.kind == PathKind::missing || st.kind == PathKind::unreadable)) {
            problem(rel, st.kind == PathKind::missing ? EvidenceIssue::broken_link : EvidenceIssue::unreadable, st.what);
            return;
        }
        std::string real = path;
        if (self.link) {
            const RealPath r = m_reader.real_path(path);
            if (!r.path) {
                if (r.failure.kind == PathKind::missing) problem(rel, EvidenceIssue::broken_link, "a symbolic link to nothing");
                else if (r.failure.kind == PathKind::loop) problem(rel, EvidenceIssue::broken_link, "a symbolic link loop");
                else problem(rel, EvidenceIssue::unreadable, r.failure.what);
                return;
            }
            real = *r.path;
            if (!inside(real)) {
                problem(rel, EvidenceIssue::outside, "a symbolic link that leads outside the workspace");
                return;
            }
            st = m_reader.status(real);
            if (st.kind == PathKind::missing || st.kind == PathKind::loop || st.kind == PathKind::unreadable) {
                problem(rel, EvidenceIssue::unreadable, st.what);
                return;
            }
        }
        if (!m_exclude.empty() && real == m_exclude) {
            m_out.skipped.push_back({rel, EvidenceSkip::archive_itself});
            return;
        }
        if (st.kind == PathKind::folder) {
            folder(rel, real, depth);
        } else if (st.kind == PathKind::file) {
            file(rel, real);
        } else {
            problem(rel, EvidenceIssue::special, st.what);
        }
    }

private:
    bool inside(const std::string& real) const {
        if (m_root == "/") return true;
        return real == m_root || (real.starts_with(m_root) && real[m_root.size()] == '/');
    }

    void problem(const std::string& rel, EvidenceIssue issue, std::string detail) {
        m_out.problems.push_back({rel.empty() ? "." : rel, issue, std::move(detail)});
    }

    void file(const std::string& rel, const std::string& real) {
        if (auto why = unsafe_entry_path(rel)) {
            problem(rel, EvidenceIssue::unsafe_name, *why);
            return;
        }
        // Opened (not read) to prove it can be: an unreadable file is an error
        // here, not a surprise while the archive is written.
        if (OpenedFile opened = m_reader.open(real); !opened.stream) {
            problem(rel, EvidenceIssue::unreadable, opened.error);
            return;
        }
        m_out.files.push_back({rel, real});
    }

    void folder(const std::string& rel, const std::string& real, int depth) {
        if (!m_seen.insert(real).second) {
            m_out.skipped.push_back({rel, EvidenceSkip::folder_again});
            return;
        }
        if (depth > k_max_depth) {
            problem(rel, EvidenceIssue::too_deep, fmt::format("folders nested deeper than {} levels", k_max_depth));
            return;
        }
        if (!rel.empty()) {
            if (auto why = unsafe_entry_path(rel)) {
                problem(rel, EvidenceIssue::unsafe_name, *why);
                return;
            }
        }
        const FolderListing listing = m_reader.list(real);
        if (listing.error) {
            problem(rel, EvidenceIssue::unreadable, *listing.error);
            return;
        }
        std::vector<std::string> names;
        for (const FolderEntry& e : listing.entries)
            names.push_back(e.path.substr(e.path.rfind('/') + 1));
        std::sort(names.begin(), names.end());
        for (const std::string& n : names) {
            std::string child = rel.empty() ? n : rel + "/" + n;
            if (n.front() == '.') {
                m_out.skipped.push_back({child, EvidenceSkip::hidden});
                continue;
            }
            visit(child, real + "/" + n, depth + 1);
        }
    }

    const FileReader& m_reader;
    const std::string& m_root;
    const std::string& m_exclude;
    EvidenceListing& m_out;
    std::unordered_set<std::string> m_seen;  // the folders walked, links resolved
};

}  // namespace

std::optional<std::string> unsafe_entry_path(std::string_view path) {
    if (path.empty()) return "an empty name";
    if (path.front() == '/') return "an absolute path";
    if (find_invalid_utf8(path)) return "invalid UTF-8";
    for (unsigned char c : path) {
        if (c == '\\') return "a backslash";
        if (c < 0x20 || c == 0x7F) return fmt::format("the control character {}", code_point_name(c));
    }
    if (auto c = find_control(path, false)) return fmt::format("the control character {}", code_point_name(c->cp));
    std::size_t start = 0;
    bool first = true;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return fmt::format("a '{}' component", part);
        if (first && part.find(':') != std::string_view::npos) return "a ':' in its first folder (a drive on Windows)";
        first = false;
        start = end + 1;
    }
    return std::nullopt;
}

EvidenceListing list_evidence(const FileReader& reader, const std::string& canonical_root, const std::string& ref,
                              const std::string& exclude) {
    EvidenceListing out;
    std::string rel = std::filesystem::path(ref).lexically_normal().generic_string();
    while (rel.size() > 1 && rel.back() == '/') rel.pop_back();
    if (rel == ".") rel.clear();
    if (rel == ".." || rel.starts_with("../") || rel.starts_with("/")) {  // check_evidence refuses these (E050)
        out.found = true;
        out.problems.push_back({rel, EvidenceIssue::outside, "outside the workspace"});
        return out;
    }
    std::string path = rel.empty() ? canonical_root : canonical_root + "/" + rel;
    // The path itself: a name that is not there at all is "not found" (W123),
    // not a problem; anything else is looked at as a file or folder below.
    if (const FolderEntry self = reader.entry(path); !self.link && self.status.kind == PathKind::missing) return out;
    // Its folders may be links too: the whole path resolved must stay inside.
    std::string parent_rel = rel.substr(0, rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/'));
    if (!parent_rel.empty()) {
        auto parent = reader.real_path(canonical_root + "/" + parent_rel).path;
        std::string root_slash = canonical_root == "/" ? "/" : canonical_root + "/";
        if (parent && *parent != canonical_root && !(*parent + "/").starts_with(root_slash)) {
            out.found = true;
            out.problems.push_back({rel, EvidenceIssue::outside, "a symbolic link that leads outside the workspace"});
            return out;
        }
        if (parent) path = *parent + rel.substr(parent_rel.size());
    }
    out.found = true;
    Walk walk(reader, canonical_root, exclude, out);
    walk.visit(rel, path, 0);
    return out;
}

}  // namespace scmplan

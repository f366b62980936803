// Evidence of steps and quarterly reports: where it points and whether it is
// there. The only check that looks at files (those named as evidence, through
// the FileReader it is given), and only when the model knows its workspace root.
#include <fmt/format.h>

#include <filesystem>
#include <unordered_map>

#include "scmplan/check.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace fs = std::filesystem;

namespace {

bool valid_url(const std::string& s) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (!s.starts_with(scheme)) continue;
        std::string_view host = std::string_view(s).substr(scheme.size());
        return !host.empty() && host.front() != '/' && host.find_first_of(" \t") == std::string_view::npos;
    }
    return false;
}

/// A path written on Windows or Unix that does not start at the workspace root.
bool absolute_path(const std::string& s) {
    if (s.starts_with("/") || s.starts_with("\\") || s.starts_with("~")) return true;
    return s.size() >= 2 && std::isalpha(static_cast<unsigned char>(s[0])) && s[1] == ':';
}

bool leaves(const fs::path& normal) {
    auto first = normal.begin();
    return first != normal.end() && *first == "..";
}

/// One evidence path's files as found on the disk, found once per path
/// however many steps name it.
using Listings = std::unordered_map<std::string, EvidenceListing>;

void disk_problem(const Evidence& e, const EvidenceProblem& p, const std::string& root, Diagnostics& d) {
    const std::string& ref = e.ref.value;
    // A file found below the path is named with it: the path itself is what the
    // evidence entry says. Names come from the disk: any bytes, shown escaped.
    bool itself = fs::path(ref).lexically_normal() == fs::path(p.path).lexically_normal();
    std::string what = itself ? fmt::format("evidence path {}", quote_for_message(escape_for_terminal(ref)))
                              : fmt::format("evidence path {} holds {}, which", quote_for_message(escape_for_terminal(ref)),
                                            quote_for_message(escape_for_terminal(p.path)));
    switch (p.issue) {
    case EvidenceIssue::outside:
        d.error(e.ref.loc, DiagCode::E050, fmt::format("{} is {}", what, p.detail),
                "copy the file into the workspace instead of linking to it");
        return;
    case EvidenceIssue::broken_link:
        d.warning(e.ref.loc, DiagCode::W123,
                  itself ? fmt::format("evidence file {} is a broken symbolic link", quote_for_message(escape_for_terminal(ref)))
                         : fmt::format("{} is a broken symbolic link", what),
                  "point the link at an existing file, or replace it by the file");
        return;
    case EvidenceIssue::unreadable:
        d.error(e.ref.loc, DiagCode::E052, fmt::format("{} cannot be read: {}", what, p.detail),
                fmt::format("make it readable by whoever runs scmplan in {}, or name another file",
                            escape_for_terminal(root)));
        return;
    case EvidenceIssue::unsafe_name:
        d.error(e.ref.loc, DiagCode::E052, fmt::format("{} has a name an archive cannot hold safely ({})", what, p.detail),
                "rename the file: no backslash, control character or invalid UTF-8");
        return;
    case EvidenceIssue::special:
        d.error(e.ref.loc, DiagCode::E052, fmt::format("{} is {}, not a regular file", what, p.detail),
                "replace it by a regular file, or remove it");
        return;
    case EvidenceIssue::too_deep:
        d.error(e.ref.loc, DiagCode::E052, fmt::format("{} has {}", what, p.detail), "flatten the folder");
        return;
    }
}

void check_one(const Model& m, const FileReader* files, const std::string& canon_root, Listings& listings,
               const Evidence& e, Diagnostics& d) {
    const std::string& ref = e.ref.value;
    if (e.url) {
        if (!valid_url(ref))
            d.error(e.ref.loc, DiagCode::E051, fmt::format("evidence URL {} is not an http or https address", quote_for_message(ref)),
                    "write a link as https://…, or a file as a path relative to the workspace root");
        return;
    }
    if (absolute_path(ref)) {
        d.error(e.ref.loc, DiagCode::E050, fmt::format("evidence path {} is absolute", quote_for_message(ref)),
                "write the path relative to the workspace root, e.g. evidence/minutes.pdf");
        return;
    }
    fs::path rel = fs::path(ref).lexically_normal();
    if (leaves(rel) || ref.find('\\') != std::string::npos) {
        d.error(e.ref.loc, DiagCode::E050, fmt::format("evidence path {} leaves the workspace", quote_for_message(ref)),
                "copy the file into the workspace (e.g. under evidence/) and name it from there");
        return;
    }
    if (!files || canon_root.empty()) return;
    std::string key = rel.generic_string();
    auto it = listings.find(key);
    if (it == listings.end()) it = listings.emplace(key, list_evidence(*files, canon_root, key)).first;
    const EvidenceListing& found = it->second;
    if (!found.found) {
        d.warning(e.ref.loc, DiagCode::W123, fmt::format("evidence file {} does not exist in {}", quote_for_message(ref), m.root),
                  "add the file, or correct the path (relative to the workspace root)");
        return;
    }
    for (const EvidenceProblem& p : found.problems) disk_problem(e, p, m.root, d);
}

}  // namespace

void check_evidence(const Model& m, Diagnostics& d, const FileReader* files) {
    std::string canon_root;  // "" when the root is not there: its files are not looked for
    if (files && !m.root.empty()) canon_root = files->real_path(m.root).path.value_or(std::string());
    Listings listings;
    for (const Plan& p : m.plans)
        for (const Gap& g : p.gaps)
            for (const Evidence& e : g.evidence) check_one(m, files, canon_root, listings, e, d);
    for (const Activity& a : m.activities) {
        for (const Step& s : a.steps) {
            for (const Evidence& e : s.evidence) check_one(m, files, canon_root, listings, e, d);
            if (m.rules.evidence_required_for_done && s.done && s.evidence.empty())
                d.warning(s.done->loc, DiagCode::W124,
                          fmt::format("step {} of activity {} is done but has no evidence", s.id.value, a.id.value),
                          "the rules require evidence for done steps: add 'evidence: [evidence/…]'");
        }
        for (const QuarterReport& r : a.reports)
            for (const Evidence& e : r.evidence) check_one(m, files, canon_root, listings, e, d);
    }
}

}  // namespace scmplan

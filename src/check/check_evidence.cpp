// Evidence of steps and quarterly reports: where it points and whether it is
// there. The only check that looks at the disk (the files named as evidence),
// and only when the model knows its workspace root.
#include <fmt/format.h>

#include <filesystem>

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

void check_one(const Model& m, const Evidence& e, Diagnostics& d) {
    const std::string& ref = e.ref.value;
    if (e.url) {
        if (!valid_url(ref))
            d.error(e.ref.loc, "E051", fmt::format("evidence URL {} is not an http or https address", quote_for_message(ref)),
                    "write a link as https://…, or a file as a path relative to the workspace root");
        return;
    }
    if (absolute_path(ref)) {
        d.error(e.ref.loc, "E050", fmt::format("evidence path {} is absolute", quote_for_message(ref)),
                "write the path relative to the workspace root, e.g. evidence/minutes.pdf");
        return;
    }
    fs::path rel = fs::path(ref).lexically_normal();
    if (leaves(rel) || ref.find('\\') != std::string::npos) {
        d.error(e.ref.loc, "E050", fmt::format("evidence path {} leaves the workspace", quote_for_message(ref)),
                "copy the file into the workspace (e.g. under evidence/) and name it from there");
        return;
    }
    if (m.root.empty()) return;
    fs::path full = fs::path(m.root) / rel;
    std::error_code ec;
    if (!fs::exists(full, ec)) {
        // A link whose target is gone still is a link: say what it is.
        if (fs::is_symlink(fs::symlink_status(full, ec)))
            d.warning(e.ref.loc, "W123", fmt::format("evidence file {} is a broken symbolic link", quote_for_message(ref)),
                      "point the link at an existing file, or replace it by the file");
        else
            d.warning(e.ref.loc, "W123", fmt::format("evidence file {} does not exist in {}", quote_for_message(ref), m.root),
                      "add the file, or correct the path (relative to the workspace root)");
        return;
    }
    fs::path canon_root = fs::weakly_canonical(m.root, ec);
    fs::path target = fs::weakly_canonical(full, ec);
    if (ec || leaves(target.lexically_relative(canon_root)) || target.lexically_relative(canon_root).empty()) {
        d.error(e.ref.loc, "E050",
                fmt::format("evidence path {} is a symbolic link that leads outside the workspace", quote_for_message(ref)),
                "copy the file into the workspace instead of linking to it");
        return;
    }
}

}  // namespace

void check_evidence(const Model& m, Diagnostics& d) {
    for (const Activity& a : m.activities) {
        for (const Step& s : a.steps) {
            for (const Evidence& e : s.evidence) check_one(m, e, d);
            if (m.rules.evidence_required_for_done && s.done && s.evidence.empty())
                d.warning(s.done->loc, "W124",
                          fmt::format("step {} of activity {} is done but has no evidence", s.id.value, a.id.value),
                          "the rules require evidence for done steps: add 'evidence: [evidence/…]'");
        }
        for (const QuarterReport& r : a.reports)
            for (const Evidence& e : r.evidence) check_one(m, e, d);
    }
}

}  // namespace scmplan

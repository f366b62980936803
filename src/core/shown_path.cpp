#include "scmplan/shown_path.hpp"

#include <filesystem>

namespace scmplan {

namespace fs = std::filesystem;

namespace {

/// Lexically normal, without the trailing separator that lexically_normal
/// keeps after a folder ("a/b/" → "a/b"), the root and "." left as they are.
fs::path normal(const fs::path& p) {
    fs::path n = p.lexically_normal();
    if (!n.has_filename() && n.has_parent_path() && n != n.root_path()) n = n.parent_path();
    return n.empty() ? fs::path(".") : n;
}

}  // namespace

std::string shown_path(std::string_view path, std::string_view cwd) {
    if (path.empty()) return {};
    const fs::path p(path);
    const fs::path here(cwd);
    if (!here.is_absolute()) return normal(p).generic_string();
    const fs::path abs = normal(p.is_absolute() ? p : here / p);
    const fs::path base = normal(here);
    if (abs == base) return ".";
    const fs::path rel = abs.lexically_relative(base);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    return abs.generic_string();
}

}  // namespace scmplan

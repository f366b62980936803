#include "rules_place.hpp"

#include <filesystem>

namespace scmplan::load {

namespace fs = std::filesystem;

namespace {

/// `p` is `root` or lies below it (both lexically normal, without a trailing separator).
bool within(const fs::path& p, const fs::path& root) {
    const fs::path rel = p.lexically_relative(root);
    if (rel.empty()) return false;
    const std::string first = rel.begin()->generic_string();
    return first != "..";
}

}  // namespace

RulesTarget place_rules_file(std::string_view workspace_file, std::string_view value, const FileReader* reader) {
    const fs::path file = fs::path(workspace_file).lexically_normal();
    const fs::path v{std::string(value)};
    if (v.has_root_directory() || v.has_root_name()) return {RulesPlace::absolute, std::string(value)};
    const fs::path folder = file.parent_path();
    const fs::path joined = (folder / v).lexically_normal();
    const fs::path rel = v.lexically_normal();  // the same path relative to the folder
    RulesTarget out{RulesPlace::inside, joined.generic_string()};
    if (!rel.empty() && rel.begin()->generic_string() == "..") {
        out.place = RulesPlace::outside;
        return out;
    }
    if (rel == file.filename()) {
        out.place = RulesPlace::workspace_file;
        return out;
    }
    if (!reader) return out;
    const auto real_folder = reader->canonical(folder.empty() ? "." : folder.generic_string());
    const auto real_path = reader->canonical(out.path);
    if (!real_folder || !real_path) return out;
    if (!within(fs::path(*real_path), fs::path(*real_folder))) {
        out.place = RulesPlace::link_outside;
        return out;
    }
    if (auto real_file = reader->canonical(file.generic_string()); real_file && *real_file == *real_path)
        out.place = RulesPlace::workspace_file;
    return out;
}

}  // namespace scmplan::load

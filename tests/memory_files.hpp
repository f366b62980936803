// A FileReader over files held in memory, for tests of discovery and of the
// walk over folders without a disk.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "scmplan/file_reader.hpp"

namespace scmplan::test {

/// Entries under absolute paths: files (with their text), folders (made by
/// folder() or implied by an entry below them), symbolic links (to an absolute
/// path), special files and folders that cannot be read. Links are resolved
/// only as the last part of a path (no link to a folder inside a path), which
/// is all the walk asks: it does not follow links to folders.
class MemoryFiles final : public FileReader {
public:
    MemoryFiles() = default;
    explicit MemoryFiles(const std::map<std::string, std::string>& files) {
        for (const auto& [path, text] : files) file(path, text);
    }

    MemoryFiles& file(const std::string& path, std::string text = "scmplan: 1\n") {
        return add(path, {Kind::file, std::move(text)});
    }
    MemoryFiles& folder(const std::string& path) { return add(path, {Kind::folder, {}}); }
    MemoryFiles& link(const std::string& path, std::string target) { return add(path, {Kind::link, std::move(target)}); }
    /// `what`: "a FIFO", "a socket", …
    MemoryFiles& special(const std::string& path, std::string what) { return add(path, {Kind::special, std::move(what)}); }
    /// A folder whose listing fails with `error`.
    MemoryFiles& unreadable(const std::string& path, std::string error = "Permission denied") {
        return add(path, {Kind::unreadable, std::move(error)});
    }

    PathStatus status(const std::string& path) const override {
        std::string p = path;
        for (int hops = 0; hops < 40; ++hops) {
            auto it = m_nodes.find(p);
            if (it == m_nodes.end()) return implied_folder(p) ? PathStatus{PathKind::folder, {}} : PathStatus{};
            switch (it->second.kind) {
                case Kind::file: return {PathKind::file, {}};
                case Kind::folder:
                case Kind::unreadable: return {PathKind::folder, {}};
                case Kind::special: return {PathKind::special, it->second.data};
                case Kind::link: p = it->second.data; break;
            }
        }
        return {PathKind::loop, {}};
    }

    /// Entries in reverse name order, so that a test sees the walk sort them.
    FolderListing list(const std::string& folder) const override {
        ++lists;
        FolderListing out;
        auto self = m_nodes.find(folder);
        if (self != m_nodes.end() && self->second.kind == Kind::unreadable) {
            out.error = self->second.data;
            return out;
        }
        std::vector<std::string> names;
        const std::string prefix = folder + "/";
        for (auto it = m_nodes.lower_bound(prefix); it != m_nodes.end() && it->first.starts_with(prefix); ++it) {
            std::string name = it->first.substr(prefix.size());
            name = name.substr(0, name.find('/'));
            if (names.empty() || names.back() != name) names.push_back(name);
        }
        std::reverse(names.begin(), names.end());
        for (const auto& name : names) {
            const std::string path = prefix + name;
            auto it = m_nodes.find(path);
            const bool is_link = it != m_nodes.end() && it->second.kind == Kind::link;
            out.entries.push_back({path, is_link, status(path)});
        }
        return out;
    }

    std::optional<std::string> canonical(const std::string& path) const override {
        std::string p = path;
        for (int hops = 0; hops < 40; ++hops) {
            auto it = m_nodes.find(p);
            if (it == m_nodes.end() || it->second.kind != Kind::link) return p;
            p = it->second.data;
        }
        return std::nullopt;
    }

    FileRead read(const std::string& path, std::size_t max_bytes) const override {
        ++reads;
        FileRead out;
        auto it = m_nodes.find(path);
        if (it == m_nodes.end() || it->second.kind != Kind::file) {
            out.error = "No such file or directory";
        } else if (it->second.data.size() > max_bytes) {
            out.oversize = it->second.data.size();
        } else {
            out.text = it->second.data;
        }
        return out;
    }

    mutable int reads = 0;  ///< calls of read()
    mutable int lists = 0;  ///< calls of list()

private:
    enum class Kind { file, folder, link, special, unreadable };
    struct Node {
        Kind kind;
        std::string data;  ///< file: text; link: target; special: what; unreadable: error
    };

    MemoryFiles& add(const std::string& path, Node node) {
        m_nodes.insert_or_assign(path, std::move(node));
        return *this;
    }

    bool implied_folder(const std::string& path) const {
        const std::string prefix = path + "/";
        auto it = m_nodes.lower_bound(prefix);
        return it != m_nodes.end() && it->first.starts_with(prefix);
    }

    std::map<std::string, Node> m_nodes;
};

}  // namespace scmplan::test

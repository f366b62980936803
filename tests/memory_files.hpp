// A FileReader over files held in memory, for tests of discovery, the walk
// over folders, loading, the evidence check and the commands without a disk.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <memory>
#include <set>
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
    /// The folder relative paths are read from (the command's current folder).
    MemoryFiles& in_folder(std::string cwd) {
        m_cwd = std::move(cwd);
        return *this;
    }
    /// Every regular file below the folder `disk_folder` of the disk, under
    /// `at` (its text read now): a workspace of the repository held in memory.
    MemoryFiles& copy_of(const std::string& disk_folder, const std::string& at) {
        namespace fs = std::filesystem;
        for (const auto& e : fs::recursive_directory_iterator(disk_folder)) {
            if (!e.is_regular_file()) continue;
            std::ifstream in(e.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            file(at + "/" + e.path().lexically_relative(disk_folder).generic_string(), text.str());
        }
        return *this;
    }
    MemoryFiles& link(const std::string& path, std::string target) { return add(path, {Kind::link, std::move(target)}); }
    /// `what`: "a FIFO", "a socket", …
    MemoryFiles& special(const std::string& path, std::string what) { return add(path, {Kind::special, std::move(what)}); }
    /// A folder whose listing fails with `error`.
    MemoryFiles& unreadable(const std::string& path, std::string error = "Permission denied") {
        return add(path, {Kind::unreadable, std::move(error)});
    }

    PathStatus status(const std::string& given_path) const override {
        const std::string path = absolute(given_path);
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
    FolderListing list(const std::string& given_folder) const override {
        const std::string folder = absolute(given_folder);
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

    std::optional<std::string> canonical(const std::string& given_path) const override {
        const std::string path = absolute(given_path);
        std::string p = path;
        for (int hops = 0; hops < 40; ++hops) {
            auto it = m_nodes.find(p);
            if (it == m_nodes.end() || it->second.kind != Kind::link) return p;
            p = it->second.data;
        }
        return std::nullopt;
    }

    FileRead read(const std::string& given_path, std::size_t max_bytes) const override {
        const std::string path = absolute(given_path);
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

    FolderEntry entry(const std::string& given_path) const override {
        const std::string path = absolute(given_path);
        auto it = m_nodes.find(path);
        const bool is_link = it != m_nodes.end() && it->second.kind == Kind::link;
        FolderEntry out{path, is_link, status(path)};
        if (!is_link && out.status.kind == PathKind::missing) out.status.what = "No such file or directory";
        return out;
    }

    RealPath real_path(const std::string& given_path) const override {
        const std::string path = absolute(given_path);
        const PathStatus st = status(path);
        if (st.kind == PathKind::missing) return {std::nullopt, {PathKind::missing, "No such file or directory"}};
        if (st.kind == PathKind::loop) return {std::nullopt, {PathKind::loop, "Too many levels of symbolic links"}};
        return {canonical(path), {}};
    }

    /// A file's text, read a piece at a time; a file marked by deny() cannot be opened.
    OpenedFile open(const std::string& given_path) const override {
        const std::string path = absolute(given_path);
        std::string p = canonical(path).value_or(path);
        if (m_denied.count(p)) return {nullptr, "Permission denied"};
        auto it = m_nodes.find(p);
        if (it == m_nodes.end()) return {nullptr, "No such file or directory"};
        if (it->second.kind != Kind::file) return {nullptr, "Is a directory"};
        return {std::make_unique<Stream>(it->second.data), {}};
    }

    /// `path` (a file) cannot be opened: open() fails with "Permission denied".
    MemoryFiles& deny(const std::string& path) {
        m_denied.insert(path);
        return *this;
    }

    mutable int reads = 0;  ///< calls of read()
    mutable int lists = 0;  ///< calls of list()

private:
    struct Stream final : FileStream {
        explicit Stream(std::string text) : data(std::move(text)) {}
        std::ptrdiff_t read(char* buffer, std::size_t count) override {
            std::size_t n = std::min(count, data.size() - at);
            std::copy_n(data.data() + at, n, buffer);
            at += n;
            return static_cast<std::ptrdiff_t>(n);
        }
        std::optional<std::uintmax_t> size() const override { return data.size(); }
        std::optional<std::uint32_t> mode() const override { return 0100644; }  // a regular file, rw-r--r--
        std::string error() const override { return {}; }
        std::string data;
        std::size_t at = 0;
    };

    enum class Kind { file, folder, link, special, unreadable };
    struct Node {
        Kind kind;
        std::string data;  ///< file: text; link: target; special: what; unreadable: error
    };

    /// A relative path is read from the folder set by in_folder, as a process
    /// reads it from its current folder.
    std::string absolute(const std::string& path) const {
        if (path.starts_with('/') || m_cwd.empty()) return path;
        std::string p = std::filesystem::path(m_cwd + "/" + path).lexically_normal().generic_string();
        while (p.size() > 1 && p.ends_with('/')) p.pop_back();
        return p;
    }

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
    std::string m_cwd;
    std::set<std::string> m_denied;
};

}  // namespace scmplan::test

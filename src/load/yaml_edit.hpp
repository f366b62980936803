// Editing a YAML file in place: values are found by the positions the loader
// records (YNode::loc), and each change is a splice of the original bytes, so
// every comment, key order, quoting, layout (flow or block), line end (LF or
// CRLF) and the presence or absence of a final line end stay as they were.
// Private to the load layer; record.hpp is its public face.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scmplan/yaml_tree.hpp"

namespace scmplan::load {

/// One file's text, its tree, and the edits queued on it. Queue edits with the
/// nodes of root(), then take text(). An edit that cannot be made says why in
/// its return value (an empty string means done).
class YamlEditor {
public:
    explicit YamlEditor(std::string raw);
    /// The same, with `root` the tree parse_yaml gives for exactly `raw`,
    /// without errors (a load's, kept): `raw` is not parsed again.
    YamlEditor(std::string raw, YNode root);

    /// The file parsed without errors (otherwise no edit may be queued).
    bool ok() const { return m_ok; }
    const YNode& root() const { return m_root; }
    const std::string& eol() const { return m_eol; }

    /// Sets `key` of the mapping `map` to `value` (YAML text, one line, already
    /// quoted as needed): replaces the old value where the key is, else adds the
    /// key after the mapping's last entry, in the mapping's layout.
    std::string set(const YNode& map, std::string_view key, const std::string& value);
    /// Appends `items` (YAML text each) to the list under `key` of `map`, in the
    /// list's layout; a missing or empty key becomes a flow list `[a, b]`.
    std::string append(const YNode& map, std::string_view key, const std::vector<std::string>& items);
    /// Appends a mapping of `entries` (key, YAML value) to the list under `key`
    /// of `map` (a block list item, `- {…}` after items written so, or `{…}`
    /// in a flow list); a missing key
    /// becomes a block list placed after the mapping's last entry (at the end
    /// of the file for the top-level mapping).
    std::string append_mapping(const YNode& map, std::string_view key,
                               const std::vector<std::pair<std::string, std::string>>& entries);

    /// Removes `key` and its value from the mapping `map`: its whole line (or
    /// lines) in a block mapping, `, key: value` in a flow one; nothing when
    /// the key is not there. The first key of a block list item (on the
    /// dash's line) is refused.
    std::string remove(const YNode& map, std::string_view key);

    /// The original text with every queued edit applied.
    std::string text() const;

    /// Byte offset in the original text of a position of the tree.
    std::size_t offset(const Loc& at) const;
    /// Byte offset just past the value `map.value(i)`, its trailing spaces and
    /// comment excluded (a block scalar ends at its last non-blank line).
    std::size_t value_end(const YNode& map, std::size_t i) const;

private:
    struct Splice {
        std::size_t at = 0, erase = 0;
        std::string insert;
        int depth = 0;  ///< at one offset, deeper insertions (list items) come first
        std::size_t seq = 0;
    };

    std::size_t node_end(const YNode& n, std::size_t key_col) const;
    std::size_t scalar_end(const YNode& n, std::size_t key_col) const;
    std::size_t null_end(const YNode& key) const;
    bool is_flow(const YNode& collection) const;
    std::size_t next_line_start(std::size_t pos) const;
    std::size_t column_bytes(const YNode& n) const;
    void index_lines();
    void insert_lines(std::size_t after, const std::vector<std::string>& lines, int depth);
    void splice(std::size_t at, std::size_t erase, std::string insert, int depth = 0);

    std::string m_raw;
    std::string m_eol = "\n";
    std::vector<std::size_t> m_line_starts;
    std::size_t m_bom = 0;
    YNode m_root;
    bool m_ok = false;
    std::vector<Splice> m_splices;
};

/// `text` as a YAML scalar, read back as the same text in a block or a flow
/// collection: plain when it holds no YAML indicator character at all
/// (`: # , [ ] { } ? & * ! | > ' " % @` backquote backslash), does not start
/// with `-` or a space, and is not a number, boolean or null; else
/// double-quoted with escapes.
std::string yaml_scalar(std::string_view text);

}  // namespace scmplan::load

#include "scmplan/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

const YNode* YNode::find(std::string_view k) const {
    if (!is_map()) return nullptr;
    for (std::size_t i = 0; i < map_size(); ++i)
        if (key(i).is_scalar() && key(i).text == k) return &value(i);
    return nullptr;
}

std::string describe(const YNode& node) {
    switch (node.kind) {
        case YNode::Kind::null: return "nothing";
        case YNode::Kind::map: return "a mapping";
        case YNode::Kind::seq: return "a list";
        case YNode::Kind::scalar: return fmt::format("'{}'", node.text);
    }
    return "?";
}

namespace {

/// Byte offsets of line starts, to turn byte positions into 1-based code point columns.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : m_text(text) {
        m_starts.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
        m_starts.push_back(0);
        for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
            m_starts.push_back(i + 1);
    }

    /// Positions come mostly in increasing order (parser events): the column is
    /// counted on from the last position asked for when it is on the same line
    /// and not after this one, so a whole file costs one pass, even on one line.
    Loc at_offset(std::uint32_t file, std::size_t pos) const {
        pos = std::min(pos, m_text.size());
        auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
        std::size_t line = static_cast<std::size_t>(it - m_starts.begin()) - 1;
        std::size_t from = m_starts[line];
        std::size_t col = 1;
        if (m_last_line == line && m_last_pos <= pos) {
            from = m_last_pos;
            col = m_last_col;
        }
        col += count_code_points(m_text.substr(from, pos - from));
        m_last_line = line;
        m_last_pos = pos;
        m_last_col = col;
        return Loc{file, static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(col)};
    }

    /// Indentation (leading spaces) of the line holding byte `pos`.
    std::size_t indent_of_line_at(std::size_t pos) const {
        auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
        std::size_t i = m_starts[static_cast<std::size_t>(it - m_starts.begin()) - 1];
        std::size_t n = 0;
        while (i + n < m_text.size() && m_text[i + n] == ' ') ++n;
        return n;
    }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
    mutable std::size_t m_last_line = static_cast<std::size_t>(-1);  // the cache of at_offset
    mutable std::size_t m_last_pos = 0;
    mutable std::size_t m_last_col = 1;
};

struct TooDeep {
    YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, const LineIndex& lines, std::uint32_t file,
                Diagnostics& diags, int max_depth)
        : m_text(text), m_lines(lines), m_file(file), m_diags(diags), m_max_depth(max_depth) {}

    YNode take_root() { return std::move(m_root); }
    /// The tree is not what the author wrote (an unclosed quote swallowed keys):
    /// reading it further would only report consequences of that one mistake.
    bool misread() const { return m_misread; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        YNode n;
        n.kind = YNode::Kind::null;
        n.loc = loc(mark);
        // yaml-cpp marks an empty value at the next token; point at its key instead.
        if (!m_stack.empty() && m_stack.back().is_map() && m_stack.back().items.size() % 2 == 1)
            n.loc = m_stack.back().items.back().loc;
        add(std::move(n));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        // One report per file: an alias bomb has thousands. The tree lacks the
        // aliased values, so it is not read further (misread).
        if (!m_misread)
            m_diags.error(loc(mark), "E004", "aliases (*name) are not supported in scmplan files",
                          "write the value out in full");
        m_misread = true;
        YNode n;
        n.loc = loc(mark);
        add(std::move(n));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        if (m_anchor_reported) return;
        m_anchor_reported = true;
        m_diags.error(loc(mark), "E004",
                      fmt::format("anchors (&{}) are not supported in scmplan files", name),
                      "remove the anchor and write values out in full");
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        YNode n;
        n.kind = YNode::Kind::scalar;
        n.loc = loc(mark);
        n.text = value;
        n.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
        // Raw control bytes were refused before parsing; these come from escapes
        // ("\e", "\x01", "\0") or are C1 controls, which no reader wants to receive.
        if (auto c = find_control(value, true))
            m_diags.error(n.loc, "E002", fmt::format("control character {} in text", code_point_name(c->cp)),
                          "remove it: only tab and line breaks may appear in text");
        check_tag(mark, tag);
        if (tag == "!") check_quote_closed(mark);
        add(std::move(n));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        check_tag(mark, tag);
        open(mark, YNode::Kind::seq);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        check_tag(mark, tag);
        open(mark, YNode::Kind::map);
    }
    void OnMapEnd() override { close(); }

private:
    Loc loc(const YAML::Mark& mark) const {
        if (mark.pos < 0) return Loc{m_file, 1, 1};
        return m_lines.at_offset(m_file, static_cast<std::size_t>(mark.pos));
    }

    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag.empty() || tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str") return;
        const std::string core = "tag:yaml.org,2002:";
        std::string shown = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
        m_diags.error(loc(mark), "E004", fmt::format("YAML tags ({}) are not supported", shown),
                      "remove the tag; quote the value if it must stay text");
    }

    /// yaml-cpp accepts `a: "x` + newline + `b: 2` as a = "x b: 2", losing key b: a
    /// continuation line of a quoted scalar must be indented deeper than its line.
    void check_quote_closed(const YAML::Mark& mark) {
        if (mark.pos < 0) return;
        std::size_t pos = static_cast<std::size_t>(mark.pos);
        if (pos >= m_text.size() || (m_text[pos] != '"' && m_text[pos] != '\'')) return;
        const char q = m_text[pos];
        const std::size_t indent = m_lines.indent_of_line_at(pos);
        for (std::size_t i = pos + 1; i < m_text.size(); ++i) {
            char c = m_text[i];
            if (q == '"' && c == '\\') { ++i; continue; }
            if (c == q) {
                if (q == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'') { ++i; continue; }
                return;
            }
            if (c != '\n') continue;
            std::size_t j = i + 1, n = 0;
            while (j + n < m_text.size() && m_text[j + n] == ' ') ++n;
            bool blank = j + n >= m_text.size() || m_text[j + n] == '\n';
            if (!blank && n <= indent) {
                Loc at = loc(mark);
                m_diags.error(at, "E003",
                              fmt::format("quoted text opened here is not closed before line {}",
                                          m_lines.at_offset(m_file, j).line),
                              "close the quote on the same line, or indent continuation lines "
                              "deeper than the key");
                m_misread = true;
                return;
            }
        }
    }

    void open(const YAML::Mark& mark, YNode::Kind kind) {
        if (static_cast<int>(m_stack.size()) >= m_max_depth) throw TooDeep{mark};
        YNode n;
        n.kind = kind;
        n.loc = loc(mark);
        m_stack.push_back(std::move(n));
        m_key_index.emplace_back();
    }

    void close() {
        YNode n = std::move(m_stack.back());
        m_stack.pop_back();
        m_key_index.pop_back();
        add(std::move(n));
    }

    void add(YNode n) {
        if (m_stack.empty()) {
            m_root = std::move(n);
            return;
        }
        YNode& parent = m_stack.back();
        if (parent.is_map() && parent.items.size() % 2 == 0) check_key(parent, m_key_index.back(), n);
        parent.items.push_back(std::move(n));
    }

    /// A key must be one line of visible text, and new in its mapping. Small
    /// mappings are searched; from `index_from` keys on, a hash index of the
    /// mapping's keys keeps the check O(1) per key (88,000 keys in one mapping
    /// would otherwise take seconds).
    void check_key(const YNode& map, std::unordered_map<std::string, std::size_t>& index, const YNode& key) {
        constexpr std::size_t index_from = 16;
        if (!key.is_scalar()) {
            m_diags.error(key.loc, "E003", "a key must be plain text, not " + describe(key));
            return;
        }
        if (key.text.find('\n') != std::string::npos) {  // other controls: OnScalar
            m_diags.error(key.loc, "E002", "line break in a key", "a key is one line of text: remove it");
        } else if (auto inv = find_invisible(key.text)) {
            m_diags.error(key.loc, "E006",
                          fmt::format("invisible or direction-changing character {} in key '{}'",
                                      code_point_name(inv->cp), key.text),
                          "retype the key: it only looks like the one meant");
        }
        const YNode* first = nullptr;
        if (map.items.size() / 2 < index_from) {
            for (std::size_t i = 0; i < map.items.size() && !first; i += 2)
                if (map.items[i].is_scalar() && map.items[i].text == key.text) first = &map.items[i];
        } else {
            if (index.empty())
                for (std::size_t i = 0; i < map.items.size(); i += 2)
                    if (map.items[i].is_scalar()) index.emplace(map.items[i].text, i);
            auto [it, inserted] = index.emplace(key.text, map.items.size());
            if (!inserted) first = &map.items[it->second];
        }
        if (first)
            m_diags.error(key.loc, "E012",
                          fmt::format("duplicate key '{}' (first at line {}, column {})", key.text,
                                      first->loc.line, first->loc.column),
                          "merge the two entries: scmplan never lets one silently win");
    }

    std::string_view m_text;
    const LineIndex& m_lines;
    std::uint32_t m_file;
    Diagnostics& m_diags;
    int m_max_depth;
    std::vector<YNode> m_stack;
    std::vector<std::unordered_map<std::string, std::size_t>> m_key_index;  ///< per open collection, see check_key
    YNode m_root;
    bool m_misread = false;
    bool m_anchor_reported = false;
};

/// Errors a file's bytes must not have, before YAML sees them.
bool check_bytes(std::string_view text, const LineIndex& lines, std::uint32_t file,
                 Diagnostics& diags) {
    if (auto bad = find_invalid_utf8(text)) {
        diags.error(lines.at_offset(file, *bad), "E002",
                    fmt::format("byte 0x{:02X} is not valid UTF-8",
                                static_cast<unsigned char>(text[*bad])),
                    "save the file as UTF-8");
        return false;
    }
    bool ok = true;
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') { line_start = true; continue; }
        if (c == '\t' && line_start) {
            // A tab among the leading white space of a line that holds content.
            std::size_t j = i;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
            if (j < text.size() && text[j] != '\n' && text[j] != '#') {
                diags.error(lines.at_offset(file, i), "E003", "tab character in indentation",
                            "indent with spaces: YAML does not allow tabs there");
                ok = false;
            }
            i = j - 1;
            line_start = false;
            continue;
        }
        if (c != ' ') line_start = false;
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            diags.error(lines.at_offset(file, i), "E002",
                        fmt::format("control character 0x{:02X} in text", c),
                        "remove it (often pasted from a word processor)");
            return false;
        }
    }
    return ok;
}

/// The offset of the first `[` or `{` that opens a flow level deeper than
/// `max_depth`. Checked before yaml-cpp sees the text: it would spend seconds
/// and hundreds of MB on a million brackets. One pass, with as much of YAML's
/// lexical rules as decides whether a bracket is one:
/// - a bracket counts inside a flow collection, or where a value starts in
///   block context (after indentation, `- `, `? ` or `: `); inside a plain
///   block scalar (`title: a[b`) it is text;
/// - a quote opens quoted text only where a value starts (`'` in `[-'` or
///   `it's` is text); quoted text that is never closed is taken as text, and
///   that kind of quote is not trusted again, so the pass stays linear;
/// - comments (`#` after a space) and block scalars (`|`, `>`: the more
///   indented lines after them) are skipped.
std::optional<std::size_t> too_deep_flow(std::string_view text, int max_depth) {
    // Fewer brackets than levels allowed: no need to look where they are.
    if (std::count_if(text.begin(), text.end(), [](char c) { return c == '[' || c == '{'; }) <= max_depth)
        return std::nullopt;
    const std::size_t n = text.size();
    int depth = 0;
    bool value_start = true;  // a value (scalar or collection) may start here
    bool trust[2] = {true, true};  // ' and " still open quoted text
    std::size_t indent = 0;        // of the current line
    bool line_start = true;
    for (std::size_t i = 0; i < n; ++i) {
        char c = text[i];
        if (c == '\n') {
            line_start = true;
            indent = 0;
            value_start = true;
            continue;
        }
        if (line_start) {
            if (c == ' ') { ++indent; continue; }
            line_start = false;
        }
        if (c == ' ') {
            if (text[i - 1] == ':') value_start = true;  // `key: [`
            continue;
        }
        if ((c == '-' || c == '?') && value_start && (i + 1 == n || text[i + 1] == ' ' || text[i + 1] == '\n'))
            continue;  // `- [` and `? [`: an indicator, a value may follow
        if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
            while (i + 1 < n && text[i + 1] != '\n') ++i;
            continue;
        }
        if ((c == '"' || c == '\'') && value_start && trust[c == '"']) {
            std::size_t j = i + 1;
            for (; j < n; ++j) {
                if (c == '"' && text[j] == '\\') { ++j; continue; }
                if (text[j] == c) {
                    if (c == '\'' && j + 1 < n && text[j + 1] == '\'') { ++j; continue; }
                    break;
                }
            }
            if (j < n) {
                i = j;
                value_start = false;
                continue;
            }
            trust[c == '"'] = false;  // never closed: not quoted text for YAML either
        }
        if ((c == '|' || c == '>') && value_start && depth == 0) {
            // A block scalar: skip the rest of its line and every following line
            // that is blank or indented deeper than this one.
            std::size_t j = text.find('\n', i);
            while (j != std::string_view::npos && j + 1 < n) {
                std::size_t k = j + 1, sp = 0;
                while (k + sp < n && text[k + sp] == ' ') ++sp;
                if (k + sp < n && text[k + sp] != '\n' && sp <= indent) break;
                j = text.find('\n', k);
            }
            if (j == std::string_view::npos) return std::nullopt;
            i = j - 1;  // the newline is handled next
            continue;
        }
        if ((c == '[' || c == '{') && (depth > 0 || value_start)) {
            if (++depth > max_depth) return i;
            value_start = true;
            continue;
        }
        if ((c == ']' || c == '}') && depth > 0) {
            --depth;
            value_start = false;
            continue;
        }
        if (c == ',' && depth > 0) {
            value_start = true;
            continue;
        }
        if (c == ':' && depth > 0) {
            value_start = true;  // `{a:[` and `"a":[` in flow context
            continue;
        }
        value_start = false;
    }
    return std::nullopt;
}

/// An input stream buffer over text in memory (no copy, unlike std::istringstream).
class ViewBuf : public std::streambuf {
public:
    explicit ViewBuf(std::string_view text) {
        char* p = const_cast<char*>(text.data());  // only ever read
        setg(p, p, p + text.size());
    }
};

std::string friendly(const std::string& msg) {
    if (msg == "illegal map value") return "YAML syntax: unexpected ':' (illegal map value)";
    return "YAML syntax: " + msg;
}

std::string hint_for(const std::string& msg) {
    if (msg == "illegal map value") return "quote a value that contains ': '";
    if (msg.find("end of") != std::string::npos) return "check for a missing closing bracket or quote";
    return {};
}

}  // namespace

YNode parse_yaml(std::string_view raw, std::uint32_t file, Diagnostics& diags,
                 const YamlLimits& limits) {
    if (raw.size() > limits.max_bytes) {
        diags.error(Loc{file, 0, 0}, "E005",
                    fmt::format("file is {} bytes, over the limit of {} bytes", raw.size(),
                                limits.max_bytes),
                    "split it: one plan, activity or risk per file");
        return {};
    }
    if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
    std::string text;
    if (raw.find('\r') == std::string_view::npos) {
        text.assign(raw);
    } else {
        text.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
            text.push_back(raw[i]);
        }
    }
    LineIndex lines(text);
    if (!check_bytes(text, lines, file, diags)) return {};

    if (auto deep = too_deep_flow(text, limits.max_depth)) {
        diags.error(lines.at_offset(file, *deep), "E005", fmt::format("nesting deeper than {} levels", limits.max_depth));
        return {};
    }
    ViewBuf buf(text);
    std::istream in(&buf);
    TreeBuilder builder(text, lines, file, diags, limits.max_depth);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) {
            diags.error(Loc{file, 1, 1}, "E010", "file is empty",
                        "a scmplan file starts with 'scmplan: 1' and 'kind: …'");
            return {};
        }
        if (builder.misread()) return {};
        YNode root = builder.take_root();
        TreeBuilder rest(text, lines, file, diags, limits.max_depth);
        if (parser.HandleNextDocument(rest)) {
            YNode second = rest.take_root();
            diags.error(second.loc, "E004", "a second YAML document in one file",
                        "one file holds one document: move it to a file of its own");
        }
        return root;
    } catch (const TooDeep& deep) {
        Loc at = deep.mark.pos >= 0 ? lines.at_offset(file, static_cast<std::size_t>(deep.mark.pos))
                                    : Loc{file, 1, 1};
        diags.error(at, "E005", fmt::format("nesting deeper than {} levels", limits.max_depth));
    } catch (const YAML::Exception& e) {
        if (builder.misread()) return {};  // a consequence of the misread already reported
        Loc at = e.mark.pos >= 0 ? lines.at_offset(file, static_cast<std::size_t>(e.mark.pos))
                                 : Loc{file, 1, 1};
        diags.error(at, "E003", friendly(e.msg), hint_for(e.msg));
    }
    return {};
}

}  // namespace scmplan

#include "yaml_edit.hpp"

#include <algorithm>

#include "fields.hpp"
#include "scmplan/text.hpp"

namespace scmplan::load {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_line_end(char c) { return c == '\n' || c == '\r'; }

/// Finds the index of the scalar key `key` in `map`, or map_size().
std::size_t find_key(const YNode& map, std::string_view key) {
    for (std::size_t i = 0; i < map.map_size(); ++i)
        if (map.key(i).is_scalar() && map.key(i).text == key) return i;
    return map.map_size();
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += items[i];
    }
    return out;
}

}  // namespace

YamlEditor::YamlEditor(std::string raw) : m_raw(std::move(raw)) {
    index_lines();
    Diagnostics diags;
    m_root = parse_yaml(m_raw, 0, diags);
    m_ok = !diags.has_errors() && m_root.is_map();
}

YamlEditor::YamlEditor(std::string raw, YNode root) : m_raw(std::move(raw)), m_root(std::move(root)) {
    index_lines();
    m_ok = m_root.is_map();
}

void YamlEditor::index_lines() {
    if (m_raw.find("\r\n") != std::string::npos) m_eol = "\r\n";
    if (m_raw.starts_with("\xEF\xBB\xBF")) m_bom = 3;
    m_line_starts.push_back(0);
    for (std::size_t i = m_raw.find('\n'); i != std::string::npos; i = m_raw.find('\n', i + 1))
        m_line_starts.push_back(i + 1);
}

std::size_t YamlEditor::offset(const Loc& at) const {
    if (at.line == 0 || at.line > m_line_starts.size()) return m_raw.size();
    std::size_t p = m_line_starts[at.line - 1] + (at.line == 1 ? m_bom : 0);
    // Columns count code points; the text is valid UTF-8 (parse_yaml refuses
    // anything else, and the editor is then not ok).
    for (std::uint32_t c = 1; c < at.column && p < m_raw.size(); ++c) p += decode_utf8(m_raw, p).length;
    return p;
}

std::size_t YamlEditor::column_bytes(const YNode& n) const {
    std::size_t p = offset(n.loc);
    std::size_t start = m_line_starts[n.loc.line - 1] + (n.loc.line == 1 ? m_bom : 0);
    return p - start;
}

std::size_t YamlEditor::next_line_start(std::size_t pos) const {
    std::size_t nl = m_raw.find('\n', pos);
    return nl == std::string::npos ? m_raw.size() : nl + 1;
}

bool YamlEditor::is_flow(const YNode& c) const {
    std::size_t p = offset(c.loc);
    return p < m_raw.size() && (m_raw[p] == '{' || m_raw[p] == '[');
}

std::size_t YamlEditor::scalar_end(const YNode& n, std::size_t key_col) const {
    std::size_t p = offset(n.loc);
    if (p >= m_raw.size()) return p;
    const char c = m_raw[p];
    if (c == '"' || c == '\'') {
        for (std::size_t i = p + 1; i < m_raw.size(); ++i) {
            if (c == '"' && m_raw[i] == '\\') { ++i; continue; }
            if (m_raw[i] != c) continue;
            if (c == '\'' && i + 1 < m_raw.size() && m_raw[i + 1] == '\'') { ++i; continue; }
            return i + 1;
        }
        return m_raw.size();
    }
    // A single-line plain scalar is its text, as written.
    if (c != '|' && c != '>' && m_raw.compare(p, n.text.size(), n.text) == 0) return p + n.text.size();
    // A plain scalar folded over lines (in a block or a flow collection): its
    // text with each run of white space standing for a run of spaces and line
    // ends in the file.
    if (c != '|' && c != '>') {
        auto ws = [](char x) { return x == ' ' || x == '\t' || x == '\n' || x == '\r'; };
        std::size_t i = p, t = 0;
        const std::string& want = n.text;
        while (t < want.size() && i < m_raw.size()) {
            if (ws(want[t])) {
                if (!ws(m_raw[i])) break;
                while (t < want.size() && ws(want[t])) ++t;
                while (i < m_raw.size() && ws(m_raw[i])) ++i;
            } else if (m_raw[i] == want[t]) {
                ++i, ++t;
            } else {
                break;
            }
        }
        if (t == want.size()) return i;
    }
    // A block scalar, or a plain scalar folded over several lines: it ends at
    // the last non-blank line indented deeper than its key.
    auto content_end = [&](std::size_t from) {
        std::size_t e = from;
        for (std::size_t i = from; i < m_raw.size() && !is_line_end(m_raw[i]); ++i) {
            if (m_raw[i] == '#' && i > from && is_space(m_raw[i - 1]) && c != '|' && c != '>') break;
            if (!is_space(m_raw[i])) e = i + 1;
        }
        return e;
    };
    std::size_t end = content_end(p);
    bool keep = false;  // keep chomping (`|+`, `>2+`): its trailing blank lines are its text
    if (c == '|' || c == '>') {  // the header: `|`, `|-`, `>2` …, without its comment
        end = p + 1;
        while (end < m_raw.size() && !is_space(m_raw[end]) && !is_line_end(m_raw[end])) keep |= m_raw[end++] == '+';
    }
    for (std::size_t line = next_line_start(p); line < m_raw.size(); line = next_line_start(line)) {
        std::size_t indent = 0;
        while (line + indent < m_raw.size() && m_raw[line + indent] == ' ') ++indent;
        std::size_t first = line + indent;
        if (first >= m_raw.size() || is_line_end(m_raw[first])) continue;  // blank
        if (indent <= key_col) break;
        if (c != '|' && c != '>' && m_raw[first] == '#') break;
        end = content_end(first);
    }
    if (keep) {
        // The blank lines after its last line belong to it: it ends at the
        // line end of the last of them, so that what is inserted after it
        // comes after them and a replacement takes them too.
        for (std::size_t line = next_line_start(end); line < m_raw.size(); line = next_line_start(line)) {
            std::size_t i = line;
            while (i < m_raw.size() && is_space(m_raw[i])) ++i;
            if (i < m_raw.size() && !is_line_end(m_raw[i])) break;
            end = i;
        }
    }
    return end;
}

std::size_t YamlEditor::null_end(const YNode& key) const {
    std::size_t p = scalar_end(key, 0);
    while (p < m_raw.size() && is_space(m_raw[p])) ++p;
    if (p < m_raw.size() && m_raw[p] == ':') ++p;
    // An explicit `~` or `null` is part of the value.
    std::size_t q = p;
    while (q < m_raw.size() && is_space(m_raw[q])) ++q;
    for (std::string_view word : {"~", "null", "Null", "NULL"}) {
        if (m_raw.compare(q, word.size(), word) != 0) continue;
        std::size_t after = q + word.size();
        if (after == m_raw.size() || is_space(m_raw[after]) || is_line_end(m_raw[after]) ||
            std::string_view(",}]#").find(m_raw[after]) != std::string_view::npos)
            return after;
    }
    return p;
}

std::size_t YamlEditor::value_end(const YNode& map, std::size_t i) const {
    const YNode& v = map.value(i);
    if (v.is_null()) return null_end(map.key(i));
    return node_end(v, column_bytes(map.key(i)));
}

std::size_t YamlEditor::node_end(const YNode& n, std::size_t key_col) const {
    if (n.is_scalar()) return scalar_end(n, key_col);
    if (n.is_null()) return offset(n.loc);
    const bool flow = is_flow(n);
    std::size_t last = offset(n.loc) + 1;  // inside an empty flow collection
    if (!n.items.empty()) {
        if (n.is_map()) {
            last = value_end(n, n.map_size() - 1);
        } else {
            const YNode& item = n.items.back();
            last = node_end(item, flow ? key_col : column_bytes(item) - 1);
        }
    }
    if (!flow) return last;
    // Past spaces, line ends, comments and a trailing comma, to the bracket.
    for (std::size_t i = last; i < m_raw.size(); ++i) {
        char c = m_raw[i];
        if (c == '}' || c == ']') return i + 1;
        if (c == '#') i = next_line_start(i) - 1;
    }
    return m_raw.size();
}

void YamlEditor::splice(std::size_t at, std::size_t erase, std::string insert, int depth) {
    m_splices.push_back({at, erase, std::move(insert), depth, m_splices.size()});
}

void YamlEditor::insert_lines(std::size_t after, const std::vector<std::string>& lines, int depth) {
    std::size_t at = next_line_start(after);
    std::string text;
    if (at == m_raw.size() && (m_raw.empty() || m_raw.back() != '\n')) {
        for (const auto& l : lines) text += m_eol + l;  // the file keeps ending without a line end
    } else {
        for (const auto& l : lines) text += l + m_eol;
    }
    splice(at, 0, std::move(text), depth);
}

std::string YamlEditor::set(const YNode& map, std::string_view key, const std::string& value) {
    if (!map.is_map()) return "not a mapping";
    std::size_t i = find_key(map, key);
    if (i == map.map_size()) {
        std::string entry = std::string(key) + ": " + value;
        if (is_flow(map)) {
            if (map.map_size() == 0) splice(offset(map.loc) + 1, 0, entry);
            else splice(value_end(map, map.map_size() - 1), 0, ", " + entry);
        } else {
            insert_lines(value_end(map, map.map_size() - 1),
                         {std::string(column_bytes(map.key(0)), ' ') + entry}, 0);
        }
        return {};
    }
    const YNode& v = map.value(i);
    if (v.is_scalar()) {
        std::size_t p = offset(v.loc);
        splice(p, scalar_end(v, column_bytes(map.key(i))) - p, value);
        return {};
    }
    if (v.is_null()) {
        // After the colon, up to the end of an explicit `~` or `null` if any.
        std::size_t colon = m_raw.find(':', scalar_end(map.key(i), 0));
        std::size_t end = null_end(map.key(i));
        std::size_t start = colon == std::string::npos || colon >= end ? end : colon + 1;
        splice(start, end - start, " " + value);
        return {};
    }
    return "'" + std::string(key) + "' holds a list or a mapping, not a single value";
}

std::string YamlEditor::append(const YNode& map, std::string_view key, const std::vector<std::string>& items) {
    if (!map.is_map()) return "not a mapping";
    if (items.empty()) return {};
    std::size_t i = find_key(map, key);
    if (i == map.map_size() || map.value(i).is_null()) return set(map, key, "[" + join(items, ", ") + "]");
    const YNode& list = map.value(i);
    if (!list.is_seq()) return "'" + std::string(key) + "' is not a list";
    if (is_flow(list)) {
        if (list.items.empty()) splice(offset(list.loc) + 1, 0, join(items, ", "), 1);
        else splice(node_end(list.items.back(), column_bytes(map.key(i))), 0, ", " + join(items, ", "), 1);
        return {};
    }
    const YNode& last = list.items.back();
    std::size_t dash = column_bytes(list.items.front());
    // The item follows its dash and one or more spaces: find the dash's column.
    std::size_t p = offset(list.items.front().loc);
    while (dash > 0 && p > 0 && m_raw[p - 1] == ' ') { --p; --dash; }
    if (dash > 0) --dash;
    std::vector<std::string> lines;
    for (const auto& item : items) lines.push_back(std::string(dash, ' ') + "- " + item);
    insert_lines(node_end(last, dash), lines, 1);
    return {};
}

std::string YamlEditor::append_mapping(const YNode& map, std::string_view key,
                                       const std::vector<std::pair<std::string, std::string>>& entries) {
    if (!map.is_map()) return "not a mapping";
    std::vector<std::string> flat;
    for (const auto& [k, v] : entries) flat.push_back(k + ": " + v);
    std::size_t i = find_key(map, key);
    auto block_item = [&](std::size_t dash) {
        std::vector<std::string> lines;
        for (std::size_t j = 0; j < flat.size(); ++j)
            lines.push_back(std::string(j == 0 ? dash : dash + 2, ' ') + (j == 0 ? "- " : "") + flat[j]);
        return lines;
    };
    if (i == map.map_size()) {
        if (is_flow(map)) return set(map, key, "[{" + join(flat, ", ") + "}]");
        std::size_t col = column_bytes(map.key(0));
        std::vector<std::string> lines = block_item(col + 2);
        lines.insert(lines.begin(), std::string(col, ' ') + std::string(key) + ":");
        // A new top-level list goes at the end of the file, after the comments
        // that follow the last entry (they often introduce what comes next).
        insert_lines(&map == &m_root ? m_raw.size() : value_end(map, map.map_size() - 1), lines, 0);
        return {};
    }
    const YNode& list = map.value(i);
    if (list.is_null()) {
        insert_lines(null_end(map.key(i)), block_item(column_bytes(map.key(i)) + 2), 0);
        return {};
    }
    if (!list.is_seq()) return "'" + std::string(key) + "' is not a list";
    if (is_flow(list)) {
        std::string item = "{" + join(flat, ", ") + "}";
        if (list.items.empty()) splice(offset(list.loc) + 1, 0, item, 1);
        else splice(node_end(list.items.back(), column_bytes(map.key(i))), 0, ", " + item, 1);
        return {};
    }
    std::size_t p = offset(list.items.front().loc);
    std::size_t dash = column_bytes(list.items.front());
    while (dash > 0 && p > 0 && m_raw[p - 1] == ' ') { --p; --dash; }
    if (dash > 0) --dash;
    // Items written `- {a: 1, b: 2}`: the new one too.
    if (list.items.back().is_map() && is_flow(list.items.back())) {
        insert_lines(node_end(list.items.back(), dash), {std::string(dash, ' ') + "- {" + join(flat, ", ") + "}"}, 1);
        return {};
    }
    insert_lines(node_end(list.items.back(), dash), block_item(dash), 1);
    return {};
}

std::string YamlEditor::remove(const YNode& map, std::string_view key) {
    if (!map.is_map()) return "not a mapping";
    std::size_t i = find_key(map, key);
    if (i == map.map_size()) return {};
    const std::size_t key_at = offset(map.key(i).loc), end = value_end(map, i);
    if (is_flow(map)) {
        if (map.map_size() == 1) splice(key_at, end - key_at, "");
        else if (i > 0) {
            std::size_t from = value_end(map, i - 1);
            splice(from, end - from, "");
        } else {
            std::size_t to = offset(map.key(1).loc);
            splice(key_at, to - key_at, "");
        }
        return {};
    }
    std::size_t line = m_line_starts[map.key(i).loc.line - 1];
    for (std::size_t c = line; c < key_at; ++c)
        if (m_raw[c] != ' ' && !(c < m_bom)) return "'" + std::string(key) + "' is the first key of a list item";
    std::size_t to = next_line_start(end);
    if (to == m_raw.size() && (m_raw.empty() || m_raw.back() != '\n')) {
        // The last line, without a line end: the line end before it goes instead.
        std::size_t from = line;
        if (from > 0 && m_raw[from - 1] == '\n') --from;
        if (from > 0 && m_raw[from - 1] == '\r') --from;
        line = from;
    }
    splice(line, to - line, "");
    return {};
}

std::string YamlEditor::text() const {
    std::vector<const Splice*> order;
    for (const auto& s : m_splices) order.push_back(&s);
    std::sort(order.begin(), order.end(), [](const Splice* a, const Splice* b) {
        if (a->at != b->at) return a->at < b->at;
        if (a->depth != b->depth) return a->depth > b->depth;
        return a->seq < b->seq;
    });
    std::string out;
    out.reserve(m_raw.size() + 256);
    std::size_t pos = 0;
    for (const Splice* s : order) {
        if (s->at < pos) continue;  // overlapping edits: never queued by the callers
        out.append(m_raw, pos, s->at - pos);
        out += s->insert;
        pos = s->at + s->erase;
    }
    out.append(m_raw, pos, std::string::npos);
    return out;
}

std::string yaml_scalar(std::string_view s) {
    static constexpr std::string_view reserved[] = {"true", "false", "True", "False", "TRUE", "FALSE", "null",
                                                    "Null", "NULL", "~", "yes", "no", "Yes", "No", "YES", "NO",
                                                    "on", "off", "On", "Off", "ON", "OFF", "y", "n", "Y", "N"};
    bool plain = !s.empty() && !is_space(s.front()) && !is_space(s.back()) && !looks_numeric(s) &&
                 std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) == std::string_view::npos &&
                 // No indicator anywhere: yaml-cpp misreads some inside flow
                 // collections (`[a?b=1&c]`), and quoting costs nothing.
                 s.find_first_of(":#,[]{}?&*!|>'\"%@`\\") == std::string_view::npos &&
                 std::find(std::begin(reserved), std::end(reserved), s) == std::end(reserved);
    for (char ch : s)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) plain = false;
    if (plain) return std::string(s);
    std::string out = "\"";
    for (char ch : s) {
        unsigned char u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') { out += '\\'; out += ch; }
        else if (ch == '\n') out += "\\n";
        else if (ch == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else out += ch;
    }
    return out + "\"";
}

}  // namespace scmplan::load

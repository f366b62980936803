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

#include "line_index.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"
#include "yaml_checks.hpp"

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
        case YNode::Kind::scalar: return quote_for_message(node.text);
    }
    return "?";
}

namespace {

using load::LineIndex;

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
        if (!m_stack.empty() && m_stack.back().is_map() && open_items() % 2 == 1) n.loc = m_pending.back().loc;
        add(std::move(n));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        // One report per file: an alias bomb has thousands. The tree lacks the
        // aliased values, so it is not read further (misread).
        if (!m_misread)
            m_diags.error(loc(mark), DiagCode::E004, "aliases (*name) are not supported in scmplan files",
                          "write the value out in full");
        m_misread = true;
        YNode n;
        n.loc = loc(mark);
        add(std::move(n));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        if (m_anchor_reported) return;
        m_anchor_reported = true;
        m_diags.error(loc(mark), DiagCode::E004,
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
            m_diags.error(n.loc, DiagCode::E002, fmt::format("control character {} in text", code_point_name(c->cp)),
                          "remove it: only tab and line breaks may appear in text");
        // Non-characters and what XML forbids, raw ones refused before parsing
        // too: they come from escapes ("\uFFFE", "\U0010FFFF").
        else if (auto x = find_not_xml(value))
            m_diags.error(n.loc, DiagCode::E002, fmt::format("non-character {} in text", code_point_name(x->cp)),
                          load::not_xml_hint);
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
        m_diags.error(loc(mark), DiagCode::E004, fmt::format("YAML tags ({}) are not supported", shown),
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
                m_diags.error(at, DiagCode::E003,
                              fmt::format("quoted text opened here is not closed before line {}",
                                          m_lines.at_offset(m_file, j).line),
                              "close the quote on the same line, or indent continuation lines "
                              "deeper than the key");
                m_misread = true;
                return;
            }
        }
    }

    // The items of the open collections wait in m_pending, each collection's
    // after those of the one that holds it (from m_first.back() on, the
    // innermost's); a closed collection takes its own in one allocation of
    // their number, not a vector grown by doubling.
    std::size_t open_items() const { return m_pending.size() - m_first.back(); }

    void open(const YAML::Mark& mark, YNode::Kind kind) {
        if (static_cast<int>(m_stack.size()) >= m_max_depth) throw TooDeep{mark};
        YNode n;
        n.kind = kind;
        n.loc = loc(mark);
        m_stack.push_back(std::move(n));
        m_first.push_back(m_pending.size());
        m_key_index.emplace_back();
    }

    void close() {
        YNode n = std::move(m_stack.back());
        const auto first = m_pending.begin() + static_cast<std::ptrdiff_t>(m_first.back());
        n.items.assign(std::make_move_iterator(first), std::make_move_iterator(m_pending.end()));
        m_pending.erase(first, m_pending.end());
        m_stack.pop_back();
        m_first.pop_back();
        m_key_index.pop_back();
        add(std::move(n));
    }

    void add(YNode n) {
        if (m_stack.empty()) {
            m_root = std::move(n);
            return;
        }
        if (m_stack.back().is_map() && open_items() % 2 == 0) check_key(m_key_index.back(), n);
        m_pending.push_back(std::move(n));
    }

    /// A key must be one line of visible text, and new in its mapping. Small
    /// mappings are searched; from `index_from` keys on, a hash index of the
    /// mapping's keys keeps the check O(1) per key (88,000 keys in one mapping
    /// would otherwise take seconds).
    void check_key(std::unordered_map<std::string, std::size_t>& index, const YNode& key) {
        constexpr std::size_t index_from = 16;
        if (!key.is_scalar()) {
            m_diags.error(key.loc, DiagCode::E003, "a key must be plain text, not " + describe(key));
            return;
        }
        if (key.text.find('\n') != std::string::npos) {  // other controls: OnScalar
            m_diags.error(key.loc, DiagCode::E002, "line break in a key", "a key is one line of text: remove it");
        } else if (auto inv = find_invisible(key.text)) {
            m_diags.error(key.loc, DiagCode::E006,
                          fmt::format("invisible or direction-changing character {} in key {}",
                                      code_point_name(inv->cp), quote_for_message(key.text)),
                          "retype the key: it only looks like the one meant");
        }
        // The mapping's items so far (m_pending from m_first.back()).
        const YNode* items = m_pending.data() + m_first.back();
        const std::size_t count = open_items();
        const YNode* first = nullptr;
        if (count / 2 < index_from) {
            for (std::size_t i = 0; i < count && !first; i += 2)
                if (items[i].is_scalar() && items[i].text == key.text) first = &items[i];
        } else {
            if (index.empty())
                for (std::size_t i = 0; i < count; i += 2)
                    if (items[i].is_scalar()) index.emplace(items[i].text, i);
            auto [it, inserted] = index.emplace(key.text, count);
            if (!inserted) first = &items[it->second];
        }
        if (first)
            m_diags.error(key.loc, DiagCode::E012,
                          fmt::format("duplicate key {} (first at line {}, column {})", quote_for_message(key.text),
                                      first->loc.line, first->loc.column),
                          "merge the two entries: scmplan never lets one silently win");
    }

    std::string_view m_text;
    const LineIndex& m_lines;
    std::uint32_t m_file;
    Diagnostics& m_diags;
    int m_max_depth;
    std::vector<YNode> m_stack;    ///< the open collections, outermost first (their items in m_pending)
    std::vector<YNode> m_pending;  ///< the items of the open collections so far
    std::vector<std::size_t> m_first;  ///< where each open collection's items start in m_pending
    std::vector<std::unordered_map<std::string, std::size_t>> m_key_index;  ///< per open collection, see check_key
    YNode m_root;
    bool m_misread = false;
    bool m_anchor_reported = false;
};

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
        diags.error(Loc{file, 0, 0}, DiagCode::E005,
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
    if (!load::check_bytes(text, lines, file, diags)) return {};

    if (auto deep = load::too_deep_flow(text, limits.max_depth)) {
        diags.error(lines.at_offset(file, *deep), DiagCode::E005, fmt::format("nesting deeper than {} levels", limits.max_depth));
        return {};
    }
    ViewBuf buf(text);
    std::istream in(&buf);
    TreeBuilder builder(text, lines, file, diags, limits.max_depth);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) {
            diags.error(Loc{file, 1, 1}, DiagCode::E010, "file is empty",
                        "a scmplan file starts with 'scmplan: 1' and 'kind: …'");
            return {};
        }
        if (builder.misread()) return {};
        YNode root = builder.take_root();
        TreeBuilder rest(text, lines, file, diags, limits.max_depth);
        if (parser.HandleNextDocument(rest)) {
            YNode second = rest.take_root();
            diags.error(second.loc, DiagCode::E004, "a second YAML document in one file",
                        "one file holds one document: move it to a file of its own");
        }
        return root;
    } catch (const TooDeep& deep) {
        Loc at = deep.mark.pos >= 0 ? lines.at_offset(file, static_cast<std::size_t>(deep.mark.pos))
                                    : Loc{file, 1, 1};
        diags.error(at, DiagCode::E005, fmt::format("nesting deeper than {} levels", limits.max_depth));
    } catch (const YAML::Exception& e) {
        if (builder.misread()) return {};  // a consequence of the misread already reported
        Loc at = e.mark.pos >= 0 ? lines.at_offset(file, static_cast<std::size_t>(e.mark.pos))
                                 : Loc{file, 1, 1};
        diags.error(at, DiagCode::E003, friendly(e.msg), hint_for(e.msg));
    }
    return {};
}

}  // namespace scmplan

// word/document.xml as paragraphs and tables: see include/scmplan/docx_read.hpp
// for the contract. The walk is iterative over paragraphs and recursive only
// over nested tables (bounded by DocxReadLimits::max_nesting, and the package
// reader refuses XML nested deeper than its own limit).
#include "scmplan/docx_read.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <string_view>

#include "scmplan/ooxml.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

std::string DocxCell::text() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (p.text.empty()) continue;
        if (!out.empty()) out += ' ';
        out += p.text;
    }
    return out;
}

const DocxCell& DocxTable::at(std::size_t row, std::size_t col) const {
    const DocxCell& c = rows.at(row).at(col);
    return c.covered ? rows.at(c.origin_row).at(c.origin_col) : c;
}

namespace {

using pugi::xml_node;

bool is(const xml_node& n, std::string_view local) { return local_name(n) == local; }

xml_node child(const xml_node& n, std::string_view local) {
    for (xml_node c = n.first_child(); c; c = c.next_sibling())
        if (is(c, local)) return c;
    return {};
}

std::string_view attr(const xml_node& n, std::string_view local) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        std::string_view name = a.name();
        auto colon = name.find(':');
        if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
    }
    return {};
}

/// A toggle property (w:b, w:u …) that is on: present and not switched off.
bool on(const xml_node& rpr, std::string_view local) {
    xml_node p = child(rpr, local);
    if (!p) return false;
    std::string_view v = attr(p, "val");
    if (local == "u") return v != "none" && !v.empty();
    return v.empty() || (v != "0" && v != "false" && v != "off");
}

/// Whitespace runs made one space, trimmed, and zero-width spaces (U+200B)
/// dropped: the only changes made to the text. Whitespace is ASCII space, tab,
/// CR, LF and U+00A0 (no-break space). A zero-width space is a line-break hint
/// with no text of its own: Thai typists put them between words, and
/// scmplan's own Word documents after "(" before Thai (docs/docx.md).
std::string collapse(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        bool ws = false;
        std::size_t len = 1;
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') ws = true;
        else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) ws = true, len = 2;
        else if (s.substr(i, 3) == "\u200B") {
            i += 3;
            continue;
        }
        if (ws) {
            space = !out.empty();
            i += len;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += s[i];
        ++i;
    }
    return out;
}

/// The styles that are headings: style id → outline level (1-based).
std::map<std::string, int, std::less<>> heading_styles(const xml_node& styles) {
    std::map<std::string, int, std::less<>> out;
    for (xml_node s = styles.first_child(); s; s = s.next_sibling()) {
        if (!is(s, "style")) continue;
        std::string id(attr(s, "styleId"));
        std::string name(attr(child(s, "name"), "val"));
        for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        int level = 0;
        if (name.size() == 9 && name.compare(0, 8, "heading ") == 0 && name[8] >= '1' && name[8] <= '9')
            level = name[8] - '0';
        if (xml_node o = child(child(s, "pPr"), "outlineLvl")) {
            std::string_view v = attr(o, "val");
            if (v.size() == 1 && v[0] >= '0' && v[0] <= '8') level = v[0] - '0' + 1;
        }
        if (level > 0) out[id] = level;
    }
    return out;
}

/// The styles that make their paragraphs list items (a w:numPr in the
/// style, as Word's "List Bullet" and "List Number"): style id → (numId, ilvl).
std::map<std::string, std::pair<std::string, int>, std::less<>> list_styles(const xml_node& styles) {
    std::map<std::string, std::pair<std::string, int>, std::less<>> out;
    for (xml_node s = styles.first_child(); s; s = s.next_sibling()) {
        if (!is(s, "style")) continue;
        xml_node num = child(child(s, "pPr"), "numPr");
        if (!num) continue;
        std::string_view lvl = attr(child(num, "ilvl"), "val");
        int level = lvl.size() == 1 && lvl[0] >= '0' && lvl[0] <= '8' ? lvl[0] - '0' : 0;
        out[std::string(attr(s, "styleId"))] = {std::string(attr(child(num, "numId"), "val")), level};
    }
    return out;
}

/// The list formats of word/numbering.xml: (numId, level) → numbered (not a bullet).
using ListFormats = std::map<std::pair<std::string, int>, bool>;

ListFormats list_formats(const xml_node& numbering) {
    std::map<std::string, std::map<int, bool>> abstract;
    for (xml_node a = numbering.first_child(); a; a = a.next_sibling()) {
        if (!is(a, "abstractNum")) continue;
        auto& levels = abstract[std::string(attr(a, "abstractNumId"))];
        for (xml_node l = a.first_child(); l; l = l.next_sibling()) {
            if (!is(l, "lvl")) continue;
            std::string_view lv = attr(l, "ilvl");
            std::string_view fmt = attr(child(l, "numFmt"), "val");
            if (lv.size() == 1 && lv[0] >= '0' && lv[0] <= '8') levels[lv[0] - '0'] = fmt != "bullet" && fmt != "none";
        }
    }
    ListFormats out;
    for (xml_node n = numbering.first_child(); n; n = n.next_sibling()) {
        if (!is(n, "num")) continue;
        auto it = abstract.find(std::string(attr(child(n, "abstractNumId"), "val")));
        if (it == abstract.end()) continue;
        for (const auto& [level, numbered] : it->second) out[{std::string(attr(n, "numId")), level}] = numbered;
    }
    return out;
}

struct Walker {
    const DocxReadLimits& limits;
    std::map<std::string, int, std::less<>> headings;
    std::optional<ListFormats> lists;  ///< nullopt: no numbering.xml
    std::map<std::string, std::pair<std::string, int>, std::less<>> list_style;  ///< styles that number
    DocxContent content;
    std::size_t paragraphs = 0;
    std::size_t tables = 0;
    std::string error;

    int heading_of(const xml_node& ppr) const {
        if (xml_node o = child(ppr, "outlineLvl")) {
            std::string_view v = attr(o, "val");
            if (v.size() == 1 && v[0] >= '0' && v[0] <= '8') return v[0] - '0' + 1;
        }
        std::string_view id = attr(child(ppr, "pStyle"), "val");
        if (auto it = headings.find(id); it != headings.end()) return it->second;
        // Without styles.xml: the ids Word and LibreOffice give them.
        if (id.size() == 8 && (id.substr(0, 7) == "Heading" || id.substr(0, 7) == "heading") && id[7] >= '1' &&
            id[7] <= '9')
            return id[7] - '0';
        return 0;
    }

    /// One paragraph: its runs' text in document order, with the formatting
    /// of each letter, read by an iterative walk of the paragraph's subtree.
    DocxParagraph paragraph(const xml_node& p) {
        DocxParagraph out;
        out.number = ++paragraphs;
        xml_node ppr = child(p, "pPr");
        out.heading = heading_of(ppr);
        out.list_item = static_cast<bool>(child(ppr, "numPr"));
        if (out.list_item) {
            std::string_view lvl = attr(child(child(ppr, "numPr"), "ilvl"), "val");
            if (lvl.size() == 1 && lvl[0] >= '0' && lvl[0] <= '8') out.list_level = lvl[0] - '0';
            std::string id(attr(child(child(ppr, "numPr"), "numId"), "val"));
            if (!lists) out.list_numbered = true;
            else if (auto it = lists->find({id, out.list_level}); it != lists->end()) out.list_numbered = it->second;
        } else if (auto st = list_style.find(attr(child(ppr, "pStyle"), "val")); st != list_style.end()) {
            // numbered by its style ("List Bullet"): a list item as well
            out.list_item = true;
            out.list_level = st->second.second;
            if (!lists) out.list_numbered = true;
            else if (auto it = lists->find({st->second.first, out.list_level}); it != lists->end())
                out.list_numbered = it->second;
        }
        std::string raw;
        std::size_t letters = 0, underlined = 0, bold = 0;
        bool skipped_box = false;
        xml_node n = p.first_child();
        while (n) {
            bool descend = true;
            std::string_view name = local_name(n);
            if (name == "pPr" || name == "rPr" || name == "del" || name == "instrText" || name == "delText" ||
                name == "moveFrom" || name == "fldData") {
                descend = false;
            } else if (name == "txbxContent" || name == "footnoteReference" || name == "endnoteReference") {
                descend = false;
                if (name == "txbxContent" && !n.select_node(".//*[local-name()='t']").node().empty())
                    skipped_box = true;
            } else if (name == "Fallback") {
                descend = false;  // mc:AlternateContent: the Choice is read
            } else if (name == "t") {
                std::string_view t = n.text().get();
                xml_node rpr = child(n.parent(), "rPr");
                bool u = on(rpr, "u"), b = on(rpr, "b") || on(rpr, "bCs");
                for (char c : t)
                    if (c != ' ' && c != '\t' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                        ++letters;
                        if (u) ++underlined;
                        if (b) ++bold;
                    }
                raw += t;
                descend = false;
            } else if (name == "tab" || name == "br" || name == "cr") {
                raw += ' ';
            } else if (name == "noBreakHyphen") {
                raw += '-';
            }
            if (descend && n.first_child()) {
                n = n.first_child();
                continue;
            }
            while (n && !n.next_sibling()) {
                n = n.parent();
                if (n == p) n = xml_node();
            }
            if (n) n = n.next_sibling();
        }
        if (skipped_box)
            content.notes.push_back(fmt::format("paragraph {}: the text of a text box in it was not read", out.number));
        out.text = collapse(raw);
        if (error.empty() && !find_invalid_utf8(out.text)) {
            // controls (C0, C1, the line and paragraph separators) are no text a
            // plan holds and the loader refuses them: removed, and said so
            std::string clean;
            std::size_t removed = 0;
            for (auto cp : code_points_of(out.text)) {
                char32_t c = cp.value;
                if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                    ++removed;
                    continue;
                }
                clean += std::string_view(out.text).substr(cp.offset, cp.length);
            }
            if (removed) {
                content.notes.push_back(fmt::format("paragraph {}: {} control character(s) removed", out.number, removed));
                out.text = collapse(clean);
            }
        }
        out.underlined = letters > 0 && underlined == letters;
        out.bold = letters > 0 && bold == letters;
        if (error.empty())
            if (auto bad = find_invalid_utf8(out.text))
                error = fmt::format("paragraph {} is not valid UTF-8 (byte {} of its text)", out.number, *bad + 1);
        return out;
    }

    /// The grid column count of a row's cell: its gridSpan, at least 1.
    static std::size_t span_of(const xml_node& tc) {
        std::string_view v = attr(child(child(tc, "tcPr"), "gridSpan"), "val");
        std::size_t n = 0;
        for (char c : v) {
            if (c < '0' || c > '9') return 1;
            n = n * 10 + static_cast<std::size_t>(c - '0');
            if (n > 1000) return 1000;
        }
        return n == 0 ? 1 : n;
    }

    /// The cells of a row element, looking through w:sdt and w:customXml wrappers.
    static std::vector<xml_node> cells_of(const xml_node& tr) {
        std::vector<xml_node> out;
        for (xml_node c = tr.first_child(); c; c = c.next_sibling()) {
            if (is(c, "tc")) out.push_back(c);
            else if (is(c, "sdt") || is(c, "customXml"))
                for (xml_node d = (is(c, "sdt") ? child(c, "sdtContent") : c).first_child(); d; d = d.next_sibling())
                    if (is(d, "tc")) out.push_back(d);
        }
        return out;
    }

    /// The paragraphs of a cell, nested tables flattened into them.
    void cell_paragraphs(const xml_node& tc, std::vector<DocxParagraph>& out, std::size_t depth, std::size_t table_no) {
        for (xml_node c = tc.first_child(); c; c = c.next_sibling()) {
            if (is(c, "p")) out.push_back(paragraph(c));
            else if (is(c, "tbl")) {
                if (depth + 1 > limits.max_nesting) {
                    content.notes.push_back(fmt::format(
                        "table {}: a table nested {} deep in a cell was skipped with its text", table_no, depth + 1));
                    continue;
                }
                content.notes.push_back(fmt::format(
                    "table {}: a table nested in a cell was read as paragraphs of that cell", table_no));
                for (xml_node tr = c.first_child(); tr; tr = tr.next_sibling())
                    if (is(tr, "tr"))
                        for (const auto& inner : cells_of(tr)) cell_paragraphs(inner, out, depth + 1, table_no);
            } else if (is(c, "sdt") || is(c, "customXml")) {
                cell_paragraphs(is(c, "sdt") ? child(c, "sdtContent") : c, out, depth, table_no);
            }
        }
    }

    DocxTable table(const xml_node& tbl) {
        DocxTable t;
        t.number = ++tables;
        std::vector<xml_node> rows;
        for (xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling())
            if (is(tr, "tr")) rows.push_back(tr);
        if (rows.size() > limits.max_rows) {
            content.notes.push_back(fmt::format("table {}: rows after row {} were skipped ({} rows in all)", t.number,
                                                limits.max_rows, rows.size()));
            rows.resize(limits.max_rows);
        }
        std::size_t width = 0;
        for (const auto& tr : rows) {
            std::size_t w = 0;
            for (const auto& tc : cells_of(tr)) w += span_of(tc);
            width = std::max(width, w);
        }
        if (width > limits.max_columns) {
            content.notes.push_back(fmt::format("table {}: columns after column {} were skipped ({} in all)", t.number,
                                                limits.max_columns, width));
            width = limits.max_columns;
        }
        t.columns = width;
        for (const auto& tr : rows) {
            const std::size_t r = t.rows.size();
            std::vector<DocxCell> row(width);
            std::size_t col = 0;
            for (const auto& tc : cells_of(tr)) {
                if (col >= width) break;
                std::size_t span = std::min(span_of(tc), width - col);
                DocxCell& cell = row[col];
                xml_node vm = child(child(tc, "tcPr"), "vMerge");
                std::string_view how = attr(vm, "val");
                bool continues = vm && how != "restart" && r > 0;
                if (continues) {
                    const DocxCell& above = t.rows[r - 1][col];
                    cell.covered = true;
                    cell.origin_row = above.covered ? above.origin_row : r - 1;
                    cell.origin_col = above.covered ? above.origin_col : col;
                    // text in a continuing cell is unusual: kept with its origin
                    std::vector<DocxParagraph> extra;
                    cell_paragraphs(tc, extra, 0, t.number);
                    bool any = false;
                    for (auto& p : extra)
                        if (!p.text.empty()) {
                            any = true;
                            t.rows[cell.origin_row][cell.origin_col].paragraphs.push_back(std::move(p));
                        }
                    if (any)
                        content.notes.push_back(fmt::format(
                            "table {} row {}: text in a vertically merged cell was joined to the cell above", t.number,
                            r + 1));
                } else {
                    cell.origin_row = r;
                    cell.origin_col = col;
                    cell_paragraphs(tc, cell.paragraphs, 0, t.number);
                }
                for (std::size_t k = 1; k < span; ++k) {
                    row[col + k].covered = true;
                    row[col + k].origin_row = cell.covered ? cell.origin_row : r;
                    row[col + k].origin_col = cell.covered ? cell.origin_col : col;
                }
                col += span;
            }
            for (; col < width; ++col) row[col].origin_row = r, row[col].origin_col = col;  // short row: empty cells
            t.rows.push_back(std::move(row));
        }
        return t;
    }

    void body(const xml_node& container) {
        for (xml_node n = container.first_child(); n; n = n.next_sibling()) {
            if (is(n, "p")) {
                DocxBlock b;
                b.paragraph = paragraph(n);
                content.blocks.push_back(std::move(b));
            } else if (is(n, "tbl")) {
                DocxBlock b;
                b.is_table = true;
                b.table = table(n);
                content.blocks.push_back(std::move(b));
            } else if (is(n, "sdt")) {
                body(child(n, "sdtContent"));
            } else if (is(n, "customXml")) {
                body(n);
            }
            if (!error.empty()) return;
        }
    }
};

std::optional<DocxContent> read_document(const pugi::xml_document& doc, const pugi::xml_node& styles,
                                         std::optional<ListFormats> lists, std::string& error,
                                         const DocxReadLimits& limits) {
    xml_node root = doc.document_element();
    if (!is(root, "document")) {
        error = "word/document.xml is not a Word document body (its root is not w:document)";
        return std::nullopt;
    }
    xml_node body = child(root, "body");
    if (!body) {
        error = "word/document.xml has no w:body";
        return std::nullopt;
    }
    Walker w{limits, heading_styles(styles), std::move(lists), list_styles(styles), {}, 0, 0, {}};
    w.body(body);
    if (!w.error.empty()) {
        error = "word/document.xml: " + w.error;
        return std::nullopt;
    }
    return std::move(w.content);
}

}  // namespace

std::optional<DocxContent> read_docx_xml(std::string_view document_xml, std::string& error,
                                         const DocxReadLimits& limits) {
    auto part = parse_xml_part(document_xml, "word/document.xml", error);
    if (!part) return std::nullopt;
    return read_document(*part->doc, xml_node(), std::nullopt, error, limits);
}

std::optional<DocxContent> read_docx(std::string bytes, std::string& error, const DocxReadLimits& limits) {
    auto package = OoxmlPackage::open(std::move(bytes), error);
    if (!package) return std::nullopt;
    if (!package->has("word/document.xml")) {
        bool sheet = package->has("xl/workbook.xml");
        error = sheet ? "is an Excel workbook (it has xl/workbook.xml), not a Word document"
                      : "has no word/document.xml: it is not a Word document (.docx)";
        return std::nullopt;
    }
    if (package->has_macros()) {
        error = "carries macros (a vbaProject part): save it as a plain .docx document (without macros) first";
        return std::nullopt;
    }
    auto doc = package->xml("word/document.xml", error);
    if (!doc) return std::nullopt;
    std::optional<XmlPart> styles;
    if (package->has("word/styles.xml")) {
        std::string ignored;
        styles = package->xml("word/styles.xml", ignored);  // optional: headings are also known by their ids
    }
    std::optional<ListFormats> lists;
    if (package->has("word/numbering.xml")) {
        std::string ignored;  // optional: without it, every list item counts as numbered
        if (auto numbering = package->xml("word/numbering.xml", ignored))
            lists = list_formats(numbering->doc->document_element());
    }
    return read_document(*doc->doc, styles ? styles->doc->document_element() : xml_node(), std::move(lists), error,
                         limits);
}

}  // namespace scmplan

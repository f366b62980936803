// The action plan document as WordprocessingML (render_plan.hpp): the blocks of
// plan_blocks.cpp in the styles of every Word document of scmplan (A4, TH
// Sarabun New 16 pt, docx_xml.cpp), the wide tables 12.2 and 12.3 on landscape
// pages, each table's columns sized to their text, the risk profile a picture.
#include <fmt/format.h>

#include <numeric>

#include "docx_xml.hpp"
#include "plan_blocks.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/render_plan.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

namespace {

using docx::para;
using docx::run;
using docx::text_para;
using plan_doc::Block;
using Kind = Block::Kind;

/// The month a table 12.2 activity runs in, as the HTML page shades it.
constexpr const char* month_fill = "8FA8C8";
constexpr const char* header_fill = "D9E2F3";

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

/// Column widths (twips) that fill `width`, each column as wide as its text asks (docx::column_widths).
std::vector<int> widths_of(const plan_doc::Table& t, int width) {
    if (!t.shares.empty()) {
        const int total = std::accumulate(t.shares.begin(), t.shares.end(), 0);
        std::vector<int> w;
        int sum = 0;
        for (int share : t.shares) sum += w.emplace_back(width * share / total);
        w.back() += width - sum;
        return w;
    }
    std::vector<docx::Column> cols;
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        cols.push_back({t.columns[i], i < t.wrap.size() ? t.wrap[i] : true, false});
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const plan_doc::Cell& c : row) {
            cells.push_back(c.span > 1 ? "" : joined(c.lines));  // a spanning row does not size a column
            for (int k = 1; k < c.span; ++k) cells.emplace_back();
        }
        rows.push_back(std::move(cells));
    }
    return docx::column_widths(cols, rows, width);
}

/// `tight`: a column kept on one line (a month) has narrow margins.
std::string cell_xml(const plan_doc::Cell& c, int width, bool header, bool tight) {
    std::string tcpr = fmt::format("<w:tcW w:w=\"{}\" w:type=\"dxa\"/>", width);
    if (tight) tcpr += "<w:tcMar><w:left w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"28\" w:type=\"dxa\"/></w:tcMar>";
    if (c.span > 1) tcpr += fmt::format("<w:gridSpan w:val=\"{}\"/>", c.span);
    if (c.shaded || header)
        tcpr += fmt::format("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", c.shaded ? month_fill : header_fill);
    std::string ppr = "<w:pStyle w:val=\"TableText\"/>";
    if (c.center || header) ppr += "<w:jc w:val=\"center\"/>";
    std::string paras;
    for (const std::string& line : c.lines)
        paras += fmt::format("<w:p><w:pPr>{}</w:pPr>{}</w:p>", ppr, run(line, c.bold || header));
    if (c.lines.empty()) paras = fmt::format("<w:p><w:pPr>{}</w:pPr></w:p>", ppr);
    return fmt::format("<w:tc><w:tcPr>{}</w:tcPr>{}</w:tc>", tcpr, paras);
}

/// `then_section`: a section ends right after the table, and its paragraph is
/// the one Word wants after a table (another would make an empty page when the
/// table fills its last page).
std::string table_xml(const plan_doc::Table& t, bool then_section) {
    const int page = t.wide ? docx::landscape_text_width : docx::text_width;
    std::vector<int> w = widths_of(t, page);
    std::string borders =
        t.borderless ? "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                       "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                     : "";
    std::string out = fmt::format(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/>{}"
        "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" "
        "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        std::accumulate(w.begin(), w.end(), 0), borders);
    for (int x : w) out += fmt::format("<w:gridCol w:w=\"{}\"/>", x);
    out += "</w:tblGrid>\n";
    auto row = [&](const std::vector<plan_doc::Cell>& cells, bool header) {
        // The approval block's header is its roles: no shading, kept with its row.
        const bool shaded_header = header && !t.borderless;
        // A row is kept on one page unless it is long (an activity with its steps):
        // a row taller than a page cannot be kept whole.
        std::size_t lines = 0;
        for (const plan_doc::Cell& c : cells) lines = std::max(lines, c.lines.size());
        out += header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                      : lines > 8 ? "<w:tr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        std::size_t col = 0;
        for (const plan_doc::Cell& c : cells) {
            int width = 0;
            for (int k = 0; k < c.span && col < w.size(); ++k) width += w[col++];
            plan_doc::Cell shown = c;
            if (header && !shaded_header) shown.bold = shown.center = true;
            const bool tight = c.span == 1 && col - 1 < t.wrap.size() && !t.wrap[col - 1] && t.columns.size() > 10;
            out += cell_xml(shown, width, shaded_header, tight);
        }
        out += "</w:tr>\n";
    };
    if (!t.group.empty()) row(t.group, true);
    std::vector<plan_doc::Cell> names;
    // A column kept on one line (a month, a level) breaks its name at its
    // spaces: "พ.ย. 65" over two lines, never within a word.
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        plan_doc::Cell c;
        const std::string& n = t.columns[i];
        if (i < t.wrap.size() && !t.wrap[i]) {
            std::size_t from = 0;
            for (std::size_t sp = n.find(' '); sp != std::string::npos; from = sp + 1, sp = n.find(' ', from))
                c.lines.push_back(n.substr(from, sp - from));
            c.lines.push_back(n.substr(from));
        } else {
            c.lines.push_back(n);
        }
        names.push_back(std::move(c));
    }
    row(names, true);
    for (const auto& r : t.rows) row(r, false);
    return out + "</w:tbl>\n" + (then_section ? "" : para("", ""));
}

/// A numbered item as a paragraph with a hanging indent: "1. text" (the number
/// is text, so that it reads back as written).
std::string item_para(const std::string& mark, const std::string& text) {
    return fmt::format("<w:p><w:pPr><w:ind w:left=\"567\" w:hanging=\"397\"/></w:pPr>{}</w:p>\n",
                       run(mark + "\t" + text));
}

void render_one(std::string& out, const PlanDocument& d, const Model& m, const RenderOptions& o,
                std::vector<DocxPicture>& images) {
    std::vector<Block> blocks = plan_doc::plan_blocks(d, m, o.lang);
    // The landscape pages: from the subheading before the first wide table to the last wide table.
    std::size_t first = blocks.size(), last = blocks.size();
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].kind == Kind::table && blocks[i].table.wide) {
            if (first == blocks.size()) first = i > 0 && blocks[i - 1].kind == Kind::subheading ? i - 1 : i;
            last = i;
        }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (i == first) out += docx::section_end(false);
        switch (b.kind) {
            case Kind::title: out += text_para("Title", b.text); break;
            case Kind::line: out += para("", run(b.text), "center"); break;
            case Kind::heading: out += text_para("Heading1", b.text); break;
            case Kind::subheading: out += text_para("Heading2", b.text); break;
            case Kind::paragraph: out += text_para("", b.text); break;
            case Kind::lead: out += para("", run(b.text + " : ", true) + run(b.value)); break;
            case Kind::numbered:
                for (std::size_t k = 0; k < b.items.size(); ++k) out += item_para(fmt::format("{}.", k + 1), b.items[k]);
                break;
            case Kind::bullets:
                for (const std::string& item : b.items) out += text_para("ListBullet", item);
                break;
            case Kind::table: out += table_xml(b.table, i + 1 == first || i == last); break;
            case Kind::risk_profile: {
                images.push_back({docx::media_part(images.size() + 1),
                                  Picture{label("plan.risk.profile", o.lang), render_risk_svg(d.risk_profile, m, o)}});
                int n = static_cast<int>(images.size());
                out += para("", docx::picture(docx::image_of(images.back().picture), fmt::format("rIdImg{}", n), n,
                                              docx::text_width),
                            "center");
                break;
            }
        }
        if (i == last) out += docx::section_end(true);
    }
}

}  // namespace

DocxDocument render_plan_docx(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o) {
    std::string body;
    std::vector<DocxPicture> images;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (i) body += docx::page_break();
        render_one(body, docs[i], m, o, images);
    }
    const Plan* first = docs.empty() ? nullptr : docs.front().plan;
    std::string title = first ? first->title : label("plan.s12", o.lang);
    std::string date = first ? format_iso(first->start.value) : "1980-01-01";
    DocxDocument doc{docx::package(docx::document(body), images.size(), title, date, o.lang), std::move(images), {}};
    if (first) doc.date = first->start.value;
    return doc;
}

}  // namespace scmplan

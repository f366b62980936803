#include "docx_xml.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"

namespace scmplan::docx {

namespace {

constexpr const char* xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* ns_rel = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* ns_a = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* ns_pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
constexpr const char* ns_wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

// The body font, declared in the styles. Word uses it where installed; elsewhere
// the font table names Laksaman (fonts-thai-tlwg), a free derivative of TH
// Sarabun PSK with the same metrics, as its alternative (docs/formats-docx.md).
constexpr const char* body_font = "TH Sarabun New";
constexpr const char* alt_font = "Laksaman";

// Table text is 14 pt. A cell's width is estimated from the advance widths
// of Laksaman (the TH Sarabun design LibreOffice uses) at 14 pt by character
// class, in twips, as measured in LibreOffice's PDF (pdftotext -bbox): digits
// 7.6 pt, capitals up to 8.5, lower case about 6.7, Thai letters 8.2, a space
// 4.5, "%" 12.3, "≥" 8.7. Each cell adds its margins (2 × 85 twips) and slack.
constexpr int cell_margin = 85;
constexpr int cell_pad = 2 * cell_margin + 60;
// A wrap column need not be wider than its widest word, but a Thai word is
// counted at most six letters wide: Thai has no spaces, and Word and
// LibreOffice break Thai lines at word boundaries themselves.
constexpr int max_thai_word = 6 * 165;

int advance(char32_t c) {
    if ((c >= 0x0E31 && c <= 0x0E3A && c != 0x0E32 && c != 0x0E33) || (c >= 0x0E47 && c <= 0x0E4E))
        return 0;  // Thai vowels above or below and tone marks: no advance of their own
    if (c >= '0' && c <= '9') return 152;
    if (c == ' ') return 90;
    if (c == '.' || c == ',' || c == ':' || c == ';') return 70;
    if (c == '(' || c == ')') return 80;
    if (c >= 'A' && c <= 'Z') return 170;
    if (c >= 'a' && c <= 'z') return 135;
    if (c >= 0x0E00 && c <= 0x0E7F) return 165;
    if (c == '%') return 250;
    return 175;  // other signs (–, ≥) and anything else
}

/// Estimated width in twips of a line of text (plan text, valid UTF-8) at the
/// table's size; `thai` says whether it holds a Thai letter.
int line_twips(std::string_view s, bool* thai = nullptr) {
    int w = 0;
    for (CodePointAt c : code_points_of(s)) {
        if (thai && c.value >= 0x0E00 && c.value <= 0x0E7F) *thai = true;
        w += advance(c.value);
    }
    return w;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t b = 0;
    while (true) {
        auto e = s.find(sep, b);
        out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos) return out;
        b = e + 1;
    }
}

/// Widest line and widest word of a cell's text, in twips with the cell's margins.
std::pair<int, int> widths_of(std::string_view text) {
    int line = 0, word = 0;
    for (auto l : split(text, '\n')) {
        line = std::max(line, line_twips(l));
        for (auto w : split(l, ' ')) {
            bool thai = false;
            int t = line_twips(w, &thai);
            word = std::max(word, thai ? std::min(t, max_thai_word) : t);
        }
    }
    return {line + cell_pad, word + cell_pad};
}

}  // namespace

namespace {

/// Text for a <w:t>: escaped, and a zero-width space after an opening
/// parenthesis that a Thai letter follows. LibreOffice's line breaker reads
/// "(ภายใน" as one unknown word and breaks it anywhere ("(ภา|ยใน"); after the
/// hint it finds the word in its dictionary. Invisible, and Word ignores it.
std::string run_text(std::string_view s) {
    std::string out = xml_escape(s);
    static constexpr std::string_view hint = "\u200B";
    for (std::size_t at = out.find('('); at != std::string::npos; at = out.find('(', at + 1)) {
        // Thai (U+0E00–U+0E7F) is E0 B8 xx or E0 B9 xx in UTF-8.
        if (at + 2 < out.size() && static_cast<unsigned char>(out[at + 1]) == 0xE0 &&
            (static_cast<unsigned char>(out[at + 2]) == 0xB8 || static_cast<unsigned char>(out[at + 2]) == 0xB9))
            out.insert(at + 1, hint);
    }
    return out;
}

}  // namespace

std::string run(std::string_view text, bool bold) {
    std::string out = "<w:r>";
    if (bold) out += "<w:rPr><w:b/><w:bCs/></w:rPr>";
    std::size_t b = 0;
    auto flush = [&](std::size_t e) {
        if (e > b) out += fmt::format("<w:t xml:space=\"preserve\">{}</w:t>", run_text(text.substr(b, e - b)));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '\n' && c != '\r' && c != '\t') continue;
        flush(i);
        if (c == '\t') out += "<w:tab/>";
        else if (c == '\n' || i + 1 == text.size() || text[i + 1] != '\n') out += "<w:br/>";  // CR LF: one break
        b = i + 1;
    }
    flush(text.size());
    return out + "</w:r>";
}

std::string para(std::string_view style, const std::string& runs, std::string_view align) {
    std::string ppr;
    if (!style.empty()) ppr += fmt::format("<w:pStyle w:val=\"{}\"/>", style);
    if (!align.empty()) ppr += fmt::format("<w:jc w:val=\"{}\"/>", align);
    return fmt::format("<w:p>{}{}</w:p>\n", ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>", runs);
}

std::string text_para(std::string_view style, std::string_view text) { return para(style, run(text)); }

std::string para_kept_with_next(std::string_view style, std::string_view text) {
    return fmt::format("<w:p><w:pPr><w:pStyle w:val=\"{}\"/><w:keepNext/></w:pPr>{}</w:p>\n", style, run(text));
}

std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"; }

std::vector<int> column_widths(const std::vector<Column>& cols, const std::vector<std::vector<std::string>>& rows,
                               int page) {
    const std::size_t n = cols.size();
    std::vector<int> natural(n), minimum(n), word_minimum(n);
    std::vector<bool> wrap(n);
    for (std::size_t c = 0; c < n; ++c) {
        // A header may wrap at its spaces in any column; cells only in wrap columns.
        // Header cells are bold, about an eighth wider than the text measured.
        auto [line, word] = widths_of(cols[c].header);
        line = line * 9 / 8;
        word = word * 9 / 8;
        int cells_line = 0;
        for (const auto& row : rows) {
            if (c >= row.size()) continue;
            auto [l, w] = widths_of(row[c]);
            cells_line = std::max(cells_line, l);
            word = std::max(word, w);
        }
        natural[c] = std::max(line, cells_line);
        minimum[c] = cols[c].wrap ? word : std::max(word, cells_line);
        word_minimum[c] = word;
        wrap[c] = cols[c].wrap;
    }
    // Too many nowrap columns for the page (the four quarters and the plan's
    // end of the year-end summary): then every column may wrap at its spaces.
    if (std::accumulate(minimum.begin(), minimum.end(), 0) > page) {
        minimum = word_minimum;
        wrap.assign(n, true);
    }
    // Nowrap columns get their width; wrap columns their minimum plus a share
    // of what is left in proportion to how much more they would take (CSS's
    // automatic table layout), so a long title gets the slack, a short name little.
    std::vector<int> w(n);
    int fixed = 0, wrap_min = 0;
    double wrap_more = 0, wrap_natural = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (wrap[c]) wrap_min += (w[c] = minimum[c]), wrap_more += natural[c] - minimum[c], wrap_natural += natural[c];
        else fixed += (w[c] = minimum[c]);
    }
    int left = page - fixed - wrap_min;
    for (std::size_t c = 0; c < n && left > 0; ++c) {
        if (!wrap[c]) continue;
        // When every wrap column already fits, the slack goes by natural width.
        double share = wrap_more > 0 ? (natural[c] - minimum[c]) / wrap_more : natural[c] / wrap_natural;
        w[c] += static_cast<int>(std::floor(left * share));
    }
    // Rounding (and a table of nowrap columns only): the widest column absorbs
    // the difference, never going below its minimum.
    int diff = page - std::accumulate(w.begin(), w.end(), 0);
    auto widest = std::max_element(w.begin(), w.end());
    std::size_t i = static_cast<std::size_t>(widest - w.begin());
    *widest = std::max(minimum[i], *widest + diff);
    return w;
}

std::string table(const std::vector<Column>& cols, const std::vector<std::vector<std::string>>& rows, int width) {
    auto widths = column_widths(cols, rows, width);
    int total = std::accumulate(widths.begin(), widths.end(), 0);
    std::string out = fmt::format(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/>"
        "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" "
        "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        total);
    for (int wd : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", wd);
    out += "</w:tblGrid>\n";
    auto row = [&](const std::vector<std::string>& cells, bool header) {
        out += header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t c = 0; c < cols.size(); ++c) {
            std::string text = c < cells.size() ? cells[c] : "";
            std::string ppr = "<w:pStyle w:val=\"TableText\"/>";
            if (cols[c].right && !header) ppr += "<w:jc w:val=\"right\"/>";
            out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr>{}</w:pPr>{}</w:p></w:tc>",
                               widths[c], ppr, run(text, header));
        }
        out += "</w:tr>\n";
    };
    std::vector<std::string> head;
    for (const auto& c : cols) head.push_back(c.header);
    row(head, true);
    for (const auto& r : rows) row(r, false);
    return out + "</w:tbl>\n" + para("", "");  // Word wants a paragraph after a table
}

namespace {

/// The number of attribute `name` of the tag that starts `tag`; 0 when absent or not a number.
double attribute_number(std::string_view tag, std::string_view name) {
    std::string key = " " + std::string(name) + "=\"";
    std::size_t at = tag.find(key);
    if (at == std::string_view::npos) return 0;
    const char* first = tag.data() + at + key.size();
    double x = 0;
    auto [end, ec] = std::from_chars(first, tag.data() + tag.size(), x);
    return ec == std::errc() && end < tag.data() + tag.size() && *end == '"' ? x : 0;
}

}  // namespace

Image image_of(const Picture& p) {
    std::string_view svg = p.svg;
    std::size_t open = svg.find("<svg");
    std::string_view tag = open == std::string_view::npos ? std::string_view() : svg.substr(open);
    tag = tag.substr(0, tag.find('>'));
    // CSS pixels are 1/96 inch, points 1/72.
    return {attribute_number(tag, "width") * 0.75, attribute_number(tag, "height") * 0.75, p.caption};
}

std::string media_part(std::size_t n) { return fmt::format("word/media/image{}.png", n); }

std::string picture(const Image& img, std::string_view rid, int id, int width, int height) {
    // 12700 EMU a point; the text is width / 20 points wide.
    double scale = std::min(1.0, (width / 20.0) / img.width_pt);
    if (height > 0) scale = std::min(scale, (height / 20.0) / img.height_pt);
    long cx = std::lround(img.width_pt * scale * 12700);
    long cy = std::lround(img.height_pt * scale * 12700);
    std::string descr = xml_escape(img.description);
    return fmt::format(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{0}\" cy=\"{1}\"/>"
        "<wp:docPr id=\"{2}\" name=\"Picture {2}\" descr=\"{3}\"/><wp:cNvGraphicFramePr>"
        "<a:graphicFrameLocks xmlns:a=\"{5}\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        "<a:graphic xmlns:a=\"{5}\"><a:graphicData uri=\"{6}\"><pic:pic xmlns:pic=\"{6}\">"
        "<pic:nvPicPr><pic:cNvPr id=\"{2}\" name=\"image{2}.png\" descr=\"{3}\"/><pic:cNvPicPr/></pic:nvPicPr>"
        "<pic:blipFill><a:blip r:embed=\"{4}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{0}\" cy=\"{1}\"/></a:xfrm>"
        "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing></w:r>",
        cx, cy, id, descr, rid, ns_a, ns_pic);
}

std::string section_properties(bool landscape) {
    int w = landscape ? page_height : page_width, h = landscape ? page_width : page_height;
    return fmt::format("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                       "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" "
                       "w:left=\"{}\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>",
                       w, h, landscape ? " w:orient=\"landscape\"" : "", margin_top, margin_right, margin_bottom,
                       margin_left);
}

std::string section_end(bool landscape) { return "<w:p><w:pPr>" + section_properties(landscape) + "</w:pPr></w:p>\n"; }

std::string document(const std::string& body) {
    return fmt::format("{}<w:document xmlns:w=\"{}\" xmlns:r=\"{}\" xmlns:wp=\"{}\">\n<w:body>\n{}{}\n</w:body>\n</w:document>\n",
                       xml_decl, ns_w, ns_r, ns_wp, body, section_properties(false));
}

std::string document_after_memo(const std::string& memo, std::string body) {
    constexpr std::string_view restart = "<w:pgNumType w:start=\"1\"/>";
    const std::string last = section_properties(false);
    auto at = body.find("<w:sectPr>");
    if (at == std::string::npos) {
        std::string with = last;
        with.insert(with.find("</w:sectPr>"), restart);
        return fmt::format("{}<w:document xmlns:w=\"{}\" xmlns:r=\"{}\" xmlns:wp=\"{}\">\n<w:body>\n{}{}{}\n</w:body>\n</w:document>\n",
                           xml_decl, ns_w, ns_r, ns_wp, memo, body, with);
    }
    body.insert(body.find("</w:sectPr>", at), restart);
    return document(memo + body);
}

std::string styles_xml(Lang lang) {
    // Thai is a complex script to Word: it takes the cs font, size and language.
    std::string fonts = fmt::format("<w:rFonts w:ascii=\"{0}\" w:hAnsi=\"{0}\" w:eastAsia=\"{0}\" w:cs=\"{0}\"/>", body_font);
    // Latin text is "western" (w:val), Thai "complex" (w:bidi): marking Latin
    // words Thai makes LibreOffice break them anywhere.
    std::string language = fmt::format("<w:lang w:val=\"{}\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/>",
                                        lang == Lang::en ? "en-GB" : "en-US");
    auto size = [](int half_points) { return fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", half_points); };
    auto pstyle = [&](const char* id, const char* name, const std::string& ppr, const std::string& rpr,
                      const char* extra = "") {
        return fmt::format("<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"{}\"/>"
                           "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>{}<w:qFormat/>"
                           "<w:pPr>{}</w:pPr><w:rPr>{}</w:rPr></w:style>\n",
                           id, name, extra, ppr, rpr);
    };
    std::string out = fmt::format("{}<w:styles xmlns:w=\"{}\">\n", xml_decl, ns_w);
    out += fmt::format("<w:docDefaults><w:rPrDefault><w:rPr>{}{}{}</w:rPr></w:rPrDefault>"
                       "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                       "</w:pPrDefault></w:docDefaults>\n",
                       fonts, size(32), language);
    out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
           "<w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:style>\n";
    out += pstyle("Title", "Title", "<w:jc w:val=\"center\"/><w:spacing w:after=\"120\"/>",
                  "<w:b/><w:bCs/>" + size(40));
    out += pstyle("Subtitle", "Subtitle", "<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>", "<w:b/><w:bCs/>" + size(36));
    out += pstyle("Heading1", "heading 1",
                  "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                  "<w:b/><w:bCs/>" + size(36));
    out += pstyle("Heading2", "heading 2",
                  "<w:keepNext/><w:keepLines/><w:spacing w:before=\"160\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
                  "<w:b/><w:bCs/>" + size(32));
    out += pstyle("ListBullet", "List Bullet",
                  "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"567\" w:hanging=\"283\"/>", "");
    out += pstyle("ListBullet2", "List Bullet 2",
                  "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"1134\" w:hanging=\"283\"/>", "");
    out += pstyle("TableText", "Table Text", "<w:spacing w:after=\"0\"/>", size(28));
    // Upright: Thai has no italic, and slanted Thai reads badly in print.
    out += pstyle("Caption", "caption", "<w:jc w:val=\"center\"/><w:spacing w:before=\"60\" w:after=\"200\"/>",
                  size(28));
    out += pstyle("Signature", "Signature", "<w:jc w:val=\"center\"/><w:spacing w:before=\"120\"/>", "");
    out += pstyle("Footer", "footer", "<w:jc w:val=\"center\"/>", size(28));
    out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
           "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
           "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
           "</w:tblCellMar></w:tblPr></w:style>\n";
    out += fmt::format(
        "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
        "<w:basedOn w:val=\"TableNormal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr>{0}</w:rPr>"
        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/></w:tblBorders>"
        "<w:tblCellMar><w:left w:w=\"{1}\" w:type=\"dxa\"/><w:right w:w=\"{1}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
        "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr></w:style>\n",
        size(28), cell_margin);
    out += "</w:styles>\n";
    return out;
}

std::vector<ZipEntry> package(std::string document_xml, std::size_t images, const std::string& title,
                              const std::string& modified, Lang lang) {
    std::vector<ZipEntry> parts;
    const char* ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    parts.push_back({"[Content_Types].xml",
                     fmt::format("{0}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                 "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                                 "<Override PartName=\"/word/document.xml\" ContentType=\"{1}document.main+xml\"/>"
                                 "<Override PartName=\"/word/styles.xml\" ContentType=\"{1}styles+xml\"/>"
                                 "<Override PartName=\"/word/settings.xml\" ContentType=\"{1}settings+xml\"/>"
                                 "<Override PartName=\"/word/numbering.xml\" ContentType=\"{1}numbering+xml\"/>"
                                 "<Override PartName=\"/word/fontTable.xml\" ContentType=\"{1}fontTable+xml\"/>"
                                 "<Override PartName=\"/word/footer1.xml\" ContentType=\"{1}footer+xml\"/>"
                                 "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                                 "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                                 "</Types>\n",
                                 xml_decl, ct)});
    parts.push_back({"_rels/.rels",
                     fmt::format("{0}<Relationships xmlns=\"{1}\">"
                                 "<Relationship Id=\"rId1\" Type=\"{2}/officeDocument\" Target=\"word/document.xml\"/>"
                                 "<Relationship Id=\"rId2\" Type=\"{1}/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                                 "<Relationship Id=\"rId3\" Type=\"{2}/extended-properties\" Target=\"docProps/app.xml\"/>"
                                 "</Relationships>\n",
                                 xml_decl, ns_rel, ns_r)});
    parts.push_back({"docProps/core.xml",
                     fmt::format("{}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>"
                                 "<dc:creator>scmplan</dc:creator><dc:language>{}</dc:language>"
                                 "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:created>"
                                 "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:modified>"
                                 "</cp:coreProperties>\n",
                                 xml_decl, xml_escape(title), lang_tag(lang), modified, modified)});
    parts.push_back({"docProps/app.xml",
                     fmt::format("{}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                                 "<Application>scmplan</Application></Properties>\n",
                                 xml_decl)});
    std::string rels = fmt::format("{}<Relationships xmlns=\"{}\">", xml_decl, ns_rel);
    for (const char* part : {"styles", "settings", "numbering", "fontTable"})
        rels += fmt::format("<Relationship Id=\"rId{0}\" Type=\"{1}/{0}\" Target=\"{0}.xml\"/>", part, ns_r);
    rels += fmt::format("<Relationship Id=\"rIdFooter\" Type=\"{}/footer\" Target=\"footer1.xml\"/>", ns_r);
    for (std::size_t i = 0; i < images; ++i)
        rels += fmt::format("<Relationship Id=\"rIdImg{0}\" Type=\"{1}/image\" Target=\"media/image{0}.png\"/>", i + 1, ns_r);
    rels += "</Relationships>\n";
    parts.push_back({"word/_rels/document.xml.rels", rels});
    parts.push_back({"word/document.xml", std::move(document_xml)});
    parts.push_back({"word/styles.xml", styles_xml(lang)});
    parts.push_back({"word/settings.xml",
                     fmt::format("{}<w:settings xmlns:w=\"{}\"><w:defaultTabStop w:val=\"720\"/>"
                                 "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                                 "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                                 "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                                 "</w:settings>\n",
                                 xml_decl, ns_w)});
    parts.push_back({"word/numbering.xml",
                     fmt::format("{}<w:numbering xmlns:w=\"{}\"><w:abstractNum w:abstractNumId=\"0\">"
                                 "<w:multiLevelType w:val=\"hybridMultilevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                 "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
                                 "<w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr></w:lvl>"
                                 "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
                                 "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"–\"/><w:lvlJc w:val=\"left\"/>"
                                 "<w:pPr><w:ind w:left=\"1134\" w:hanging=\"283\"/></w:pPr></w:lvl></w:abstractNum>"
                                 "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>\n",
                                 xml_decl, ns_w)});
    parts.push_back({"word/fontTable.xml",
                     fmt::format("{}<w:fonts xmlns:w=\"{}\"><w:font w:name=\"{}\"><w:altName w:val=\"{}\"/>"
                                 "<w:charset w:val=\"DE\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>"
                                 "</w:font></w:fonts>\n",
                                 xml_decl, ns_w, body_font, alt_font)});
    parts.push_back({"word/footer1.xml",
                     fmt::format("{}<w:ftr xmlns:w=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                                 "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                 "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                                 "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                                 "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>\n",
                                 xml_decl, ns_w)});
    return parts;
}

}  // namespace scmplan::docx

// The official memo (บันทึกข้อความ) that heads the Word report, in the layout
// of ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ: space for the garuda at the top
// left, "บันทึกข้อความ" in bold 29 pt, the header lines ส่วนราชการ / ที่ and
// วันที่ / เรื่อง in bold 20 pt with their values on dotted lines, เรียน,
// สิ่งที่ส่งมาด้วย, the body in three parts (the reason, the report, the
// closing), the signer's name in parentheses and position, and a box for the
// director's comments and decision. What the workspace's `memo` does not give
// is a dotted line to fill by hand. The memo is a section of its own (top
// margin 1.5 cm, no page number); the report follows as its attachment.
#include <fmt/format.h>

#include "docx_xml.hpp"
#include "scmplan/render_docx.hpp"

namespace scmplan::docx {

namespace {

constexpr int memo_margin_top = 851;  // 1.5 cm: the garuda's top
constexpr int indent = 1418;          // 2.5 cm: a body paragraph's first line
constexpr int half_pts_title = 58;    // 29 pt
constexpr int half_pts_head = 40;     // 20 pt

std::string run_props(bool bold, int half_points) {
    std::string p;
    if (bold) p += "<w:b/><w:bCs/>";
    if (half_points) p += fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", half_points);
    return p.empty() ? "" : "<w:rPr>" + p + "</w:rPr>";
}

/// A run of escaped text with the given look.
std::string styled(std::string_view text, bool bold, int half_points) {
    // run() escapes and handles line breaks; its properties are put in front.
    std::string r = run(text);
    return "<w:r>" + run_props(bold, half_points) + r.substr(5);
}

/// One header line: for each (label, value, tab stop) a bold 20 pt label,
/// then the value and a dotted leader up to the stop (twips from the left
/// margin): the form's dotted line, filled where the value is known.
std::string header_line(const std::vector<std::tuple<std::string, std::string, int>>& parts) {
    std::string tabs, runs;
    for (const auto& [lbl, value, stop] : parts) {
        tabs += fmt::format("<w:tab w:val=\"left\" w:leader=\"dot\" w:pos=\"{}\"/>", stop);
        runs += styled(lbl, true, half_pts_head) + run(" " + value + "\t");
    }
    return fmt::format("<w:p><w:pPr><w:tabs>{}</w:tabs><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>{}</w:p>\n",
                       tabs, runs);
}

/// A body paragraph, its first line indented 2.5 cm. Left-aligned: justified
/// Thai is spread letter by letter by LibreOffice, which reads badly.
std::string body_para(const std::string& text) {
    return fmt::format("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:firstLine=\"{}\"/>"
                       "</w:pPr>{}</w:p>\n",
                       indent, run(text));
}

/// A line of "label  value" at the left margin.
std::string label_line(const std::string& lbl, const std::string& value, bool space_before) {
    return fmt::format("<w:p><w:pPr><w:spacing w:before=\"{}\" w:after=\"0\"/></w:pPr>{}</w:p>\n",
                       space_before ? 160 : 0, run(lbl + "  " + value));
}

std::string centred(std::string_view text, int before = 0) {
    return fmt::format("<w:p><w:pPr><w:spacing w:before=\"{}\" w:after=\"0\"/><w:ind w:left=\"{}\"/><w:jc w:val=\"center\"/>"
                       "</w:pPr>{}</w:p>\n",
                       before, text_width / 3, run(text));
}

/// The director's box: a one-cell bordered table kept on the page, in the
/// 14 pt of table text so that it fits under the signature.
std::string decision_box(const std::string& addressee, Lang lang) {
    const std::string dots(lang == Lang::en ? 100 : 115, '.');
    std::string cell = para("TableText", run(label_with("memo.box.title", lang, addressee), true));
    cell += para("TableText", run(label("memo.box.choices", lang)));
    cell += para("TableText", run(dots));
    cell += fmt::format("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"right\"/><w:spacing w:before=\"160\"/></w:pPr>{}</w:p>",
                        run(label("memo.box.sign", lang) + "   " + label("memo.box.date", lang)));
    return fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{0}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                       "<w:tblBorders><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
                       "<w:left w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
                       "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
                       "<w:right w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
                       "<w:tblCellMar><w:top w:w=\"60\" w:type=\"dxa\"/><w:left w:w=\"113\" w:type=\"dxa\"/>"
                       "<w:bottom w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"113\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                       "<w:tblGrid><w:gridCol w:w=\"{0}\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
                       "<w:tc><w:tcPr><w:tcW w:w=\"{0}\" w:type=\"dxa\"/></w:tcPr>{1}</w:tc></w:tr></w:tbl>\n",
                       text_width, cell);
}

std::string or_dots(const std::string& value, std::size_t dots) {
    return value.empty() ? std::string(dots, '.') : value;
}

}  // namespace

std::string memo_page(const MemoText& t, const MemoSettings& s, Lang lang) {
    std::string out;
    // The title on a line 1.5 cm high, centred: the garuda goes at its left.
    out += fmt::format("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"851\" w:lineRule=\"exact\"/>"
                       "<w:jc w:val=\"center\"/></w:pPr>{}</w:p>\n",
                       styled(label("memo.title", lang), true, half_pts_title));
    out += header_line({{label("memo.department", lang), s.department.empty() ? t.department : s.department, text_width}});
    out += header_line({{label("memo.number", lang), s.number, text_width * 9 / 20},
                        {label("memo.date", lang), "", text_width}});
    out += header_line({{label("memo.subject", lang), t.subject, text_width}});
    const std::string to = s.to.empty() ? std::string(40, '.') : s.to;
    out += label_line(label("memo.to", lang), to, true);
    out += label_line(label("memo.enclosure", lang), t.enclosure, false);
    out += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>\n";
    for (const std::string& p : t.paragraphs) out += body_para(p);
    out += body_para(s.for_decision ? label("memo.close.consider", lang) : label("memo.close.inform", lang));
    // The signer: room to sign, the name in parentheses, the position.
    out += centred("(" + or_dots(s.signer.name, 40) + ")", 600);
    out += centred(s.signer.position.empty() ? label("docx.position", lang) + " " + std::string(34, '.')
                                             : s.signer.position);
    out += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"160\" w:lineRule=\"exact\"/></w:pPr></w:p>\n";
    out += decision_box(s.to.empty() ? label("memo.director", lang) : s.to, lang);
    // The memo's own section: top margin 1.5 cm, no footer (no page number).
    out += fmt::format("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                       "<w:rPr><w:sz w:val=\"2\"/></w:rPr>"
                       "<w:sectPr><w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" "
                       "w:left=\"{}\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:pPr></w:p>\n",
                       page_width, page_height, memo_margin_top, margin_right, margin_bottom, margin_left);
    return out;
}

}  // namespace scmplan::docx

// The memo (บันทึกข้อความ) in front of the HTML report, set for print in the
// layout of the Word memo (docx_memo.cpp) and of ระเบียบสำนักนายกรัฐมนตรีว่าด้วย
// งานสารบรรณ: room for the garuda at the top left, "บันทึกข้อความ" in bold 29 pt,
// the header lines in bold 20 pt with their values on dotted lines, the body
// with its first lines indented 2.5 cm, the signer and the director's box.
// It prints alone on the first page (top margin 1.5 cm); on a screen it is a
// framed page above the report.
#include <fmt/format.h>

#include "memo.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_html.hpp"

namespace scmplan {

namespace {

std::string h(std::string_view s) { return html_text(s); }

/// A header label in bold and its value on a dotted line that runs to the
/// line's end (or to the next label's start).
std::string head_field(const std::string& lbl, const std::string& value) {
    return fmt::format("<span class=\"memo-field\"><b>{}</b><span class=\"memo-fill\">{}</span></span>", h(lbl), h(value));
}

std::string or_dots(const std::string& value, std::size_t dots) {
    return value.empty() ? std::string(dots, '.') : value;
}

}  // namespace

std::string memo_html(const MemoText& t, const MemoSettings& s, Lang lang) {
    std::string out = "<section class=\"memo\">\n";
    out += fmt::format("<p class=\"memo-title\">{}</p>\n", h(label("memo.title", lang)));
    out += fmt::format("<p class=\"memo-head\">{}</p>\n",
                       head_field(label("memo.department", lang), s.department.empty() ? t.department : s.department));
    out += fmt::format("<p class=\"memo-head\">{}{}</p>\n", head_field(label("memo.number", lang), s.number),
                       head_field(label("memo.date", lang), ""));
    out += fmt::format("<p class=\"memo-head\">{}</p>\n", head_field(label("memo.subject", lang), t.subject));
    out += fmt::format("<p class=\"memo-to\">{}&ensp;{}</p>\n", h(label("memo.to", lang)), h(or_dots(s.to, 40)));
    out += fmt::format("<p class=\"memo-line\">{}&ensp;{}</p>\n", h(label("memo.enclosure", lang)), h(t.enclosure));
    for (const std::string& p : t.paragraphs) out += fmt::format("<p class=\"memo-body\">{}</p>\n", h(p));
    out += fmt::format("<p class=\"memo-body\">{}</p>\n",
                       h(s.for_decision ? label("memo.close.consider", lang) : label("memo.close.inform", lang)));
    const std::string position = s.signer.position.empty() ? label("docx.position", lang) + " " + std::string(34, '.')
                                                          : s.signer.position;
    out += fmt::format("<p class=\"memo-sign\">({})<br>{}</p>\n", h(or_dots(s.signer.name, 40)), h(position));
    const std::string addressee = s.to.empty() ? label("memo.director", lang) : s.to;
    out += fmt::format("<div class=\"memo-box\">\n<p><b>{}</b></p>\n<p class=\"memo-choices\">{}</p>\n<p class=\"memo-dots\"></p>\n"
                       "<p class=\"memo-box-sign\">{}&emsp;{}</p>\n</div>\n",
                       h(label_with("memo.box.title", lang, addressee)), h(label("memo.box.choices", lang)),
                       h(label("memo.box.sign", lang)), h(label("memo.box.date", lang)));
    return out + "</section>\n";
}

/// The memo's style: its own first page when printed (top margin 1.5 cm, the
/// garuda's top; the title's line 1.5 cm high, the garuda's height), a framed
/// page on a screen. Dotted lines are borders, so they run to the line's end
/// at any width.
std::string_view memo_css() {
    return R"(
section.memo { font-size: 16pt; line-height: 1.5; border: 1px solid var(--line); padding: 1.5cm 2cm 2cm 3cm;
               margin: 0 0 2em; }
section.memo p { margin: 0; }
p.memo-title { font-size: 29pt; font-weight: bold; text-align: center; line-height: 1.5cm; height: 1.5cm;
               margin-bottom: .2em; }
p.memo-head { display: flex; gap: 1em; font-size: 16pt; }
span.memo-field { display: flex; flex: 1; align-items: baseline; gap: .3em; }
span.memo-field b { font-size: 20pt; white-space: nowrap; }
span.memo-fill { flex: 1; border-bottom: 1px dotted #000; min-height: 1.2em; }
p.memo-to { margin-top: .6em; }
p.memo-body { text-indent: 2.5cm; }
p.memo-sign { margin: 2.2em 0 .6em 33%; text-align: center; }
div.memo-box { border: 1px solid #000; padding: .2em .5em; font-size: 14pt; break-inside: avoid; }
div.memo-box p.memo-choices { white-space: pre-wrap; }
div.memo-box p.memo-dots { border-bottom: 1px dotted #000; height: 1.3em; }
div.memo-box p.memo-box-sign { text-align: right; margin-top: .6em; }
@page memo { size: A4; margin: 1.5cm 2cm 2cm 3cm; }
@media print { section.memo { page: memo; border: none; padding: 0; margin: 0; break-after: page; page-break-after: always; } }
)";
}

}  // namespace scmplan

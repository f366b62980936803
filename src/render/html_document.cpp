// The frame of every HTML document: the style sheet (screen and A4 print),
// escaping, inline SVG, and workbooks shown as tables (render_html.hpp).
#include <fmt/format.h>

#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

namespace {

// Line height 1.5: Thai stacks vowels and tone marks above and below the
// letters, which a tighter line lets touch the line above.
// Fonts: TH Sarabun New, the government's standard, where installed; else
// Laksaman (fonts-thai-tlwg, drawn to the same metrics), then other Thai fonts.
// Print: A4 with the margins of Thai official letters (3 cm left, 2 cm the
// rest), table headers repeated on every page (thead as a header group), no
// row split across pages, headings kept with what follows them. A figure of
// class "print" (the timeline's print pages) prints alone on a landscape page
// (24.7 cm wide, the print size its picture is drawn for) and is hidden on a
// screen; one of class "screen" shows on a screen only.
constexpr const char* style_sheet = R"(
:root { --line: #9aa5b1; --head: #dde4ee; --muted: #555; }
html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Garuda", "Noto Sans Thai", sans-serif;
       font-size: 16pt; line-height: 1.5; color: #111; }
body { margin: 1.5em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.2em; margin: 1.2em 0 .4em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: .9em 0 .2em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p.plan-title { font-weight: bold; margin: 0 0 .6em; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; font-size: .8125em; }
table.fixed { table-layout: fixed; }
col.c-id { width: 6%; } col.c-period { width: 18.5%; } col.c-num { width: 12.5%; }
col.c-status { width: 14%; } col.c-met { width: 13%; } col.c-crit { width: 15%; } col.c-val { width: 14%; }
col.c-lik { width: 15%; } col.c-imp { width: 13%; } col.c-score { width: 10%; }
col.c-band { width: 8%; } col.c-over { width: 16%; }
th, td { border: 1px solid var(--line); padding: .1em .3em; vertical-align: top; text-align: left;
         overflow-wrap: normal; word-break: normal; }
thead th { background: var(--head); }
thead { display: table-header-group; }
tr, figure { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num, td.val { text-align: right; }
td.num { white-space: nowrap; }
td.id, td.nw, span.nw { white-space: nowrap; }
table.facts { width: auto; font-size: 1em; }
table.facts th { background: none; font-weight: normal; color: var(--muted); white-space: nowrap; }
.note { color: var(--muted); font-size: .85em; }
.status-done, .met-yes { color: #1b5e20; }
.status-behind, .status-overdue, .met-no, .over { color: #b71c1c; font-weight: bold; }
figure { margin: .6em 0 1em; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; margin-bottom: .2em; }
dl.notes dt { font-weight: bold; break-after: avoid; page-break-after: avoid; }
dl.notes dd { margin: 0 0 .3em 1.2em; }
footer { margin-top: 1.5em; color: var(--muted); font-size: .85em; }
article + article { break-before: page; page-break-before: always; }
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
@page wide { size: A4 landscape; margin: 2cm 2cm 2cm 3cm; }
figure.print { display: none; }
@media print { body { margin: 0; max-width: none; padding: 0; }
  figure.screen { display: none; }
  figure.print { display: block; page: wide; break-before: page; page-break-before: always; } }
)";

}  // namespace

std::string html_text(std::string_view s) {
    std::string escaped = xml_escape(s);
    std::string out;
    out.reserve(escaped.size());
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        char c = escaped[i];
        if (c == '\r') {
            if (i + 1 < escaped.size() && escaped[i + 1] == '\n') ++i;
            out += "<br>";
        } else if (c == '\n') out += "<br>";
        else out += c;
    }
    while (out.ends_with("<br>")) out.resize(out.size() - 4);  // block scalars' last line break
    return out;
}

std::string inline_svg(std::string_view svg, std::string_view id_prefix) {
    std::size_t start = svg.find("<svg");
    if (start == std::string_view::npos) return {};
    std::string_view rest = svg.substr(start);
    while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.remove_suffix(1);
    if (id_prefix.empty()) return std::string(rest);
    // Ids are global in an HTML page: each picture's get its prefix. Text from the
    // data cannot hold these patterns (its quotes are escaped as &quot;).
    std::string out;
    for (std::size_t i = 0; i < rest.size();) {
        bool hit = false;
        for (std::string_view pattern : {std::string_view(" id=\""), std::string_view("url(#"), std::string_view("href=\"#")}) {
            if (rest.substr(i, pattern.size()) == pattern) {
                out += pattern;
                out += id_prefix;
                i += pattern.size();
                hit = true;
                break;
            }
        }
        if (!hit) out += rest[i++];
    }
    return out;
}

std::string html_document(Lang lang, const std::string& title, const std::string& body,
                          std::string_view extra_style) {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
                       lang_tag(lang), html_text(title), style_sheet, extra_style, body);
}

std::string render_workbook_html(const Workbook& wb, const std::vector<std::string>& intro_paragraphs,
                                 const std::vector<std::string>& svgs) {
    std::string body = fmt::format("<article>\n<h1>{}</h1>\n", html_text(wb.title));
    for (const std::string& p : intro_paragraphs) body += fmt::format("<p>{}</p>\n", html_text(p));
    for (std::size_t i = 0; i < svgs.size(); ++i)
        if (std::string s = inline_svg(svgs[i], fmt::format("f{}-", i + 1)); !s.empty())
            body += fmt::format("<figure>\n{}\n</figure>\n", s);
    for (const Sheet& s : wb.sheets) {
        if (s.rows.empty()) continue;
        body += fmt::format("<h2>{}</h2>\n<table>\n<thead><tr>", html_text(s.name));
        // A column of numbers, percentages or dates is aligned right.
        std::vector<bool> right(s.headers.size(), false);
        for (std::size_t c = 0; c < s.headers.size(); ++c) {
            bool numeric = true, any = false;
            for (const auto& row : s.rows) {
                if (c >= row.size() || row[c].kind == Cell::Kind::empty) continue;
                any = true;
                numeric = numeric && (row[c].kind == Cell::Kind::number || row[c].kind == Cell::Kind::percent);
            }
            right[c] = any && numeric;
            body += fmt::format("<th{}>{}</th>", right[c] ? " class=\"num\"" : "", html_text(s.headers[c]));
        }
        body += "</tr></thead>\n<tbody>\n";
        for (const auto& row : s.rows) {
            body += "<tr>";
            for (std::size_t c = 0; c < row.size(); ++c) {
                const char* cls = c < right.size() && right[c]          ? " class=\"num\""
                                  : row[c].kind == Cell::Kind::date      ? " class=\"nw\""
                                                                         : "";
                body += fmt::format("<td{}>{}</td>", cls, html_text(cell_display(row[c], wb.lang)));
            }
            body += "</tr>\n";
        }
        body += "</tbody>\n</table>\n";
    }
    body += fmt::format("<footer>{}</footer>\n</article>\n", html_text(label("generated", wb.lang)));
    // Sheets have up to 16 columns: printed landscape, in a smaller type.
    return html_document(wb.lang, wb.title, body,
                         "@page { size: A4 landscape; margin: 1.5cm; }\ntable { font-size: .75em; }\n"
                         "body { max-width: none; }\n");
}

}  // namespace scmplan

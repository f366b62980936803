// HTML documents (--format html): one self-contained file per report, with its
// CSS and its charts (inline SVG) inside, no link to anything outside, laid out
// for the screen and for printing on A4 (docs/cli.md, "HTML").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/report.hpp"
#include "scmplan/sheets.hpp"

namespace scmplan {

/// The quarterly (or as-of) report: the title block, activities, targets, KPIs,
/// GAP items, risks, the timeline and heat map, notes per activity, and an
/// appendix saying how each risk level was set. `charts[i]` belongs to reports[i]
/// (render_report_charts): each picture a figure with its caption.
std::string render_report_html(const std::vector<PlanReport>& reports, const Model& m, const RenderOptions& o,
                               const std::vector<ReportCharts>& charts);

/// Any workbook (the year-end summary, risk, gaps, score) as a document: a
/// title, an optional introduction and pictures (inline SVG), then each sheet
/// as a table, cells shown as the other formats print them.
std::string render_workbook_html(const Workbook& wb, const std::vector<std::string>& intro_paragraphs,
                                 const std::vector<std::string>& svgs);

// ---- building blocks ----------------------------------------------------------

/// Text as HTML character data: & < > " ' escaped, line breaks as <br>,
/// characters XML forbids dropped (xml_escape).
std::string html_text(std::string_view s);
/// An SVG document ready to sit inside HTML: the XML declaration and anything
/// before <svg removed, and its ids (and references to them) prefixed with
/// `id_prefix`, since several pictures of one page may use the same ids.
/// "" when `svg` holds no <svg element. The pictures' own style rules apply to
/// the whole page; their class names (month, planned, cell, …) are not the page's.
std::string inline_svg(std::string_view svg, std::string_view id_prefix = "");
/// The document around `body`: doctype, language, title, the embedded style
/// sheet (and `extra_style` after it, which may override it).
std::string html_document(Lang lang, const std::string& title, const std::string& body,
                          std::string_view extra_style = "");

}  // namespace scmplan

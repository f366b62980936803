// The pictures of a report, drawn and captioned: each plan's timeline (a Gantt
// chart, render_gantt.hpp) and risk heat map (render_views.hpp) as SVG, with
// the captions every document that shows them uses (Markdown, HTML, Word),
// worded here once. Pure functions of the computed chart data.
#pragma once

#include <string>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/picture.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan {

/// The caption of a plan's timeline picture (and of its Mermaid chart).
std::string timeline_caption(Lang lang);
/// The caption of a risk heat map (a picture, or the table of the Markdown
/// risk register and report).
std::string heat_map_caption(Lang lang);

/// The pictures of one plan's report.
struct ReportCharts {
    Picture timeline;  ///< the whole timeline (screen layout)
    Picture heat_map;  ///< svg "" when the plan has no risk
    /// The timeline in its print layout, a picture per landscape page
    /// (print_timeline_pages): what the HTML report prints instead of `timeline`.
    std::vector<Picture> timeline_pages;
};

/// The timeline and heat map of each plan, drawn as of its report's date;
/// `charts[i]` of the result belongs to `data[i]`.
std::vector<ReportCharts> render_report_charts(const std::vector<ReportChartData>& data, const Model& m,
                                               const RenderOptions& o);

/// A plan's timeline in the screen layout, captioned.
Picture timeline_picture(const Timeline& t, const RenderOptions& o);
/// A timeline page in the print layout (print_timeline_pages), captioned.
Picture timeline_print_picture(const Timeline& t, const RenderOptions& o);
/// A plan's heat map, captioned.
Picture heat_map_picture(const RiskRegister& reg, const Model& m, const RenderOptions& o);

}  // namespace scmplan

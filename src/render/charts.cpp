// The pictures of a report and their captions (render_charts.hpp).
#include "scmplan/render_charts.hpp"

#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

std::string timeline_caption(Lang lang) { return label("gantt.embed.title", lang); }

std::string heat_map_caption(Lang lang) { return label("views.risk.map", lang); }

Picture timeline_picture(const Timeline& t, const RenderOptions& o) {
    return {timeline_caption(o.lang), render_gantt_svg(t, o)};
}

Picture timeline_print_picture(const Timeline& t, const RenderOptions& o) {
    return {timeline_caption(o.lang), render_gantt_svg(t, o, GanttLayout::print)};
}

Picture heat_map_picture(const RiskRegister& reg, const Model& m, const RenderOptions& o) {
    return {heat_map_caption(o.lang), render_risk_svg(reg, m, o)};
}

std::vector<ReportCharts> render_report_charts(const std::vector<ReportChartData>& data, const Model& m,
                                               const RenderOptions& o) {
    std::vector<ReportCharts> out;
    for (const ReportChartData& d : data) {
        ReportCharts c{timeline_picture(d.timeline, o),
                       d.heat_map ? heat_map_picture(*d.heat_map, m, o) : Picture{heat_map_caption(o.lang), ""}, {}};
        for (const Timeline& page : print_timeline_pages(d.timeline, o))
            c.timeline_pages.push_back(timeline_print_picture(page, o));
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace scmplan

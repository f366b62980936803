#include "scmplan/docx.hpp"

#include "scmplan/date.hpp"
#include "scmplan/raster.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"
#include "scmplan/zip.hpp"

namespace scmplan {

namespace {

// Pictures are rasterised at twice their own size: sharp when printed at the
// text width (about 6.3 inches for a 600-pixel picture at 96 dpi, 190 dpi).
constexpr double raster_scale = 2.0;

std::optional<DocxImage> image_of(const std::string& svg, std::string description, std::string& error) {
    auto png = svg_to_png(svg, raster_scale, error);
    if (!png) return std::nullopt;
    // CSS pixels are 1/96 inch, points 1/72.
    return DocxImage{std::move(png->data), png->css_width * 0.75, png->css_height * 0.75, std::move(description)};
}

/// The zip's entries are dated like the document's properties: the report's date.
std::optional<std::string> zip_dated(const std::vector<ZipEntry>& parts, Date d, std::string& error) {
    return write_zip(parts, error, dos_date_of(d.year(), d.month(), d.day()));
}

}  // namespace

std::optional<std::string> report_docx(const std::vector<PlanReport>& reports, const Model& m,
                                       const RenderOptions& o, std::string& error) {
    std::vector<ReportPictures> pics;
    // Each piece of a timeline is rasterised, encoded and its cairo surface
    // freed before the next is drawn: the memory of a report holds one surface
    // at a time, whatever the number of activities.
    for (const ReportChartData& d : report_chart_data(m, reports)) {
        ReportPictures p;
        for (const Timeline& piece : d.timeline_pages) {
            auto img = image_of(render_gantt_svg(piece, o), label("gantt.embed.title", o.lang), error);
            if (!img) return std::nullopt;
            p.timeline.push_back(std::move(*img));
        }
        if (d.heat_map) {
            p.heat_map = image_of(render_risk_svg(*d.heat_map, m, o), label("views.risk.map", o.lang), error);
            if (!p.heat_map) return std::nullopt;
        }
        pics.push_back(std::move(p));
    }
    auto parts = render_report_docx(reports, m, o, pics);
    return zip_dated(parts, reports.empty() ? Date{} : reports.front().as_of, error);
}

std::optional<std::string> annual_docx(const std::vector<AnnualReport>& reports, const Model& m,
                                       const RenderOptions& o, std::string& error) {
    auto parts = render_annual_docx(reports, m, o);
    return zip_dated(parts, reports.empty() ? Date{} : reports.front().year_end.as_of, error);
}

}  // namespace scmplan

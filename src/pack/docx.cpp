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

// Lines (activity rows and group headings) of one timeline picture: 14 lines
// and the picture's header and legend make about 640 CSS pixels, which at the
// landscape page's width (the picture shrinks to 24.7 cm) leave room for the
// heading and the caption on a 16.5 cm high page. Each piece is rasterised,
// encoded and its cairo surface freed before the next is drawn: the memory of
// a report holds one surface at a time, whatever the number of activities.
constexpr std::size_t timeline_lines_per_picture = 14;

/// The zip's entries are dated like the document's properties: the report's date.
std::optional<std::string> zip_dated(const std::vector<ZipEntry>& parts, Date d, std::string& error) {
    return write_zip(parts, error, dos_date_of(d.year(), d.month(), d.day()));
}

}  // namespace

std::optional<std::string> report_docx(const std::vector<PlanReport>& reports, const Model& m,
                                       const RenderOptions& o, std::string& error) {
    std::vector<ReportPictures> pics;
    for (const PlanReport& r : reports) {
        ReportPictures p;
        Timeline whole = build_timeline(m, *r.plan, r.as_of);
        for (const Timeline& piece : split_timeline(whole, timeline_lines_per_picture)) {
            auto img = image_of(render_gantt_svg(piece, o), label("gantt.embed.title", o.lang), error);
            if (!img) return std::nullopt;
            p.timeline.push_back(std::move(*img));
        }
        if (!r.risks.empty()) {
            std::vector<RiskRegister> regs{risk_register(m, *r.plan, r.as_of)};
            p.heat_map = image_of(render_risk_svg(regs, m, o), label("views.risk.map", o.lang), error);
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

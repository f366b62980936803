#include "scmplan/docx.hpp"

#include "scmplan/raster.hpp"
#include "scmplan/zip.hpp"

namespace scmplan {

namespace {

// Pictures are rasterised at twice their own size: sharp when printed at the
// text width (about 6.3 inches for a 600-pixel picture at 96 dpi, 190 dpi).
constexpr double raster_scale = 2.0;

}  // namespace

std::optional<std::string> docx_file(DocxDocument doc, std::string& error) {
    // Each picture is rasterised, encoded and its cairo surface freed before
    // the next is drawn: the memory holds one surface at a time, whatever the
    // number of pictures (a long timeline comes in many pages).
    for (DocxPicture& p : doc.pictures) {
        auto png = svg_to_png(p.picture.svg, raster_scale, error);
        if (!png) return std::nullopt;
        std::string().swap(p.picture.svg);
        doc.parts.push_back({std::move(p.part), std::move(png->data)});
    }
    // The zip's entries are dated like the document's properties: the report's date.
    return write_zip(doc.parts, error, dos_date_of(doc.date.year(), doc.date.month(), doc.date.day()));
}

}  // namespace scmplan

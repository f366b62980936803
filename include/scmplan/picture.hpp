// What render hands to pack: pictures as SVG documents with their captions,
// and a Word document's parts with its pictures still to be rasterised. Values
// only; pack (docx.hpp) rasterises and zips them.
#pragma once

#include <string>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/zip.hpp"

namespace scmplan {

/// A picture as render draws it.
struct Picture {
    /// Worded once, by render (render_charts.hpp): the picture's heading in
    /// Markdown, its figure caption in HTML, its alternative text in Word.
    std::string caption;
    std::string svg;  ///< a standalone SVG document; "" for no picture
};

/// A picture of a Word document: its SVG and the part its PNG becomes.
struct DocxPicture {
    std::string part;  ///< "word/media/image1.png"
    Picture picture;
};

/// A Word document as render makes it (render_docx.hpp): every part but the
/// pictures' PNGs, in the package's order ([Content_Types].xml first); the
/// pictures, whose PNGs come after the parts in this order; the date of the
/// zip's entries (the report's date, as the document's properties say).
struct DocxDocument {
    std::vector<ZipEntry> parts;
    std::vector<DocxPicture> pictures;
    Date date;
};

}  // namespace scmplan

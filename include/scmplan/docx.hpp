// A Word document's bytes: the pictures of a DocxDocument (made by render,
// render_docx.hpp) rasterised to PNG (raster.hpp) and every part zipped
// (zip.hpp). Bytes in, bytes out; no I/O.
#pragma once

#include <optional>
#include <string>

#include "scmplan/picture.hpp"

namespace scmplan {

/// The .docx file of `doc`: its parts, then each picture's PNG (drawn at
/// twice its size) as its part, zipped with every entry dated doc.date.
/// Deterministic: the same document (and fonts) gives the same bytes. nullopt
/// with `error` when a picture or the zip fails.
std::optional<std::string> docx_file(DocxDocument doc, std::string& error);

}  // namespace scmplan

// SVG pictures turned into PNG with librsvg and cairo (text shaped by pango, so
// Thai vowels and tone marks sit where they belong). Bytes in, bytes out; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scmplan {

struct Png {
    std::string data;     ///< the PNG file's bytes
    int width = 0;        ///< in pixels, after scaling
    int height = 0;
    double css_width = 0;   ///< the picture's own size in CSS pixels (1/96 inch)
    double css_height = 0;
};

/// Renders `svg` at `scale` times its own size (in CSS pixels) on white. The
/// fonts are whatever fontconfig finds for the picture's font-family; a missing
/// family falls back to fontconfig's choice for the language. On a bad picture,
/// nullopt and `error` says why.
std::optional<Png> svg_to_png(std::string_view svg, double scale, std::string& error);

}  // namespace scmplan

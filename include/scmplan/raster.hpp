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

/// Cairo draws no image wider or taller than 32767 pixels.
inline constexpr double max_raster_side = 32767;
/// Most pixels of one picture: 16 million, a 64 MB surface (4 bytes a pixel).
inline constexpr double max_raster_pixels = 16.0 * 1024 * 1024;

/// `scale`, or the largest smaller scale at which a css_width × css_height
/// picture (rounded up to whole pixels) is within max_raster_side and
/// max_raster_pixels.
double raster_scale_within_limits(double css_width, double css_height, double scale);

/// Renders `svg` at `scale` times its own size (in CSS pixels) on white; a
/// picture that would be over cairo's or scmplan's size limits at that scale is
/// drawn smaller (raster_scale_within_limits; `width` and `height` say at what
/// size), so the memory of one picture is bounded. The fonts are whatever
/// fontconfig finds for the picture's font-family; a missing family falls back
/// to fontconfig's choice for the language. On a bad picture, nullopt and
/// `error` says why, with what librsvg or GLib reported while drawing it.
/// The surface is freed before returning: only the PNG's bytes are kept.
std::optional<Png> svg_to_png(std::string_view svg, double scale, std::string& error);

/// From the first call on, GLib's log (the warnings of librsvg, pango, GLib)
/// no longer reaches stderr: messages at warning level and above are kept for
/// the error of the picture being drawn on this thread (svg_to_png calls it
/// first), debug and info messages are dropped. Process-wide, idempotent.
void quiet_library_log();

}  // namespace scmplan

#include "scmplan/raster.hpp"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include "scmplan/render.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

// ---- GLib's log ---------------------------------------------------------------------
//
// librsvg, pango, cairo's GLib users and GLib itself report through GLib's log,
// whose default writer prints "librsvg-WARNING **: …" on stderr. scmplan's
// stderr carries scmplan's messages only: one writer for the whole process
// keeps the messages of the current thread's picture (the first few, cut) for
// svg_to_png's error, and drops the rest.

constexpr std::size_t kept_messages = 3;

thread_local std::vector<std::string> t_messages;

GLogWriterOutput keep_message(GLogLevelFlags level, const GLogField* fields, gsize n, gpointer) {
    // Debug and info messages are noise (G_MESSAGES_DEBUG is a developer's switch).
    if (level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) return G_LOG_WRITER_HANDLED;
    std::string domain, message;
    for (gsize i = 0; i < n; ++i) {
        std::string_view key = fields[i].key;
        if (key != "MESSAGE" && key != "GLIB_DOMAIN") continue;
        const char* v = static_cast<const char*>(fields[i].value);
        if (!v) continue;
        std::string_view text = fields[i].length < 0 ? std::string_view(v)
                                                     : std::string_view(v, static_cast<std::size_t>(fields[i].length));
        (key == "MESSAGE" ? message : domain) = std::string(text);
    }
    if (t_messages.size() < kept_messages)
        t_messages.push_back((domain.empty() ? "" : domain + ": ") + picture_text(message));
    return G_LOG_WRITER_HANDLED;
}

/// What the libraries said during the current picture, for an error: " (librsvg: …)".
std::string library_said() {
    if (t_messages.empty()) return {};
    std::string out = " (";
    for (std::size_t i = 0; i < t_messages.size(); ++i) out += (i ? "; " : "") + t_messages[i];
    return escape_for_terminal(out + ")");
}

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string take_message(GError* e) {
    std::string m = e && e->message ? e->message : "unknown error";
    if (e) g_error_free(e);
    return escape_for_terminal(m) + library_said();
}

}  // namespace

void quiet_library_log() {
    static std::once_flag once;
    std::call_once(once, [] { g_log_set_writer_func(keep_message, nullptr, nullptr); });
}

double raster_scale_within_limits(double css_width, double css_height, double scale) {
    auto pixels = [&](double s) { return std::ceil(css_width * s) * std::ceil(css_height * s); };
    auto side = [&](double s) { return std::max(std::ceil(css_width * s), std::ceil(css_height * s)); };
    if (side(scale) <= max_raster_side && pixels(scale) <= max_raster_pixels) return scale;
    double s = std::min({scale, max_raster_side / std::max(css_width, css_height),
                         std::sqrt(max_raster_pixels / (css_width * css_height))});
    // ceil() may round a side up past the limit: shrink until it does not.
    while (s > 0 && (side(s) > max_raster_side || pixels(s) > max_raster_pixels)) s *= 0.999;
    return s;
}

std::optional<Png> svg_to_png(std::string_view svg, double scale, std::string& error) {
    quiet_library_log();
    t_messages.clear();
    GError* gerr = nullptr;
    RsvgHandle* handle =
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &gerr);
    if (!handle) {
        error = "SVG: " + take_message(gerr);
        return std::nullopt;
    }
    std::unique_ptr<RsvgHandle, void (*)(RsvgHandle*)> hold(handle, [](RsvgHandle* h) { g_object_unref(h); });
    gdouble w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) || w <= 0 || h <= 0) {
        error = "SVG: the picture has no width and height in absolute units";
        return std::nullopt;
    }
    Png png;
    png.css_width = w;
    png.css_height = h;
    scale = raster_scale_within_limits(w, h, scale);
    png.width = static_cast<int>(std::ceil(w * scale));
    png.height = static_cast<int>(std::ceil(h * scale));
    if (png.width < 1 || png.height < 1) {
        error = "PNG: the picture is too large to draw";
        return std::nullopt;
    }
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, png.width, png.height);
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> hold_s(surface, cairo_surface_destroy);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        error = std::string("PNG: cairo cannot make a picture of ") + std::to_string(png.width) + " × " +
                std::to_string(png.height) + " pixels: " + cairo_status_to_string(cairo_surface_status(surface));
        return std::nullopt;
    }
    cairo_t* cr = cairo_create(surface);
    std::unique_ptr<cairo_t, void (*)(cairo_t*)> hold_cr(cr, cairo_destroy);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    RsvgRectangle viewport{0, 0, static_cast<double>(png.width), static_cast<double>(png.height)};
    if (!rsvg_handle_render_document(handle, cr, &viewport, &gerr)) {
        error = "SVG: " + take_message(gerr);
        return std::nullopt;
    }
    cairo_surface_flush(surface);
    if (cairo_surface_write_to_png_stream(surface, append_png, &png.data) != CAIRO_STATUS_SUCCESS) {
        error = "PNG: cairo could not encode the picture";
        return std::nullopt;
    }
    return png;
}

}  // namespace scmplan

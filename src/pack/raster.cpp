#include "scmplan/raster.hpp"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>

namespace scmplan {

namespace {

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string take_message(GError* e) {
    std::string m = e && e->message ? e->message : "unknown error";
    if (e) g_error_free(e);
    return m;
}

}  // namespace

std::optional<Png> svg_to_png(std::string_view svg, double scale, std::string& error) {
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
    png.width = static_cast<int>(std::ceil(w * scale));
    png.height = static_cast<int>(std::ceil(h * scale));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, png.width, png.height);
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> hold_s(surface, cairo_surface_destroy);
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

// Pictures of any size: text cut to what a picture shows (picture_text,
// grapheme_prefix), the timeline split into pieces that fit a page
// (split_timeline), rasterising within cairo's limits, and GLib's log kept off
// stderr (src/pack/raster.cpp).
#include <doctest/doctest.h>
#include <glib.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <regex>
#include <string>

#include "scmplan/load.hpp"
#include "scmplan/raster.hpp"
#include "scmplan/render.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"
#include "scmplan/timeline.hpp"
#include "scmplan/views.hpp"

using namespace scmplan;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

const Model& plans_model() {
    static LoadResult r = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/plans"}, disk());
    return r.model;
}

/// The longest text (in code points) of a <text> or <title> element of an SVG.
std::size_t longest_text(const std::string& svg) {
    static const std::regex element("<(text|title)[^>]*>([^<]*)</(text|title)>");
    std::size_t longest = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element); it != std::sregex_iterator(); ++it)
        longest = std::max(longest, count_code_points((*it)[2].str()));
    return longest;
}

/// Runs f with file descriptor 2 on a temporary file; returns what was written there.
template <class F>
std::string stderr_of(F f) {
    std::fflush(stderr);
    std::FILE* tmp = std::tmpfile();
    REQUIRE(tmp);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    f();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::string out;
    std::rewind(tmp);
    for (int c; (c = std::fgetc(tmp)) != EOF;) out += static_cast<char>(c);
    std::fclose(tmp);
    return out;
}

}  // namespace

// ---- cutting text ----------------------------------------------------------------

TEST_CASE("grapheme_prefix: whole clusters, never a Thai letter without its marks") {
    // "ที่" is ท + ี + ่: one cluster of three code points.
    const std::string thi = "ที่";
    CHECK(grapheme_prefix(thi, 3) == thi);
    CHECK(grapheme_prefix(thi, 2) == "");
    CHECK(grapheme_prefix(thi + thi, 5) == thi);
    CHECK(grapheme_prefix(thi + "a" + thi, 4) == thi + "a");
    CHECK(grapheme_prefix("abc", 0) == "");
    CHECK(grapheme_prefix("abc", 10) == "abc");
    // A family emoji (four people joined by ZWJ, 7 code points) stays whole or goes.
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    CHECK(grapheme_prefix("x" + family, 5) == "x");
    CHECK(grapheme_prefix("x" + family, 8) == "x" + family);
}

TEST_CASE("picture_text: short text unchanged, long text cut to 200 code points with …") {
    CHECK(picture_text("") == "");
    CHECK(picture_text("แผนงาน") == "แผนงาน");
    const std::string exact = repeat("a", picture_text_max);
    CHECK(picture_text(exact) == exact);
    CHECK(picture_text(exact + "b") == repeat("a", picture_text_max - 1) + "…");
    // 100 × ที่ is 300 code points; 199 would end inside the 67th cluster: 66 are kept.
    const std::string thai = repeat("ที่", 100);
    const std::string cut = picture_text(thai);
    CHECK(cut == repeat("ที่", 66) + "…");
    CHECK(count_code_points(cut) <= picture_text_max);
    // A title of 1 MB costs the same as one of 300 code points.
    CHECK(picture_text(repeat("ที่นี่", 60000)) == repeat("ที่นี่", 33) + "…");
}

TEST_CASE("gantt svg: a 100,000-letter title and long activity titles are cut in the picture") {
    Model m = plans_model();
    REQUIRE(m.plans.size() == 1);
    const std::string title = repeat("ที่นี่", 20000);  // 120,000 code points
    m.plans[0].title = title;
    for (Activity& a : m.activities) a.title = repeat("ก่อน", 5000);
    Timeline t = build_timeline(m, m.plans[0], Date::from_ymd(2023, 6, 30));
    std::string svg = render_gantt_svg(t, {});
    CHECK(svg.find(picture_text(title)) != std::string::npos);
    CHECK(svg.find(repeat("ที่นี่", 34)) == std::string::npos);
    // Every text of the picture (tooltips too) is at most a cut title and its figures.
    CHECK(longest_text(svg) < 2 * picture_text_max);
    CHECK(svg.size() < 100 * 1000);
}

TEST_CASE("risk svg: a long risk title is cut before it is wrapped") {
    Model m = plans_model();
    REQUIRE_FALSE(m.risks.empty());
    m.risks[0].title = repeat("ความเสี่ยง ", 20000);
    RiskRegister reg = risk_register(m, m.plans[0], Date::from_ymd(2023, 6, 30));
    std::string svg = render_risk_svg({reg}, m, {});
    CHECK(longest_text(svg) <= picture_text_max);
    // The height stays that of a few lines per risk, not 2,000 lines.
    std::smatch h;
    REQUIRE(std::regex_search(svg, h, std::regex("height=\"([0-9]+)\"")));
    CHECK(std::stoi(h[1]) < 5000);
}

// ---- splitting the timeline ------------------------------------------------------

namespace {

Timeline rows_in_groups(std::vector<std::size_t> sizes) {
    static std::vector<Activity> acts(1000);
    Timeline t;
    t.span = {Date::from_ymd(2023, 1, 1), Date::from_ymd(2023, 12, 31)};
    t.quarters.resize(4);
    t.completion = 42;
    std::size_t k = 0;
    for (std::size_t g = 0; g < sizes.size(); ++g) {
        t.groups.push_back({"g" + std::to_string(g), "g" + std::to_string(g), {}});
        for (std::size_t i = 0; i < sizes[g]; ++i) {
            TimelineRow row;
            row.activity = &acts[k++];
            t.groups.back().rows.push_back(row);
        }
    }
    return t;
}

std::size_t lines_of(const Timeline& t) {
    std::size_t n = t.groups.size();
    for (const auto& g : t.groups) n += g.rows.size();
    return n;
}

}  // namespace

TEST_CASE("split_timeline: 120 activities in 3 groups make pieces of at most 14 lines, rows in order") {
    Timeline t = rows_in_groups({50, 1, 69});
    auto pieces = split_timeline(t, 14);
    // Group g0: 50 rows, 13 a piece → 4 pieces (13, 13, 13, 11); g1 joins the
    // fourth (11 + 1 + 2 lines = 14 lines); g2: 69 rows, 13 a piece → 6 pieces.
    CHECK(pieces.size() == 10);
    std::vector<const Activity*> seen;
    for (const Timeline& p : pieces) {
        CHECK(lines_of(p) <= 14);
        CHECK(p.span.start == t.span.start);
        CHECK(p.span.end == t.span.end);
        CHECK(p.quarters.size() == 4);
        CHECK(p.completion == 42);
        for (const auto& g : p.groups) {
            CHECK_FALSE(g.rows.empty());  // a heading never ends a piece
            for (const auto& r : g.rows) seen.push_back(r.activity);
        }
    }
    std::vector<const Activity*> all;
    for (const auto& g : t.groups)
        for (const auto& r : g.rows) all.push_back(r.activity);
    CHECK(seen == all);
    // A group that goes on comes under its heading again.
    CHECK(pieces[1].groups.front().name == "g0");
    CHECK(pieces[3].groups.size() == 2);
    CHECK(pieces[4].groups.front().name == "g2");
}

TEST_CASE("split_timeline: a timeline that fits is one piece; an empty one too; 700 rows") {
    Timeline t = rows_in_groups({4, 3, 2, 1});  // 14 lines: plans/ has 10 activities in 4 groups
    auto one = split_timeline(t, 14);
    REQUIRE(one.size() == 1);
    CHECK(lines_of(one[0]) == 14);
    CHECK(split_timeline(rows_in_groups({}), 14).size() == 1);
    CHECK(split_timeline(rows_in_groups({700}), 14).size() == 54);  // ⌈700 / 13⌉
    CHECK(split_timeline(rows_in_groups({3}), 0).size() == 3);       // at least a heading and a row
}

// ---- rasterising -----------------------------------------------------------------

TEST_CASE("raster_scale_within_limits: cairo's 32767 pixels a side and 16 million pixels") {
    CHECK(raster_scale_within_limits(1000, 600, 2.0) == 2.0);
    double s = raster_scale_within_limits(1400, 21000, 2.0);  // 700 activities in one picture
    CHECK(s < 2.0);
    CHECK(std::ceil(21000 * s) <= max_raster_side);
    CHECK(std::ceil(1400 * s) * std::ceil(21000 * s) <= max_raster_pixels);
    double tall = raster_scale_within_limits(10, 40000, 2.0);
    CHECK(std::ceil(40000 * tall) <= max_raster_side);
}

TEST_CASE("svg_to_png: a picture taller than cairo draws is drawn smaller, silently") {
    std::string error;
    std::optional<Png> png;
    std::string err = stderr_of([&] {
        png = svg_to_png("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"40000\">"
                         "<text x=\"10\" y=\"20\">ที่นี่</text></svg>",
                         2.0, error);
    });
    REQUIRE_MESSAGE(png, error);
    CHECK(png->height <= max_raster_side);
    CHECK(png->width >= 80);
    CHECK(err == "");
}

TEST_CASE("GLib's log does not reach stderr once pictures are drawn") {
    quiet_library_log();
    std::string err = stderr_of([] {
        g_log("librsvg", G_LOG_LEVEL_WARNING, "cannot render on a cairo_t with a failure status");
        g_log("GLib-GObject", G_LOG_LEVEL_CRITICAL, "g_object_unref: assertion failed");
        g_log("Pango", G_LOG_LEVEL_MESSAGE, "font fallback");
    });
    CHECK(err == "");
}

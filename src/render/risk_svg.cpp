// The risk heat map as an SVG picture: one panel per plan, the rules' band
// colours, current and target positions, and the risks listed under the grid.
#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"
#include "risk_parts.hpp"

namespace scmplan {

std::string xml_escape(std::string_view text) {
    // What XML forbids is dropped first (drop_not_xml: the loader refuses it,
    // this is the second guard of every writer of XML: docx, svg, html).
    const std::string s = drop_not_xml(text);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

// Layout, in pixels.
constexpr int svg_width = 900;
constexpr int grid_x = 130;      // left edge of the grid
constexpr int grid_top = 84;     // from the panel's top
constexpr int cell_w = 96;
constexpr int cell_h = 64;
constexpr int legend_x = grid_x + 5 * cell_w + 36;
constexpr int list_line = 20;
// Titles under the grid: 13px text from x = 40 in a 900px picture. Thai letters
// take ~7.5px a column in the usual fonts: 100 columns end near x = 800.
constexpr std::size_t wrap_columns = 100;
const char* const fallback_fill = "#bdbdbd";
const char* const ink = "#212121";

std::optional<double> channel(std::string_view hex) {
    int v = 0;
    for (char c : hex) {
        v *= 16;
        if (c >= '0' && c <= '9') v += c - '0';
        else if (c >= 'a' && c <= 'f') v += c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v += c - 'A' + 10;
        else return std::nullopt;
    }
    double x = (hex.size() == 1 ? v * 17 : v) / 255.0;
    return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);  // sRGB to linear
}

/// Black or white, whichever contrasts more with the fill (WCAG relative luminance);
/// black for colours that are not #rgb or #rrggbb.
const char* text_on(std::string_view fill) {
    if (fill.empty() || fill[0] != '#' || (fill.size() != 4 && fill.size() != 7)) return ink;
    std::size_t n = fill.size() == 4 ? 1 : 2;
    auto r = channel(fill.substr(1, n)), g = channel(fill.substr(1 + n, n)), b = channel(fill.substr(1 + 2 * n, n));
    if (!r || !g || !b) return ink;
    double lum = 0.2126 * *r + 0.7152 * *g + 0.0722 * *b;
    double with_white = 1.05 / (lum + 0.05), with_black = (lum + 0.05) / 0.05;
    return with_white > with_black ? "#ffffff" : ink;
}

std::string fill_of(const RiskBand* b) { return b && !b->colour.empty() ? b->colour : fallback_fill; }

/// Splits text into lines of at most `width` display columns, at spaces where it
/// can; a longer word is cut between characters (never before a combining mark).
std::vector<std::string> wrap_display(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    auto flush = [&] {
        if (!line.empty()) lines.push_back(line);
        line.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string_view::npos) j = text.size();
        std::string_view word = text.substr(i, j - i);
        i = j + 1;
        if (word.empty()) continue;
        std::size_t ww = display_width(word);
        if (!line.empty() && display_width(line) + 1 + ww <= width) {
            line += " ";
            line += word;
            continue;
        }
        flush();
        if (ww <= width) {
            line = std::string(word);
            continue;
        }
        // Cut a long word by code points (the text is plan text, valid UTF-8).
        for (CodePointAt c : code_points_of(word)) {
            std::string_view cp = word.substr(c.offset, c.length);
            std::size_t w = display_width(cp);
            if (w > 0 && display_width(line) + w > width) flush();
            line += cp;
        }
    }
    flush();
    return lines;
}

struct Svg {
    std::string body;
    void text(int x, int y, std::string_view s, std::string_view attrs = {}) {
        body += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", x, y, attrs.empty() ? "" : " ", attrs,
                            xml_escape(picture_text(s)));
    }
};

/// "L: level 2: projected: …" and "I: …", wrapped: how each level was set.
std::vector<std::string> explanation_lines(const RiskResult& rr, Date as_of, Lang lang) {
    std::vector<std::string> out;
    for (auto [tag, d] : {std::pair{"L", &rr.likelihood}, std::pair{"I", &rr.impact}})
        for (auto& line :
             wrap_display(picture_text(fmt::format("{}: {}", tag, explain_level(*d, as_of, lang))), wrap_columns))
            out.push_back(std::move(line));
    return out;
}

int risk_lines(const RiskResult& rr, Date as_of, Lang lang) {
    return 1 + static_cast<int>(wrap_display(picture_text(rr.risk->title), wrap_columns).size()) +
           static_cast<int>(explanation_lines(rr, as_of, lang).size());
}

int panel_height(const RiskRegister& reg, Lang lang) {
    int h = grid_top + 5 * cell_h + 70 + 30;  // grid, x axis, list heading
    if (reg.risks.empty()) h += list_line;
    for (const RiskResult& rr : reg.risks) h += risk_lines(rr, reg.as_of, lang) * list_line + 8;
    return h + 16;
}

void marker(Svg& svg, int cx, int cy, bool target, const char* colour) {
    if (target) {
        svg.body += fmt::format(
            "<circle class=\"target\" cx=\"{}\" cy=\"{}\" r=\"5.5\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>"
            "<circle cx=\"{}\" cy=\"{}\" r=\"1.8\" fill=\"{}\"/>\n",
            cx, cy, colour, cx, cy, colour);
    } else {
        svg.body += fmt::format("<circle class=\"current\" cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{}\"/>\n", cx, cy, colour);
    }
}

void panel(Svg& svg, const RiskRegister& reg, const Model& m, Lang lang, int top) {
    const Rules& rules = m.rules;
    svg.text(24, top + 32,
             fmt::format("{} — {}", label("views.risk.map.svg", lang), reg.plan->id.value),
             "font-size=\"20\" font-weight=\"bold\" fill=\"#212121\"");
    svg.text(24, top + 56, fmt::format("{} {}", label("as_of", lang), format_date(reg.as_of, lang)),
             "font-size=\"14\" fill=\"#555555\"");

    const int gy = top + grid_top;
    // Cells: likelihood 5 at the top, impact 1 at the left.
    for (int l = 5; l >= 1; --l)
        for (int i = 1; i <= 5; ++i) {
            const HeatCell& c = reg.map.at(l, i);
            int x = grid_x + (i - 1) * cell_w, y = gy + (5 - l) * cell_h;
            std::string fill = fill_of(c.band);
            const char* fg = text_on(fill);
            // The cell's tooltip names every risk in it (the markers may be cut to fit).
            std::string who;
            if (!c.current.empty()) who += " ● " + risk_ids(c.current);
            if (!c.target.empty()) who += " ◎ " + risk_ids(c.target);
            svg.body += fmt::format(
                "<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
                "stroke-width=\"2\"><title>{} {} × {} {} = {} ({}){}</title></rect>\n",
                x, y, cell_w, cell_h, xml_escape(fill), xml_escape(label("likelihood", lang)), l,
                xml_escape(label("impact", lang)), i, c.score, xml_escape(picture_text(band_name(c.band, lang))),
                xml_escape(picture_text(who)));
            svg.text(x + 8, y + 18, std::to_string(c.score),
                     fmt::format("font-size=\"13\" fill=\"{}\"{}", fg, c.over_threshold ? " font-weight=\"bold\"" : ""));
            int row = 0;
            auto marks = [&](const std::vector<const Risk*>& risks, bool target) {
                if (risks.empty()) return;
                int cy = y + 36 + row * 18;
                marker(svg, x + 16, cy, target, fg);
                svg.text(x + 27, cy + 5, truncate_display(risk_ids(risks), 9),
                         fmt::format("font-size=\"13\" font-weight=\"bold\" fill=\"{}\"", fg));
                ++row;
            };
            marks(c.current, false);
            marks(c.target, true);
        }
    // The threshold: one staircase line between the cells below it and those at or
    // over it (score >= threshold holds for every cell above or right of one that holds).
    std::string path;
    int before = 0;  // over-threshold cells of the previous column, counted from the top
    for (int i = 1; i <= 5; ++i) {
        int over = 0;
        for (int l = 5; l >= 1 && reg.map.at(l, i).over_threshold; --l) ++over;
        if (over == 0) continue;
        int x = grid_x + (i - 1) * cell_w, y = gy + over * cell_h;
        if (path.empty()) path = i == 1 ? fmt::format("M{} {}", x, y) : fmt::format("M{} {}V{}", x, gy, y);
        else if (over != before) path += fmt::format("V{}", y);
        path += over == 5 ? fmt::format("M{} {}", x + cell_w, y) : fmt::format("H{}", x + cell_w);
        before = over;
    }
    if (!path.empty())
        svg.body += fmt::format(
            "<path class=\"threshold\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3.5\"/>\n", path, ink);

    // Axes.
    for (int l = 1; l <= 5; ++l)
        svg.text(grid_x - 12, gy + (5 - l) * cell_h + cell_h / 2 + 6, std::to_string(l),
                 "font-size=\"16\" text-anchor=\"end\" fill=\"#212121\"");
    for (int i = 1; i <= 5; ++i)
        svg.text(grid_x + (i - 1) * cell_w + cell_w / 2, gy + 5 * cell_h + 24, std::to_string(i),
                 "font-size=\"16\" text-anchor=\"middle\" fill=\"#212121\"");
    int ly = gy + 5 * cell_h / 2;
    svg.text(58, ly, label("likelihood", lang),
             fmt::format("font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#212121\" "
                         "transform=\"rotate(-90 58 {})\"",
                         ly));
    svg.text(grid_x + 5 * cell_w / 2, gy + 5 * cell_h + 52, label("impact", lang),
             "font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#212121\"");

    // Legend.
    int y = gy + 4;
    svg.text(legend_x, y + 12, label("views.risk.bands", lang), "font-size=\"15\" font-weight=\"bold\" fill=\"#212121\"");
    y += 26;
    for (const RiskBand& b : rules.bands) {
        std::string fill = fill_of(&b);
        svg.body += fmt::format("<rect class=\"swatch\" x=\"{}\" y=\"{}\" width=\"20\" height=\"20\" fill=\"{}\"/>\n",
                                legend_x, y, xml_escape(fill));
        svg.text(legend_x + 30, y + 15, fmt::format("{} ({}–{})", b.name.in(lang), b.min, b.max),
                 "font-size=\"14\" fill=\"#212121\"");
        y += 28;
    }
    y += 10;
    svg.text(legend_x, y + 12, label("views.risk.markers", lang), "font-size=\"15\" font-weight=\"bold\" fill=\"#212121\"");
    y += 30;
    marker(svg, legend_x + 10, y, false, ink);
    svg.text(legend_x + 30, y + 5, label("views.risk.current", lang), "font-size=\"14\" fill=\"#212121\"");
    y += 26;
    marker(svg, legend_x + 10, y, true, ink);
    svg.text(legend_x + 30, y + 5, label("views.risk.target", lang), "font-size=\"14\" fill=\"#212121\"");
    y += 26;
    svg.body += fmt::format("<path d=\"M{} {}H{}\" stroke=\"{}\" stroke-width=\"3.5\"/>\n", legend_x, y, legend_x + 20, ink);
    svg.text(legend_x + 30, y + 5, label_with("views.risk.threshold.line", lang, rules.risk_threshold),
             "font-size=\"14\" fill=\"#212121\"");
    y += 20;
    svg.text(legend_x + 30, y + 5, label("views.risk.threshold.action", lang), "font-size=\"14\" fill=\"#212121\"");

    // The risks, under the grid.
    y = gy + 5 * cell_h + 90;
    svg.text(24, y, label("risks", lang), "font-size=\"15\" font-weight=\"bold\" fill=\"#212121\"");
    y += list_line + 4;
    if (reg.risks.empty()) svg.text(24, y, label("views.risk.no_risks", lang), "font-size=\"14\" fill=\"#212121\"");
    for (const RiskResult& rr : reg.risks) {
        const Risk& r = *rr.risk;
        std::string head = fmt::format("{}: L {} × I {} = {} ({})", r.id.value, level_text(rr.likelihood.level),
                                       level_text(rr.impact.level), rr.score ? std::to_string(rr.score) : "–",
                                       band_name(rr.band, lang));
        if (auto t = risk_target(r, rules))
            head += fmt::format(" → {} {} × {} = {} ({})", label("views.risk.target", lang), t->likelihood, t->impact,
                                t->score, band_name(t->band, lang));
        svg.text(24, y, head, "font-size=\"14\" font-weight=\"bold\" fill=\"#212121\"");
        y += list_line;
        for (const auto& line : wrap_display(picture_text(r.title), wrap_columns)) {
            svg.text(40, y, line, "font-size=\"13\" fill=\"#424242\"");
            y += list_line;
        }
        for (const auto& line : explanation_lines(rr, reg.as_of, lang)) {
            svg.text(40, y, line, "font-size=\"13\" fill=\"#424242\"");
            y += list_line;
        }
        y += 8;
    }
}

/// One picture of the registers' panels, stacked.
std::string risk_svg(const std::vector<const RiskRegister*>& regs, const Model& m, const RenderOptions& o) {
    int height = 0;
    for (const RiskRegister* reg : regs) height += panel_height(*reg, o.lang);
    if (height == 0) height = 40;
    Svg svg;
    int top = 0;
    for (const RiskRegister* reg : regs) {
        panel(svg, *reg, m, o.lang, top);
        top += panel_height(*reg, o.lang);
    }
    std::string title = label("views.risk.map.svg", o.lang);
    for (const RiskRegister* reg : regs) title += " " + reg->plan->id.value;
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"'Noto Sans Thai', 'Tahoma', sans-serif\">\n"
        "<title>{2}</title>\n"
        "<rect class=\"background\" width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
        "{3}</svg>\n",
        svg_width, height, xml_escape(picture_text(title)), svg.body);
}

}  // namespace

std::string render_risk_svg(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o) {
    std::vector<const RiskRegister*> all;
    for (const RiskRegister& reg : regs) all.push_back(&reg);
    return risk_svg(all, m, o);
}

std::string render_risk_svg(const RiskRegister& reg, const Model& m, const RenderOptions& o) {
    return risk_svg({&reg}, m, o);
}

}  // namespace scmplan

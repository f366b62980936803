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

// Layout, in pixels. The picture is drawn for its print size: a Word document
// places it across the portrait text width (16 cm, 453.5 pt), so 680 px make
// 0.667 pt a pixel and the smallest text, 14 px, is 9.3 pt on paper
// (docs/pictures.md).
constexpr int svg_width = 680;
constexpr int grid_x = 96;       // left edge of the grid
constexpr int grid_top = 84;     // from the panel's top
constexpr int cell_w = 72;
constexpr int cell_h = 60;
constexpr int legend_x = grid_x + 5 * cell_w + 24;
constexpr int list_line = 20;
constexpr int small = 14;        // the smallest text
// Thai and Latin letters take ~0.58 em a column in the usual fonts: 8.1 px at 14 px.
// Titles under the grid, from x = 40: 76 columns end near x = 656.
constexpr std::size_t wrap_columns = 76;
// The legend's text, from legend_x + 30 to the right margin (166 px).
constexpr std::size_t legend_columns = 20;
// Risk ids in a cell, after the marker.
constexpr std::size_t cell_id_columns = 5;
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

/// The plan's title under the panel's heading, wrapped, when one picture holds
/// the panels of several plans (a reader knows a plan by its title, not its id);
/// none for a single plan, which the document around names.
std::vector<std::string> plan_lines(const RiskRegister& reg, bool several) {
    if (!several) return {};
    return wrap_display(picture_text(reg.plan->title), wrap_columns);
}

int panel_height(const RiskRegister& reg, Lang lang, bool several) {
    int h = grid_top + 5 * cell_h + 70 + 30;  // grid, x axis, list heading
    h += list_line * static_cast<int>(plan_lines(reg, several).size());
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

void panel(Svg& svg, const RiskRegister& reg, const Model& m, Lang lang, int top, bool several) {
    const Rules& rules = m.rules;
    svg.text(24, top + 32, label("views.risk.map.svg", lang), "font-size=\"20\" font-weight=\"bold\" fill=\"#212121\"");
    for (const auto& line : plan_lines(reg, several)) {
        svg.text(24, top + 56, line, "font-size=\"14\" font-weight=\"bold\" fill=\"#212121\"");
        top += list_line;
    }
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
                     fmt::format("font-size=\"14\" fill=\"{}\"{}", fg, c.over_threshold ? " font-weight=\"bold\"" : ""));
            int row = 0;
            auto marks = [&](const std::vector<const Risk*>& risks, bool target) {
                if (risks.empty()) return;
                int cy = y + 36 + row * 18;
                marker(svg, x + 16, cy, target, fg);
                svg.text(x + 27, cy + 5, truncate_display(risk_ids(risks), cell_id_columns),
                         fmt::format("font-size=\"14\" font-weight=\"bold\" fill=\"{}\"", fg));
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
    svg.text(46, ly, label("likelihood", lang),
             fmt::format("font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#212121\" "
                         "transform=\"rotate(-90 46 {})\"",
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
        for (const auto& line : wrap_display(fmt::format("{} ({}–{})", b.name.in(lang), b.min, b.max), legend_columns)) {
            svg.text(legend_x + 30, y + 15, line, "font-size=\"14\" fill=\"#212121\"");
            y += list_line;
        }
        y += 8;
    }
    y += 10;
    svg.text(legend_x, y + 12, label("views.risk.markers", lang), "font-size=\"15\" font-weight=\"bold\" fill=\"#212121\"");
    y += 30;
    marker(svg, legend_x + 10, y, false, ink);
    // The legend's words, wrapped to the room right of the grid.
    auto words = [&](const std::string& text) {
        for (const auto& line : wrap_display(text, legend_columns)) {
            svg.text(legend_x + 30, y + 5, line, "font-size=\"14\" fill=\"#212121\"");
            y += list_line;
        }
    };
    words(label("views.risk.current", lang));
    y += 6;
    marker(svg, legend_x + 10, y, true, ink);
    words(label("views.risk.target", lang));
    y += 6;
    svg.body += fmt::format("<path d=\"M{} {}H{}\" stroke=\"{}\" stroke-width=\"3.5\"/>\n", legend_x, y, legend_x + 20, ink);
    words(label_with("views.risk.threshold.line", lang, rules.risk_threshold));
    words(label("views.risk.threshold.action", lang));

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
            svg.text(40, y, line, "font-size=\"14\" fill=\"#424242\"");
            y += list_line;
        }
        for (const auto& line : explanation_lines(rr, reg.as_of, lang)) {
            svg.text(40, y, line, "font-size=\"14\" fill=\"#424242\"");
            y += list_line;
        }
        y += 8;
    }
}

/// One picture of the registers' panels, stacked.
std::string risk_svg(const std::vector<const RiskRegister*>& regs, const Model& m, const RenderOptions& o) {
    int height = 0;
    const bool several = regs.size() > 1;
    for (const RiskRegister* reg : regs) height += panel_height(*reg, o.lang, several);
    if (height == 0) height = 40;
    Svg svg;
    int top = 0;
    for (const RiskRegister* reg : regs) {
        panel(svg, *reg, m, o.lang, top, several);
        top += panel_height(*reg, o.lang, several);
    }
    // The picture's accessible name: what it is, the plans by their titles.
    std::string title = label("views.risk.map.svg", o.lang);
    if (several)
        for (const RiskRegister* reg : regs) title += " · " + picture_text(reg->plan->title);
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

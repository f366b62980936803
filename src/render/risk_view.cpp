// The risk register: Markdown, CSV, JSON, and the heat map as a GFM table and as SVG.
#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "scmplan/json_writer.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                out += c;
        }
    }
    return out;
}

namespace {

const std::string& band_name(const RiskBand* b, const std::string& lang) {
    static const std::string dash = "–";
    return b ? b->name.in(lang) : dash;
}

std::string level_text(int level) { return level ? std::to_string(level) : std::string("–"); }

/// The scale's label for a level ("น้อย"), or "".
std::string scale_label(const Scale& s, int level) {
    for (const ScaleLevel& l : s.levels)
        if (l.level.value == level) return l.label;
    return {};
}

/// The condition as written in the risk file: "activity.A01.completed_on <= 2023-04-30".
std::string condition_text(const Condition& c) {
    std::string value;
    if (const Date* d = std::get_if<Date>(&c.value)) value = format_iso(*d);
    else value = format_number(std::get<double>(c.value));
    return fmt::format("{} {} {}", c.metric.text(), op_text(c.op), value);
}

/// The metric's value that decided the level, for people.
std::string measured_text(const LevelDecision& d, const std::string& lang) {
    if (!d.condition) return "–";
    if (d.condition->metric.is_date()) return d.measured_on ? format_date(*d.measured_on, lang) : label("views.risk.not_reached", lang);
    return d.measured ? format_pct(*d.measured) + "%" : "–";
}

const char* basis_key(const RiskResult& r) {
    if (!r.likelihood.level || !r.impact.level) return "views.risk.unknown";
    if (r.derived) return "views.risk.derived";
    if (!r.likelihood.derived && !r.impact.derived) return "views.risk.assessed";
    return "views.risk.mixed";
}

std::string bands_legend(const Rules& rules, const std::string& lang) {
    std::string out;
    for (const RiskBand& b : rules.bands)
        out += fmt::format("{}{} {}–{}", out.empty() ? "" : " · ", md_cell(b.name.in(lang)), b.min, b.max);
    return out;
}

std::string ids(const std::vector<const Risk*>& risks) {
    std::string out;
    for (const Risk* r : risks) out += (out.empty() ? "" : ", ") + r->id.value;
    return out;
}

}  // namespace

std::string heat_map_md(const HeatMap& map, const std::string& lang) {
    std::string out = fmt::format("| {} | 1 | 2 | 3 | 4 | 5 |\n", label("views.risk.corner", lang));
    out += "|---|:-:|:-:|:-:|:-:|:-:|\n";
    for (int l = 5; l >= 1; --l) {
        out += fmt::format("| **{}** |", l);
        for (int i = 1; i <= 5; ++i) {
            const HeatCell& c = map.at(l, i);
            std::string cell = std::to_string(c.score);
            for (const Risk* r : c.current) cell += " ● " + md_cell(r->id.value);
            for (const Risk* r : c.target) cell += " ◎ " + md_cell(r->id.value);
            out += " " + cell + " |";
        }
        out += "\n";
    }
    return out;
}

// ---- Markdown --------------------------------------------------------------------

namespace {

void risk_md(std::string& out, const RiskResult& rr, Date as_of, const Model& m, const std::string& lang) {
    const Risk& r = *rr.risk;
    out += fmt::format("## {} {}\n\n", md_cell(r.id.value), md_cell(r.title));
    auto level_cell = [&](const LevelDecision& d, const Scale& s) {
        std::string lab = d.level ? scale_label(s, d.level) : "";
        return lab.empty() ? level_text(d.level) : fmt::format("{} ({})", d.level, md_cell(lab));
    };
    out += "| | |\n|---|---|\n";
    out += fmt::format("| {} | {} |\n", label("likelihood", lang), level_cell(rr.likelihood, r.likelihood));
    out += fmt::format("| {} | {} |\n", label("impact", lang), level_cell(rr.impact, r.impact));
    out += fmt::format("| {} | {} |\n", label("score", lang), rr.score ? std::to_string(rr.score) : "–");
    out += fmt::format("| {} | {} |\n", label("band", lang), md_cell(band_name(rr.band, lang)));
    out += fmt::format("| {} | {} |\n", label("over_threshold", lang),
                       fmt::format(fmt::runtime(label(rr.over_threshold ? "threshold.yes" : "threshold.no", lang)),
                                   m.rules.risk_threshold));
    out += fmt::format("| {} | {} |\n", label("risk.basis", lang), label(basis_key(rr), lang));
    if (auto t = risk_target(r, m.rules))
        out += fmt::format("| {} | {} × {} = {} ({}) |\n", label("target", lang), t->likelihood, t->impact, t->score,
                           md_cell(band_name(t->band, lang)));
    else
        out += fmt::format("| {} | – |\n", label("target", lang));
    out += "\n";

    out += fmt::format("| | {} | {} | {} | {} |\n", label("views.risk.level", lang), label("views.risk.condition", lang),
                       label("views.risk.measured", lang), label("views.risk.explanation", lang));
    out += "|---|--:|---|---|---|\n";
    auto basis_row = [&](const char* key, const LevelDecision& d) {
        out += fmt::format("| {} | {} | {} | {} | {} |\n", label(key, lang), level_text(d.level),
                           d.condition ? md_cell(condition_text(*d.condition)) : "–", measured_text(d, lang),
                           md_cell(explain_level(d, as_of, lang)));
    };
    basis_row("likelihood", rr.likelihood);
    basis_row("impact", rr.impact);
    out += "\n";

    auto list = [&](const char* key, const std::vector<std::string>& items) {
        out += fmt::format("**{}**\n\n", label(key, lang));
        if (items.empty()) out += fmt::format("- {}\n", label("none", lang));
        for (const auto& s : items) out += fmt::format("- {}\n", md_cell(s));
        out += "\n";
    };
    list("views.risk.factors", r.factors);
    list("views.risk.mitigation", r.mitigation);
    list("views.risk.monitoring", r.monitoring);
}

}  // namespace

std::string render_risk_md(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o) {
    const std::string& lang = o.lang;
    std::string out;
    for (std::size_t k = 0; k < regs.size(); ++k) {
        const RiskRegister& reg = regs[k];
        if (k) out += "\n---\n\n";
        out += fmt::format("# {} — {} {}\n\n", label("views.risk.title", lang), label("as_of", lang),
                           format_date(reg.as_of, lang));
        out += fmt::format("**{}** ({})\n\n", md_cell(reg.plan->title), md_cell(reg.plan->id.value));
        out += fmt::format("## {}\n\n", label("views.risk.map", lang));
        out += heat_map_md(reg.map, lang) + "\n";
        out += fmt::format("{}: {}; {}\n\n", label("views.risk.bands", lang), bands_legend(m.rules, lang),
                           fmt::format(fmt::runtime(label("views.risk.threshold", lang)), m.rules.risk_threshold));
        out += fmt::format("● {} · ◎ {}\n\n", label("views.risk.current", lang), label("views.risk.target", lang));
        if (reg.risks.empty()) out += label("views.risk.no_risks", lang) + "\n\n";
        for (const RiskResult& rr : reg.risks) risk_md(out, rr, reg.as_of, m, lang);
        out += fmt::format("_{}_\n", label("generated", lang));
    }
    return out;
}

// ---- CSV ---------------------------------------------------------------------------

std::string render_risk_csv(const std::vector<RiskRegister>& regs, const RenderOptions& o) {
    std::string out = o.excel ? "\xEF\xBB\xBF" : "";
    const std::string eol = "\r\n";
    out += "plan,risk,title,as_of,likelihood,impact,score,band,over_threshold,derived,target_likelihood,"
           "target_impact,likelihood_basis,impact_basis" + eol;
    auto f = [&](std::string_view s) { return csv_field(s, o.excel); };
    auto opt_level = [](int l) { return l ? std::to_string(l) : std::string(); };
    for (const RiskRegister& reg : regs)
        for (const RiskResult& rr : reg.risks) {
            const Risk& r = *rr.risk;
            std::vector<std::string> cells = {
                f(reg.plan->id.value),
                f(r.id.value),
                f(r.title),
                format_iso(reg.as_of),
                opt_level(rr.likelihood.level),
                opt_level(rr.impact.level),
                rr.score ? std::to_string(rr.score) : "",
                rr.band ? f(rr.band->name.in("en")) : "",
                rr.over_threshold ? "true" : "false",
                rr.derived ? "true" : "false",
                r.target_likelihood ? std::to_string(r.target_likelihood->value) : "",
                r.target_impact ? std::to_string(r.target_impact->value) : "",
                f(explain_level(rr.likelihood, reg.as_of, "en")),
                f(explain_level(rr.impact, reg.as_of, "en")),
            };
            out += fmt::format("{}", fmt::join(cells, ",")) + eol;
        }
    return out;
}

// ---- JSON --------------------------------------------------------------------------

namespace {

void ids_json(JsonWriter& w, std::string_view key, const std::vector<const Risk*>& risks) {
    w.key(key);
    w.begin_array();
    for (const Risk* r : risks) w.value(r->id.value);
    w.end_array();
}

void strings_json(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
    w.key(key);
    w.begin_array();
    for (const auto& s : items) w.value(s);
    w.end_array();
}

void basis_json(JsonWriter& w, std::string_view key, const LevelDecision& d, Date as_of) {
    w.key(key);
    w.begin_object();
    w.key("level");
    if (d.level) w.value(d.level);
    else w.null();
    w.field("derived", d.derived);
    w.key("assessed_on");
    if (d.assessed_on) w.value(format_iso(*d.assessed_on));
    else w.null();
    w.key("condition");
    if (d.condition) {
        w.begin_object();
        w.field("metric", d.condition->metric.text());
        w.field("op", op_text(d.condition->op));
        w.key("value");
        if (const Date* x = std::get_if<Date>(&d.condition->value)) w.value(format_iso(*x));
        else w.number(std::get<double>(d.condition->value));
        w.field("held", d.decided_by != nullptr);
        w.end_object();
    } else {
        w.null();
    }
    w.key("measured");
    if (d.measured) w.number(*d.measured, 1);
    else w.null();
    w.key("measured_on");
    if (d.measured_on) w.value(format_iso(*d.measured_on));
    else w.null();
    w.field("explanation", explain_level(d, as_of, "en"));
    w.end_object();
}

void band_json(JsonWriter& w, const RiskBand* b) {
    w.key("band");
    if (b) w.value(b->name.in("en"));
    else w.null();
}

}  // namespace

std::string render_risk_json(const std::vector<RiskRegister>& regs, const Model& m) {
    JsonWriter w;
    w.begin_array();
    for (const RiskRegister& reg : regs) {
        w.begin_object();
        w.field("plan", reg.plan->id.value);
        w.field("as_of", format_iso(reg.as_of));
        w.field("threshold", m.rules.risk_threshold);
        w.key("risks");
        w.begin_array();
        for (const RiskResult& rr : reg.risks) {
            const Risk& r = *rr.risk;
            w.begin_object();
            w.field("id", r.id.value);
            w.field("title", r.title);
            w.key("likelihood");
            if (rr.likelihood.level) w.value(rr.likelihood.level);
            else w.null();
            w.key("impact");
            if (rr.impact.level) w.value(rr.impact.level);
            else w.null();
            w.field("score", rr.score);
            band_json(w, rr.band);
            w.field("over_threshold", rr.over_threshold);
            w.field("derived", rr.derived);
            basis_json(w, "likelihood_basis", rr.likelihood, reg.as_of);
            basis_json(w, "impact_basis", rr.impact, reg.as_of);
            w.key("target");
            if (auto t = risk_target(r, m.rules)) {
                w.begin_object();
                w.field("likelihood", t->likelihood);
                w.field("impact", t->impact);
                w.field("score", t->score);
                band_json(w, t->band);
                w.end_object();
            } else {
                w.null();
            }
            strings_json(w, "factors", r.factors);
            strings_json(w, "mitigation", r.mitigation);
            strings_json(w, "monitoring", r.monitoring);
            w.end_object();
        }
        w.end_array();
        w.key("matrix");
        w.begin_array();
        for (int l = 5; l >= 1; --l) {
            w.begin_object();
            w.field("likelihood", l);
            w.key("cells");
            w.begin_array();
            for (int i = 1; i <= 5; ++i) {
                const HeatCell& c = reg.map.at(l, i);
                w.begin_object();
                w.field("impact", i);
                w.field("score", c.score);
                band_json(w, c.band);
                w.key("colour");
                if (c.band && !c.band->colour.empty()) w.value(c.band->colour);
                else w.null();
                w.field("over_threshold", c.over_threshold);
                ids_json(w, "current", c.current);
                ids_json(w, "target", c.target);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    return w.str();
}

// ---- SVG ---------------------------------------------------------------------------

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
        // Cut a long word by code points.
        std::size_t k = 0;
        while (k < word.size()) {
            unsigned char c = static_cast<unsigned char>(word[k]);
            std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            n = std::min(n, word.size() - k);
            std::string_view cp = word.substr(k, n);
            std::size_t w = display_width(cp);
            if (w > 0 && display_width(line) + w > width) flush();
            line += cp;
            k += n;
        }
    }
    flush();
    return lines;
}

struct Svg {
    std::string body;
    void text(int x, int y, std::string_view s, std::string_view attrs = {}) {
        body += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", x, y, attrs.empty() ? "" : " ", attrs,
                            xml_escape(s));
    }
};

int risk_lines(const RiskResult& rr) {
    return 1 + static_cast<int>(wrap_display(rr.risk->title, wrap_columns).size());
}

int panel_height(const RiskRegister& reg) {
    int h = grid_top + 5 * cell_h + 70 + 30;  // grid, x axis, list heading
    if (reg.risks.empty()) h += list_line;
    for (const RiskResult& rr : reg.risks) h += risk_lines(rr) * list_line + 8;
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

void panel(Svg& svg, const RiskRegister& reg, const Model& m, const std::string& lang, int top) {
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
            if (!c.current.empty()) who += " ● " + ids(c.current);
            if (!c.target.empty()) who += " ◎ " + ids(c.target);
            svg.body += fmt::format(
                "<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
                "stroke-width=\"2\"><title>{} {} × {} {} = {} ({}){}</title></rect>\n",
                x, y, cell_w, cell_h, xml_escape(fill), xml_escape(label("likelihood", lang)), l,
                xml_escape(label("impact", lang)), i, c.score, xml_escape(band_name(c.band, lang)), xml_escape(who));
            svg.text(x + 8, y + 18, std::to_string(c.score),
                     fmt::format("font-size=\"13\" fill=\"{}\"{}", fg, c.over_threshold ? " font-weight=\"bold\"" : ""));
            int row = 0;
            auto marks = [&](const std::vector<const Risk*>& risks, bool target) {
                if (risks.empty()) return;
                int cy = y + 36 + row * 18;
                marker(svg, x + 16, cy, target, fg);
                svg.text(x + 27, cy + 5, truncate_display(ids(risks), 9),
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
    svg.text(legend_x + 30, y + 5, fmt::format(fmt::runtime(label("views.risk.threshold.line", lang)), rules.risk_threshold),
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
        for (const auto& line : wrap_display(r.title, wrap_columns)) {
            svg.text(40, y, line, "font-size=\"13\" fill=\"#424242\"");
            y += list_line;
        }
        y += 8;
    }
}

}  // namespace

std::string render_risk_svg(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o) {
    int height = 0;
    for (const RiskRegister& reg : regs) height += panel_height(reg);
    if (height == 0) height = 40;
    Svg svg;
    int top = 0;
    for (const RiskRegister& reg : regs) {
        panel(svg, reg, m, o.lang, top);
        top += panel_height(reg);
    }
    std::string title = label("views.risk.map.svg", o.lang);
    for (const RiskRegister& reg : regs) title += " " + reg.plan->id.value;
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"'Noto Sans Thai', 'Tahoma', sans-serif\">\n"
        "<title>{2}</title>\n"
        "<rect class=\"background\" width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
        "{3}</svg>\n",
        svg_width, height, xml_escape(title), svg.body);
}

}  // namespace scmplan

// The summary of many plans: a Markdown table, CSV/TSV, JSON, and the
// organisation × enabler matrix as a table and as an SVG heat map.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "scmplan/json_writer.hpp"
#include "scmplan/render_summary.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"
#include "json_parts.hpp"

namespace scmplan {

const char* const summary_columns =
    "workspace,organisation,enabler,year,quarters,plan,plan_title,quarter,as_of,completion_pct,planned_pct,"
    "activities_done,activities_counting,behind,overdue,kpis_met,kpis_total,gaps_closed,gaps_total,risk_max,"
    "risk_band,report_due,all_reported";

namespace {

const char* scheme_text(QuarterScheme s) { return s == QuarterScheme::fiscal ? "fiscal" : "calendar"; }

std::string band_name(const PlanSummary& s, Lang lang) {
    return s.risk_band ? s.risk_band->name.in(lang) : "";
}

std::string reported_text(const PlanSummary& s) {
    return s.all_reported ? (*s.all_reported ? "true" : "false") : "";
}

void matrix_md(std::string& out, const CompletionMatrix& m, Lang lang) {
    out += fmt::format("## {}\n\n", label("summary.matrix", lang));
    out += "| " + label("organisation", lang) + " |";
    for (const auto& e : m.enablers) out += " " + md_cell(e) + " |";
    out += "\n|---|";
    for (std::size_t i = 0; i < m.enablers.size(); ++i) out += "--:|";
    out += "\n";
    bool several = false;
    for (std::size_t r = 0; r < m.organisations.size(); ++r) {
        out += "| " + md_cell(m.organisations[r]) + " |";
        for (const auto& cell : m.cells[r]) {
            auto mean = cell.mean();
            out += " " + (mean ? format_pct(*mean) + "%" : std::string("–"));
            if (cell.plans > 1) out += fmt::format(" ({})", cell.plans);
            several = several || cell.plans > 1;
            out += " |";
        }
        out += "\n";
    }
    if (several) out += "\n" + label("summary.several", lang) + "\n";
}

}  // namespace

std::string render_summary_md(const std::vector<PlanSummary>& rows, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string out = fmt::format("# {}\n\n", label("summary.title", lang));
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | KPI | GAP | {} | {} | {} |\n",
                       label("summary.plan", lang), label("organisation", lang), label("summary.enabler", lang),
                       label("summary.year", lang), label("as_of", lang), label("actual.col", lang),
                       label("planned.col", lang), label("summary.done", lang), label("summary.behind", lang),
                       label("summary.overdue", lang), label("summary.risk", lang), label("due", lang),
                       label("summary.reported", lang));
    out += "|---|---|---|--:|---|--:|--:|--:|--:|--:|--:|--:|---|---|---|\n";
    for (const PlanSummary& s : rows) {
        const Plan& p = *s.plan;
        std::string when = format_date(s.as_of, lang);
        if (s.quarter) when += fmt::format(" ({} {})", label("quarter", lang), s.quarter);
        std::string risk = s.risk_max ? fmt::format("{} {}", s.risk_max, md_cell(band_name(s, lang))) : "–";
        std::string reported = !s.all_reported ? "–" : *s.all_reported ? "✅" : "❌";
        out += fmt::format("| {}<br>{} | {} | {} | {} | {} | {} | {} | {}/{} | {} | {} | {}/{} | {}/{} | {} | {} | {} |\n",
                           md_cell(p.workspace), md_cell(p.id.value), md_cell(p.organisation),
                           md_cell(p.enabler.value), p.year.value, when, format_pct(s.completion),
                           format_pct(s.planned), s.done, s.counting, s.behind, s.overdue, s.kpis_met, s.kpis_total,
                           s.gaps_closed, s.gaps_total, risk, s.due ? format_date(*s.due, lang) : "–", reported);
    }
    out += "\n";
    matrix_md(out, completion_matrix(rows), lang);
    out += fmt::format("\n_{}_\n", label("generated", lang));
    return out;
}

std::string render_summary_csv(const std::vector<PlanSummary>& rows, const RenderOptions& o) {
    std::string out = table_header(summary_columns, o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    for (const PlanSummary& s : rows) {
        const Plan& p = *s.plan;
        out += table_row({f(p.workspace), f(p.organisation), f(p.enabler.value), std::to_string(p.year.value),
                          scheme_text(p.quarters), f(p.id.value), f(p.title), s.quarter ? std::to_string(s.quarter) : "",
                          format_iso(s.as_of), format_pct(s.completion), format_pct(s.planned),
                          std::to_string(s.done), std::to_string(s.counting), std::to_string(s.behind),
                          std::to_string(s.overdue), std::to_string(s.kpis_met), std::to_string(s.kpis_total),
                          std::to_string(s.gaps_closed), std::to_string(s.gaps_total),
                          s.risk_max ? std::to_string(s.risk_max) : "", f(band_name(s, Lang::en)),
                          s.due ? format_iso(*s.due) : "", reported_text(s)},
                         o);
    }
    return out;
}

std::string render_summary_json(const std::vector<PlanSummary>& rows) {
    JsonWriter w;
    w.begin_array();
    for (const PlanSummary& s : rows) {
        const Plan& p = *s.plan;
        w.begin_object();
        json_plan_place_fields(w, p);
        w.field("quarters", scheme_text(p.quarters));
        w.field("plan", p.id.value);
        w.field("plan_title", p.title);
        w.key("quarter");
        if (s.quarter) w.value(s.quarter);
        else w.null();
        w.field("as_of", format_iso(s.as_of));
        json_completion_fields(w, s.completion, s.planned);
        w.key("activities");
        w.begin_object();
        w.field("done", s.done);
        w.field("counting", s.counting);
        w.field("behind", s.behind);
        w.field("overdue", s.overdue);
        w.end_object();
        w.key("kpis");
        w.begin_object();
        w.field("met", s.kpis_met);
        w.field("total", s.kpis_total);
        w.end_object();
        w.key("gaps");
        w.begin_object();
        w.field("closed", s.gaps_closed);
        w.field("total", s.gaps_total);
        w.end_object();
        w.key("risk_max");
        if (s.risk_max) w.value(s.risk_max);
        else w.null();
        w.key("risk_band");
        if (s.risk_band) w.value(s.risk_band->name.in(Lang::en));
        else w.null();
        w.key("report_due");
        if (s.due) w.value(format_iso(*s.due));
        else w.null();
        w.optional_bool("all_reported", s.all_reported);
        w.end_object();
    }
    w.end_array();
    return w.str();
}

namespace {

struct Fill {
    std::string colour;
    const char* ink;  ///< text colour that stays readable on it
};

/// Red (0%) through amber (50%) to green (100%), linear in each half; dark
/// text on the light amber middle, white text elsewhere (contrast).
Fill completion_fill(double pct) {
    double t = std::clamp(pct / 100.0, 0.0, 1.0);
    auto mix = [](int a, int b, double x) { return static_cast<int>(std::lround(a + (b - a) * x)); };
    int r, g, b;
    if (t < 0.5) {
        r = mix(0xc6, 0xf9, t * 2);
        g = mix(0x28, 0xa8, t * 2);
        b = mix(0x28, 0x25, t * 2);
    } else {
        r = mix(0xf9, 0x2e, (t - 0.5) * 2);
        g = mix(0xa8, 0x7d, (t - 0.5) * 2);
        b = mix(0x25, 0x32, (t - 0.5) * 2);
    }
    // Rec. 709 luma of the sRGB values: light fills get dark text.
    const double luma = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
    return {fmt::format("#{:02x}{:02x}{:02x}", r, g, b), luma > 0.5 ? "#212121" : "#ffffff"};
}

}  // namespace

std::string render_matrix_svg(const CompletionMatrix& m, const RenderOptions& o) {
    // Organisation names take ~8px a terminal column at 14px; cells are 90 × 40.
    std::size_t name_cols = 10;
    for (const auto& org : m.organisations) name_cols = std::max(name_cols, std::min<std::size_t>(display_width(org), 60));
    const int left = 20 + static_cast<int>(name_cols) * 8 + 10;
    const int cell_w = 90, cell_h = 40, top = 70;
    const int width = left + cell_w * static_cast<int>(std::max<std::size_t>(m.enablers.size(), 1)) + 20;
    const int height = top + cell_h * static_cast<int>(m.organisations.size()) + 50;
    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"Noto Sans Thai, Tahoma, sans-serif\">\n",
        width, height);
    out += fmt::format("<title>{}</title>\n", xml_escape(label("summary.matrix", o.lang)));
    out += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", width, height);
    out += fmt::format("<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\" fill=\"#212121\">{}</text>\n",
                       xml_escape(label("summary.matrix", o.lang)));
    for (std::size_t c = 0; c < m.enablers.size(); ++c)
        out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"middle\" fill=\"#212121\">{}</text>\n",
                           left + static_cast<int>(c) * cell_w + cell_w / 2, top - 10, xml_escape(picture_text(m.enablers[c])));
    for (std::size_t r = 0; r < m.organisations.size(); ++r) {
        const int y = top + static_cast<int>(r) * cell_h;
        out += fmt::format("<text x=\"20\" y=\"{}\" font-size=\"14\" fill=\"#212121\">{}</text>\n", y + cell_h / 2 + 5,
                           xml_escape(truncate_display(picture_text(m.organisations[r]), 60)));
        for (std::size_t c = 0; c < m.enablers.size(); ++c) {
            const int x = left + static_cast<int>(c) * cell_w;
            auto mean = m.cells[r][c].mean();
            Fill fill = mean ? completion_fill(*mean) : Fill{"#eeeeee", "#757575"};
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
                               "stroke-width=\"2\"/>\n",
                               x, y, cell_w, cell_h, fill.colour);
            out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                               x + cell_w / 2, y + cell_h / 2 + 5, fill.ink, mean ? format_pct(*mean) + "%" : "–");
        }
    }
    out += fmt::format("<text x=\"20\" y=\"{}\" font-size=\"12\" fill=\"#616161\">{}</text>\n", height - 18,
                       xml_escape(label("summary.matrix.legend", o.lang)));
    out += "</svg>\n";
    return out;
}

}  // namespace scmplan

// Gantt charts of a plan's timeline: Mermaid text and a standalone SVG.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"  // xml_escape
#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

// ---- building blocks -----------------------------------------------------------

std::string mermaid_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == ':' || c == ';' || c == '#' || c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == '%' && !out.empty() && out.back() == '%') continue;  // "%%" starts a comment
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    // The lexer reads a line starting with "%" or "x%" as a comment, and some
    // words at the start of a line as statements: keep such names as text.
    static const std::array<std::string_view, 20> keywords = {
        "gantt", "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval", "includes",
        "excludes", "todaymarker", "weekday", "weekend", "title", "section", "click", "href", "call",
        "acctitle", "accdescr", "accdescription", "%"};
    std::string lower;
    for (char c : out.substr(0, 20)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool guard = (out.size() > 1 && out[1] == '%') ||
                 (out.size() >= 10 && std::isdigit(static_cast<unsigned char>(out[0])) && out[4] == '-');
    for (auto k : keywords) guard = guard || lower.starts_with(k);
    return guard ? "· " + out : out;
}

namespace {

std::string group_name(const TimelineGroup& g, Lang lang) {
    return g.name.empty() ? label("gantt.no_group", lang) : g.name;
}

std::string step_name(const Activity& a, const TimelineStep& s, Lang lang) {
    return fmt::format("{} {} {}", a.id.value, label("gantt.step", lang), s.step->id.value);
}

/// Ids for Mermaid: ASCII letters, digits and '_', unique within the chart.
/// A base id seen before gets the next free suffix _2, _3, …; the suffix to
/// try next is kept per base, so n ids that all look alike (17,000 steps
/// numbered the same, Thai-digit ids that all become '_') cost O(n), not O(n²).
class IdMaker {
public:
    std::string make(std::string_view base) {
        std::string id;
        for (char c : base) {
            unsigned char u = static_cast<unsigned char>(c);
            id += (u < 0x80 && std::isalnum(u)) ? static_cast<char>(std::tolower(u)) : '_';
        }
        if (m_used.insert(id).second) return id;
        int& n = m_next.try_emplace(id, 2).first->second;
        std::string out;
        do out = fmt::format("{}_{}", id, n++);
        while (!m_used.insert(out).second);
        return out;
    }

private:
    std::unordered_set<std::string> m_used;
    std::unordered_map<std::string, int> m_next;
};

const char* activity_tag(Status s) {
    switch (s) {
        case Status::done: return "done, ";
        case Status::on_track: return "active, ";
        case Status::behind:
        case Status::overdue: return "crit, ";
        case Status::not_started: return "";
    }
    return "";
}

const char* step_tag(const TimelineStep& s) {
    if (s.done) return "done, ";
    if (s.overdue) return "crit, ";
    return "active, ";
}

}  // namespace

// ---- Mermaid -----------------------------------------------------------------------

std::string render_gantt_mermaid(const Timeline& t, const RenderOptions& o) {
    Lang lang = o.lang;
    const Plan& p = *t.plan;
    IdMaker ids;
    std::string out = "gantt\n";
    out += fmt::format("    title {}\n", mermaid_text(p.title));
    out += "    dateFormat YYYY-MM-DD\n";
    out += "    axisFormat %Y-%m\n";
    out += "    inclusiveEndDates\n";
    out += "    todayMarker off\n";
    out += fmt::format("    %% {}\n", label("gantt.mermaid_note", lang));

    out += fmt::format("    section {}\n", mermaid_text(label("gantt.quarters", lang)));
    for (const auto& q : t.quarters) {
        out += fmt::format("    {} :{}, {}, {}\n",
                           mermaid_text(quarter_title(p, q.quarter, lang)),
                           ids.make(fmt::format("q{}", q.quarter)), format_iso(q.range.start), format_iso(q.range.end));
        out += fmt::format("    {} :milestone, {}, {}, 0d\n",
                           mermaid_text(label_with("gantt.report_due", lang, q.quarter,
                                                    format_date(q.report_due, lang))),
                           ids.make(fmt::format("q{}_report", q.quarter)), format_iso(q.report_due));
    }
    if (t.as_of_in_span)
        out += fmt::format("    {} :milestone, {}, {}, 0d\n",
                           mermaid_text(fmt::format("{} {}", label("as_of", lang), format_date(t.as_of, lang))),
                           ids.make("as_of"), format_iso(t.as_of));
    else
        out += fmt::format("    %% {} {}: {}\n", label("as_of", lang), format_iso(t.as_of),
                           label("gantt.as_of_outside", lang));

    for (const auto& g : t.groups) {
        out += fmt::format("    section {}\n", mermaid_text(group_name(g, lang)));
        for (const auto& row : g.rows) {
            const Activity& a = *row.activity;
            std::string name = fmt::format("{} {} {}%", a.id.value, truncate_display(a.title, 48), format_pct(row.actual));
            if (!a.counts) name += fmt::format(" ({})", label("counts.no", lang));
            std::string id = ids.make(a.id.value);
            out += fmt::format("    {} :{}{}, {}, {}\n", mermaid_text(name), activity_tag(row.status), id,
                               format_iso(a.start.value), format_iso(a.end.value));
            for (const auto& s : row.steps)
                out += fmt::format("    {} :{}milestone, {}, {}, 0d\n", mermaid_text(step_name(a, s, lang)),
                                   step_tag(s), ids.make(id + "_" + s.step->id.value), format_iso(s.due));
        }
    }
    return out;
}

// ---- SVG ---------------------------------------------------------------------------

namespace {

// Layout, in pixels.
constexpr double label_w = 420;   // activity labels
constexpr double pct_w = 64;      // the planned and the actual column
constexpr double chart_x = label_w + 2 * pct_w + 10;
constexpr double month_w = 62;
constexpr double margin = 16;
constexpr double row_h = 30;
constexpr double group_h = 24;
constexpr double header_top = 64;  // below the titles
constexpr double header_h = 60;    // quarter, year and month rows
constexpr std::size_t label_cols = 54;
/// A rough width of text at font-size 12, for the layout (Thai marks take no column).
double text_w(std::string_view s) { return 7.0 * static_cast<double>(display_width(s)); }

const char* status_colour(Status s) {
    switch (s) {
        case Status::done: return "#2e7d32";
        case Status::on_track: return "#1565c0";
        case Status::behind: return "#ef8f00";
        case Status::overdue: return "#c62828";
        case Status::not_started: return "#9e9e9e";
    }
    return "#9e9e9e";
}

std::string month_label(int month, Lang lang) {
    static const std::array<const char*, 12> en = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return lang == Lang::en ? en[month - 1] : thai_month_abbrev(month);
}

/// "12 เม.ย." / "Apr 12": a date within the chart, without its year.
std::string short_date(Date d, Lang lang) {
    if (lang == Lang::en) return fmt::format("{} {}", month_label(d.month(), lang), d.day());
    return fmt::format("{} {}", d.day(), thai_month_abbrev(d.month()));
}

std::string num(double x) { return fmt::format("{:.1f}", x); }

/// "ไตรมาส 1: 12 เม.ย." / "Q1: Apr 12": a report due marker's label.
std::string report_label(const TimelineQuarter& q, Lang lang) {
    return label_with("gantt.report_short", lang, q.quarter, short_date(q.report_due, lang));
}

/// Maps dates to x: each month is month_w wide, days spread evenly within it.
struct XScale {
    int first_year = 0, first_month = 1;
    int months = 1;
    double x(Date d) const {
        int index = (d.year() - first_year) * 12 + (d.month() - first_month);
        return chart_x + month_w * (index + (d.day() - 1) / static_cast<double>(days_in_month(d.year(), d.month())));
    }
    /// The right edge of day d (an inclusive end).
    double x_end(Date d) const { return x(d + 1); }
    /// The middle of day d (a milestone).
    double x_mid(Date d) const { return (x(d) + x(d + 1)) / 2; }
    double right() const { return chart_x + month_w * months; }
};

XScale make_scale(const DateRange& span) {
    XScale s;
    s.first_year = span.start.year();
    s.first_month = span.start.month();
    s.months = (span.end.year() - s.first_year) * 12 + (span.end.month() - s.first_month) + 1;
    return s;
}

/// A <text> element; its text is cut as pictures show text (picture_text).
std::string text_el(double x, double y, std::string_view text, std::string_view attrs = "") {
    return fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", num(x), num(y), attrs.empty() ? "" : " ", attrs,
                       xml_escape(picture_text(text)));
}

std::string diamond(double cx, double cy, double r, std::string_view attrs) {
    return fmt::format("<path d=\"M{} {}L{} {}L{} {}L{} {}Z\" {}/>\n", num(cx), num(cy - r), num(cx + r), num(cy),
                       num(cx), num(cy + r), num(cx - r), num(cy), attrs);
}

std::string step_mark(double cx, double cy, const TimelineStep& s) {
    const char* fill = s.done ? "#263238" : "#ffffff";
    const char* stroke = s.overdue ? "#c62828" : "#263238";
    return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>\n",
                       num(cx), num(cy), fill, stroke, s.overdue ? "2" : "1.2");
}

void svg_header(std::string& out, const Timeline& t, const XScale& sc, double bottom, Lang lang) {
    const double top = header_top;
    // Year row and month row.
    double y_year = top + 20, y_month = top + 40;
    for (int i = 0; i < sc.months; ++i) {
        int m0 = sc.first_month - 1 + i;
        int year = sc.first_year + m0 / 12;
        int month = m0 % 12 + 1;
        double x = chart_x + month_w * i;
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"month\"/>\n", num(x),
                           num(y_month), num(month_w));
        out += text_el(x + month_w / 2, y_month + 14, month_label(month, lang), "text-anchor=\"middle\"");
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>\n", num(x),
                           num(y_month + 20), num(bottom));
        if (month == 1 || i == 0) {
            int last = std::min(sc.months - i, 13 - month);
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"year\"/>\n", num(x),
                               num(y_year), num(month_w * last));
            out += text_el(x + month_w * last / 2, y_year + 14,
                           std::to_string(lang == Lang::en ? year : year + be_offset),
                           "text-anchor=\"middle\" font-weight=\"bold\"");
        }
    }
    // Quarter row and boundaries.
    for (const auto& q : t.quarters) {
        double x1 = sc.x(q.range.start), x2 = sc.x_end(q.range.end);
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"quarter\"/>\n", num(x1), num(top),
                           num(x2 - x1));
        out += text_el((x1 + x2) / 2, top + 14, fmt::format("{} {}", label("quarter", lang), q.quarter),
                       "text-anchor=\"middle\"");
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"qline\"/>\n", num(x1), num(top),
                           num(bottom));
        if (q.quarter == 4)
            out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"qline\"/>\n", num(x2),
                               num(top), num(bottom));
    }
    out += text_el(margin, y_month + 14, label("activity", lang), "font-weight=\"bold\"");
    out += text_el(label_w + pct_w, y_month + 14, label("planned.col", lang),
                   "text-anchor=\"end\" font-weight=\"bold\"");
    out += text_el(label_w + 2 * pct_w, y_month + 14, label("actual.col", lang),
                   "text-anchor=\"end\" font-weight=\"bold\"");
}

void svg_legend(std::string& out, double y, Lang lang) {
    double x = margin;
    auto advance = [&](const std::string& text) { x += 28 + text_w(text) + 22; };
    auto item = [&](const std::string& swatch, const std::string& text) {
        out += swatch;
        out += text_el(x + 24, y + 4, text);
        advance(text);
    };
    item(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"12\" class=\"planned\"/>\n", num(x), num(y - 6)),
         label("gantt.legend.planned", lang));
    // A style attribute, not fill=: the class's CSS fill would override a presentation attribute.
    item(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"12\" class=\"planned\" style=\"fill: url(#notcounted)\"/>\n",
                     num(x), num(y - 6)),
         label("counts.no", lang));
    item(fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"planmark\"/>\n", num(x + 9), num(y - 8),
                     num(y + 8)),
         label("gantt.legend.planned_pct", lang));
    for (Status s : {Status::done, Status::on_track, Status::behind, Status::overdue})
        item(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"12\" fill=\"{}\"/>\n", num(x), num(y - 6),
                         status_colour(s)),
             label("gantt.legend.actual", lang) + " – " + status_label(s, lang));
    x = margin;
    y += 24;
    TimelineStep done, open, late;
    done.done = Date{};
    late.overdue = true;
    item(step_mark(x + 9, y, done), label("gantt.legend.step_done", lang));
    item(step_mark(x + 9, y, open), label("gantt.legend.step_open", lang));
    item(step_mark(x + 9, y, late), label("gantt.legend.step_overdue", lang));
    item(diamond(x + 9, y, 7, "class=\"due\""), label("gantt.legend.report", lang));
    item(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"asof\"/>\n", num(x + 9), num(y - 8),
                     num(x + 9), num(y + 8)),
         label("gantt.legend.as_of", lang));
    item(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"qline\"/>\n", num(x + 9), num(y - 8),
                     num(x + 9), num(y + 8)),
         label("gantt.legend.quarter", lang));
}

}  // namespace

std::string render_gantt_svg(const Timeline& t, const RenderOptions& o) {
    Lang lang = o.lang;
    const Plan& p = *t.plan;
    XScale sc = make_scale(t.span);

    // Vertical layout: titles, header, the reports row, groups and rows, legend.
    double y = header_top + header_h;
    const double reports_y = y;
    y += row_h;
    std::size_t rows = 0;
    for (const auto& g : t.groups) rows += g.rows.size();
    const double body_bottom = y + group_h * static_cast<double>(t.groups.size()) + row_h * static_cast<double>(rows);
    const double legend_y = body_bottom + 28;
    // Wide enough for the chart, the last report label and the as-of label.
    double width = std::max(sc.right() + margin, 1100.0);
    for (const auto& q : t.quarters)
        width = std::max(width, sc.x_mid(q.report_due) + 10 + text_w(report_label(q, lang)) + margin);
    const double height = legend_y + 40;

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"'Noto Sans Thai', 'Tahoma', sans-serif\" font-size=\"12\" lang=\"{2}\">\n",
        num(width), num(height), lang_tag(lang));
    out += fmt::format("<title>{}</title>\n", xml_escape(picture_text(p.title)));
    out += "<defs>\n"
           "<pattern id=\"notcounted\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e3e8ef\"/>"
           "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9aa5b1\" stroke-width=\"2\"/></pattern>\n"
           "<style>\n"
           "text { fill: #212121; }\n"
           ".month { fill: #f5f7fa; stroke: #cfd8dc; }\n"
           ".year { fill: #e8edf3; stroke: #cfd8dc; }\n"
           ".quarter { fill: #dfe7f1; stroke: #90a4ae; }\n"
           ".grid { stroke: #eceff1; }\n"
           ".qline { stroke: #546e7a; stroke-dasharray: 5 3; }\n"
           ".group { fill: #eef2f6; }\n"
           ".planned { fill: #cfdcec; stroke: #8fa7c4; }\n"
           ".due { fill: #ffffff; stroke: #6a1b9a; stroke-width: 1.5; }\n"
           ".asof { stroke: #d81b60; stroke-width: 2; }\n"
           ".planmark { stroke: #263238; stroke-width: 2; }\n"
           ".muted { fill: #757575; font-style: italic; }\n"
           "</style>\n"
           "</defs>\n";
    out += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", num(width), num(height));
    out += text_el(margin, 24, p.title, "font-size=\"15\" font-weight=\"bold\"");
    out += text_el(margin, 46,
                   fmt::format("{} {}  ·  {} {}% ({} {}%)", label("as_of", lang), format_date(t.as_of, lang),
                               label("completion", lang), format_pct(t.completion), label("planned", lang),
                               format_pct(t.planned)));

    svg_header(out, t, sc, body_bottom, lang);

    // Quarterly reports row.
    out += text_el(margin, reports_y + 19, label("gantt.reports_row", lang), "font-weight=\"bold\"");
    for (const auto& q : t.quarters) {
        double cx = sc.x_mid(q.report_due);
        out += diamond(cx, reports_y + 15, 7, "class=\"due\"");
        out += text_el(cx + 10, reports_y + 19, report_label(q, lang), "font-size=\"11\"");
    }

    y = reports_y + row_h;
    for (const auto& g : t.groups) {
        out += fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"group\"/>\n", num(y), num(width),
                           num(group_h));
        out += text_el(margin, y + 16, group_name(g, lang), "font-weight=\"bold\"");
        y += group_h;
        for (const auto& row : g.rows) {
            const Activity& a = *row.activity;
            // Cut before composing: the tooltip keeps its figures after a long title.
            std::string name = fmt::format("{} {}", picture_text(a.id.value), picture_text(a.title));
            std::string tip = fmt::format("{}{}: {}% ({} {}%), {}", name,
                                          a.counts ? "" : fmt::format(" ({})", label("counts.no", lang)),
                                          format_pct(row.actual), label("planned", lang), format_pct(row.planned),
                                          status_label(row.status, lang));
            out += fmt::format("<g><title>{}</title>\n", xml_escape(tip));
            out += text_el(margin, y + 19, truncate_display(name, label_cols), a.counts ? "" : "class=\"muted\"");
            out += text_el(label_w + pct_w, y + 19, format_pct(row.planned) + "%", "text-anchor=\"end\"");
            out += text_el(label_w + 2 * pct_w, y + 19, format_pct(row.actual) + "%",
                           fmt::format("text-anchor=\"end\" fill=\"{}\" font-weight=\"bold\"", status_colour(row.status)));
            double x1 = sc.x(a.start.value), x2 = sc.x_end(a.end.value);
            double bar_y = y + 8;
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" class=\"planned\"{}/>\n",
                               num(x1), num(bar_y), num(x2 - x1), a.counts ? "" : " style=\"fill: url(#notcounted)\"");
            double done_w = (x2 - x1) * std::clamp(row.actual, 0.0, 100.0) / 100.0;
            if (done_w > 0)
                out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"{}\"/>\n",
                                   num(x1), num(bar_y), num(done_w), status_colour(row.status));
            // Where the completion would reach if the activity were on plan.
            if (row.planned > 0) {
                double px = x1 + (x2 - x1) * std::clamp(row.planned, 0.0, 100.0) / 100.0;
                out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"planmark\"/>\n", num(px),
                                   num(bar_y - 3), num(bar_y + 17));
            }
            for (const auto& s : row.steps) out += step_mark(sc.x_mid(s.due), bar_y + 7, s);
            out += "</g>\n";
            y += row_h;
        }
    }

    if (t.as_of_in_span) {
        // The line leaves the month row free, so as not to cross its label.
        double x = sc.x_mid(t.as_of);
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"asof\"/>\n", num(x),
                           num(header_top - 4), num(header_top + 40));
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"asof\"/>\n", num(x),
                           num(header_top + header_h), num(body_bottom));
        std::string text = fmt::format("{} {}", label("as_of", lang), format_date(t.as_of, lang));
        bool left = x + 4 + text_w(text) > width - margin;  // near the right edge: the label goes left of the line
        out += text_el(left ? x - 4 : x + 4, header_top - 6, text,
                       fmt::format("fill=\"#d81b60\" font-weight=\"bold\"{}", left ? " text-anchor=\"end\"" : ""));
    }
    svg_legend(out, legend_y, lang);
    out += "</svg>\n";
    return out;
}

}  // namespace scmplan

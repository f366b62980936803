// The timeline as an SVG picture (render_gantt.hpp), in two layouts: one for a
// screen, as wide as its months need, and one for print, drawn at the size the
// Word report places it (the text area of a landscape A4 page) so that its
// smallest text is 9.75 pt on paper (docs/pictures.md).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "docx_xml.hpp"  // the landscape page's picture box: the print size
#include "scmplan/date_text.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_views.hpp"  // xml_escape
#include "scmplan/text.hpp"

namespace scmplan {

namespace {

/// Sizes of a layout, in CSS pixels (1/96 inch, 0.75 pt), the SVG's user units.
struct Layout {
    bool print = false;
    double font = 12;        ///< every text but the screen's title
    double title_font = 15;  ///< the plan's title (screen only)
    double label_w = 420;    ///< the activity labels, from x = 0
    double pct_w = 64;       ///< the planned and the actual column
    double month_w = 62;     ///< screen: a month's width; print: from the width
    double width = 0;        ///< print: the picture's width; screen: from the months
    double line_h = 15;      ///< a line of a wrapped label
    double header_top = 64;  ///< the quarter row's top: below the titles
    double reports_extra = 0;  ///< the reports row's lines for labels that would overlap (report_labels)
    double chart_x() const { return label_w + 2 * pct_w + 10; }
    /// A rough width of text (Thai marks take no column): a column is ~0.58 em
    /// in the usual Thai and Latin sans fonts.
    double text_w(std::string_view s) const { return 0.58 * font * static_cast<double>(display_width(s)); }
    /// Display columns of an activity label: up to the planned column's figure
    /// ("100.0%" reaches 45 px left of the column's right edge), counted at
    /// 0.6 em, for Latin words are wider than Thai letters.
    std::size_t label_cols() const {
        return static_cast<std::size_t>(std::max(8.0, (label_w + pct_w - 50 - margin) / (0.6 * font)));
    }
    static constexpr double margin = 12;
};

constexpr double row_min_h = 30;
constexpr double group_h = 24;
constexpr double header_h = 60;   // quarter, year and month rows
constexpr double reports_h = 56;  // a report's diamond, its quarter and its date
constexpr double legend_line = 24;

Layout screen_layout() { return {}; }

/// The print layout: as wide and at most as tall as the landscape page's
/// picture box of the Word report, so that it is placed at 100 %; 13 px text
/// is then 9.75 pt on paper.
Layout print_layout() {
    Layout l;
    l.print = true;
    l.font = 13;
    l.label_w = 370;
    l.pct_w = 58;
    l.month_w = 0;
    l.width = timeline_print_width_px();
    l.line_h = 17;
    l.header_top = 46;
    return l;
}

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

/// Maps dates to x: each month is month_w wide, days spread evenly within it.
struct XScale {
    double chart_x = 0, month_w = 0;
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

XScale make_scale(const DateRange& span, const Layout& lay) {
    XScale s;
    s.chart_x = lay.chart_x();
    s.first_year = span.start.year();
    s.first_month = span.start.month();
    s.months = (span.end.year() - s.first_year) * 12 + (span.end.month() - s.first_month) + 1;
    s.month_w = lay.print ? (lay.width - Layout::margin - s.chart_x) / s.months : lay.month_w;
    return s;
}

/// A <text> element; its text passes through picture_text.
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

std::string group_name(const TimelineGroup& g, Lang lang) {
    return g.title.empty() ? label("gantt.no_group", lang) : g.title;
}

/// An activity's label, wrapped: its id and title, never cut (but by picture_text).
std::vector<std::string> activity_lines(const Activity& a, const Layout& lay) {
    auto lines = wrap_display(fmt::format("{} {}", picture_text(a.id.value), picture_text(a.title)), lay.label_cols());
    if (lines.empty()) lines.emplace_back();
    return lines;
}

double row_height(const TimelineRow& row, const Layout& lay) {
    return std::max(row_min_h, static_cast<double>(activity_lines(*row.activity, lay).size()) * lay.line_h + 12);
}

void svg_header(std::string& out, const Timeline& t, const XScale& sc, const Layout& lay, double bottom, Lang lang) {
    const double top = lay.header_top;
    double y_year = top + 20, y_month = top + 40;
    // Month labels every `every` months where the columns are narrower than a label.
    const double month_text = lay.text_w("ก.ค.") + 4;
    const int every = std::max(1, static_cast<int>(std::ceil(month_text / sc.month_w)));
    for (int i = 0; i < sc.months; ++i) {
        int m0 = sc.first_month - 1 + i;
        int year = sc.first_year + m0 / 12;
        int month = m0 % 12 + 1;
        double x = sc.chart_x + sc.month_w * i;
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"month\"/>\n", num(x),
                           num(y_month), num(sc.month_w));
        if (i % every == 0)
            out += text_el(x + sc.month_w / 2, y_month + 15, month_label(month, lang), "text-anchor=\"middle\"");
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>\n", num(x),
                           num(y_month + 20), num(bottom));
        if (month == 1 || i == 0) {
            int last = std::min(sc.months - i, 13 - month);
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"year\"/>\n", num(x),
                               num(y_year), num(sc.month_w * last));
            out += text_el(x + sc.month_w * last / 2, y_year + 15,
                           std::to_string(lang == Lang::en ? year : year + be_offset),
                           "text-anchor=\"middle\" font-weight=\"bold\"");
        }
    }
    for (const auto& q : t.quarters) {
        double x1 = sc.x(q.range.start), x2 = sc.x_end(q.range.end);
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" class=\"quarter\"/>\n", num(x1), num(top),
                           num(x2 - x1));
        out += text_el((x1 + x2) / 2, top + 15, fmt::format("{} {}", label("quarter", lang), q.quarter),
                       "text-anchor=\"middle\"");
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"qline\"/>\n", num(x1), num(top),
                           num(bottom));
        if (q.quarter == 4)
            out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"qline\"/>\n", num(x2),
                               num(top), num(bottom));
    }
    out += text_el(Layout::margin, y_month + 15, label("activity", lang), "font-weight=\"bold\"");
    out += text_el(lay.label_w + lay.pct_w, y_month + 15, label("planned.col", lang),
                   "text-anchor=\"end\" font-weight=\"bold\"");
    out += text_el(lay.label_w + 2 * lay.pct_w, y_month + 15, label("actual.col", lang),
                   "text-anchor=\"end\" font-weight=\"bold\"");
}

/// The legend from y on, its items in rows that fit the width; returns the
/// number of rows.
int svg_legend(std::string& out, const Layout& lay, double width, double y, Lang lang) {
    double at = Layout::margin;  // the next item's left edge
    double row_y = y;
    int rows = 1;
    // Each item starts a new row when it would pass the right margin; a swatch
    // is drawn by a function of its item's left edge and middle.
    auto item = [&](auto swatch, const std::string& text) {
        const double w = 28 + lay.text_w(text);
        if (at > Layout::margin && at + w > width - Layout::margin) {
            at = Layout::margin;
            row_y += legend_line;
            ++rows;
        }
        out += swatch(at, row_y);
        out += text_el(at + 24, row_y + 5, text);
        at += w + 22;
    };
    auto rect = [](std::string attrs) {
        return [attrs](double sx, double sy) {
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"12\" {}/>\n", num(sx), num(sy - 6), attrs);
        };
    };
    auto tick = [](const char* cls) {
        return [cls](double sx, double sy) {
            return fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"{3}\"/>\n", num(sx + 9),
                               num(sy - 8), num(sy + 8), cls);
        };
    };
    auto step = [](const TimelineStep& s) {
        return [s](double sx, double sy) { return step_mark(sx + 9, sy, s); };
    };
    item(rect("class=\"planned\""), label("gantt.legend.planned", lang));
    // A style attribute, not fill=: the class's CSS fill would override a presentation attribute.
    item(rect("class=\"planned\" style=\"fill: url(#notcounted)\""), label("counts.no", lang));
    item(tick("planmark"), label("gantt.legend.planned_pct", lang));
    for (Status s : {Status::done, Status::on_track, Status::behind, Status::overdue})
        item(rect(fmt::format("fill=\"{}\"", status_colour(s))),
             label("gantt.legend.actual", lang) + " – " + status_label(s, lang));
    TimelineStep done, open, late;
    done.done = Date{};
    late.overdue = true;
    item(step(done), label("gantt.legend.step_done", lang));
    item(step(open), label("gantt.legend.step_open", lang));
    item(step(late), label("gantt.legend.step_overdue", lang));
    item([](double sx, double sy) { return diamond(sx + 9, sy, 7, "class=\"due\""); }, label("gantt.legend.report", lang));
    item(tick("asof"), label("gantt.legend.as_of", lang));
    item(tick("qline"), label("gantt.legend.quarter", lang));
    return rows;
}

/// The body of the picture (the rows of activities) starts here.
double body_top(const Layout& lay) { return lay.header_top + header_h + reports_h + lay.reports_extra; }

/// A quarterly report's label: its quarter over its due date, from the
/// diamond's left (clear of the quarter line just before it) but within the
/// picture; one that would overlap an earlier label goes a level (two lines)
/// lower, so that no label covers another, whatever the font.
struct ReportLabel {
    double x = 0;
    int level = 0;
    std::string quarter, date;
};

std::vector<ReportLabel> report_labels(const Timeline& t, const XScale& sc, const Layout& lay, double width, Lang lang) {
    std::vector<ReportLabel> out;
    std::vector<double> right;  // per level, the right edge of its last label
    for (const auto& q : t.quarters) {
        ReportLabel l;
        l.quarter = fmt::format("{} {}", label("quarter", lang), q.quarter);
        l.date = short_date(q.report_due, lang);
        const double w = 1.1 * std::max(lay.text_w(l.quarter), lay.text_w(l.date));  // fonts vary: some room
        l.x = std::min(sc.x_mid(q.report_due) - 7, width - Layout::margin - w);
        while (static_cast<std::size_t>(l.level) < right.size() && l.x < right[l.level] + 8) ++l.level;
        if (static_cast<std::size_t>(l.level) == right.size()) right.push_back(0);
        right[l.level] = l.x + w;
        out.push_back(std::move(l));
    }
    return out;
}

double report_level_h(const Layout& lay) { return 2 * lay.line_h + 4; }

/// The layout with room for the report labels' levels.
Layout with_report_levels(Layout lay, const std::vector<ReportLabel>& labels) {
    int levels = 1;
    for (const auto& l : labels) levels = std::max(levels, l.level + 1);
    lay.reports_extra = (levels - 1) * report_level_h(lay);
    return lay;
}

double body_height(const Timeline& t, const Layout& lay) {
    double h = 0;
    for (const auto& g : t.groups) {
        h += group_h;
        for (const auto& row : g.rows) h += row_height(row, lay);
    }
    return h;
}

constexpr double legend_gap = 30;  // from the body to the legend's first row

std::string render(const Timeline& t, const RenderOptions& o, Layout lay) {
    Lang lang = o.lang;
    const Plan& p = *t.plan;
    XScale sc = make_scale(t.span, lay);
    double width = lay.width;
    if (!lay.print) {
        width = std::max(sc.right() + Layout::margin, 1100.0);
        // A title of several lines pushes the chart down.
        const auto cols = static_cast<std::size_t>((width - 2 * Layout::margin) / (0.58 * lay.title_font));
        const auto lines = wrap_display(picture_text(p.title), cols).size();
        if (lines > 1) lay.header_top += 20 * static_cast<double>(lines - 1);
    }
    const std::vector<ReportLabel> labels = report_labels(t, sc, lay, width, lang);
    lay = with_report_levels(lay, labels);
    const double body_bottom = body_top(lay) + body_height(t, lay);

    std::string body;
    if (!lay.print) {  // on paper the document names the plan above the picture
        const auto cols = static_cast<std::size_t>((width - 2 * Layout::margin) / (0.58 * lay.title_font));
        double ty = 24;
        for (const auto& line : wrap_display(picture_text(p.title), cols)) {
            body += text_el(Layout::margin, ty, line, fmt::format("font-size=\"{}\" font-weight=\"bold\"", lay.title_font));
            ty += 20;
        }
    }
    body += text_el(Layout::margin, lay.header_top - (lay.print ? 28 : 18),
                    fmt::format("{} {}  ·  {} {}% ({} {}%)", label("as_of", lang), format_date(t.as_of, lang),
                                label("completion", lang), format_pct(t.completion), label("planned", lang),
                                format_pct(t.planned)));
    svg_header(body, t, sc, lay, body_bottom, lang);

    const double reports_y = lay.header_top + header_h;
    body += text_el(Layout::margin, reports_y + 19, label("gantt.reports_row", lang), "font-weight=\"bold\"");
    for (const auto& q : t.quarters) body += diamond(sc.x_mid(q.report_due), reports_y + 11, 7, "class=\"due\"");
    for (const auto& l : labels) {
        const double ly = reports_y + 33 + l.level * report_level_h(lay);
        body += text_el(l.x, ly, l.quarter);
        body += text_el(l.x, ly + lay.line_h, l.date);
    }

    double y = body_top(lay);
    for (const auto& g : t.groups) {
        body += fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"group\"/>\n", num(y), num(width),
                            num(group_h));
        body += text_el(Layout::margin, y + 17, group_name(g, lang), "font-weight=\"bold\"");
        y += group_h;
        for (const auto& row : g.rows) {
            const Activity& a = *row.activity;
            std::string name = fmt::format("{} {}", picture_text(a.id.value), picture_text(a.title));
            std::string tip = fmt::format("{}{}: {}% ({} {}%), {}", name,
                                          a.counts ? "" : fmt::format(" ({})", label("counts.no", lang)),
                                          format_pct(row.actual), label("planned", lang), format_pct(row.planned),
                                          status_label(row.status, lang));
            body += fmt::format("<g><title>{}</title>\n", xml_escape(tip));
            double line_y = y + 19;
            for (const auto& line : activity_lines(a, lay)) {
                body += text_el(Layout::margin, line_y, line, a.counts ? "" : "class=\"muted\"");
                line_y += lay.line_h;
            }
            body += text_el(lay.label_w + lay.pct_w, y + 19, format_pct(row.planned) + "%", "text-anchor=\"end\"");
            body += text_el(lay.label_w + 2 * lay.pct_w, y + 19, format_pct(row.actual) + "%",
                            fmt::format("text-anchor=\"end\" fill=\"{}\" font-weight=\"bold\"", status_colour(row.status)));
            double x1 = sc.x(a.start.value), x2 = sc.x_end(a.end.value);
            double bar_y = y + 8;
            body += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" class=\"planned\"{}/>\n",
                                num(x1), num(bar_y), num(x2 - x1), a.counts ? "" : " style=\"fill: url(#notcounted)\"");
            double done_w = (x2 - x1) * std::clamp(row.actual, 0.0, 100.0) / 100.0;
            if (done_w > 0)
                body += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"{}\"/>\n",
                                    num(x1), num(bar_y), num(done_w), status_colour(row.status));
            // Where the completion would reach if the activity were on plan.
            if (row.planned > 0) {
                double px = x1 + (x2 - x1) * std::clamp(row.planned, 0.0, 100.0) / 100.0;
                body += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"planmark\"/>\n", num(px),
                                    num(bar_y - 3), num(bar_y + 17));
            }
            for (const auto& s : row.steps) body += step_mark(sc.x_mid(s.due), bar_y + 7, s);
            body += "</g>\n";
            y += row_height(row, lay);
        }
    }

    if (t.as_of_in_span) {
        // The line leaves the month row free, so as not to cross its label.
        double x = sc.x_mid(t.as_of);
        body += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"asof\"/>\n", num(x),
                            num(lay.header_top - 4), num(lay.header_top + 40));
        body += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"asof\"/>\n", num(x),
                            num(lay.header_top + header_h), num(body_bottom));
        std::string text = fmt::format("{} {}", label("as_of", lang), format_date(t.as_of, lang));
        bool left = x + 4 + lay.text_w(text) > width - Layout::margin;  // near the right edge: left of the line
        body += text_el(left ? x - 4 : x + 4, lay.header_top - 6, text,
                        fmt::format("fill=\"#d81b60\" font-weight=\"bold\"{}", left ? " text-anchor=\"end\"" : ""));
    }
    const double legend_y = body_bottom + legend_gap;
    const int legend_rows = svg_legend(body, lay, width, legend_y, lang);
    const double height = legend_y + legend_line * (legend_rows - 1) + 20;

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"'Noto Sans Thai', 'Tahoma', sans-serif\" font-size=\"{2}\" lang=\"{3}\">\n",
        num(width), num(height), lay.font, lang_tag(lang));
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
    out += body;
    out += "</svg>\n";
    return out;
}

}  // namespace

double timeline_print_width_px() { return std::floor(docx::landscape_text_width / 15.0); }

double timeline_print_height_px() { return std::floor(docx::landscape_picture_height / 15.0); }

std::string render_gantt_svg(const Timeline& t, const RenderOptions& o, GanttLayout layout) {
    return render(t, o, layout == GanttLayout::print ? print_layout() : screen_layout());
}

std::vector<Timeline> print_timeline_pages(const Timeline& t, const RenderOptions& o) {
    Layout lay = print_layout();
    lay = with_report_levels(lay, report_labels(t, make_scale(t.span, lay), lay, lay.width, o.lang));
    std::string scratch;
    const int legend_rows = svg_legend(scratch, lay, lay.width, 0, o.lang);
    const double fixed = body_top(lay) + legend_gap + legend_line * (legend_rows - 1) + 20;
    const double room = timeline_print_height_px() - fixed;
    return split_timeline(t, room, [&lay](const TimelineRow& row) { return row_height(row, lay); }, group_h);
}

}  // namespace scmplan

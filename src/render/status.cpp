// The terminal overview: one line per activity with a bar, percent and status.
#include <fmt/format.h>

#include "scmplan/render.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

constexpr std::size_t bar_width = 20;

std::string bar(double pct) {
    auto full = static_cast<std::size_t>(pct / 100.0 * bar_width + 0.5);
    if (full > bar_width) full = bar_width;
    std::string out;
    for (std::size_t i = 0; i < bar_width; ++i) out += i < full ? "█" : "░";
    return out;
}

const char* colour_of(Status s) {
    switch (s) {
        case Status::done: return "\x1b[32m";
        case Status::on_track: return "\x1b[36m";
        case Status::behind: return "\x1b[33m";
        case Status::overdue: return "\x1b[31m";
        case Status::not_started: return "\x1b[2m";
    }
    return "";
}

}  // namespace

std::string render_status(const std::vector<PlanReport>& reports, const RenderOptions& o) {
    std::string out;
    Lang lang = o.lang;
    auto paint = [&](const char* colour, const std::string& text) {
        return o.color ? std::string(colour) + text + "\x1b[0m" : text;
    };
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const PlanReport& r = reports[i];
        if (i) out += "\n";
        std::string when = format_date(r.as_of, lang);
        if (r.quarter) when += fmt::format(" ({} {})", label("quarter", lang), r.quarter);
        // Data reaches a terminal here: controls and invisible characters are shown escaped.
        out += paint("\x1b[1m", fmt::format("{}  {} {}", escape_for_terminal(r.plan->id.value), label("as_of", lang), when)) + "\n";
        // Columns: id, title, bar, percent, status.
        std::size_t id_w = 4;
        for (const auto& row : r.activities)
            id_w = std::max(id_w, display_width(escape_for_terminal(row.activity->id.value)));
        std::size_t fixed = id_w + 2 + 2 + bar_width + 2 + 6 + 2 + 14;
        std::size_t title_w = o.width > fixed + 10 ? o.width - fixed : 10;
        title_w = std::min<std::size_t>(title_w, 48);
        bool footnote = false;
        for (const auto& row : r.activities) {
            const Activity& a = *row.activity;
            footnote = footnote || !a.counts;
            std::string title = truncate_display(escape_for_terminal(a.title), title_w);
            std::string status = status_label(row.status, lang);
            out += fmt::format("{}  {}  {}  {}  {}\n", pad_display(escape_for_terminal(a.id.value), id_w), pad_display(title, title_w),
                               paint(colour_of(row.status), bar(row.actual)),
                               pad_display(format_pct(row.actual) + "%", 6, true),
                               paint(colour_of(row.status), status) + (a.counts ? "" : " *"));
        }
        std::string overall = label("overall", lang);
        out += fmt::format("{}  {}  {}  {}  {} {}%\n", pad_display("", id_w), pad_display(overall, title_w),
                           bar(r.completion), pad_display(format_pct(r.completion) + "%", 6, true),
                           label("planned", lang), format_pct(r.planned));
        // Kept out of the rows so that they fit 100 columns.
        if (footnote) out += fmt::format("* {}\n", label("counts.no", lang));
    }
    return out;
}

}  // namespace scmplan

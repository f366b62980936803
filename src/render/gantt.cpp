// Gantt charts of a plan's timeline as Mermaid text (the SVG picture: gantt_svg.cpp).
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
    return g.title.empty() ? label("gantt.no_group", lang) : g.title;
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

}  // namespace scmplan

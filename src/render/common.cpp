#include <fmt/format.h>

#include <cctype>

#include <map>
#include <optional>

#include "scmplan/compute.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

const std::string& label(LabelKey key, Lang lang) {
    // std::string copies of the table, for callers that concatenate.
    static const std::vector<std::pair<std::string, std::string>> texts = [] {
        std::vector<std::pair<std::string, std::string>> out;
        for (const LabelText& l : label_table) out.emplace_back(l.text.th, l.text.en);
        return out;
    }();
    const auto& [th, en] = texts[key.index()];
    return lang == Lang::en ? en : th;
}

std::string substitute(std::string_view pattern, const std::vector<std::string>& values) {
    std::string out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size()) {
            std::optional<std::size_t> index;
            std::size_t skip = 0;
            if (pattern[i + 1] == '}') index = next++, skip = 1;
            else if (i + 2 < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i + 1])) &&
                     pattern[i + 2] == '}')
                index = static_cast<std::size_t>(pattern[i + 1] - '0'), skip = 2;
            if (index && *index < values.size()) {
                out += values[*index];
                i += skip;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string number_text(double value) { return fmt::format("{}", value); }

std::string status_label(Status s, Lang lang) {
    switch (s) {
        case Status::not_started: return label("status.not-started", lang);
        case Status::on_track: return label("status.on-track", lang);
        case Status::behind: return label("status.behind", lang);
        case Status::overdue: return label("status.overdue", lang);
        case Status::done: break;
    }
    return label("status.done", lang);
}

std::string gap_status_label(GapStatus s, Lang lang) {
    switch (s) {
        case GapStatus::open: return label("views.gaps.open", lang);
        case GapStatus::planned: return label("views.gaps.planned", lang);
        case GapStatus::closed: break;
    }
    return label("views.gaps.closed", lang);
}

std::string listed(const std::vector<std::string>& items, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? (lang == Lang::th ? " และ" : " and ") : (lang == Lang::th ? " " : ", ");
        out += items[i];
    }
    return out;
}

std::string gaps_closed_count(std::size_t closed, int taken_up, int total, Lang lang) {
    if (taken_up == total) return label_with("gaps.count", lang, closed, total);
    return label_with("gaps.count.taken_up", lang, closed, taken_up, total);
}

std::string planned_actual_text(double planned, double actual) {
    return fmt::format("{} / {}", format_pct(planned), format_pct(actual));
}

std::string unit_name(const Model& m, std::string_view code) {
    if (!m.workspace) return "";
    for (const auto& [c, name] : m.workspace->units)
        if (c.value == code) return name == code ? "" : name;
    return "";
}

std::string unit_text(const Model& m, std::string_view code) {
    std::string name = unit_name(m, code);
    return name.empty() ? std::string(code) : fmt::format("{} ({})", name, code);
}

std::string owners_text(const Activity& a) {
    std::string out;
    for (const auto& o : a.owners) out += (out.empty() ? "" : ", ") + o.value;
    return out;
}

std::string owners_text(const Activity& a, const Model& m, Lang lang) {
    std::string out;
    for (const auto& o : a.owners) {
        out += (out.empty() ? "" : ", ") + o.value;
        if (m.workspace && !m.workspace->lists_unit(o.value)) out += label("owner.unlisted", lang);
    }
    return out;
}

const char* op_symbol(CompareOp op) {
    switch (op) {
        case CompareOp::lt: return "<";
        case CompareOp::le: return "≤";
        case CompareOp::eq: return "=";
        case CompareOp::ge: return "≥";
        case CompareOp::gt: return ">";
    }
    return "?";
}

std::string with_unit(double value, const std::string& unit) {
    if (unit.empty()) return format_number(value);
    if (unit == "%") return format_number(value) + "%";
    return format_number(value) + " " + unit;
}

namespace {

std::string metric_subject(const Metric& m, Lang lang) {
    return m.of_activity() ? label_with("explain.activity", lang, m.activity) : label("explain.plan", lang);
}

/// "A01 แล้วเสร็จเมื่อ 24 เม.ย. 2566 ≤ 30 เม.ย. 2566", "plan completion 40.8%, not ≥ 80".
std::string describe_condition(const LevelDecision& d, Lang lang, bool held) {
    const Condition& c = *d.condition;
    std::string who = metric_subject(c.metric, lang);
    std::string glue = held ? " " : label("explain.not", lang);
    if (c.metric.is_date()) {
        const Date* limit = std::get_if<Date>(&c.value);
        std::string cond = fmt::format("{} {}", op_symbol(c.op), limit ? format_date(*limit, lang) : "?");
        if (!d.measured_on) return label_with("explain.no_finish", lang, who);
        if (d.projected) {
            // docs/computations.md, "Projected dates": the later of the day after D
            // and the planned finish.
            std::string planned = d.planned_finish ? format_date(*d.planned_finish, lang) : "?";
            std::string taken = d.past_planned_finish ? label_with("explain.passed", lang, format_date(*d.measured_on, lang)) : "";
            return label_with("explain.projected", lang, who, planned, taken, glue, cond);
        }
        return label_with("explain.completed_on", lang, who, format_date(*d.measured_on, lang), glue, cond);
    }
    const double* limit = std::get_if<double>(&c.value);
    std::string cond = fmt::format("{} {}", op_symbol(c.op), limit ? format_number(*limit) : "?");
    const std::string pct = d.measured ? format_pct(*d.measured) : "–";
    switch (c.metric.unit()) {
        case MetricUnit::points: return label_with("explain.behind", lang, who, pct, glue, cond);
        case MetricUnit::days:
            return label_with("explain.days_late", lang, who, d.measured ? format_number(*d.measured) : "–", glue, cond);
        case MetricUnit::percent:
        case MetricUnit::date: break;
    }
    // Both percent metrics: the share of activities done, or a completion.
    if (c.metric.kind == Metric::Kind::activities_done_pct)
        return label_with("explain.activities_done", lang, pct, glue, cond);
    return label_with("explain.completion", lang, who, d.measured ? pct + "%" : "–", glue, cond);
}

}  // namespace

std::string explain_level(const LevelDecision& d, Date as_of, Lang lang) {
    std::string level = d.level ? label_with("explain.level", lang, d.level) : "";
    switch (d.basis) {
        case LevelDecision::Basis::held:
            return fmt::format("{}: {}", level, describe_condition(d, lang, true));
        case LevelDecision::Basis::fallback: {
            std::string why = label("explain.fallback", lang);
            if (d.condition) why += fmt::format(" ({})", describe_condition(d, lang, false));
            return fmt::format("{}: {}", level, why);
        }
        case LevelDecision::Basis::assessed:
            return label_with("explain.assessed", lang, level, format_date(*d.assessed_on, lang));
        case LevelDecision::Basis::unknown: break;
    }
    return label_with("explain.unknown", lang, format_date(as_of, lang));
}

std::string quarter_title(const Plan& p, int quarter, Lang lang) {
    if (lang != Lang::en) return fmt::format("{} {}/{}", label("quarter", lang), quarter, p.year.value);
    return fmt::format("{} {}, {}{}", label("quarter", lang), quarter,
                       p.quarters == QuarterScheme::fiscal ? "FY" : "", p.year.value - be_offset);
}

std::string target_value_text(const Activity& a) {
    if (!a.target.op || !a.target.value) return "–";
    return fmt::format("{} {}", op_symbol(*a.target.op), with_unit(a.target.value->value, a.target.unit));
}

std::string kpi_target_text(const Kpi& k) {
    return fmt::format("{} {}{}", op_symbol(k.op), format_number(k.value.value), is_percentage(k.measure.value) ? "%" : "");
}

std::string kpi_value_text(const KpiResult& k) {
    if (!k.value) return "–";
    return is_percentage(k.kpi->measure.value) ? format_pct(*k.value) + "%" : format_number(*k.value);
}

std::string met_text(std::optional<bool> met, Lang lang) {
    if (!met) return "–";
    return *met ? "✅ " + label("yes", lang) : "⬜ " + label("no", lang);
}

std::string format_date(Date d, Lang lang) { return lang == Lang::en ? format_iso(d) : format_thai(d); }

std::string format_pct(double pct) {
    std::string s = fmt::format("{:.1f}", round_to(pct, 1));
    return s == "-0.0" ? "0.0" : s;
}

std::string md_cell(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '|') out += "\\|";
        else if (c == '\\') out += "\\\\";
        // No HTML, entity, link or image from data: `<script>`, `&lt;`,
        // `[x](javascript:…)`, `![x](…)`, `<https://…>` and bare addresses stay text.
        // Only where they could start a tag, autolink or entity (`<=`, `a > b`
        // and `R&D ` stay as they are, readable in the raw text too).
        else if (c == '<' && i + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[i + 1])) ||
                                                  s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?'))
            out += "&lt;";
        else if (c == '&' && i + 1 < s.size() && (std::isalnum(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '#'))
            out += "&amp;";
        else if (c == '[') out += "\\[";
        else if (c == ']') out += "\\]";
        // Readers that link bare addresses (GFM's autolinks of scheme:// and www.)
        // see an escaped character there and link nothing. (name@host may still
        // become a mailto: link showing the address itself: GFM finds it in the
        // text after escapes are read.)
        else if (c == ':' && s.substr(i + 1, 2) == "//") out += "\\:";
        else if (c == '.' && i >= 3 && (s[i - 1] | 0x20) == 'w' && (s[i - 2] | 0x20) == 'w' && (s[i - 3] | 0x20) == 'w')
            out += "\\.";
        else if (c == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            out += "<br>";
        } else if (c == '\n') out += "<br>";
        else out += c;
    }
    // Trailing line breaks of block scalars add nothing to a cell.
    while (out.size() >= 4 && out.ends_with("<br>")) out.resize(out.size() - 4);
    return out;
}

std::string csv_field(std::string_view s, bool excel) {
    std::string v(s);
    if (excel && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    bool quote = v.find_first_of(",\"\r\n") != std::string::npos;
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string truncate_display(std::string_view s, std::size_t width) {
    if (display_width(s) <= width) return std::string(s);
    if (width == 0) return {};
    std::string out;
    std::size_t used = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t n = decode_utf8(s, i).length;
        std::string_view cp = s.substr(i, n);
        std::size_t w = display_width(cp);
        if (w > 0 && used + w > width - 1) break;  // keep a column for the ellipsis
        out += cp;
        used += w;
        i += n;
    }
    return out + "…";
}

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

std::string picture_text(std::string_view s) {
    std::string_view kept = grapheme_prefix(s, picture_text_max);
    if (kept.size() == s.size()) return std::string(s);
    return std::string(grapheme_prefix(s, picture_text_max - 1)) + "…";
}

int shown_year(int be_year, Lang lang) { return lang == Lang::en ? be_year - be_offset : be_year; }

}  // namespace scmplan

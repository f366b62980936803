// Sentence-level readings of the importer: see plan_import_text.hpp.
#include "plan_import_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan::import_text {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
    return std::string(s);
}

namespace {

/// The value of one digit, ASCII or Thai (U+0E50–U+0E59, UTF-8 E0 B9 90–99),
/// and its length in bytes; -1 when `s` does not start with a digit.
int digit_at(std::string_view s, std::size_t i, std::size_t& len) {
    if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        len = 1;
        return s[i] - '0';
    }
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE0 && static_cast<unsigned char>(s[i + 1]) == 0xB9) {
        unsigned char c = static_cast<unsigned char>(s[i + 2]);
        if (c >= 0x90 && c <= 0x99) {
            len = 3;
            return c - 0x90;
        }
    }
    return -1;
}

/// Digits and dots at `i` as ASCII ("3.1"); advances `i`.
std::string digits_at(std::string_view s, std::size_t& i) {
    std::string out;
    std::size_t len = 0;
    for (;;) {
        int d = digit_at(s, i, len);
        if (d >= 0) {
            out += static_cast<char>('0' + d);
            i += len;
        } else if (i < s.size() && s[i] == '.' && !out.empty() && out.back() != '.' && digit_at(s, i + 1, len) >= 0) {
            out += '.';
            ++i;
        } else {
            return out;
        }
    }
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

}  // namespace

std::string strip_marker(std::string_view s, std::string* number) {
    static const std::string_view bullets[] = {"- ", "– ", "— ", "• ", "● ", "○ ", "▪ ", "-", "–", "•", "●"};
    std::string_view t = s;
    for (auto b : bullets)
        if (starts_with(t, b)) {
            t.remove_prefix(b.size());
            break;
        }
    t = t.substr(skip_spaces(t, 0));
    std::size_t i = 0;
    bool paren = i < t.size() && t[i] == '(';
    if (paren) ++i;
    std::string n = digits_at(t, i);
    if (!n.empty() && n.size() <= 6) {
        std::size_t j = skip_spaces(t, i);
        bool closed = j < t.size() && (t[j] == ')' || (t[j] == '.' && !paren));
        bool sub = !paren && n.find('.') != std::string::npos && j > i;  // "3.1 title"
        if (closed || sub) {
            if (closed) ++j;
            std::string rest = trim(t.substr(j));
            if (!rest.empty()) {
                if (number) *number = n;
                return rest;
            }
        }
    }
    if (number) number->clear();
    return trim(t);
}

std::optional<std::string> step_number(std::string_view s, std::string& rest) {
    std::size_t i = 0;
    std::string n = digits_at(s, i);
    if (n.empty() || n.size() > 6) return std::nullopt;
    // a year, a count of things ("2566 …", "10 คน") is not a step number
    if (n.find('.') == std::string::npos && n.size() > 2) return std::nullopt;
    std::size_t j = skip_spaces(s, i);
    if (j < s.size() && (s[j] == ')' || s[j] == '.')) {
        rest = trim(s.substr(j + 1));
    } else if (n.find('.') != std::string::npos && j > i) {
        rest = trim(s.substr(j));
    } else {
        return std::nullopt;
    }
    if (rest.empty()) return std::nullopt;
    return n;
}

std::optional<double> read_number(std::string_view s) {
    std::string t = trim(s);
    std::string ascii;
    std::size_t len = 0;
    for (std::size_t i = 0; i < t.size();) {
        int d = digit_at(t, i, len);
        if (d >= 0) {
            ascii += static_cast<char>('0' + d);
            i += len;
        } else if (t[i] == '.' || t[i] == ',') {
            if (t[i] == '.') ascii += '.';
            ++i;
        } else {
            return std::nullopt;
        }
    }
    if (ascii.empty() || ascii == ".") return std::nullopt;
    try {
        std::size_t used = 0;
        double v = std::stod(ascii, &used);
        if (used != ascii.size()) return std::nullopt;
        return v;
    } catch (...) {
        return std::nullopt;
    }
}

std::vector<std::string> split_owners(std::string_view cell) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        std::string t = trim(cur);
        if (!t.empty()) out.push_back(t);
        cur.clear();
    };
    for (std::size_t i = 0; i < cell.size();) {
        if (cell[i] == '/' || cell[i] == ',') {
            flush();
            ++i;
            continue;
        }
        // "และ" as a word: at the start or after a space
        if (starts_with(cell.substr(i), "และ") && (i == 0 || cell[i - 1] == ' ')) {
            flush();
            i += std::string_view("และ").size();
            continue;
        }
        cur += cell[i++];
    }
    flush();
    return out;
}

namespace {

/// The first number after `pos` in `s` (ASCII or Thai digits), its end in `end`.
std::optional<double> number_after(std::string_view s, std::size_t pos, std::size_t& end) {
    std::size_t i = skip_spaces(s, pos), len = 0;
    if (digit_at(s, i, len) < 0) return std::nullopt;
    std::size_t start = i;
    std::string n = digits_at(s, i);
    end = i;
    (void)start;
    return read_number(n);
}

/// The word after a number: "%" or the letters up to the next space.
std::string unit_after(std::string_view s, std::size_t end) {
    std::size_t i = skip_spaces(s, end);
    if (i < s.size() && s[i] == '%') return "%";
    std::size_t j = s.find(' ', i);
    std::string w(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    // "กิจกรรมขึ้นไป" → "กิจกรรม"
    for (std::string_view tail : {"ขึ้นไป", "เป็นอย่างน้อย"})
        if (w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0)
            w.erase(w.size() - tail.size());
    return w;
}

}  // namespace

void read_target(draft::Target& t) {
    const std::string& s = t.text.value;
    struct Cue {
        std::string_view words;
        const char* op;
        bool percent;  ///< the words themselves say percent
    };
    static const Cue cues[] = {{"ไม่น้อยกว่าร้อยละ", ">=", true}, {"อย่างน้อยร้อยละ", ">=", true},
                               {"อย่างน้อย ร้อยละ", ">=", true}, {"ไม่เกินร้อยละ", "<=", true},
                               {"ร้อยละ", ">=", true},           {"ไม่น้อยกว่า", ">=", false},
                               {"อย่างน้อย", ">=", false},        {"ไม่เกิน", "<=", false}};
    for (const auto& c : cues) {
        std::size_t at = s.find(c.words);
        if (at == std::string::npos) continue;
        std::size_t end = 0;
        auto v = number_after(s, at + c.words.size(), end);
        if (!v) continue;
        t.op = c.op;
        t.value = *v;
        t.unit = c.percent ? "%" : unit_after(s, end);
        if (t.unit.empty()) t.unit.clear();
        return;
    }
    // "… 5 ครั้งขึ้นไป"
    std::size_t up = s.find("ขึ้นไป");
    if (up != std::string::npos) {
        std::size_t i = up;
        while (i > 0 && s[i - 1] != ' ') --i;  // the word before
        std::size_t j = i > 0 ? i - 1 : 0;
        while (j > 0 && s[j - 1] != ' ') --j;
        std::size_t end = 0;
        if (auto v = number_after(s, j, end)) {
            t.op = ">=";
            t.value = *v;
            t.unit = unit_after(s, end);
        }
    }
}

bool read_kpi(draft::Kpi& k) {
    const std::string& s = k.text.value;
    std::size_t end = 0;
    if (contains(s, "ช่องว่าง") || contains(s, "GAP")) {
        for (std::string_view w : {"ได้", "จำนวน"}) {
            for (std::size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1))
                if (auto v = number_after(s, at + w.size(), end)) {
                    k.measure = "gaps_closed";
                    k.op = contains(s, "ไม่เกิน") ? "<=" : ">=";
                    k.value = *v;
                    k.how = fmt::format("\"{}\" with the number of gap items", w);
                    return true;
                }
        }
    }
    if (std::size_t at = s.find("ร้อยละ"); at != std::string::npos)
        if (auto v = number_after(s, at + std::string_view("ร้อยละ").size(), end)) {
            k.measure = "completion";
            k.op = ">=";
            k.value = *v;
            k.how = "\"ร้อยละ\": the plan's completion";
            return true;
        }
    if (std::size_t at = s.find("จำนวน"); at != std::string::npos)
        if (auto v = number_after(s, at + std::string_view("จำนวน").size(), end)) {
            std::string unit = unit_after(s, end);
            if (contains(unit, "แผนงาน") || contains(unit, "โครงการ") || contains(unit, "กิจกรรม")) {
                k.measure = "activities_done";
                k.op = ">=";
                k.value = *v;
                k.how = "\"จำนวน N แผนงาน/โครงการ/กิจกรรม\": activities done";
                return true;
            }
        }
    if (contains(s, "สำเร็จตามแผน") || contains(s, "ครบถ้วนตามแผน")) {
        k.measure = "completion";
        k.op = ">=";
        k.value = 100;
        k.how = "\"สำเร็จตามแผน\" (done as planned): the plan's completion at 100";
        return true;
    }
    return false;
}

std::vector<std::string> split_kpi_sentence(std::string_view s) {
    for (std::size_t at = s.find(" และ"); at != std::string_view::npos; at = s.find(" และ", at + 1)) {
        draft::Kpi a, b;
        a.text.value = trim(s.substr(0, at));
        b.text.value = trim(s.substr(at + std::string_view(" และ").size()));
        if (read_kpi(a) && read_kpi(b)) return {a.text.value, b.text.value};
    }
    return {std::string(s)};
}

namespace {

/// A month written alone ("ม.ค. 67", "มกราคม 2567"): its first and last day.
std::optional<std::pair<Date, Date>> month_alone(std::string_view s) {
    DateParse p = parse_date(fmt::format("1 {}", s));
    if (!p.date) return std::nullopt;
    Date first = *p.date;
    return std::pair{first, Date::from_ymd(first.year(), first.month(), days_in_month(first.year(), first.month()))};
}

/// A day and month without a year ("1 เม.ย."), in the year `ce_year`.
std::optional<Date> day_month(std::string_view s, int ce_year) {
    DateParse p = parse_date(fmt::format("{} {}", s, ce_year + be_offset));
    return p.date;
}

}  // namespace

draft::Period read_period(std::string_view s, std::string& error) {
    draft::Period out;
    std::string text = trim(s);
    std::size_t cut = std::string::npos, len = 0;
    for (std::string_view dash : {"–", "—", " - ", "-", " ถึง "}) {
        std::size_t at = text.find(dash);
        if (at != std::string::npos && !(dash == "-" && at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9' &&
                                         at + 1 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '9')) {
            cut = at, len = dash.size();
            break;
        }
    }
    std::string a = cut == std::string::npos ? text : trim(text.substr(0, cut));
    std::string b = cut == std::string::npos ? text : trim(text.substr(cut + len));
    if (a.empty() || b.empty()) {
        error = fmt::format("'{}' is not a period (from – to)", text);
        return out;
    }
    // the end first: a start without a year takes the end's
    std::optional<Date> end_date;
    DateParse pe = parse_date(b);
    if (pe.date) {
        end_date = pe.date;
        out.end = {b, ""};
    } else if (auto m = month_alone(b)) {
        end_date = m->second;
        out.end = {format_iso(m->second), fmt::format("'{}' is a month: its last day", b)};
    } else {
        error = fmt::format("'{}' is not a date: {}", b, pe.error);
        return draft::Period{};
    }
    if (cut == std::string::npos) {  // one month or one date alone
        if (auto m = month_alone(a)) out.start = {format_iso(m->first), fmt::format("'{}' is a month: its first day", a)};
        else out.start = out.end;
        return out;
    }
    DateParse ps = parse_date(a);
    if (ps.date) {
        out.start = {a, ""};
    } else if (auto m = month_alone(a)) {
        out.start = {format_iso(m->first), fmt::format("'{}' is a month: its first day", a)};
    } else if (auto d = day_month(a, end_date->year())) {
        Date start = *d > *end_date ? *day_month(a, end_date->year() - 1) : *d;
        out.start = {format_iso(start), fmt::format("'{}' has no year: the year of the end, or the one before", a)};
    } else {
        error = fmt::format("'{}' is not a date: {}", a, ps.error);
        return draft::Period{};
    }
    return out;
}

std::optional<std::pair<int, int>> read_level_pair(std::string_view s) {
    std::string t = trim(s);
    std::size_t i = 0, len = 0;
    int l = digit_at(t, i, len);
    if (l < 1) return std::nullopt;
    i = skip_spaces(t, i + len);
    for (std::string_view x : {"X", "x", "×", "*"})
        if (starts_with(std::string_view(t).substr(i), x)) {
            i = skip_spaces(t, i + x.size());
            int r = digit_at(t, i, len);
            if (r < 1) return std::nullopt;
            return std::pair{l, r};
        }
    return std::nullopt;
}

double similarity(std::string_view a, std::string_view b) {
    auto pairs = [](std::string_view s) {
        std::map<std::pair<char32_t, char32_t>, int> m;
        char32_t prev = 0;
        for (auto cp : code_points_of(s)) {
            if (cp.value == U' ') continue;
            if (prev) ++m[{prev, cp.value}];
            prev = cp.value;
        }
        return m;
    };
    auto pa = pairs(a), pb = pairs(b);
    int total = 0, common = 0;
    for (const auto& [k, n] : pa) {
        total += n;
        if (auto it = pb.find(k); it != pb.end()) common += std::min(n, it->second);
    }
    for (const auto& [k, n] : pb) total += n;
    return total == 0 ? 0.0 : 2.0 * common / total;
}

std::string without_controls(std::string_view s, std::size_t& removed) {
    std::string out;
    out.reserve(s.size());
    for (auto cp : code_points_of(s)) {
        char32_t c = cp.value;
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
            ++removed;
            continue;
        }
        out += s.substr(cp.offset, cp.length);
    }
    return out;
}

}  // namespace scmplan::import_text

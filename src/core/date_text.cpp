// Dates written by people: ISO and Thai (Buddhist Era) dates read with a
// message and a hint for each way they can be wrong; the Thai written form.
#include "scmplan/date_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "scmplan/text.hpp"

namespace scmplan {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
    const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return s;
}

constexpr char32_t replacement_char = 0xFFFD;

std::u32string to_code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint c = decode_utf8(s, i);
        out += c.value;
        i += c.length;
    }
    return out;
}

// User text made safe to quote in a message: valid UTF-8, no control characters,
// at most `max_chars` code points (longer text is cut and ends in "…").
std::string quotable(std::string_view s, std::size_t max_chars = 40) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (chars == max_chars) {
            out += "…";
            break;
        }
        const auto [decoded, len] = decode_utf8(s, i);
        char32_t cp = decoded;
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') cp = ' ';
        else if (cp < 0x20 || cp == 0x7F) cp = replacement_char;
        append_utf8(out, cp);
        ++chars;
        i += len;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Month names

struct ThaiMonth {
    std::string_view abbrev;   // "ม.ค."
    std::string_view no_dots;  // "มค"
    std::string_view full;     // "มกราคม"
};

constexpr std::array<ThaiMonth, 12> thai_months{{
    {"ม.ค.", "มค", "มกราคม"},
    {"ก.พ.", "กพ", "กุมภาพันธ์"},
    {"มี.ค.", "มีค", "มีนาคม"},
    {"เม.ย.", "เมย", "เมษายน"},
    {"พ.ค.", "พค", "พฤษภาคม"},
    {"มิ.ย.", "มิย", "มิถุนายน"},
    {"ก.ค.", "กค", "กรกฎาคม"},
    {"ส.ค.", "สค", "สิงหาคม"},
    {"ก.ย.", "กย", "กันยายน"},
    {"ต.ค.", "ตค", "ตุลาคม"},
    {"พ.ย.", "พย", "พฤศจิกายน"},
    {"ธ.ค.", "ธค", "ธันวาคม"},
}};

constexpr std::array<std::string_view, 12> english_months{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

// 1..12, or 0 if `word` is none of the accepted spellings.
int thai_month_number(std::string_view word) {
    for (std::size_t i = 0; i < thai_months.size(); ++i) {
        const ThaiMonth& m = thai_months[i];
        if (word == m.abbrev || word == m.no_dots || word == m.full) return static_cast<int>(i) + 1;
    }
    return 0;
}

// The abbreviation of the month that `word` most likely means, or "" if none does.
// Dots are ignored ("ม.ค" means ม.ค.); a full name it begins is taken (colloquial
// "กุมภา" for กุมภาพันธ์); otherwise the one month whose spelling is within a small
// edit distance (a typo; edit_distance of text.hpp, as for keys). A tie between
// two months suggests neither.
std::string_view nearest_thai_month(std::string_view word) {
    std::string undotted(word);
    std::erase(undotted, '.');
    const std::u32string w = to_code_points(undotted);
    if (w.empty() || w.size() > 20) return {};
    if (w.size() >= 3) {
        for (const ThaiMonth& m : thai_months)
            if (to_code_points(m.full).starts_with(w)) return m.abbrev;
    }
    std::string_view best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    bool tie = false;
    for (const ThaiMonth& m : thai_months) {
        for (std::string_view spelling : {m.no_dots, m.full}) {
            const std::size_t allowed = count_code_points(spelling) <= 3 ? 1 : 2;
            const std::size_t d = edit_distance(undotted, spelling);
            if (d > allowed || d > best_distance) continue;
            if (d == best_distance) {
                tie = tie || best != m.abbrev;
            } else {
                tie = false;
                best = m.abbrev;
                best_distance = d;
            }
        }
    }
    return tie ? std::string_view{} : best;
}

// ---------------------------------------------------------------------------
// Parsing

const char* const general_hint = "write 2023-01-31 or 31 ม.ค. 2566";

DateParse failure(std::string error, std::string hint = {}) {
    DateParse p;
    p.error = std::move(error);
    p.hint = std::move(hint);
    return p;
}

DateParse not_a_date(std::string_view text) {
    return failure("'" + quotable(text) + "' is not a date", general_hint);
}

DateParse success(Date d) {
    DateParse p;
    p.date = d;
    return p;
}

// Reads one digit at s[i]: ASCII 0-9 or Thai ๐-๙ (U+0E50..U+0E59, bytes E0 B9 90..99).
// Returns {value, bytes}, or {-1, 0} if there is no digit there.
std::pair<int, std::size_t> digit_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return {-1, 0};
    if (is_ascii_digit(s[i])) return {s[i] - '0', 1};
    if (s.size() - i >= 3 && static_cast<unsigned char>(s[i]) == 0xE0 && static_cast<unsigned char>(s[i + 1]) == 0xB9) {
        const auto b = static_cast<unsigned char>(s[i + 2]);
        if (b >= 0x90 && b <= 0x99) return {b - 0x90, 3};
    }
    return {-1, 0};
}

struct Number {
    int value = 0;
    int digits = 0;
};

// Reads a run of digits starting at s[i] and advances i past it. Stops counting
// value after 9 digits so it cannot overflow; `digits` keeps the true count.
Number read_number(std::string_view s, std::size_t& i) {
    Number n;
    while (true) {
        const auto [value, len] = digit_at(s, i);
        if (len == 0) return n;
        if (n.digits < 9) n.value = n.value * 10 + value;
        ++n.digits;
        i += len;
    }
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

bool looks_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_ascii_digit(s[i])) return false;
    return true;
}

/// Dates are read from 1857 to 2399 CE (2400 to 2942 BE): the years that both
/// forms can write (an ISO year from 2400 on is taken for a BE year, a Thai
/// year before 2400 for a CE one), so every date read prints in both forms and
/// reads back the same.
constexpr int min_ce_year = 1857;
constexpr int max_ce_year = 2399;

std::string year_range_hint() {
    return "dates run from " + std::to_string(min_ce_year) + " to " + std::to_string(max_ce_year) + " CE (" +
           std::to_string(min_ce_year + be_offset) + " to " + std::to_string(max_ce_year + be_offset) + " BE)";
}

DateParse parse_iso(std::string_view s) {
    const auto num = [&](std::size_t from, std::size_t len) {
        int v = 0;
        for (std::size_t i = from; i < from + len; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    const std::string text(s);
    if (y >= 2400) {
        const int ce = y - be_offset;
        std::string hint = valid_ymd(ce, m, d) ? "did you mean " + format_iso(Date::from_ymd(ce, m, d)) + "?"
                                               : "the CE year is the BE year - 543";
        return failure(text + ": ISO dates are written in the Common Era (CE)", std::move(hint));
    }
    if (y < 1) return failure(text + " is not a date: there is no year 0");
    if (y < min_ce_year)
        return failure(text + ": years before " + std::to_string(min_ce_year) + " are not read",
                       year_range_hint());
    if (m < 1 || m > 12) return failure(text + " is not a date: there is no month " + std::to_string(m));
    if (!valid_ymd(y, m, d)) {
        return failure(text + " is not a date: " + std::string(english_months[m - 1]) + " " + std::to_string(y) +
                       " has " + std::to_string(days_in_month(y, m)) + " days");
    }
    return success(Date::from_ymd(y, m, d));
}

// `D month YY` or `D month YYYY` (BE); see parse_date.
DateParse parse_thai(std::string_view s) {
    std::size_t i = 0;
    const Number day = read_number(s, i);
    if (day.digits < 1 || day.digits > 2) return not_a_date(s);
    i = skip_spaces(s, i);  // a space after the day is optional: "1ม.ค. 66"

    const std::size_t word_start = i;
    while (i < s.size() && !is_space(s[i]) && digit_at(s, i).second == 0) ++i;
    const std::string_view word = s.substr(word_start, i - word_start);
    if (word.empty()) return not_a_date(s);

    const std::size_t year_start = skip_spaces(s, i);
    if (year_start == i) return not_a_date(s);
    i = year_start;
    const Number year = read_number(s, i);
    if (i != s.size() || (year.digits != 2 && year.digits != 4)) return not_a_date(s);

    const int month = thai_month_number(word);
    if (month == 0) {
        const std::string_view near = nearest_thai_month(word);
        std::string hint;
        if (!near.empty()) {
            hint = "did you mean " + std::string(near) + "?";
        } else {
            hint = "Thai months are";
            for (const ThaiMonth& m : thai_months) hint += " " + std::string(m.abbrev);
        }
        return failure("unknown Thai month '" + quotable(word) + "'", std::move(hint));
    }

    const int be_year = year.digits == 2 ? 2500 + year.value : year.value;
    if (be_year < 2400) {
        return failure(quotable(s) + ": Thai dates are written in the Buddhist Era (BE)",
                       "Thai dates use the Buddhist Era: did you mean " + std::to_string(be_year + be_offset) + "?");
    }
    if (be_year > max_ce_year + be_offset)
        return failure(quotable(s) + ": years after " + std::to_string(max_ce_year + be_offset) + " are not read",
                       year_range_hint());
    const int ce_year = be_year - be_offset;
    if (!valid_ymd(ce_year, month, day.value)) {
        return failure(quotable(s) + " is not a date: " + thai_month_abbrev(month) + " " + std::to_string(be_year) +
                       " has " + std::to_string(days_in_month(ce_year, month)) + " days");
    }
    return success(Date::from_ymd(ce_year, month, day.value));
}

// ---------------------------------------------------------------------------
// Day/month/year with slashes: `31/12/2566`, `31/12/2023`, `1/6/66`.

/// Three numbers joined by one separator, as written: `31/12/2566`, `31.12.66`.
struct Numeric {
    std::array<Number, 3> n{};
    char sep = 0;
};

std::optional<Numeric> numeric_date(std::string_view s) {
    Numeric out;
    std::size_t i = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        if (k > 0) {
            if (i >= s.size() || std::string_view("/-.").find(s[i]) == std::string_view::npos) return std::nullopt;
            if (k == 1) out.sep = s[i];
            else if (s[i] != out.sep) return std::nullopt;
            ++i;
        }
        out.n[k] = read_number(s, i);
        if (out.n[k].digits == 0) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    return out;
}

/// A two-digit year is read in the era that puts it between these years (CE):
/// `66` is 2566 BE (2023), `23` is 2023 CE; `43` to `59` fit both (2543 BE is
/// 2000, 2559 BE is 2016) and are refused as ambiguous. docs/format.md#dates.
constexpr int two_digit_first_ce = 2000;
constexpr int two_digit_last_ce = 2059;

/// The text of a year in a message: "2566 BE (2023)", "2023 CE".
std::string era_year(int year, bool be) {
    return be ? std::to_string(year) + " BE (" + std::to_string(year - be_offset) + ")" : std::to_string(year) + " CE";
}

std::string slashed(int d, int m, int y) {
    return std::to_string(d) + "/" + std::to_string(m) + "/" + std::to_string(y);
}

/// `D/M/Y` (and the near misses `D-M-Y`, `D.M.Y`, `Y/M/D`); nullopt when `s`
/// is not three numbers joined by one separator.
std::optional<DateParse> parse_numeric(std::string_view s) {
    const auto parts = numeric_date(s);
    if (!parts) return std::nullopt;
    const auto& [a, b, c] = parts->n;
    const std::string text = quotable(s);
    const bool day_first = a.digits <= 2 && b.digits <= 2 && (c.digits == 2 || c.digits == 4);
    // Year first: ISO's order with slashes, or a BE year.
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
        if (parts->sep == '-') return std::nullopt;  // 2023-1-5: the ISO reader's message
        const bool be = a.value >= 2400;
        const int ce = be ? a.value - be_offset : a.value;
        std::string hint = "dates with slashes are day/month/year";
        if (valid_ymd(ce, b.value, c.value))
            hint = "did you mean " + (be ? slashed(c.value, b.value, a.value) : format_iso(Date::from_ymd(ce, b.value, c.value))) + "?";
        return failure("'" + text + "' is not a date: the year comes last (day/month/year)", std::move(hint));
    }
    if (!day_first) return not_a_date(s);
    if (parts->sep != '/') {
        std::string as_slashed(s);
        std::replace(as_slashed.begin(), as_slashed.end(), parts->sep, '/');
        return failure("'" + text + "' is not a date", "did you mean " + quotable(as_slashed) + "?");
    }
    int year = c.value;
    bool be = year >= 2400;
    if (c.digits == 2) {
        const int as_ce = 2000 + c.value, as_be_ce = 2500 + c.value - be_offset;
        const bool ce_fits = as_ce >= two_digit_first_ce && as_ce <= two_digit_last_ce;
        const bool be_fits = as_be_ce >= two_digit_first_ce && as_be_ce <= two_digit_last_ce;
        if (ce_fits && be_fits) {
            return failure("'" + text + "': the year " + std::to_string(c.value) + " could be " +
                               era_year(2500 + c.value, true) + " or " + era_year(as_ce, false),
                           "write the year in four digits: " + slashed(a.value, b.value, 2500 + c.value) + " or " +
                               slashed(a.value, b.value, as_ce));
        }
        be = be_fits;
        year = be ? 2500 + c.value : as_ce;
    }
    const int ce_year = be ? year - be_offset : year;
    if (ce_year < min_ce_year)
        return failure(text + ": years before " + std::to_string(min_ce_year) + " are not read", year_range_hint());
    if (ce_year > max_ce_year)
        return failure(text + ": years after " + std::to_string(max_ce_year + be_offset) + " are not read",
                       year_range_hint());
    const int day = a.value, month = b.value;
    if (month < 1 || month > 12) {
        std::string hint;
        if (month > 12 && day >= 1 && day <= 12 && valid_ymd(ce_year, day, month))
            hint = "dates with slashes are day/month/year: did you mean " + slashed(month, day, year) + "?";
        return failure(text + " is not a date: there is no month " + std::to_string(month), std::move(hint));
    }
    if (day < 1) return failure(text + " is not a date: there is no day 0");
    if (!valid_ymd(ce_year, month, day)) {
        const std::string month_name = be ? thai_month_abbrev(month) : std::string(english_months[month - 1]);
        return failure(text + " is not a date: " + month_name + " " + std::to_string(year) + " has " +
                       std::to_string(days_in_month(ce_year, month)) + " days");
    }
    return success(Date::from_ymd(ce_year, month, day));
}

}  // namespace

// ISO is tried first, then day/month/year with slashes; anything else that
// starts with a digit is read as a Thai date.
DateParse parse_date(std::string_view text) {
    const std::string_view s = trim(text);
    if (looks_iso(s)) return parse_iso(s);
    if (auto numeric = parse_numeric(s)) return std::move(*numeric);
    if (digit_at(s, 0).second > 0) return parse_thai(s);
    return not_a_date(s);
}

std::string format_thai(Date d) {
    return std::to_string(d.day()) + " " + thai_month_abbrev(d.month()) + " " + std::to_string(d.year() + be_offset);
}

std::string thai_month_abbrev(int month) {
    if (month < 1 || month > 12) return {};
    return std::string(thai_months[static_cast<std::size_t>(month - 1)].abbrev);
}

std::string thai_month_name(int month) {
    if (month < 1 || month > 12) return {};
    return std::string(thai_months[static_cast<std::size_t>(month - 1)].full);
}

}  // namespace scmplan

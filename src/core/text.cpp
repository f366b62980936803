#include "scmplan/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

namespace scmplan {

namespace {

/// Decodes the code point at s[i]; returns its length, or 0 if ill-formed.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size());
    for (CodePointAt c : code_points_of(s)) out.push_back(c.value);
    return out;
}

}  // namespace

CodePoint decode_utf8(std::string_view s, std::size_t i) {
    char32_t cp = 0;
    const std::size_t n = decode(s, i, cp);
    if (n == 0) return {0xFFFD, 1};
    return {cp, n};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t n = decode(s, i, cp);
        if (n == 0) return i;
        i += n;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (char32_t cp : code_points(s)) {
        int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
        if (w > 0) width += static_cast<std::size_t>(w);
    }
    return width;
}

std::string_view grapheme_prefix(std::string_view s, std::size_t max_code_points) {
    std::size_t cluster_end = 0;  // where the last whole cluster read so far ends
    std::size_t count = 0;
    utf8proc_int32_t state = 0;
    char32_t previous = 0;
    for (CodePointAt c : code_points_of(s)) {
        // A boundary before c: everything before it is whole clusters.
        if (count > 0 && utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                                          static_cast<utf8proc_int32_t>(c.value), &state))
            cluster_end = c.offset;
        if (count == max_code_points) return s.substr(0, cluster_end);
        ++count;
        previous = c.value;
    }
    return s;
}

std::string pad_display(std::string_view s, std::size_t width, bool align_right) {
    std::size_t w = display_width(s);
    std::string pad(w < width ? width - w : 0, ' ');
    return align_right ? pad + std::string(s) : std::string(s) + pad;
}

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            std::size_t i0 = i, j0 = j;
            while (i0 < a.size() && a[i0] == '0') ++i0;  // leading zeros do not count
            while (j0 < b.size() && b[j0] == '0') ++j0;
            std::size_t i1 = i0, j1 = j0;
            while (i1 < a.size() && is_digit(a[i1])) ++i1;
            while (j1 < b.size() && is_digit(b[j1])) ++j1;
            if (i1 - i0 != j1 - j0) return i1 - i0 < j1 - j0;  // fewer digits: smaller
            if (int c = a.substr(i0, i1 - i0).compare(b.substr(j0, j1 - j0)); c != 0) return c < 0;
            i = i1;
            j = j1;
        } else {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    if ((i < a.size()) != (j < b.size())) return i >= a.size();  // a prefix comes first
    return a < b;  // equal as numbers (A09, A9): by bytes, so the order is total
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: insertions, deletions, substitutions and
    // transpositions of neighbours each cost 1 ("titel" is 1 from "title").
    // Three rows of the shorter word's length: memory O(min(n, m)).
    auto x = code_points(a);
    auto y = code_points(b);
    if (y.size() > x.size()) std::swap(x, y);
    const std::size_t n = x.size(), m = y.size();
    std::vector<std::size_t> before(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                cur[j] = std::min(cur[j], before[j - 2] + 1);
        }
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
    // Hints are for slips in short words: a longer word or candidate gets none,
    // so the cost is bounded by max_hint_length² per candidate whatever the input.
    const std::size_t n = count_code_points(word);
    if (n > max_hint_length) return {};
    const std::size_t limit = std::max<std::size_t>(1, n / 3);
    std::string best;
    std::size_t best_d = static_cast<std::size_t>(-1);
    for (const auto& c : candidates) {
        const std::size_t m = count_code_points(c);
        if (m > max_hint_length || (m > n ? m - n : n - m) > limit) continue;  // too far in length alone
        std::size_t d = edit_distance(word, c);
        if (d < best_d) { best_d = d; best = c; }
    }
    return best_d <= limit ? best : std::string();
}

}  // namespace scmplan

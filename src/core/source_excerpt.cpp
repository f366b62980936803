#include "scmplan/source_excerpt.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

/// A grapheme cluster of the line as it is shown.
struct Cluster {
    std::string shown;       ///< escaped, a tab as a space
    std::size_t width = 0;   ///< display columns of `shown`
    std::size_t first = 0;   ///< index of its first code point in the line
};

std::vector<Cluster> clusters_of(std::string_view line) {
    std::vector<Cluster> out;
    std::size_t start = 0, index = 0, first = 0;
    utf8proc_int32_t state = 0;
    char32_t previous = 0;
    auto close = [&](std::size_t end) {
        std::string raw(line.substr(start, end - start));
        std::replace(raw.begin(), raw.end(), '\t', ' ');
        std::string shown = escape_for_terminal(raw);
        const std::size_t width = display_width(shown);
        out.push_back({std::move(shown), width, first});
    };
    bool previous_ill_formed = false;
    for (CodePointAt c : code_points_of(line)) {
        // An ill-formed byte, escaped as \xNN, is a cluster of its own.
        if (index > 0 && (c.ill_formed() || previous_ill_formed ||
                          utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                                           static_cast<utf8proc_int32_t>(c.value), &state))) {
            close(c.offset);
            start = c.offset;
            first = index;
        }
        previous = c.value;
        previous_ill_formed = c.ill_formed();
        ++index;
    }
    if (index > 0) close(line.size());
    return out;
}

constexpr std::string_view ellipsis = "…";

}  // namespace

std::optional<std::string_view> source_line(std::string_view text, std::uint32_t line) {
    if (line == 0) return std::nullopt;
    std::size_t start = 0;
    for (std::uint32_t n = 1; n < line; ++n) {
        const std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return std::nullopt;
        start = nl + 1;
    }
    if (start == text.size() && line > 1) return std::nullopt;  // after the last line end
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start && text[end - 1] == '\r') --end;
    return text.substr(start, end - start);
}

std::string source_excerpt(std::string_view line_text, std::uint32_t line_number, std::uint32_t column,
                           std::size_t width, bool color) {
    const std::vector<Cluster> cs = clusters_of(line_text);
    const std::size_t n = cs.size();
    // The cluster holding the column's code point; n = after the last one.
    std::size_t k = n;
    if (column > 0 && column - 1 < count_code_points(line_text)) {
        k = 0;
        while (k + 1 < n && cs[k + 1].first <= column - 1) ++k;
    }
    const std::string number = std::to_string(line_number);
    const std::string gutter = "  " + number + " | ";
    const std::string caret_gutter = "  " + std::string(number.size(), ' ') + " | ";
    const std::size_t avail = std::max<std::size_t>(width > gutter.size() ? width - gutter.size() : 0, 12);

    std::vector<std::size_t> after(n + 1, 0);  // width of clusters i.. to the end
    for (std::size_t i = n; i-- > 0;) after[i] = after[i + 1] + cs[i].width;
    // The first cluster shown: from the start when the caret fits with a
    // "…" after it; else some context (a third of the room) before the caret.
    std::size_t s = 0;
    const std::size_t caret_width = k < n ? std::max<std::size_t>(cs[k].width, 1) : 1;
    if (after[0] > avail && after[0] - after[k] + caret_width + 1 > avail) {
        const std::size_t room = (avail - 2) / 3;
        s = k;
        while (s > 0 && after[s - 1] - after[k] <= room) --s;
    }
    std::string shown;
    std::size_t used = 0;
    if (s > 0) {
        shown += ellipsis;
        used = 1;
    }
    std::size_t caret_col = used;
    std::size_t i = s;
    for (; i < n; ++i) {
        // Whatever remains fits: take it all, no "…" at the end.
        if (used + after[i] <= avail) {
            for (; i < n; ++i) {
                if (i == k) caret_col = used;
                shown += cs[i].shown;
                used += cs[i].width;
            }
            break;
        }
        if (used + cs[i].width + 1 > avail && i > k) break;
        if (i == k) caret_col = used;
        shown += cs[i].shown;
        used += cs[i].width;
    }
    if (k == n) caret_col = used;
    if (i < n) shown += ellipsis;
    std::string caret = color ? "\x1b[1;32m^\x1b[0m" : "^";
    return gutter + shown + "\n" + caret_gutter + std::string(caret_col, ' ') + caret + "\n";
}

}  // namespace scmplan

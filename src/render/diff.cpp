#include "scmplan/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace scmplan {

namespace {

/// Lines with their line ends.
std::vector<std::string_view> lines_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t nl = s.find('\n', start);
        std::size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        out.push_back(s.substr(start, end - start));
        start = end;
    }
    return out;
}

enum class Op { same, del, add };

/// The edit script between a and b: common ends first, then a longest common
/// subsequence of the middle (edits are small; a middle too large for the
/// table is shown as all removed, then all added).
std::vector<std::pair<Op, std::string_view>> script(const std::vector<std::string_view>& a,
                                                    const std::vector<std::string_view>& b) {
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
    std::vector<std::pair<Op, std::string_view>> out;
    for (std::size_t i = 0; i < pre; ++i) out.emplace_back(Op::same, a[i]);
    const std::size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
    if (n * m <= 4'000'000) {
        std::vector<std::vector<std::uint32_t>> t(n + 1, std::vector<std::uint32_t>(m + 1, 0));
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                t[i][j] = a[pre + i] == b[pre + j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
        std::size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[pre + i] == b[pre + j]) {
                out.emplace_back(Op::same, a[pre + i]);
                ++i, ++j;
            } else if (i < n && (j == m || t[i + 1][j] >= t[i][j + 1])) {
                out.emplace_back(Op::del, a[pre + i++]);  // removals first, as diff -u
            } else {
                out.emplace_back(Op::add, b[pre + j++]);
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) out.emplace_back(Op::del, a[pre + i]);
        for (std::size_t j = 0; j < m; ++j) out.emplace_back(Op::add, b[pre + j]);
    }
    for (std::size_t i = a.size() - suf; i < a.size(); ++i) out.emplace_back(Op::same, a[i]);
    return out;
}

std::string range(std::size_t start, std::size_t count) {
    if (count == 1) return std::to_string(start);
    return fmt::format("{},{}", count == 0 ? start - 1 : start, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
    if (before == after) return {};
    auto a = lines_of(before), b = lines_of(after);
    auto ops = script(a, b);
    constexpr std::size_t context = 3;
    const bool absolute = !path.empty() && path.front() == '/';
    std::string out = absolute ? fmt::format("--- {}\n+++ {}\n", path, path)
                               : fmt::format("--- a/{}\n+++ b/{}\n", path, path);
    std::size_t k = 0;
    while (k < ops.size()) {
        // The next change, and the hunk around it: changes closer than 2 × context join.
        std::size_t first = k;
        while (first < ops.size() && ops[first].first == Op::same) ++first;
        if (first == ops.size()) break;
        std::size_t start = first >= context ? first - context : 0;
        std::size_t end = first;
        for (std::size_t run = 0; end < ops.size(); ++end) {
            run = ops[end].first == Op::same ? run + 1 : 0;
            if (run > 2 * context) break;
        }
        // Trailing context: at most `context` unchanged lines after the last change.
        std::size_t last_change = end;
        while (last_change > first && ops[last_change - 1].first == Op::same) --last_change;
        end = std::min(ops.size(), last_change + context);
        std::size_t a_line = 1, b_line = 1;
        for (std::size_t i = 0; i < start; ++i) {
            if (ops[i].first != Op::add) ++a_line;
            if (ops[i].first != Op::del) ++b_line;
        }
        std::size_t a_count = 0, b_count = 0;
        for (std::size_t i = start; i < end; ++i) {
            if (ops[i].first != Op::add) ++a_count;
            if (ops[i].first != Op::del) ++b_count;
        }
        out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count));
        for (std::size_t i = start; i < end; ++i) {
            out += ops[i].first == Op::same ? ' ' : ops[i].first == Op::del ? '-' : '+';
            out += ops[i].second;
            if (!ops[i].second.ends_with('\n')) out += "\n\\ No newline at end of file\n";
        }
        k = end;
    }
    return out;
}

}  // namespace scmplan

#include "line_index.hpp"

#include <algorithm>

#include "scmplan/text.hpp"

namespace scmplan::load {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_starts.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    m_starts.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        m_starts.push_back(i + 1);
}

Loc LineIndex::at_offset(std::uint32_t file, std::size_t pos) const {
    pos = std::min(pos, m_text.size());
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
    std::size_t line = static_cast<std::size_t>(it - m_starts.begin()) - 1;
    std::size_t from = m_starts[line];
    std::size_t col = 1;
    if (m_last_line == line && m_last_pos <= pos) {
        from = m_last_pos;
        col = m_last_col;
    }
    col += count_code_points(m_text.substr(from, pos - from));
    m_last_line = line;
    m_last_pos = pos;
    m_last_col = col;
    return Loc{file, static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(col)};
}

std::size_t LineIndex::indent_of_line_at(std::size_t pos) const {
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
    std::size_t i = m_starts[static_cast<std::size_t>(it - m_starts.begin()) - 1];
    std::size_t n = 0;
    while (i + n < m_text.size() && m_text[i + n] == ' ') ++n;
    return n;
}

}  // namespace scmplan::load

// Byte positions of a file's text as lines and code point columns (the Loc of
// every diagnostic). Private to the load layer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "scmplan/diag.hpp"

namespace scmplan::load {

/// Byte offsets of line starts, to turn byte positions into 1-based code point columns.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    /// Positions come mostly in increasing order (parser events): the column is
    /// counted on from the last position asked for when it is on the same line
    /// and not after this one, so a whole file costs one pass, even on one line.
    Loc at_offset(std::uint32_t file, std::size_t pos) const;

    /// Indentation (leading spaces) of the line holding byte `pos`.
    std::size_t indent_of_line_at(std::size_t pos) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
    mutable std::size_t m_last_line = static_cast<std::size_t>(-1);  // the cache of at_offset
    mutable std::size_t m_last_pos = 0;
    mutable std::size_t m_last_col = 1;
};

}  // namespace scmplan::load

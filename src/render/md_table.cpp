#include "md_table.hpp"

#include <algorithm>

#include "scmplan/text.hpp"

namespace scmplan {

namespace {

// The separator as a page of 78 characters (A4 or Letter at 12 pt): a column
// whose widest cell (+6 for the cell's padding) fits in 18 keeps that width:
// ids, numbers, dates and short words must not wrap; the wider columns share
// what is left in proportion to their width, at least 14 each.
constexpr std::size_t page = 78, padding = 6, short_column = 18, min_wide = 14;

std::vector<std::size_t> allocate(const std::vector<std::size_t>& widest) {
    std::vector<std::size_t> natural, out;
    std::size_t fixed = 0, wide = 0;
    for (std::size_t w : widest) {
        natural.push_back(w + padding);
        if (w + padding <= short_column) fixed += w + padding;
        else wide += w + padding;
    }
    std::size_t left = page > fixed ? page - fixed : 0;
    for (std::size_t n : natural) {
        if (n <= short_column || n <= min_wide) out.push_back(n);
        else out.push_back(std::clamp<std::size_t>(left * n / wide, min_wide, n));
    }
    return out;
}

}  // namespace

std::string MdTable::str() const {
    std::vector<std::size_t> widths;
    for (const Column& c : m_columns) widths.push_back(display_width(c.header));
    for (const auto& r : m_rows)
        for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(r[i]));
    std::vector<std::size_t> dashes = allocate(widths);
    auto line = [&](auto cell_of) {
        std::string out = "|";
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            std::string cell = cell_of(i);
            out += cell.empty() ? " |" : " " + cell + " |";
        }
        return out + "\n";
    };
    std::string out = line([&](std::size_t i) { return m_columns[i].header; });
    out += "|";
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        std::size_t n = dashes[i];
        switch (m_columns[i].align) {
            case Align::left: out += std::string(n, '-'); break;
            case Align::right: out += std::string(n - 1, '-') + ":"; break;
            case Align::center: out += ":" + std::string(n - 2, '-') + ":"; break;
        }
        out += "|";
    }
    out += "\n";
    for (const auto& r : m_rows) out += line([&](std::size_t i) { return i < r.size() ? r[i] : std::string(); });
    return out;
}

}  // namespace scmplan

// GitHub-flavoured Markdown tables whose separator row is sized to their
// content, for converters that size columns from it (pandoc's pipe tables give
// each column a share of the page in proportion to its dashes).
#pragma once

#include <string>
#include <vector>

namespace scmplan {

class MdTable {
public:
    enum class Align { left, right, center };
    struct Column {
        std::string header;  ///< already escaped for a cell (md_cell)
        Align align = Align::left;
    };

    explicit MdTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

    /// One row of cells, already escaped (md_cell); missing cells are empty.
    void row(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }

    /// The header, the separator and the rows, each line ending in "\n". The
    /// separator's dashes are the columns' shares of a page (md_table.cpp): a
    /// short column (ids, numbers, dates, status words) its full width, so it
    /// never wraps, and the long texts the rest in proportion to their width.
    /// ':' ends right-aligned columns and both ends of centred ones.
    std::string str() const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace scmplan

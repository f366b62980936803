// A Word document (.docx) read as a neutral tree of paragraphs and tables,
// for the importer of action plans. It knows nothing of plans: it turns
// word/document.xml into text with the little formatting the recognition
// needs (heading level, underline, bold, list item), and tables into grids
// whose merged cells are resolved.
//
// The contract:
//   - a paragraph's text is its runs' text in order (w:t, tracked insertions
//     included, deletions and field codes not), a tab or a line break read as
//     a space, each run of whitespace made one space, and trimmed; control
//     characters (C0, C1, U+2028/2029, which the loader refuses) removed with
//     a note; nothing else of the bytes is changed (Thai is kept exactly);
//   - a table is a grid: every row has one cell per grid column; a cell that
//     spans columns (gridSpan) or continues a vertical merge (vMerge) is a
//     `covered` cell pointing at the cell it belongs to (`origin_row`,
//     `origin_col`), which alone holds the paragraphs;
//   - a table nested in a cell is flattened into that cell: its cells'
//     paragraphs follow the cell's own, and a note says so; beyond
//     `max_nesting` levels its text is skipped, with a note;
//   - text the reader does not place (text boxes, footnotes are not read) is
//     named in `notes`, never dropped silently;
//   - rows and cells beyond the limits are skipped with a note; the work is
//     linear in the size of the XML.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace scmplan {

struct DocxParagraph {
    std::string text;
    int heading = 0;           ///< outline level 1–9 from the style (Heading N) or the paragraph; 0 for body text
    bool underlined = false;   ///< every letter of the text is underlined (directly, in its runs)
    bool bold = false;         ///< every letter of the text is bold (directly, or by the style)
    bool list_item = false;    ///< numbered or bulleted by Word (w:numPr): the number is not in `text`
    int list_level = 0;        ///< its level in the list (w:ilvl), 0 the top
    /// a list item numbered by Word (decimal, Thai, letters …), not bulleted; a list
    /// item of a document without word/numbering.xml counts as numbered
    bool list_numbered = false;
    std::size_t number = 0;    ///< the paragraph's place in the document, 1-based, counting every paragraph
};

struct DocxCell {
    std::vector<DocxParagraph> paragraphs;  ///< empty for a covered cell
    bool covered = false;      ///< part of a merged cell whose content is at (origin_row, origin_col)
    std::size_t origin_row = 0;
    std::size_t origin_col = 0;
    /// The paragraphs' texts joined by a space.
    std::string text() const;
};

struct DocxTable {
    std::vector<std::vector<DocxCell>> rows;  ///< each of `columns` cells
    std::size_t columns = 0;
    std::size_t number = 0;  ///< the table's place among the document's top-level tables, 1-based
    /// The cell holding the content of grid position (row, col): itself, or its origin.
    const DocxCell& at(std::size_t row, std::size_t col) const;
};

struct DocxBlock {
    bool is_table = false;
    DocxParagraph paragraph;  ///< when not a table
    DocxTable table;          ///< when a table
};

struct DocxReadLimits {
    std::size_t max_rows = 20000;      ///< rows of one table
    std::size_t max_columns = 64;      ///< grid columns of one table
    std::size_t max_nesting = 4;       ///< tables within tables
};

struct DocxContent {
    std::vector<DocxBlock> blocks;   ///< the body in order
    std::vector<std::string> notes;  ///< what was read in an unusual way or skipped, one sentence each
};

/// Reads the body of word/document.xml. `bytes` is the .docx file. On failure
/// returns nullopt and sets `error` to a sentence ("is not a zip archive…",
/// "has no word/document.xml: it is not a Word document…").
std::optional<DocxContent> read_docx(std::string bytes, std::string& error, const DocxReadLimits& limits = {});

/// Reads the body of an already-parsed document.xml text (the unit tests' way in).
std::optional<DocxContent> read_docx_xml(std::string_view document_xml, std::string& error,
                                         const DocxReadLimits& limits = {});

}  // namespace scmplan

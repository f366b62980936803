// The action plan document worded once, as blocks of plain text (headings,
// paragraphs, lists, tables, the risk profile, the approval block), which the
// Markdown, HTML and Word renderers only lay out and escape for their format.
// Every text here is unescaped data or label text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/plan_document.hpp"
#include "scmplan/render.hpp"

namespace scmplan::plan_doc {

/// One table cell: its lines (paragraphs in Word and HTML, <br> in Markdown).
struct Cell {
    std::vector<std::string> lines;
    bool bold = false;
    bool shaded = false;  ///< a month the activity runs in (table 12.2)
    bool center = false;
    int span = 1;         ///< columns this cell spans (header group rows, module rows)
};

struct Table {
    /// The column names; a group row above them (cells with spans) is optional
    /// and only Word and HTML show it as such (Markdown prefixes it to the names).
    std::vector<Cell> group;
    std::vector<std::string> columns;
    std::vector<bool> wrap;  ///< per column: long text that may wrap (else kept on one line)
    /// Per column, its share of the page's width (any unit; Word and HTML),
    /// where the text's own widths would give a long column too little; empty:
    /// each column as wide as its text asks.
    std::vector<int> shares;
    std::vector<std::vector<Cell>> rows;
    bool wide = false;        ///< Word: laid on a landscape page
    bool borderless = false;  ///< the approval block
};

struct Block {
    enum class Kind { title, line, heading, subheading, paragraph, lead, numbered, bullets, table, risk_profile };
    Kind kind = Kind::paragraph;
    std::string text;                ///< title, line, heading, paragraph; lead: the bold part
    std::string value;               ///< lead: the text after "lead : "
    std::vector<std::string> items;  ///< numbered, bullets
    Table table;
};

/// The document's blocks in the published plan's order (docs/plan-document.md).
std::vector<Block> plan_blocks(const PlanDocument& d, const Model& m, Lang lang);

// plan_blocks_lines.cpp: the plan-time fields the published layout leaves out.
/// A step as table 12.3 lists it: "1) title", "3.1 title", then "(กำหนดเสร็จ DATE, น้ำหนัก N)" when given.
std::string step_line(const Step& s, Lang lang);
/// Table 12.3's activity cell: the title, its labelled lines, one line per step.
Cell activity_cell(const Activity& a, Lang lang);
/// The units the plan names (its owner, its activities' owners) that the
/// workspace registers, with their full names; nullopt when none.
std::optional<Table> units_table(const PlanDocument& d, const Model& m, Lang lang);

/// Table 12.2's cell marks.
inline constexpr const char* month_mark = "■";
inline constexpr const char* report_mark = "◊";

}  // namespace scmplan::plan_doc

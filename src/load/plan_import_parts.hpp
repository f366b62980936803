// The importer's shared state between its files: the document cut into the
// template's sections, which blocks (and table rows) went into a field, and
// how a place in the document is named in IMPORT.md.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/docx_read.hpp"
#include "scmplan/model.hpp"
#include "scmplan/plan_draft.hpp"

namespace scmplan::import_parts {

/// The sections of the SE-AM action plan template, in its order.
enum class Kind {
    front = 0,  ///< before the first section: the title block
    rationale, objectives, benefits, output, responsible, budget, target, baseline, gaps, indicators, period,
    steps, risk,
};
inline constexpr std::size_t kind_count = 14;

std::string_view kind_name(Kind k);  ///< "1 (เหตุผล และความจำเป็น)" style label for IMPORT.md

struct Section {
    Kind kind = Kind::front;
    std::string heading;            ///< the heading's text ("" for the front)
    std::size_t heading_block = 0;  ///< its block (unused for the front)
    std::vector<std::size_t> blocks;  ///< the blocks after the heading, up to the next section
};

struct Context {
    const DocxContent& doc;
    const Rules& rules;
    draft::Draft& d;
    std::vector<Section> sections;  ///< in document order, the front first
    std::vector<bool> used;         ///< per block: its text went into a field
    /// per table block: the rows (by index) whose text went into a field
    std::map<std::size_t, std::vector<bool>> used_rows;

    const Section* section(Kind k) const;
    const DocxParagraph& para(std::size_t block) const { return doc.blocks[block].paragraph; }
    const DocxTable& table(std::size_t block) const { return doc.blocks[block].table; }
    bool is_table(std::size_t block) const { return doc.blocks[block].is_table; }

    /// "section 1 (เหตุผล), paragraph 24"
    std::string where(const Section& s, std::size_t block) const;
    /// "table 7, row 5, column 'ระยะเวลา'" (1-based row)
    std::string where_cell(std::size_t block, std::size_t row, std::string_view column) const;
    void use_row(std::size_t block, std::size_t row);
    /// A text for a field (controls removed, with a note), with where it came from.
    draft::Text text(std::string value, std::string from);
};

/// The enabler's topic and module codes by the Thai names the rules give
/// ("ยุทธศาสตร์ด้านผู้มีส่วนได้ส่วนเสีย" → "SCM.1.1").
const Enabler* find_enabler(const Rules& rules, std::string_view code);

// The readers of each part, one file each.
void read_front(Context& c);           // plan_import.cpp: title block
void read_plan_sections(Context& c);   // plan_import.cpp: sections 1–7, 10, 11
void read_baseline(Context& c);        // plan_import_tables.cpp: section 8
void read_gaps(Context& c);            // plan_import_tables.cpp: section 9
bool read_activities(Context& c, std::string& error);  // plan_import_tables.cpp: the activity table
void read_risk(Context& c);            // plan_import_risk.cpp: the risk section
// plan_import_listed.cpp: the tables of the layout `scmplan plan` prints
void read_kpi_table(Context& c, const Section& s);  // section 10's KPIs (ที่ | ตัวชี้วัด | เกณฑ์)
std::string reporting_unit(Context& c, std::string& from);  // who reports to the director (table 12.1)
bool units_table(Context& c);                       // the units under section 5 (อักษรย่อ | หน่วยงาน)
void register_units(Context& c);                    // the draft's units and the plan's owner
void collect_unplaced(Context& c);                  // plan_import_unplaced.cpp: IMPORT.md's "Not placed"
void read_signatures(Context& c);                   // the approval block (ผู้จัดทำแผน | ผู้ทบทวนแผน | ผู้อนุมัติแผน)

}  // namespace scmplan::import_parts

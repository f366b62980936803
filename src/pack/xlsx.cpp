// A Workbook as an .xlsx file, written by libxlsxwriter. The library writes
// only to a named file, so the workbook goes to a private temporary file whose
// bytes are read back and returned; the caller writes them where they belong
// (atomically, like every other output). The one file of pack that touches the
// disk, and only this temporary file.
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>
#include <sstream>

#include <fmt/format.h>

#include "scmplan/xlsx.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan {

namespace {

/// Excel's limit on the characters of one cell.
constexpr std::size_t max_cell_chars = 32767;

/// Days from Excel's day 0 (1899-12-30, in its 1900 date system) to 1970-01-01.
constexpr double excel_epoch_offset = 25569;

/// Removes the temporary file whatever happens.
struct TempFile {
    std::string path;
    ~TempFile() {
        if (!path.empty()) unlink(path.c_str());
    }
};

/// A cell's look besides its number format: a form's font, unlocked input cells.
struct Look {
    std::string font;
    double size = 0;
    bool unlocked = false;
};

class Formats {
public:
    Formats(lxw_workbook* wb, Look base) : m_wb(wb), m_base(std::move(base)) {}

    lxw_format* header() {
        if (!m_header) {
            m_header = workbook_add_format(m_wb);
            format_set_bold(m_header);
            format_set_bg_color(m_header, 0xD9E2F3);
            format_set_bottom(m_header, LXW_BORDER_THIN);
            format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
            format_set_text_wrap(m_header);
            font(m_header);
        }
        return m_header;
    }

    /// The format of a cell: its number format, top-aligned, wrapped when the
    /// column is at its widest (or always, in a form); unlocked when it is a
    /// form's input.
    lxw_format* cell(const std::string& num_format, bool wrap, bool unlocked = false) {
        auto key = std::make_tuple(num_format, wrap, unlocked);
        auto it = m_cells.find(key);
        if (it != m_cells.end()) return it->second;
        lxw_format* f = workbook_add_format(m_wb);
        if (!num_format.empty()) format_set_num_format(f, num_format.c_str());
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (wrap) format_set_text_wrap(f);
        if (unlocked) {
            format_set_unlocked(f);
            format_set_bg_color(f, 0xFFF8DC);  // the cells to fill stand out
            format_set_border(f, LXW_BORDER_HAIR);
        }
        font(f);
        m_cells.emplace(key, f);
        return f;
    }

private:
    void font(lxw_format* f) {
        if (m_base.font.empty()) return;
        format_set_font_name(f, m_base.font.c_str());
        if (m_base.size > 0) format_set_font_size(f, m_base.size);
    }

    lxw_workbook* m_wb;
    Look m_base;
    lxw_format* m_header = nullptr;
    std::map<std::tuple<std::string, bool, bool>, lxw_format*> m_cells;
};

/// The number format of an input column's cells (a date column shows dates).
std::string input_format(const ColumnInput& in, Lang lang) {
    if (in.kind == ColumnInput::Kind::date) return number_format(Cell::of_date(Date{}), lang);
    if (in.kind == ColumnInput::Kind::number) return "General";
    return "@";  // text: what is typed stays text, even "1/2"
}

/// Text for a libxlsxwriter string of at most `max` bytes, cut between characters.
std::string cut_utf8(std::string s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
    return s;
}

/// A form's checks as typed: a date (a warning: Thai or dd/mm/yyyy text is
/// let through, the import reads it), a number in its range (refused).
void validate_column(lxw_worksheet* ws, std::size_t col, std::size_t rows, const ColumnInput& in) {
    if (rows == 0 || in.kind == ColumnInput::Kind::none) return;
    lxw_data_validation v{};
    std::string prompt = cut_utf8(drop_not_xml(in.prompt), 250);
    if (!prompt.empty()) v.input_message = prompt.data();
    v.ignore_blank = LXW_VALIDATION_ON;
    switch (in.kind) {
        case ColumnInput::Kind::date:
            v.validate = LXW_VALIDATION_TYPE_DATE_NUMBER;
            v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            v.minimum_number = 36526;  // 2000-01-01
            v.maximum_number = 73050;  // 2099-12-31
            v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
            break;
        case ColumnInput::Kind::number:
            v.validate = LXW_VALIDATION_TYPE_DECIMAL;
            v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            v.minimum_number = in.min;
            v.maximum_number = in.max;
            v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            break;
        case ColumnInput::Kind::text: v.validate = LXW_VALIDATION_TYPE_ANY; break;
        case ColumnInput::Kind::none: return;
    }
    const auto c = static_cast<lxw_col_t>(col);
    if (in.kind != ColumnInput::Kind::number || in.row_ranges.size() != rows) {
        worksheet_data_validation_range(ws, 1, c, static_cast<lxw_row_t>(rows), c, &v);
        return;
    }
    // One validation per run of rows with the same range.
    for (std::size_t first = 0; first < rows;) {
        std::size_t last = first;
        while (last + 1 < rows && in.row_ranges[last + 1] == in.row_ranges[first]) ++last;
        v.minimum_number = in.row_ranges[first].first;
        v.maximum_number = in.row_ranges[first].second;
        worksheet_data_validation_range(ws, static_cast<lxw_row_t>(first + 1), c, static_cast<lxw_row_t>(last + 1), c, &v);
        first = last + 1;
    }
}

/// Length in UTF-16 code units of plan text (valid UTF-8), as Excel counts it.
std::size_t utf16_units(const std::string& s) {
    std::size_t n = 0;
    for (CodePointAt c : code_points_of(s)) n += c.value > 0xFFFF ? 2 : 1;  // beyond the BMP: a surrogate pair
    return n;
}

/// The widest sheet (characters of column width) printed one page wide.
constexpr double print_fit_width = 170;

/// Writes one sheet; returns "" or what went wrong.
std::string write_sheet(lxw_workbook* wb, Formats& formats, const Sheet& s, Lang lang, double font_size) {
    // libxlsxwriter writes text into the workbook's XML as it is given: what
    // XML forbids is dropped here (drop_not_xml), as xml_escape does for the
    // other writers; the loader has refused it already.
    const std::string name = drop_not_xml(s.name);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) return fmt::format("cannot add the sheet '{}'", s.name);
    const bool form = !s.inputs.empty();
    auto input = [&](std::size_t c) { return form && c < s.inputs.size() && s.inputs[c].kind != ColumnInput::Kind::none; };
    std::vector<double> widths = column_widths(s, lang);
    for (std::size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    for (std::size_t c = 0; c < s.headers.size(); ++c)
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), drop_not_xml(s.headers[c]).c_str(), formats.header());
    for (std::size_t r = 0; r < s.rows.size(); ++r) {
        const auto row_index = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
            const Cell& cell = s.rows[r][c];
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* f = input(c) ? formats.cell(input_format(s.inputs[c], lang), true, true)
                                     : formats.cell(number_format(cell, lang), form || (c < widths.size() && widths[c] >= wrap_width));
            lxw_error e = LXW_NO_ERROR;
            switch (cell.kind) {
                case Cell::Kind::empty:
                    if (input(c)) e = worksheet_write_blank(ws, row_index, col, f);  // unlocked, to be filled
                    break;
                case Cell::Kind::text:
                    if (utf16_units(cell.text) > max_cell_chars)
                        return fmt::format("sheet '{}', row {}, column '{}': the text is longer than the 32,767 "
                                           "characters a spreadsheet cell holds",
                                           s.name, r + 2, c < s.headers.size() ? s.headers[c] : "");
                    // A string cell, never a formula, whatever its first character.
                    e = worksheet_write_string(ws, row_index, col, drop_not_xml(cell.text).c_str(), f);
                    break;
                case Cell::Kind::number:
                case Cell::Kind::percent: e = worksheet_write_number(ws, row_index, col, cell.value, f); break;
                case Cell::Kind::date:
                    e = worksheet_write_number(ws, row_index, col, cell.date.days + excel_epoch_offset, f);
                    break;
            }
            if (e != LXW_NO_ERROR)
                return fmt::format("sheet '{}', row {}: {}", s.name, r + 2, lxw_strerror(e));
        }
    }
    // Rows as high as their wrapped text (a spreadsheet does not grow a row
    // written with text; printed, the lines would overlap the next row): Thai
    // marks above and below need a line of 1.5 times the font's size.
    const std::vector<int> lines = row_lines(s, widths, lang);
    const double line = (font_size > 0 ? font_size : 11) * 1.5;
    for (std::size_t r = 0; r < lines.size(); ++r)
        worksheet_set_row(ws, static_cast<lxw_row_t>(r), line * lines[r] + 4, nullptr);
    if (form) {
        for (std::size_t c = 0; c < s.inputs.size(); ++c) validate_column(ws, c, s.rows.size(), s.inputs[c]);
        // Protected without a password: ids and titles cannot be typed over by
        // mistake, and whoever must can still lift it.
        lxw_protection p{};
        p.format_columns = 1;
        p.format_rows = 1;
        p.autofilter = 1;
        p.sort = 0;
        worksheet_protect(ws, nullptr, &p);
    }
    if (s.hidden) worksheet_hide(ws);
    if (!s.headers.empty()) {
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(s.rows.size()),
                             static_cast<lxw_col_t>(s.headers.size() - 1));
    }
    // Printed: A4 landscape, the header row on every page, one page wide when
    // that keeps the text at 9 pt or more. A4 landscape less the default
    // margins holds about 109 characters of TH Sarabun New 14 pt (a character
    // of column width is about 9 px; 10.3 in at 96 px/in); 9/14 of full size
    // fits 170. A wider sheet prints at full size over pages side by side,
    // its first column (the plan or the id) repeated on each.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_repeat_rows(ws, 0, 0);
    double total = 0;
    for (double w : widths) total += w;
    if (total <= print_fit_width) worksheet_fit_to_pages(ws, 1, 0);
    else if (widths.size() > 1) worksheet_repeat_columns(ws, 0, 0);
    return "";
}

}  // namespace

std::optional<std::string> xlsx_file(const Workbook& wb, std::string& error) {
    // $TMPDIR as set (a broken one is an error, not a silent fallback), else /tmp.
    const char* env_dir = std::getenv("TMPDIR");
    std::string dir = env_dir && *env_dir ? env_dir : "/tmp";
    TempFile tmp;
    std::string tmpl = (std::filesystem::path(dir) / "scmplan-XXXXXX.xlsx").string();
    int fd = mkstemps(tmpl.data(), 5);
    if (fd < 0) {
        error = fmt::format("cannot create a temporary file in {} (TMPDIR): {}", dir, std::strerror(errno));
        return std::nullopt;
    }
    close(fd);
    tmp.path = tmpl;

    lxw_workbook* book = workbook_new(tmp.path.c_str());
    if (!book) {
        error = fmt::format("cannot start the workbook in {}", tmp.path);
        return std::nullopt;
    }
    // Fixed properties: the same report gives the same bytes (the zip entries'
    // times are fixed by libxlsxwriter).
    lxw_doc_properties props{};
    std::string title = drop_not_xml(wb.title);
    std::string author = "scmplan";
    props.title = title.data();
    props.author = author.data();
    // libxlsxwriter takes 0 for "now": a workbook without a date gets 1970-01-02.
    props.created = static_cast<time_t>(std::max(wb.created.days, 1)) * 86400;
    workbook_set_properties(book, &props);

    Formats formats(book, Look{drop_not_xml(wb.font), wb.font_size, false});
    std::string problem;
    for (const Sheet& s : wb.sheets) {
        problem = write_sheet(book, formats, s, wb.lang, wb.font_size);
        if (!problem.empty()) break;
    }
    lxw_error closed = workbook_close(book);  // frees the workbook in every case
    if (!problem.empty()) {
        error = problem;
        return std::nullopt;
    }
    if (closed != LXW_NO_ERROR) {
        error = fmt::format("cannot write the workbook: {}", lxw_strerror(closed));
        return std::nullopt;
    }
    std::ifstream in(tmp.path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in || !bytes) {
        error = fmt::format("cannot read back the workbook from {}", tmp.path);
        return std::nullopt;
    }
    return bytes.str();
}

}  // namespace scmplan

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

class Formats {
public:
    explicit Formats(lxw_workbook* wb) : m_wb(wb) {}

    lxw_format* header() {
        if (!m_header) {
            m_header = workbook_add_format(m_wb);
            format_set_bold(m_header);
            format_set_bg_color(m_header, 0xD9E2F3);
            format_set_bottom(m_header, LXW_BORDER_THIN);
            format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
            format_set_text_wrap(m_header);
        }
        return m_header;
    }

    /// The format of a cell: its number format, top-aligned, wrapped when the
    /// column is at its widest.
    lxw_format* cell(const std::string& num_format, bool wrap) {
        auto key = std::make_pair(num_format, wrap);
        auto it = m_cells.find(key);
        if (it != m_cells.end()) return it->second;
        lxw_format* f = workbook_add_format(m_wb);
        if (!num_format.empty()) format_set_num_format(f, num_format.c_str());
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (wrap) format_set_text_wrap(f);
        m_cells.emplace(key, f);
        return f;
    }

private:
    lxw_workbook* m_wb;
    lxw_format* m_header = nullptr;
    std::map<std::pair<std::string, bool>, lxw_format*> m_cells;
};

/// Length in UTF-16 code units of plan text (valid UTF-8), as Excel counts it.
std::size_t utf16_units(const std::string& s) {
    std::size_t n = 0;
    for (CodePointAt c : code_points_of(s)) n += c.value > 0xFFFF ? 2 : 1;  // beyond the BMP: a surrogate pair
    return n;
}

/// Writes one sheet; returns "" or what went wrong.
std::string write_sheet(lxw_workbook* wb, Formats& formats, const Sheet& s, Lang lang) {
    // libxlsxwriter writes text into the workbook's XML as it is given: what
    // XML forbids is dropped here (drop_not_xml), as xml_escape does for the
    // other writers; the loader has refused it already.
    const std::string name = drop_not_xml(s.name);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) return fmt::format("cannot add the sheet '{}'", s.name);
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
            lxw_format* f = formats.cell(number_format(cell, lang), c < widths.size() && widths[c] >= 60);
            lxw_error e = LXW_NO_ERROR;
            switch (cell.kind) {
                case Cell::Kind::empty: break;
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
    if (!s.headers.empty()) {
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(s.rows.size()),
                             static_cast<lxw_col_t>(s.headers.size() - 1));
    }
    // Printed: A4 landscape, one page wide, the header row on every page.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
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

    Formats formats(book);
    std::string problem;
    for (const Sheet& s : wb.sheets) {
        problem = write_sheet(book, formats, s, wb.lang);
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

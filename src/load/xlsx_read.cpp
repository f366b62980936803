// The cells of an .xlsx workbook: see include/scmplan/xlsx_read.hpp for the
// contract. Parts are found as the package says (the root relationships name
// the workbook part, its relationships name each sheet's part), and every
// element is matched by its local name, so that a prefix or the namespace of
// strict OOXML does not matter.
#include "scmplan/xlsx_read.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>

#include "xlsx_rows.hpp"

namespace scmplan {

namespace {

/// The first child element of `node` named `name` (local name).
pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

/// An attribute by local name ("r:id" is found as "id" only when asked for `id`
/// with a prefix; here a prefixed name matches its local part).
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        std::string_view n = a.name();
        auto colon = n.find(':');
        if (n == name || (colon != std::string_view::npos && n.substr(colon + 1) == name && n.substr(0, colon) != "xmlns"))
            return a;
    }
    return {};
}

/// The text of a string item (<si>, <is>): its <t>, or its runs' <t> joined;
/// phonetic runs (<rPh>) are not part of the text.
std::string string_item(const pugi::xml_node& item) {
    std::string out;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        std::string_view n = local_name(c);
        if (n == "t") out += c.text().get();
        else if (n == "r")
            if (pugi::xml_node t = child(c, "t")) out += t.text().get();
    }
    return out;
}

/// A part name resolved against the folder of the part whose relationship
/// names it ("worksheets/sheet1.xml" from "xl/workbook.xml" → "xl/worksheets/sheet1.xml";
/// an absolute target "/xl/…" is from the package's root); "." and ".." resolved.
std::string resolve_target(std::string_view from_part, std::string_view target) {
    std::string base;
    if (!target.empty() && target.front() == '/') target.remove_prefix(1);
    else if (auto slash = from_part.rfind('/'); slash != std::string_view::npos) base = std::string(from_part.substr(0, slash + 1));
    std::vector<std::string> parts;
    std::string joined = base + std::string(target);
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find('/', start);
        if (end == std::string::npos) end = joined.size();
        std::string seg = joined.substr(start, end - start);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") parts.push_back(seg);
        start = end + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out;
}

/// The relationships part of `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
std::string rels_of(std::string_view part) {
    auto slash = part.rfind('/');
    if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
    return std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

/// Id → target of a relationships part; empty when the part is missing.
std::optional<std::map<std::string, std::string>> relationships(const OoxmlPackage& pkg, const std::string& part,
                                                                std::string& error) {
    std::map<std::string, std::string> out;
    std::string rels = rels_of(part);
    if (!pkg.has(rels)) return out;
    auto xml = pkg.xml(rels, error);
    if (!xml) return std::nullopt;
    for (pugi::xml_node r = xml->doc->document_element().first_child(); r; r = r.next_sibling())
        if (local_name(r) == "Relationship")
            out[attribute(r, "Id").value()] = std::string(attribute(r, "Target").value()) + '\n' + attribute(r, "Type").value();
    return out;
}

/// The workbook part: the officeDocument relationship of the package, else xl/workbook.xml.
std::string workbook_part(const OoxmlPackage& pkg) {
    std::string e;
    if (auto rels = relationships(pkg, "", e))
        for (const auto& [id, target_type] : *rels) {
            std::string target = target_type.substr(0, target_type.find('\n'));
            std::string type = target_type.substr(target_type.find('\n') + 1);
            if (type.ends_with("/officeDocument")) return resolve_target("", target);
        }
    return "xl/workbook.xml";
}

bool parse_uint(std::string_view s, std::uint64_t& out) {
    if (s.empty() || s.size() > 12) return false;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

/// The styles' number format of each cell style index: is it a date?
std::vector<bool> date_styles(const OoxmlPackage& pkg, const std::string& wb_part,
                              const std::map<std::string, std::string>& rels, std::string& error, bool& ok) {
    std::vector<bool> out;
    ok = true;
    std::string part;
    for (const auto& [id, target_type] : rels)
        if (target_type.substr(target_type.find('\n') + 1).ends_with("/styles"))
            part = resolve_target(wb_part, target_type.substr(0, target_type.find('\n')));
    if (part.empty() || !pkg.has(part)) return out;
    auto xml = pkg.xml(part, error);
    if (!xml) {
        ok = false;
        return out;
    }
    pugi::xml_node root = xml->doc->document_element();
    std::unordered_map<unsigned, bool> custom;
    for (pugi::xml_node f = child(child(root, "numFmts"), "numFmt"); f; f = f.next_sibling())
        if (local_name(f) == "numFmt")
            custom[attribute(f, "numFmtId").as_uint()] = is_date_format_code(attribute(f, "formatCode").value());
    for (pugi::xml_node xf = child(child(root, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
        if (local_name(xf) != "xf") continue;
        unsigned id = attribute(xf, "numFmtId").as_uint();
        auto c = custom.find(id);
        out.push_back(c != custom.end() ? c->second : is_builtin_date_format(id));
    }
    return out;
}

/// Reads the rows from `first` on (it and its next siblings) into `sheet`;
/// `row` is the number of the row before them, carried from one slice of a
/// sheet's rows to the next. "" or what is wrong.
std::string read_rows(pugi::xml_node first, const std::vector<std::string>& shared, const std::vector<bool>& dates,
                      XlsxSheet& sheet, std::uint32_t& row) {
    for (pugi::xml_node r = first; r; r = r.next_sibling()) {
        if (r.type() != pugi::node_element || local_name(r) != "row") continue;
        if (pugi::xml_attribute ra = attribute(r, "r")) {
            std::uint64_t n = 0;
            if (!parse_uint(ra.value(), n) || n < 1 || n > xlsx_max_rows)
                return fmt::format("the sheet '{}' has a row numbered '{}', outside 1 to {}", sheet.name, ra.value(),
                                   xlsx_max_rows);
            row = static_cast<std::uint32_t>(n);
        } else {
            if (row >= xlsx_max_rows) return fmt::format("the sheet '{}' has more than {} rows", sheet.name, xlsx_max_rows);
            ++row;
        }
        std::uint32_t next_col = 0;
        for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element || local_name(c) != "c") continue;
            XlsxCell cell;
            cell.row = row;
            cell.col = next_col;
            if (pugi::xml_attribute ref = attribute(c, "r")) {
                auto at = parse_cell_ref(ref.value());
                if (!at)
                    return fmt::format("the sheet '{}' has a cell reference '{}', which is not a cell (A1 to XFD{})",
                                       sheet.name, ref.value(), xlsx_max_rows);
                if (at->first != row)
                    return fmt::format("the sheet '{}' has the cell {} in row {}", sheet.name, ref.value(), row);
                cell.col = at->second;
            } else if (next_col >= xlsx_max_cols) {
                return fmt::format("the sheet '{}' has more than {} columns in row {}", sheet.name, xlsx_max_cols, row);
            }
            next_col = cell.col + 1;
            std::string_view type = attribute(c, "t").value();
            pugi::xml_node v = child(c, "v");
            if (type == "inlineStr") {
                cell.text = string_item(child(c, "is"));
                if (cell.text.empty()) continue;
                sheet.cells.push_back(std::move(cell));
                continue;
            }
            if (!v) continue;  // a styled cell without a value
            std::string_view value = v.text().get();
            if (type == "s") {
                std::uint64_t i = 0;
                if (!parse_uint(value, i) || i >= shared.size())
                    return fmt::format("the sheet '{}' has the cell {} naming shared string '{}', which does not exist",
                                       sheet.name, cell_ref(row, cell.col), value);
                cell.text = shared[i];
                if (cell.text.empty()) continue;
            } else if (type == "str" || type == "d") {
                cell.text = std::string(value);
                cell.date_format = type == "d";
                if (cell.text.empty()) continue;
            } else if (type == "b" || type == "e") {
                cell.kind = type == "b" ? XlsxCell::Kind::boolean : XlsxCell::Kind::error;
                cell.text = std::string(value);
                cell.number = value == "1" ? 1 : 0;
            } else if (type.empty() || type == "n") {
                cell.kind = XlsxCell::Kind::number;
                cell.text = std::string(value);
                const char* b = value.data();
                auto [end, ec] = std::from_chars(b, b + value.size(), cell.number);
                if (ec != std::errc() || end != b + value.size() || !std::isfinite(cell.number))
                    return fmt::format("the sheet '{}' has the cell {} holding '{}', which is not a number", sheet.name,
                                       cell_ref(row, cell.col), value);
                std::uint64_t s = 0;
                if (pugi::xml_attribute st = attribute(c, "s"); st && parse_uint(st.value(), s) && s < dates.size())
                    cell.date_format = dates[s];
            } else {
                return fmt::format("the sheet '{}' has the cell {} of an unknown type '{}'", sheet.name,
                                   cell_ref(row, cell.col), type);
            }
            sheet.cells.push_back(std::move(cell));
        }
    }
    return "";
}

/// A slice of rows is about this many bytes of XML: its tree is what a sheet
/// costs in memory at a time, whatever its number of rows.
constexpr std::size_t slice_bytes = 1u << 20;

/// Reads the rows of the worksheet part `x` a slice at a time (xlsx_rows.hpp)
/// into `sheet`. False, and `sheet` to be read again from the whole part,
/// when the part cannot be cut, the part without its rows or one slice does
/// not parse, or a cell cannot be read: the whole parse then gives the cells
/// or the error the part has, so that the result never depends on the slices.
bool read_sliced(std::string_view x, const std::string& part, const OoxmlLimits& limits,
                 const std::vector<std::string>& shared, const std::vector<bool>& dates, XlsxSheet& sheet) {
    auto cuts = load::cut_sheet(x, slice_bytes);
    if (!cuts) return false;
    std::string ignored;
    // The part without its rows: well-formed, a worksheet, and the sheetData
    // cut is the first one under its root (as read_cells would take it).
    std::string outline_text(x.substr(0, cuts->content_begin));
    outline_text += x.substr(cuts->content_end);
    auto outline = parse_xml_part(outline_text, part, ignored, limits);
    if (!outline) return false;
    pugi::xml_node root = outline->doc->document_element();
    pugi::xml_node data = child(root, "sheetData");
    if (local_name(root) != "worksheet" || !data || data.first_child() ||
        data.offset_debug() != static_cast<std::ptrdiff_t>(cuts->sheet_data))
        return false;
    std::vector<std::size_t> at{cuts->content_begin};
    at.insert(at.end(), cuts->cuts.begin(), cuts->cuts.end());
    at.push_back(cuts->content_end);
    std::uint32_t row = 0;
    for (std::size_t k = 0; k + 1 < at.size(); ++k) {
        auto slice = parse_xml_fragment(x.substr(at[k], at[k + 1] - at[k]), part, 2, ignored, limits);
        if (!slice || !read_rows(slice->doc->first_child(), shared, dates, sheet, row).empty()) return false;
        // Room for the sheet's cells made once, as many as the first slice's
        // cells a byte foretell (a tenth more): not a vector grown by doubling.
        if (k == 0 && at.size() > 2) {
            const double per_byte = static_cast<double>(sheet.cells.size()) / static_cast<double>(at[1] - at[0]);
            sheet.cells.reserve(static_cast<std::size_t>(per_byte * 1.1 * static_cast<double>(at.back() - at[0])));
        }
    }
    return true;
}

/// Reads the cells of the worksheet part `part` into `sheet`: a slice of rows
/// at a time when it can be cut, else the part parsed whole (a chart sheet or
/// dialog sheet, which has no cells, among them). False with `error` set.
bool read_sheet_part(const OoxmlPackage& pkg, const std::string& part, const OoxmlLimits& limits,
                     const std::vector<std::string>& shared, const std::vector<bool>& dates, XlsxSheet& sheet,
                     std::string& error) {
    auto bytes = pkg.read(part, error);
    if (!bytes) return false;
    if (read_sliced(*bytes, part, limits, shared, dates, sheet)) return true;
    sheet.cells.clear();
    auto xml = parse_xml_part(*bytes, part, error, limits);
    if (!xml) return false;
    bytes.reset();
    pugi::xml_node root = xml->doc->document_element();
    if (local_name(root) != "worksheet") return true;
    std::uint32_t row = 0;
    error = read_rows(child(root, "sheetData").first_child(), shared, dates, sheet, row);
    return error.empty();
}

}  // namespace

const XlsxSheet* XlsxBook::sheet(std::string_view name) const {
    for (const XlsxSheet& s : sheets)
        if (s.name == name) return &s;
    return nullptr;
}

std::optional<XlsxBook> read_xlsx(std::string bytes, std::string& error, OoxmlLimits limits) {
    auto pkg = OoxmlPackage::open(std::move(bytes), error, limits);
    if (!pkg) return std::nullopt;
    std::string wb_part = workbook_part(*pkg);
    if (!pkg->has(wb_part)) {
        error = fmt::format("is not a workbook: it has no part '{}'", wb_part);
        return std::nullopt;
    }
    auto wb = pkg->xml(wb_part, error);
    if (!wb) return std::nullopt;
    auto rels = relationships(*pkg, wb_part, error);
    if (!rels) return std::nullopt;
    pugi::xml_node root = wb->doc->document_element();
    if (local_name(root) != "workbook") {
        error = fmt::format("is not a workbook: its part '{}' holds a '{}'", wb_part, root.name());
        return std::nullopt;
    }
    XlsxBook book;
    std::string_view d1904 = attribute(child(root, "workbookPr"), "date1904").value();
    book.date1904 = d1904 == "1" || d1904 == "true";

    std::vector<std::string> shared;
    for (const auto& [id, target_type] : *rels)
        if (target_type.substr(target_type.find('\n') + 1).ends_with("/sharedStrings")) {
            std::string part = resolve_target(wb_part, target_type.substr(0, target_type.find('\n')));
            if (!pkg->has(part)) continue;
            auto xml = pkg->xml(part, error);
            if (!xml) return std::nullopt;
            for (pugi::xml_node si = xml->doc->document_element().first_child(); si; si = si.next_sibling())
                if (si.type() == pugi::node_element && local_name(si) == "si") shared.push_back(string_item(si));
        }
    bool styles_ok = true;
    std::vector<bool> dates = date_styles(*pkg, wb_part, *rels, error, styles_ok);
    if (!styles_ok) return std::nullopt;

    for (pugi::xml_node s = child(child(root, "sheets"), "sheet"); s; s = s.next_sibling()) {
        if (s.type() != pugi::node_element || local_name(s) != "sheet") continue;
        XlsxSheet sheet;
        sheet.name = attribute(s, "name").value();
        sheet.state = attribute(s, "state").value();
        if (sheet.state == "visible") sheet.state.clear();
        std::string id = attribute(s, "id").value();
        auto rel = rels->find(id);
        if (rel == rels->end()) {
            error = fmt::format("the sheet '{}' has no part: the workbook's relationships do not name '{}'", sheet.name, id);
            return std::nullopt;
        }
        std::string part = resolve_target(wb_part, rel->second.substr(0, rel->second.find('\n')));
        if (!pkg->has(part)) {
            error = fmt::format("the sheet '{}' has no part: '{}' is not in the package", sheet.name, part);
            return std::nullopt;
        }
        if (!read_sheet_part(*pkg, part, limits, shared, dates, sheet, error)) return std::nullopt;
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

std::string column_letters(std::uint32_t col) {
    std::string out;
    std::uint64_t n = std::uint64_t{col} + 1;
    while (n > 0) {
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return out;
}

std::string cell_ref(std::uint32_t row, std::uint32_t col) { return column_letters(col) + std::to_string(row); }

std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_ref(std::string_view ref) {
    std::size_t i = 0;
    std::uint64_t col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + static_cast<std::uint64_t>(ref[i++] - 'A' + 1);
    if (i == 0 || i == ref.size() || ref[i] == '0' || col > xlsx_max_cols) return std::nullopt;
    std::uint64_t row = 0;
    if (!parse_uint(ref.substr(i), row) || row < 1 || row > xlsx_max_rows) return std::nullopt;
    return std::pair{static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(col - 1)};
}

std::optional<Date> excel_date(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6) return std::nullopt;
    auto whole = static_cast<std::int64_t>(std::floor(serial));
    const Date base1900 = Date::from_ymd(1899, 12, 30), base1904 = Date::from_ymd(1904, 1, 1);
    Date d;
    if (date1904) d = base1904 + static_cast<int>(whole);
    else if (whole == 60) return std::nullopt;          // 29 Feb 1900, which Excel counts and the calendar has not
    else if (whole < 60) d = base1900 + static_cast<int>(whole + 1);  // before it, Excel's days are one ahead
    else d = base1900 + static_cast<int>(whole);
    if (d.year() > 9999) return std::nullopt;
    return d;
}

double excel_serial(Date d) { return d - Date::from_ymd(1899, 12, 30); }

bool is_date_format_code(std::string_view code) {
    // A code has up to four sections (positive;negative;zero;text): a letter
    // of a date or time in any section makes it a date format.
    bool quoted = false;
    int bracket = 0;
    std::string lower;
    for (char ch : code) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    if (lower == "general" || lower == "@") return false;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        char ch = lower[i];
        if (quoted) {
            quoted = ch != '"';
            continue;
        }
        if (ch == '"') quoted = true;
        else if (ch == '\\' || ch == '_' || ch == '*') ++i;  // the next character is shown as it is
        else if (ch == '[') {
            // [h], [mm], [ss]: elapsed time; [$-107041E], [Red]: a locale or colour.
            std::size_t close = lower.find(']', i);
            if (close == std::string::npos) return false;
            std::string_view inside = std::string_view(lower).substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hms") == std::string_view::npos) return true;
            i = close;
        } else if (bracket == 0 && (ch == 'd' || ch == 'm' || ch == 'y' || ch == 'h' || ch == 's' || ch == 'b')) {
            if (ch == 'b' && i + 1 < lower.size() && lower[i + 1] != 'b') continue;  // "b" alone is not the Buddhist year
            return true;
        }
    }
    return false;
}

bool is_builtin_date_format(unsigned id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) ||
           (id >= 71 && id <= 81);
}

}  // namespace scmplan

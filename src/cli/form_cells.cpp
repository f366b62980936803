// The cells of a filled progress form as values (form_cells.hpp).
#include "form_cells.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <filesystem>

#include "scmplan/date_text.hpp"
#include "scmplan/json_writer.hpp"

namespace scmplan::cli {

namespace {

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

CellValue<Date> cell_date(const XlsxCell& c, bool date1904) {
    CellValue<Date> out;
    switch (c.kind) {
        case XlsxCell::Kind::number:
            out.value = excel_date(c.number, date1904);
            if (!out.value) out.error = fmt::format("{} is not a date a spreadsheet counts", c.text);
            return out;
        case XlsxCell::Kind::boolean:
        case XlsxCell::Kind::error:
            out.error = fmt::format("'{}' is not a date", c.text);
            return out;
        case XlsxCell::Kind::text: break;
    }
    std::string_view t = trim(c.text);
    // t="d" cells hold ISO 8601 date-times ("2023-06-30T00:00:00").
    if (c.date_format && t.size() > 10 && t[10] == 'T') t = t.substr(0, 10);
    DateParse p = parse_date(t);
    if (p.date) out.value = p.date;
    else out.error = p.error, out.hint = p.hint.empty() ? "write a date: 30/06/2566, 30 มิ.ย. 2566 or 2023-06-30" : p.hint;
    return out;
}

CellValue<double> cell_number(const XlsxCell& c) {
    CellValue<double> out;
    if (c.kind == XlsxCell::Kind::number) {
        out.value = c.number;
        return out;
    }
    std::string_view t = trim(c.text);
    double v = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (c.kind == XlsxCell::Kind::text && !t.empty() && ec == std::errc() && end == t.data() + t.size() && std::isfinite(v))
        out.value = v;
    else
        out.error = fmt::format("'{}' is not a number", c.text), out.hint = "write the figure alone: 40 or 40.5";
    return out;
}

std::string cell_text(const XlsxCell& c) {
    if (c.kind == XlsxCell::Kind::number) return format_number(c.number);
    std::string_view t = c.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r' || t.back() == '\t')) t.remove_suffix(1);
    return std::string(t);
}

std::vector<std::string> cell_evidence(const XlsxCell& c) {
    std::vector<std::string> out;
    std::string_view t = c.text;
    std::size_t start = 0;
    while (start <= t.size()) {
        std::size_t end = std::min(t.find_first_of("\n;", start), t.size());
        std::string_view item = trim(t.substr(start, end - start));
        if (!item.empty()) out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

std::string evidence_problem(std::string_view ref) {
    auto colon = ref.find("://");
    if (colon != std::string_view::npos) {
        std::string_view scheme = ref.substr(0, colon);
        if (scheme != "http" && scheme != "https") return fmt::format("'{}' is not an http or https address", ref);
        if (ref.size() == colon + 3 || ref[colon + 3] == '/') return fmt::format("'{}' has no host", ref);
        return "";
    }
    if (ref.front() == '/') return fmt::format("evidence path '{}' is absolute", ref);
    if (ref.find('\\') != std::string_view::npos) return fmt::format("evidence path '{}' has a '\\'", ref);
    std::size_t start = 0;
    while (start <= ref.size()) {
        std::size_t end = std::min(ref.find('/', start), ref.size());
        if (ref.substr(start, end - start) == "..") return fmt::format("evidence path '{}' leaves the workspace", ref);
        start = end + 1;
    }
    return "";
}

std::string relative_to_root(const std::string& path, const std::string& root, const std::string& cwd) {
    namespace fs = std::filesystem;
    fs::path p = fs::path(path).is_absolute() ? fs::path(path) : fs::path(cwd) / path;
    fs::path r = fs::path(root).is_absolute() ? fs::path(root) : fs::path(cwd) / root;
    fs::path rel = p.lexically_normal().lexically_relative(r.lexically_normal());
    return rel.empty() ? path : rel.generic_string();
}

}  // namespace scmplan::cli

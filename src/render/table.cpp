// CSV and TSV tables: one place for cell escaping, separators, line ends and
// the columns that identify a plan.
#include <fmt/format.h>

#include "scmplan/render.hpp"

namespace scmplan {

std::string tsv_field(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
    return out;
}

std::string table_cell(std::string_view s, const RenderOptions& o) {
    return o.tsv ? tsv_field(s) : csv_field(s, o.excel);
}

std::string table_row(const std::vector<std::string>& cells, const RenderOptions& o) {
    return fmt::format("{}", fmt::join(cells, o.tsv ? "\t" : ",")) + (o.tsv ? "\n" : "\r\n");
}

std::string table_header(std::string_view columns, const RenderOptions& o) {
    std::string out = o.excel && !o.tsv ? "\xEF\xBB\xBF" : "";
    std::string line(columns);
    if (o.tsv)
        for (char& c : line)
            if (c == ',') c = '\t';
    return out + line + (o.tsv ? "\n" : "\r\n");
}

std::string plan_id_columns(bool year_taken) {
    return year_taken ? "workspace,organisation,enabler,plan_year,plan_title"
                      : "workspace,organisation,enabler,year,plan_title";
}

void append_plan_id(std::vector<std::string>& cells, const Plan& p, const RenderOptions& o) {
    cells.push_back(table_cell(p.workspace, o));
    cells.push_back(table_cell(p.organisation, o));
    cells.push_back(table_cell(p.enabler.value, o));
    cells.push_back(std::to_string(p.year.value));
    cells.push_back(table_cell(p.title, o));
}

}  // namespace scmplan

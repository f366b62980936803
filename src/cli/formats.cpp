#include "formats.hpp"

#include "scmplan/exit_codes.hpp"
#include "scmplan/xlsx.hpp"

namespace scmplan::cli {

Render xlsx(std::function<Workbook()> build) {
    return [build](std::string& error) { return xlsx_file(build(), error); };
}

Output& render_output(const std::vector<FormatEntry>& table, Format format, Output& out) {
    for (const FormatEntry& e : table) {
        if (e.format != format) continue;
        std::string error;
        std::optional<std::string> bytes = e.render(error);
        if (!bytes) {
            out.err += "scmplan: error: " + error + "\n";
            return out.ending(exit_io);
        }
        out.out = std::move(*bytes);
        return out;
    }
    out.err += "scmplan: error: unknown format '" + std::string(format_name(format)) + "'\n";
    return out.ending(exit_usage);
}

}  // namespace scmplan::cli

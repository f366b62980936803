// The cuts of a worksheet part between its rows: see xlsx_rows.hpp.
#include "xlsx_rows.hpp"

#include <string>

namespace scmplan::load {

namespace {

constexpr auto npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The XML declaration at `i` ends at the returned offset; nullopt when it
/// names an encoding other than UTF-8 (the parser would convert the whole
/// part, and a slice on its own would be read as UTF-8) or is not closed.
std::optional<std::size_t> after_declaration(std::string_view x, std::size_t i) {
    std::size_t end = x.find("?>", i);
    if (end == npos) return std::nullopt;
    std::string_view decl = x.substr(i, end - i);
    if (std::size_t enc = decl.find("encoding"); enc != npos) {
        std::size_t q = decl.find_first_of("\"'", enc);
        if (q == npos) return std::nullopt;
        std::size_t q2 = decl.find(decl[q], q + 1);
        if (q2 == npos) return std::nullopt;
        std::string name;
        for (char c : decl.substr(q + 1, q2 - q - 1)) name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (name != "utf-8") return std::nullopt;
    }
    return end + 2;
}

}  // namespace

std::optional<SheetCuts> cut_sheet(std::string_view x, std::size_t slice_bytes) {
    // UTF-16 and UTF-32 parts (a NUL among the first bytes) are converted by
    // the parser as a whole: never cut.
    for (std::size_t k = 0; k < 4 && k < x.size(); ++k)
        if (x[k] == '\0') return std::nullopt;
    std::size_t i = x.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (x.substr(i).starts_with("<?xml")) {
        auto after = after_declaration(x, i);
        if (!after) return std::nullopt;
        i = *after;
    }
    SheetCuts out;
    bool inside = false;    // within sheetData's content
    std::size_t depth = 0;  // elements open: the root is 1, sheetData 2, a row 3
    std::size_t last = 0;   // the last cut, or sheetData's content_begin
    auto maybe_cut = [&](std::size_t at) {
        if (inside && depth == 2 && at - last >= slice_bytes) {
            out.cuts.push_back(at);
            last = at;
        }
    };
    for (;;) {
        std::size_t lt = x.find('<', i);
        if (lt == npos || lt + 1 >= x.size()) return std::nullopt;  // sheetData never ended
        const char next = x[lt + 1];
        if (next == '!' || next == '?') return std::nullopt;  // comment, CDATA, DOCTYPE, PI: the parser's alone
        if (next == '/') {
            std::size_t gt = x.find('>', lt);
            if (gt == npos || depth == 0) return std::nullopt;
            --depth;
            if (inside && depth == 1) {  // sheetData's end tag
                out.content_end = lt;
                return out;
            }
            maybe_cut(gt + 1);
            i = gt + 1;
            continue;
        }
        // A start tag: its name, then its attributes (quoted values skipped) up to '>'.
        std::size_t p = lt + 1;
        while (p < x.size() && !is_space(x[p]) && x[p] != '>' && x[p] != '/') ++p;
        std::string_view name = x.substr(lt + 1, p - lt - 1);
        for (;; ++p) {
            if (p >= x.size()) return std::nullopt;
            if (x[p] == '"' || x[p] == '\'') {
                p = x.find(x[p], p + 1);
                if (p == npos) return std::nullopt;
            } else if (x[p] == '>') {
                break;
            }
        }
        const bool empty = x[p - 1] == '/';
        std::size_t colon = name.find(':');
        std::string_view local = colon == npos ? name : name.substr(colon + 1);
        if (!inside && depth == 1 && local == "sheetData") {
            if (empty) return std::nullopt;  // no rows: nothing to cut
            out.sheet_data = lt + 1;
            out.content_begin = last = p + 1;
            inside = true;
        } else if (empty) {
            maybe_cut(p + 1);
        }
        if (!empty) ++depth;
        i = p + 1;
    }
}

}  // namespace scmplan::load

// Typed cells and what a spreadsheet shows of them: number formats, display
// texts, column widths (sheets.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "scmplan/compute.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/sheets.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

Cell Cell::of_text(std::string s) {
    Cell c;
    c.kind = Kind::text;
    c.text = std::move(s);
    return c;
}

Cell Cell::of_number(double x, int decimals) {
    Cell c;
    c.kind = Kind::number;
    c.value = decimals >= 0 ? round_to(x, decimals) : x;
    if (c.value == 0) c.value = 0;  // no "-0"
    c.decimals = decimals;
    return c;
}

Cell Cell::of_percent(double pct, int decimals) {
    Cell c;
    c.kind = Kind::percent;
    double shown = round_to(pct, decimals);
    c.value = shown == 0 ? 0 : shown / 100;
    c.decimals = decimals;
    return c;
}

Cell Cell::of_date(Date d) {
    Cell c;
    c.kind = Kind::date;
    c.date = d;
    return c;
}

Cell Cell::of_date(const std::optional<Date>& d) { return d ? of_date(*d) : Cell{}; }

Cell Cell::of_number(const std::optional<double>& x, int decimals) { return x ? of_number(*x, decimals) : Cell{}; }

namespace {

std::string decimals_pattern(int decimals) {
    return decimals > 0 ? "0." + std::string(static_cast<std::size_t>(decimals), '0') : "0";
}

}  // namespace

std::string number_format(const Cell& c, Lang lang) {
    switch (c.kind) {
        case Cell::Kind::empty:
        case Cell::Kind::text: return "";
        case Cell::Kind::number: return c.decimals < 0 ? "General" : decimals_pattern(c.decimals);
        case Cell::Kind::percent: return decimals_pattern(std::max(c.decimals, 0)) + "%";
        case Cell::Kind::date:
            // [$-xxyyzzzz]: numerals xx (01: 0-9), calendar yy (07: Thai Buddhist),
            // locale zzzz (041E: Thai). Excel shows "30 มิ.ย. 2566"; LibreOffice
            // reads the same code as [~buddhist] in Thai (svl's zformat.cxx).
            return lang == Lang::en ? "yyyy-mm-dd" : "[$-107041E]d mmm yyyy";
    }
    return "";
}

std::string cell_display(const Cell& c, Lang lang) {
    switch (c.kind) {
        case Cell::Kind::empty: return "";
        case Cell::Kind::text: return c.text;
        case Cell::Kind::number:
            return c.decimals < 0 ? format_number(c.value) : fmt::format("{:.{}f}", c.value, c.decimals);
        case Cell::Kind::percent: return fmt::format("{:.{}f}%", c.value * 100, std::max(c.decimals, 0));
        case Cell::Kind::date: return format_date(c.date, lang);
    }
    return "";
}

std::vector<double> column_widths(const Sheet& s, Lang lang) {
    std::vector<std::size_t> widest(s.headers.size(), 0);
    auto widen = [&](std::size_t col, std::string_view text) {
        std::size_t start = 0;
        while (start <= text.size()) {  // the longest line of the text
            std::size_t end = std::min(text.find('\n', start), text.size());
            widest[col] = std::max(widest[col], display_width(text.substr(start, end - start)));
            start = end + 1;
        }
    };
    for (std::size_t i = 0; i < s.headers.size(); ++i) widen(i, s.headers[i]);
    for (const auto& row : s.rows)
        for (std::size_t i = 0; i < row.size() && i < widest.size(); ++i) widen(i, cell_display(row[i], lang));
    std::vector<double> out;
    for (std::size_t w : widest) out.push_back((std::clamp<double>(static_cast<double>(w + 2), 6, wrap_width)));
    // A form's input columns are wide enough to type in before anything is there.
    for (std::size_t i = 0; i < s.inputs.size() && i < out.size(); ++i) {
        switch (s.inputs[i].kind) {
            case ColumnInput::Kind::none: break;
            case ColumnInput::Kind::text: out[i] = std::max(out[i], 40.0); break;
            case ColumnInput::Kind::date: out[i] = std::max(out[i], 14.0); break;
            case ColumnInput::Kind::number: out[i] = std::max(out[i], 10.0); break;
        }
    }
    return out;
}

std::vector<int> row_lines(const Sheet& s, const std::vector<double>& widths, Lang lang) {
    auto lines_of = [&](std::size_t col, std::string_view text) {
        // Characters per line: the column's width less the cell's margins. A
        // line that wraps breaks between words (Thai ones by the spreadsheet's
        // dictionary), leaving the end of each line short: a wrapped line is
        // counted at four fifths of that, which is what LibreOffice Calc's
        // lines of Thai at 14 pt hold (a row estimated at the full width
        // printed with its last line cut off).
        const double width = col < widths.size() ? widths[col] : wrap_width;
        const auto room = static_cast<std::size_t>(std::max(width - 2, 1.0));
        const auto wrapped_room = static_cast<std::size_t>(std::max((width - 2) * 0.8, 1.0));
        int lines = 0;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = std::min(text.find('\n', start), text.size());
            std::size_t w = display_width(text.substr(start, end - start));
            lines += w <= room ? 1 : static_cast<int>((w + wrapped_room - 1) / wrapped_room);
            start = end + 1;
        }
        return lines;
    };
    std::vector<int> out;
    int header = 1;
    for (std::size_t i = 0; i < s.headers.size(); ++i) header = std::max(header, lines_of(i, s.headers[i]));
    out.push_back(header);
    for (const auto& row : s.rows) {
        int n = 1;
        for (std::size_t i = 0; i < row.size(); ++i) n = std::max(n, lines_of(i, cell_display(row[i], lang)));
        out.push_back(n);
    }
    return out;
}

}  // namespace scmplan

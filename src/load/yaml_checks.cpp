#include "yaml_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

bool check_bytes(std::string_view text, const LineIndex& lines, std::uint32_t file,
                 Diagnostics& diags) {
    if (auto bad = find_invalid_utf8(text)) {
        diags.error(lines.at_offset(file, *bad), DiagCode::E002,
                    fmt::format("byte 0x{:02X} is not valid UTF-8",
                                static_cast<unsigned char>(text[*bad])),
                    "save the file as UTF-8");
        return false;
    }
    bool ok = true;
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') { line_start = true; continue; }
        if (c == '\t' && line_start) {
            // A tab among the leading white space of a line that holds content.
            std::size_t j = i;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
            if (j < text.size() && text[j] != '\n' && text[j] != '#') {
                diags.error(lines.at_offset(file, i), DiagCode::E003, "tab character in indentation",
                            "indent with spaces: YAML does not allow tabs there");
                ok = false;
            }
            i = j - 1;
            line_start = false;
            continue;
        }
        if (c != ' ') line_start = false;
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            diags.error(lines.at_offset(file, i), DiagCode::E002,
                        fmt::format("control character 0x{:02X} in text", c),
                        "remove it (often pasted from a word processor)");
            return false;
        }
    }
    // Raw control bytes were found above; what is left of is_not_xml_char
    // (U+FFFE, U+FDD0, U+10FFFF, … written as UTF-8) is found here, at its place.
    if (auto x = find_not_xml(text)) {
        diags.error(lines.at_offset(file, x->offset), DiagCode::E002,
                    fmt::format("non-character {} in text", code_point_name(x->cp)), not_xml_hint);
        return false;
    }
    return ok;
}

std::optional<std::size_t> too_deep_flow(std::string_view text, int max_depth) {
    // Fewer brackets than levels allowed: no need to look where they are.
    if (std::count_if(text.begin(), text.end(), [](char c) { return c == '[' || c == '{'; }) <= max_depth)
        return std::nullopt;
    const std::size_t n = text.size();
    int depth = 0;
    bool value_start = true;  // a value (scalar or collection) may start here
    bool trust[2] = {true, true};  // ' and " still open quoted text
    std::size_t indent = 0;        // of the current line
    bool line_start = true;
    for (std::size_t i = 0; i < n; ++i) {
        char c = text[i];
        if (c == '\n') {
            line_start = true;
            indent = 0;
            value_start = true;
            continue;
        }
        if (line_start) {
            if (c == ' ') { ++indent; continue; }
            line_start = false;
        }
        if (c == ' ') {
            if (text[i - 1] == ':') value_start = true;  // `key: [`
            continue;
        }
        if ((c == '-' || c == '?') && value_start && (i + 1 == n || text[i + 1] == ' ' || text[i + 1] == '\n'))
            continue;  // `- [` and `? [`: an indicator, a value may follow
        if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
            while (i + 1 < n && text[i + 1] != '\n') ++i;
            continue;
        }
        if ((c == '"' || c == '\'') && value_start && trust[c == '"']) {
            std::size_t j = i + 1;
            for (; j < n; ++j) {
                if (c == '"' && text[j] == '\\') { ++j; continue; }
                if (text[j] == c) {
                    if (c == '\'' && j + 1 < n && text[j + 1] == '\'') { ++j; continue; }
                    break;
                }
            }
            if (j < n) {
                i = j;
                value_start = false;
                continue;
            }
            trust[c == '"'] = false;  // never closed: not quoted text for YAML either
        }
        if ((c == '|' || c == '>') && value_start && depth == 0) {
            // A block scalar: skip the rest of its line and every following line
            // that is blank or indented deeper than this one.
            std::size_t j = text.find('\n', i);
            while (j != std::string_view::npos && j + 1 < n) {
                std::size_t k = j + 1, sp = 0;
                while (k + sp < n && text[k + sp] == ' ') ++sp;
                if (k + sp < n && text[k + sp] != '\n' && sp <= indent) break;
                j = text.find('\n', k);
            }
            if (j == std::string_view::npos) return std::nullopt;
            i = j - 1;  // the newline is handled next
            continue;
        }
        if ((c == '[' || c == '{') && (depth > 0 || value_start)) {
            if (++depth > max_depth) return i;
            value_start = true;
            continue;
        }
        if ((c == ']' || c == '}') && depth > 0) {
            --depth;
            value_start = false;
            continue;
        }
        if (c == ',' && depth > 0) {
            value_start = true;
            continue;
        }
        if (c == ':' && depth > 0) {
            value_start = true;  // `{a:[` and `"a":[` in flow context
            continue;
        }
        value_start = false;
    }
    return std::nullopt;
}

}  // namespace scmplan::load

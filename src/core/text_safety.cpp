#include "scmplan/text_safety.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>

#include <fmt/format.h>

#include "scmplan/text.hpp"

namespace scmplan {

namespace {

bool is_control(char32_t cp, bool allow_newline) {
    if (cp == '\t' || (allow_newline && cp == '\n')) return false;
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

bool is_invisible(char32_t cp) {
    switch (cp) {
        case 0x061C: case 0x200E: case 0x200F: case 0x00AD: case 0x034F: case 0x115F: case 0x1160:
        case 0x17B4: case 0x17B5: case 0x180E: case 0x3164: case 0xFEFF: case 0xFFA0:
            return true;
        default:
            return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
                   (cp >= 0x200B && cp <= 0x200D) || (cp >= 0x2060 && cp <= 0x2064);
    }
}

// The text here may be anything (arguments, file names, unchecked files): an
// ill-formed byte is never matched, and is kept or escaped byte by byte.

template <class Pred>
std::optional<FoundChar> find_if_cp(std::string_view s, Pred pred) {
    for (CodePointAt c : code_points_of(s))
        if (!c.ill_formed() && pred(c.value)) return FoundChar{c.offset, c.value};
    return std::nullopt;
}

/// Look-alikes of Latin letters and digits among Cyrillic and Greek capitals
/// and small letters (from Unicode's confusables.txt, the common ones).
char32_t latin_lookalike(char32_t cp) {
    switch (cp) {
        case 0x0410: case 0x0391: return 'A';
        case 0x0412: case 0x0392: return 'B';
        case 0x0421: case 0x03F9: return 'C';
        case 0x0415: case 0x0395: return 'E';
        case 0x041D: case 0x0397: return 'H';
        case 0x0406: case 0x0399: case 0x04C0: return 'I';
        case 0x0408: return 'J';
        case 0x041A: case 0x039A: return 'K';
        case 0x041C: case 0x039C: return 'M';
        case 0x039D: return 'N';
        case 0x041E: case 0x039F: return 'O';
        case 0x0420: case 0x03A1: return 'P';
        case 0x0405: return 'S';
        case 0x0422: case 0x03A4: return 'T';
        case 0x0425: case 0x03A7: return 'X';
        case 0x04AE: case 0x03A5: return 'Y';
        case 0x0396: return 'Z';
        case 0x0430: return 'a';
        case 0x0441: case 0x03F2: return 'c';
        case 0x0435: return 'e';
        case 0x0456: return 'i';
        case 0x0458: return 'j';
        case 0x043E: case 0x03BF: return 'o';
        case 0x0440: case 0x03C1: return 'p';
        case 0x0455: return 's';
        case 0x0445: case 0x03C7: return 'x';
        case 0x0443: return 'y';
        default: return cp;
    }
}

}  // namespace

std::optional<FoundChar> find_control(std::string_view s, bool allow_newline) {
    // Fast path: only bytes below 0x20, 0x7F and the lead byte 0xC2 (of U+0080–U+009F) can start one.
    bool maybe = false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7F || c == 0xC2) { maybe = true; break; }
    if (!maybe) return std::nullopt;
    return find_if_cp(s, [&](char32_t cp) { return is_control(cp, allow_newline); });
}

std::optional<FoundChar> find_invisible(std::string_view s) {
    bool maybe = false;  // every such character is outside ASCII
    for (unsigned char c : s)
        if (c >= 0x80) { maybe = true; break; }
    if (!maybe) return std::nullopt;
    return find_if_cp(s, is_invisible);
}

bool is_not_xml_char(char32_t cp) {
    if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
    if (cp >= 0xD800 && cp <= 0xDFFF) return true;
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
    if ((cp & 0xFFFE) == 0xFFFE) return true;  // U+FFFE, U+FFFF, U+1FFFE … U+10FFFF
    return cp > 0x10FFFF;
}

namespace {

/// Only an ASCII control or a lead byte of U+D000 and above (ED, EF, F0–F4:
/// surrogates, U+FDD0…, U+FFFE…, the planes above) can start such a code point.
/// With `xml_controls_pass`, tab, line feed and carriage return (XML's own) do
/// not count: find_not_xml skips ill-formed bytes, so that a whole file's
/// lines (check_bytes) are not decoded one code point at a time for them;
/// drop_not_xml, which removes ill-formed bytes too, counts them.
bool may_hold_not_xml(std::string_view s, bool xml_controls_pass = false) {
    for (unsigned char c : s)
        if ((c < 0x20 && !(xml_controls_pass && (c == '\t' || c == '\n' || c == '\r'))) || c >= 0xED) return true;
    return false;
}

}  // namespace

std::optional<FoundChar> find_not_xml(std::string_view s) {
    if (!may_hold_not_xml(s, true)) return std::nullopt;
    return find_if_cp(s, is_not_xml_char);
}

std::string drop_not_xml(std::string_view s) {
    bool clean = true;
    if (may_hold_not_xml(s))
        for (CodePointAt c : code_points_of(s))
            if (c.ill_formed() || is_not_xml_char(c.value)) { clean = false; break; }
    if (clean) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (CodePointAt c : code_points_of(s))
        if (!c.ill_formed() && !is_not_xml_char(c.value)) out.append(s.substr(c.offset, c.length));
    return out;
}

std::string quote_for_message(std::string_view s) {
    std::size_t n = 0;
    for (CodePointAt c : code_points_of(s)) {
        if (n++ == message_quote_limit) return "'" + std::string(s.substr(0, c.offset)) + "…'";
    }
    return "'" + std::string(s) + "'";
}

std::string code_point_name(char32_t cp) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp)); }

std::string escape_for_terminal(std::string_view s, bool keep_newline) {
    bool plain = true;
    for (unsigned char c : s)
        if (c < 0x20 || c >= 0x7F) { plain = false; break; }
    if (plain) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (CodePointAt c : code_points_of(s)) {
        const auto cp = static_cast<std::uint32_t>(c.value);
        if (c.ill_formed()) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[c.offset]));
        } else if (c.value == '\n' && !keep_newline) {
            out += "\\n";
        } else if (c.value != '\n' && is_control(c.value, false)) {
            out += cp < 0x80 ? fmt::format("\\x{:02x}", cp) : fmt::format("\\u{:04x}", cp);
        } else if (is_invisible(c.value)) {
            out += fmt::format("\\u{:04x}", cp);
        } else if (is_not_xml_char(c.value)) {  // non-characters: no glyph, no meaning
            out += cp > 0xFFFF ? fmt::format("\\U{:08x}", cp) : fmt::format("\\u{:04x}", cp);
        } else {
            out.append(s.substr(c.offset, c.length));
        }
    }
    return out;
}

std::string lookalike_skeleton(std::string_view id) {
    std::string nfkc(id);
    if (utf8proc_uint8_t* n = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(nfkc.c_str()))) {
        nfkc = reinterpret_cast<const char*>(n);
        std::free(n);
    }
    std::string out;
    out.reserve(nfkc.size());
    for (CodePointAt c : code_points_of(nfkc)) {
        if (c.ill_formed()) {
            out += nfkc[c.offset];
            continue;
        }
        if (is_invisible(c.value)) continue;
        char32_t latin = latin_lookalike(c.value);
        if (latin != c.value) out += static_cast<char>(latin);
        else out.append(nfkc.substr(c.offset, c.length));
    }
    return out;
}

}  // namespace scmplan

// Characters that can attack the reader of a text: controls (which a terminal
// runs: clear the screen, set the window title, forge a line), direction
// overrides and invisible characters (which make two different ids look the
// same, or text read in another order than it is stored). Finding them, showing
// them visibly, and the look-alike form of an id.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scmplan {

/// A character found in a text: its byte offset and code point.
struct FoundChar {
    std::size_t offset = 0;
    char32_t cp = 0;
};

/// The first C0 control other than tab (and line feed when `allow_newline`), DEL,
/// or C1 control (U+0080–U+009F). Invalid UTF-8 is not looked at.
std::optional<FoundChar> find_control(std::string_view s, bool allow_newline);

/// The first bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) or invisible character (U+00AD soft hyphen, U+034F, U+115F,
/// U+1160, U+17B4, U+17B5, U+180E, U+200B–U+200D, U+2060–U+2064, U+3164,
/// U+FEFF, U+FFA0).
std::optional<FoundChar> find_invisible(std::string_view s);

/// A code point that no output of scmplan may hold: one that XML 1.0 forbids
/// in a document (C0 controls other than tab, line feed and carriage return;
/// the surrogates U+D800–U+DFFF; U+FFFE, U+FFFF; anything over U+10FFFF), or
/// a Unicode non-character (U+FDD0–U+FDEF, and U+nFFFE, U+nFFFF in every
/// plane n = 1…16), which is not text and which Word, Excel and SVG readers
/// refuse. The loader refuses them in every value (E002); the XML writers drop
/// them (xml_escape, and the cells given to libxlsxwriter) as a second guard.
bool is_not_xml_char(char32_t cp);

/// The first code point of is_not_xml_char in `s`. Invalid UTF-8 is not
/// looked at.
std::optional<FoundChar> find_not_xml(std::string_view s);

/// `s` without the code points of is_not_xml_char and without invalid bytes:
/// text any XML document may hold. Text without them is returned unchanged.
std::string drop_not_xml(std::string_view s);

/// How many code points of a value a diagnostic quotes (quote_for_message).
inline constexpr std::size_t message_quote_limit = 80;

/// A value of a file as a diagnostic quotes it: between single quotes, cut
/// after message_quote_limit code points with "…". The one place a message
/// quotes file content, so that no message carries a whole file (a 500 kB
/// line, a file that is not a scmplan file). Escaping for the terminal is left
/// to the printer (escape_for_terminal), as for every message.
std::string quote_for_message(std::string_view s);

/// "U+202E", for messages.
std::string code_point_name(char32_t cp);

/// `s` with every character of find_control, find_invisible, is_not_xml_char shown as an
/// escape (`\x1b`, `\u202e`, `\uffff`; line feed as `\n` unless `keep_newline`), and
/// invalid bytes as `\xNN`: safe to print on a terminal. Text without such
/// characters is returned unchanged.
std::string escape_for_terminal(std::string_view s, bool keep_newline = false);

/// The form under which two ids look alike: NFKC, without invisible
/// characters, with common Cyrillic and Greek look-alikes of Latin letters and
/// digits replaced by them (a subset of Unicode's confusables: А→A, О→O, Ο→O…).
/// Two different ids with the same skeleton are a warning.
std::string lookalike_skeleton(std::string_view id);

}  // namespace scmplan

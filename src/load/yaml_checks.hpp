// Checks of a file's text made before yaml-cpp sees it: what YAML would let
// through (invalid UTF-8, control characters, tabs in indentation) and what it
// would spend too long on (flow collections nested too deep). Private to the
// load layer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "line_index.hpp"
#include "scmplan/diag.hpp"

namespace scmplan::load {

/// The hint of E002 for a non-character or a code point XML forbids, raw or
/// written as a YAML escape.
inline constexpr const char* not_xml_hint =
    "remove it: it is not a character of any text, and Word, Excel and SVG files cannot hold it";

/// Errors a file's bytes must not have, before YAML sees them: reports each
/// (E002 invalid UTF-8, a control character or a non-character such as
/// U+FFFE (text_safety's is_not_xml_char), E003 a tab in indentation) and
/// returns false if there was any.
bool check_bytes(std::string_view text, const LineIndex& lines, std::uint32_t file,
                 Diagnostics& diags);

/// The offset of the first `[` or `{` that opens a flow level deeper than
/// `max_depth`. Checked before yaml-cpp sees the text: it would spend seconds
/// and hundreds of MB on a million brackets. One pass, with as much of YAML's
/// lexical rules as decides whether a bracket is one:
/// - a bracket counts inside a flow collection, or where a value starts in
///   block context (after indentation, `- `, `? ` or `: `); inside a plain
///   block scalar (`title: a[b`) it is text;
/// - a quote opens quoted text only where a value starts (`'` in `[-'` or
///   `it's` is text); quoted text that is never closed is taken as text, and
///   that kind of quote is not trusted again, so the pass stays linear;
/// - comments (`#` after a space) and block scalars (`|`, `>`: the more
///   indented lines after them) are skipped.
std::optional<std::size_t> too_deep_flow(std::string_view text, int max_depth);

}  // namespace scmplan::load

// Where a worksheet part can be cut between its rows, so that a sheet of
// 50,000 rows is parsed a slice of rows at a time (pugixml, ooxml.hpp) and
// its memory is that of a slice, not of a tree of the whole sheet. Private to
// the load layer: xlsx_read.cpp reads the slices, and parses the part whole
// whenever this says it cannot be cut, or a slice does not parse.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace scmplan::load {

/// The content of a sheet's `sheetData` (the first element of that local name
/// under the root element), as byte offsets of the part: it starts at
/// `content_begin` (just past its start tag) and ends at `content_end` (at
/// its end tag); `cuts` are offsets just past the end of one of its child
/// elements, in order, about `slice_bytes` apart.
struct SheetCuts {
    std::size_t sheet_data = 0;  ///< offset of the name in sheetData's start tag (after '<')
    std::size_t content_begin = 0, content_end = 0;
    std::vector<std::size_t> cuts;
};

/// The cuts of the part `xml`, or nullopt when it is not cut: a comment, a
/// CDATA section, a DOCTYPE or a processing instruction other than the XML
/// declaration anywhere before the end of `sheetData` (its text is then read
/// by the XML parser alone), no `sheetData` under the root, an empty one
/// (`<sheetData/>`), or markup left open at the end. The cutter only finds
/// tag boundaries (quoted attribute values skipped); whether the text is
/// well-formed is the parser's to say, on the slices and on the part without
/// its rows.
std::optional<SheetCuts> cut_sheet(std::string_view xml, std::size_t slice_bytes);

}  // namespace scmplan::load

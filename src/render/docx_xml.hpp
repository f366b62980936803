// WordprocessingML building blocks: paragraphs, runs, tables with column
// widths, pictures, and the fixed parts of a .docx package (styles, settings,
// numbering, footer, properties, content types, relationships). Pure functions
// to XML text; every text passes through xml_escape.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/labels.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/zip.hpp"
#include "memo.hpp"

namespace scmplan::docx {

/// Page geometry of A4 portrait with the margins of Thai official documents
/// (3 cm left, 2.5 cm top, 2 cm right and bottom), in twentieths of a point.
inline constexpr int page_width = 11906;
inline constexpr int page_height = 16838;
inline constexpr int margin_left = 1701;
inline constexpr int margin_right = 1134;
inline constexpr int margin_top = 1418;
inline constexpr int margin_bottom = 1134;
inline constexpr int text_width = page_width - margin_left - margin_right;  // 9071: 16 cm

/// Met or not in words ("บรรลุ", "ยังไม่บรรลุ", "–" when unknown): no emoji in a
/// document.
std::string met_word(std::optional<bool> met, Lang lang);
/// A paragraph "label: value" with the label (render.hpp's label(key)) in bold.
std::string field(LabelKey key, const std::string& value, Lang lang);

/// A run of text; line breaks (LF, CR LF or CR) become <w:br/>, tabs <w:tab/>.
std::string run(std::string_view text, bool bold = false);
/// A paragraph of style `style` ("" for Normal) holding `runs` (XML).
std::string para(std::string_view style, const std::string& runs, std::string_view align = "");
/// A paragraph kept on the page of the one that follows it (a line that
/// introduces a table).
std::string para_kept_with_next(std::string_view style, std::string_view text);
/// A paragraph of plain text.
std::string text_para(std::string_view style, std::string_view text);
/// A paragraph that starts a new page.
std::string page_break();

/// A column of a table: its header and how its width is found.
struct Column {
    std::string header;
    bool wrap = true;     ///< text that may wrap (titles, names); else each line kept whole, unless
                          ///< the nowrap columns together are too wide for the page
    bool right = false;   ///< numbers: right-aligned
};

/// A table of style "ReportTable": a header row repeated on every page, rows
/// never split across pages, fixed column widths from column_widths().
/// `width`: the text width of the page it is on (text_width, or
/// landscape_text_width in a landscape section).
std::string table(const std::vector<Column>& cols, const std::vector<std::vector<std::string>>& rows,
                  int width = text_width);

/// Column widths (twips) summing to text_width: every column gets at least the
/// width of its widest line (nowrap columns, the header included) or of its
/// widest word (wrap columns; a Thai word counted at most 6 letters wide);
/// wrap columns share the rest in proportion to the width they lack for their
/// longest line. Text widths are estimated per character class at the table's
/// font size (docs/docx.md).
/// `page`: the width to fill (text_width, or landscape_text_width for a table on a landscape page).
std::vector<int> column_widths(const std::vector<Column>& cols, const std::vector<std::vector<std::string>>& rows,
                               int page = text_width);

/// The text width of a landscape page (same margins): for wide pictures.
inline constexpr int landscape_text_width = page_height - margin_left - margin_right;  // 14003: 24.7 cm

/// The text height of a landscape page (same margins): 9354 twips, 16.5 cm.
inline constexpr int landscape_text_height = page_width - margin_top - margin_bottom;
/// What a landscape page leaves for a picture under its heading and above its
/// caption (about 3 cm less): 7654 twips, 13.5 cm.
inline constexpr int landscape_picture_height = landscape_text_height - 1700;

/// A picture's size on the page before fitting (points) and its alternative text.
struct Image {
    double width_pt = 0;
    double height_pt = 0;
    std::string description;
};

/// The Image of a picture: the size its SVG declares (the width and height of
/// its root element, in CSS pixels of 1/96 inch, which a rasteriser draws it
/// at), and its caption as the alternative text. A size it does not declare
/// is 0 (the picture cannot be rasterised either: pack says so).
Image image_of(const Picture& p);

/// The part of the `n`th picture of a package (from 1): "word/media/imageN.png".
std::string media_part(std::size_t n);

/// An inline picture: image relationship `rid`, document-unique `id`, scaled
/// down to fit `width` (twips) if wider and `height` (twips; 0: any) if taller.
std::string picture(const Image& img, std::string_view rid, int id, int width = text_width, int height = 0);

/// A paragraph that ends a section: what comes before it is on portrait (or
/// landscape) A4 pages; the next section starts on a new page.
std::string section_end(bool landscape);

/// Every part but the pictures' PNGs: the document, the package's fixed parts,
/// the relationships of `images` pictures (media_part(N), relationship
/// rIdImgN; their PNGs follow these parts, in that order), and the properties
/// with `title` and the date `modified` (ISO, "2023-06-30") as creation and
/// modification time.
std::vector<ZipEntry> package(std::string document_xml, std::size_t images, const std::string& title,
                              const std::string& modified, Lang lang);

/// word/styles.xml (exposed for its golden test).
std::string styles_xml(Lang lang);

/// The signature block: ผู้จัดทำ and ผู้ตรวจสอบ ("Prepared by", "Reviewed by"),
/// each with a signature, name, position and date line.
std::string signatures(Lang lang);

/// The memo page (บันทึกข้อความ, docs/docx.md#the-memo) as a section of its own:
/// header lines, body, the closing of `s.for_decision`, the signer and the
/// director's box; what `s` leaves empty is a dotted line.
std::string memo_page(const MemoText& t, const MemoSettings& s, Lang lang);

/// The <w:document> around a body; the section properties (A4 portrait,
/// margins, footer with the page number) close it.
std::string document(const std::string& body);

/// `body` with page numbering restarted at 1 in its first section (the first
/// section after a memo): in its first <w:sectPr>, or, when it has none, in
/// the document's last one, which document() then adds.
std::string document_after_memo(const std::string& memo, std::string body);

}  // namespace scmplan::docx

// Label-made parts of the Word documents: met or not, "label: value", signatures.
#include <fmt/format.h>

#include <map>

#include "docx_xml.hpp"

namespace scmplan::docx {

std::string met_word(std::optional<bool> met, Lang lang) {
    if (!met) return "–";
    return *met ? label("docx.yes", lang) : label("docx.no", lang);
}

std::string field(LabelKey key, const std::string& value, Lang lang) {
    return para("", run(label(key, lang) + ": ", true) + run(value));
}

std::string signatures(Lang lang) {
    // Side by side in a table without borders, kept on one page: "(ลงชื่อ) …
    // ผู้จัดทำ", the name in parentheses, the position and the date below.
    constexpr int half = text_width / 2;
    // English labels are wider: fewer dots keep "(Signed) … Prepared by" on one line.
    const std::string dots(lang == Lang::en ? 14 : 20, '.');
    std::string out = fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                       "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                       "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                       "</w:tblPr><w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid>"
                       "<w:tr><w:trPr><w:cantSplit/></w:trPr>",
                       2 * half, half, half);
    for (LabelKey who : {LabelKey("docx.prepared"), LabelKey("docx.reviewed")}) {
        out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>", half);
        for (const std::string& line : {fmt::format("{} {} {}", label("docx.sign", lang), dots, label(who, lang)),
                                        fmt::format("({})", dots), fmt::format("{} {}", label("docx.position", lang), dots),
                                        fmt::format("{} {}", label("docx.date", lang), dots)})
            out += para("Signature", run(line));
        out += "</w:tc>";
    }
    // The paragraph a document must have after a final table, one twip high so
    // that it never starts a page of its own.
    return out + "</w:tr></w:tbl>\n<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" "
                 "w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>\n";
}

}  // namespace scmplan::docx

// The labels of the Word documents that the other formats do not use.
#include <fmt/format.h>

#include <map>

#include "docx_xml.hpp"

namespace scmplan::docx {

const std::string& word(std::string_view key, const std::string& lang) {
    static const std::map<std::string, std::pair<std::string, std::string>, std::less<>> table{
        {"summary", {"บทสรุปสำหรับผู้บริหาร", "Executive summary"}},
        {"charts", {"แผนภาพ", "Charts"}},
        {"timeline", {"แผนภาพที่ {}: ระยะเวลาและความคืบหน้าของกิจกรรม ณ วันที่ {}", "Figure {}: activities, periods and progress as of {}"}},
        {"heat_map", {"แผนภาพที่ {}: แผนภูมิความเสี่ยง (โอกาส × ผลกระทบ) ณ วันที่ {}", "Figure {}: risk heat map (likelihood × impact) as of {}"}},
        {"appendix", {"ภาคผนวก: ที่มาของระดับความเสี่ยง", "Appendix: how each risk level was set"}},
        {"appendix.lead", {"ระดับโอกาสและผลกระทบของแต่ละความเสี่ยง ณ วันที่ {} กำหนดตามเกณฑ์ของแผน ดังนี้",
                           "The likelihood and impact of each risk as of {} follow the plan's scales:"}},
        {"prepared", {"ผู้จัดทำ", "Prepared by"}},
        {"reviewed", {"ผู้ตรวจสอบ", "Reviewed by"}},
        {"sign", {"(ลงชื่อ)", "(Signed)"}},
        {"position", {"ตำแหน่ง", "Position"}},
        {"date", {"วันที่", "Date"}},
        {"yes", {"บรรลุ", "met"}},
        {"no", {"ยังไม่บรรลุ", "not met"}},
        {"over.yes", {"ถึงเกณฑ์", "yes"}},
        {"over.no", {"ไม่ถึงเกณฑ์", "no"}},
        {"risk.col", {"ความเสี่ยง", "Risk"}},
        {"gap.col", {"ช่องว่าง", "GAP item"}},
        {"closed.col", {"ปิดเมื่อ", "Closed"}},
        {"id", {"รหัส", "ID"}},
    };
    auto it = table.find(key);
    if (it == table.end()) return label(key, lang);
    return lang == "en" ? it->second.second : it->second.first;
}


std::string met_word(std::optional<bool> met, const std::string& lang) {
    if (!met) return "–";
    return word(*met ? "yes" : "no", lang);
}

std::string field(std::string_view key, const std::string& value, const std::string& lang) {
    return para("", run(label(key, lang) + ": ", true) + run(value));
}

std::string signatures(const std::string& lang) {
    // Side by side in a table without borders, kept on one page: "(ลงชื่อ) …
    // ผู้จัดทำ", the name in parentheses, the position and the date below.
    constexpr int half = text_width / 2;
    // English labels are wider: fewer dots keep "(Signed) … Prepared by" on one line.
    const std::string dots(lang == "en" ? 14 : 20, '.');
    std::string out = fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                       "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                       "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                       "</w:tblPr><w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid>"
                       "<w:tr><w:trPr><w:cantSplit/></w:trPr>",
                       2 * half, half, half);
    for (const char* who : {"prepared", "reviewed"}) {
        out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>", half);
        for (const std::string& line : {fmt::format("{} {} {}", word("sign", lang), dots, word(who, lang)),
                                        fmt::format("({})", dots), fmt::format("{} {}", word("position", lang), dots),
                                        fmt::format("{} {}", word("date", lang), dots)})
            out += para("Signature", run(line));
        out += "</w:tc>";
    }
    // The paragraph a document must have after a final table, one twip high so
    // that it never starts a page of its own.
    return out + "</w:tr></w:tbl>\n<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" "
                 "w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>\n";
}

}  // namespace scmplan::docx

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
    std::string out = text_para("", "");
    for (const char* who : {"prepared", "reviewed"}) {
        out += text_para("", "");
        out += text_para("Signature", fmt::format("{} ........................................ {}", word("sign", lang),
                                                  word(who, lang)));
        out += text_para("Signature", "(........................................)");
        out += text_para("Signature", fmt::format("{} ........................................", word("position", lang)));
        out += text_para("Signature", fmt::format("{} ........................................", word("date", lang)));
    }
    return out;
}

}  // namespace scmplan::docx

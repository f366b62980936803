#include "scmplan/format_spec.hpp"

#include <array>

#include "format_spec_parts.hpp"

namespace scmplan::format {

const Field* MapSpec::find(std::string_view key) const {
    for (const Field& f : fields)
        if (f.key == key) return &f;
    return nullptr;
}

namespace {

constexpr std::array<std::string_view, 5> names = {"plan", "activity", "risk", "workspace", "rules"};

const std::array<KindSpec, 5>& kind_table() {
    static const std::array<KindSpec, 5> table = {{
        {names[0], &spec::plan()},
        {names[1], &spec::activity()},
        {names[2], &spec::risk()},
        {names[3], &spec::workspace()},
        {names[4], &spec::rules()},
    }};
    return table;
}

}  // namespace

std::span<const KindSpec> kinds() { return kind_table(); }

std::span<const std::string_view> kind_names() { return names; }

const KindSpec* find_kind(std::string_view kind) {
    for (const KindSpec& k : kinds())
        if (k.kind == kind) return &k;
    return nullptr;
}

namespace choices {

std::span<const Choice<CompareOp>> op() {
    static constexpr Choice<CompareOp> c[] = {{"<", CompareOp::lt},  {"<=", CompareOp::le}, {"=", CompareOp::eq},
                                              {"==", CompareOp::eq}, {">=", CompareOp::ge}, {">", CompareOp::gt}};
    return c;
}

}  // namespace choices

std::string allowed_text(const Field& f, std::string_view last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < f.allowed.size(); ++i) {
        if (i > 0) out += i + 1 == f.allowed.size() ? last_joiner : std::string_view(", ");
        out += f.allowed[i];
    }
    return out;
}

const ValueDef& date_def() {
    static const ValueDef d{
        .name = "date",
        .title = "Date (วันที่)",
        .doc = "An ISO date in the Common Era, 2023-01-31, or a Thai date in the Buddhist Era: 31 ม.ค. 2566, "
               "31 ม.ค. 66, 31 มกราคม 2566, 31 มค 66, ๓๑ ม.ค. ๒๕๖๖, or day/month/year: 31/12/2566 (BE), "
               "31/12/2023 (CE), 1/6/66. วันที่: แบบ ISO ปี ค.ศ. (2023-01-31) "
               "หรือแบบไทย ปี พ.ศ. (31 ม.ค. 2566) หรือ วัน/เดือน/ปี (31/12/2566)",
        .forms = {{"ISO date, CE (ค.ศ.)",
                   R"(^(?:[01][0-9]{3}|2[0-3][0-9]{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$)"},
                  {"Thai date, BE (พ.ศ.)",
                   R"(^[ \t]*[0-9๐-๙]{1,2}[ \t]*(?:ม\.ค\.|มค|มกราคม|ก\.พ\.|กพ|กุมภาพันธ์|มี\.ค\.|มีค|มีนาคม|)"
                   R"(เม\.ย\.|เมย|เมษายน|พ\.ค\.|พค|พฤษภาคม|มิ\.ย\.|มิย|มิถุนายน|ก\.ค\.|กค|กรกฎาคม|ส\.ค\.|สค|)"
                   R"(สิงหาคม|ก\.ย\.|กย|กันยายน|ต\.ค\.|ตค|ตุลาคม|พ\.ย\.|พย|พฤศจิกายน|ธ\.ค\.|ธค|ธันวาคม)[ \t]+)"
                   R"((?:[0-9๐-๙]{2}|[0-9๐-๙]{4})[ \t]*$)"},
                  // The era of a two-digit year and the range are the loader's (date_text.hpp).
                  {"day/month/year, BE or CE (วัน/เดือน/ปี)",
                   R"(^[ \t]*[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/(?:[0-9๐-๙]{2}|[0-9๐-๙]{4})[ \t]*$)"}},
    };
    return d;
}

const ValueDef& op_def() {
    static const ValueDef d{
        .name = "op",
        .title = "Comparison (ตัวเปรียบเทียบ)",
        .doc = "One of < <= = >= > (== is read as =). Quote it in YAML: op: \">=\". ตัวเปรียบเทียบ: "
               "ใส่เครื่องหมายคำพูด เช่น op: \">=\"",
        .values = texts(choices::op()),
    };
    return d;
}

namespace spec {

Field version_field() {
    return {.key = "scmplan",
            .type = Type::version,
            .need = Need::yes,
            .title = "Format version (รุ่นของรูปแบบไฟล์)",
            .doc = "Always the plain number 1. รุ่นของรูปแบบไฟล์: ใส่ 1 เสมอ"};
}

Field kind_field() {
    return {.key = "kind", .type = Type::kind, .need = Need::yes, .title = "File kind (ชนิดของไฟล์)"};
}

const MapSpec& header() {
    static const MapSpec s{.what = "file", .fields = {version_field(), kind_field()}};
    return s;
}

}  // namespace spec

}  // namespace scmplan::format

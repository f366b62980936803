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

std::optional<std::size_t> allowed_index(const Field& f, std::string_view text) {
    for (std::size_t i = 0; i < f.allowed.size(); ++i)
        if (f.allowed[i] == text) return i;
    return std::nullopt;
}

std::string allowed_text(const Field& f, std::string_view last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < f.allowed.size(); ++i) {
        if (i > 0) out += i + 1 == f.allowed.size() ? last_joiner : std::string_view(", ");
        out += f.allowed[i];
    }
    return out;
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

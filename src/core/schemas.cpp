#include "scmplan/schemas.hpp"

#include <array>

namespace scmplan {

// Generated from schemas/*.schema.json by cmake/embed.cmake (CMakeLists.txt).
std::string_view embedded_schema_plan();
std::string_view embedded_schema_activity();
std::string_view embedded_schema_risk();
std::string_view embedded_schema_workspace();
std::string_view embedded_schema_rules();

namespace {

constexpr std::array<std::string_view, 5> kinds = {"plan", "activity", "risk", "workspace", "rules"};

}  // namespace

std::span<const std::string_view> schema_kinds() { return kinds; }

std::optional<std::string_view> schema_json(std::string_view kind) {
    if (kind == "plan") return embedded_schema_plan();
    if (kind == "activity") return embedded_schema_activity();
    if (kind == "risk") return embedded_schema_risk();
    if (kind == "workspace") return embedded_schema_workspace();
    if (kind == "rules") return embedded_schema_rules();
    return std::nullopt;
}

}  // namespace scmplan

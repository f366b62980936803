// scmplan schema KIND: the JSON Schema of a file kind, for editors.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "common.hpp"
#include "commands.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/schemas.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

/// "plan, activity, risk, workspace or rules".
std::string kinds_text() {
    auto kinds = schema_kinds();
    return fmt::format("{} or {}", fmt::join(kinds.first(kinds.size() - 1), ", "), kinds.back());
}

Output run_schema(const Invocation& inv) {
    Output out;
    std::vector<std::string> kinds(schema_kinds().begin(), schema_kinds().end());
    std::string all = fmt::format("KIND is one of {}", fmt::join(kinds, ", "));
    auto kind = inv.value("kind");
    if (!kind) return usage(out, "schema: which KIND?", all);
    auto json = schema_json(*kind);
    if (!json) {
        std::string near = closest_match(*kind, kinds);
        return usage(out, fmt::format("schema: unknown kind '{}'", *kind),
                     near.empty() ? all : fmt::format("did you mean '{}'?", near));
    }
    out.out = std::string(*json);
    return out;
}

}  // namespace

CommandSpec schema_command() {
    CommandSpec spec{"schema",
                     "print the JSON Schema of a file kind, for editors (docs/editors.md)",
                     {// A name without dashes: main.cpp makes it a positional argument.
                      {"kind", "", "KIND", kinds_text(), {}, Complete::schema_kinds},
                      opt_output()},
                     run_schema,
                     false,
                     {{"scmplan schema plan -o plan.schema.json", "the JSON Schema of plan files, for an editor"},
                      {"scmplan schema activity", "that of activity files, on standard output"}}};
    return spec;
}

}  // namespace scmplan::cli

// scmplan rules: the rules in force (built-in, or of the workspace given) as a
// commented rules file to start from.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_rules.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

Output run_rules(const Invocation& inv) {
    Output out;
    std::optional<std::vector<LoadResult>> loaded;
    if (inv.paths_given) {
        loaded = load_checked(inv, out, std::nullopt);
        if (!loaded) return out;
        if (loaded->size() > 1)
            return usage(out, fmt::format("the paths hold {} workspaces, each with its rules", loaded->size()),
                         "give one workspace");
    } else {
        loaded.emplace();
        loaded->push_back(load_sources({}));
    }
    const Rules& rules = loaded->front().model.rules;
    std::string code = inv.value("--enabler").value_or("");
    if (!code.empty() && !rules.enabler(code)) {
        std::vector<std::string> codes;
        for (const Enabler& e : rules.enablers) codes.push_back(e.code.value);
        std::string near = closest_match(code, codes);
        return usage(out, fmt::format("--enabler: no enabler '{}' in the rules", code),
                     near.empty() ? fmt::format("enablers: {}", fmt::join(codes, ", "))
                                  : fmt::format("did you mean '{}'?", near));
    }
    out.out = render_rules_yaml(rules, code);
    return out;
}

}  // namespace

CommandSpec rules_command() {
    return {"rules",
            "print the rules in force (the built-in ones, or the workspace's) as a commented rules file",
            {{"--enabler", "", "CODE", "only this enabler, as a file that replaces it over the built-in rules", {},
              Complete::enablers},
             opt_output(),
             opt_quiet()},
            run_rules,
            true,
            {{"scmplan rules -o rules.yaml", "the built-in SE-AM rules as a file to start from"},
             {"scmplan rules --enabler SCM", "one enabler, as a file that replaces it over the built-in rules"}}};
}

}  // namespace scmplan::cli

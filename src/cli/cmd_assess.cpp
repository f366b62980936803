// scmplan assess RISK [PATH…] --likelihood L --impact I --on DATE: an
// assessment appended to the risk's file, in place.
#include <fmt/format.h>

#include "common.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

/// A risk of the plans (of `--plan`), found in its own file.
EditTarget risk_target(const std::string& id) {
    EditTarget t;
    t.noun = "risk";
    t.id = id;
    t.find = [id](const Model& m, const std::string& plan) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const Risk& r : m.risks)
            if ((plan.empty() || r.plan.value == plan) && r.id.value == id)
                out.emplace_back(r.plan.value, m.files.at(r.loc.file));
        return out;
    };
    t.ids = [](const Model& m, const std::string& plan) {
        std::vector<std::string> out;
        for (const Risk& r : m.risks)
            if (plan.empty() || r.plan.value == plan) out.push_back(r.id.value);
        return out;
    };
    return t;
}

/// A level 1 to 5, as written (`3`); nullopt otherwise.
std::optional<int> level(const std::string& s) {
    if (s.size() != 1 || s[0] < '1' || s[0] > '5') return std::nullopt;
    return s[0] - '0';
}

Output run_assess(const Invocation& inv) {
    Output out;
    auto risk = inv.value("risk");
    if (!risk) return usage(out, "assess needs a risk", "scmplan assess R1 --likelihood 3 --impact 4 --on 2023-06-30");
    AssessEdit edit;
    for (const char* option : {"--likelihood", "--impact"}) {
        auto v = inv.value(option);
        if (!v) return usage(out, fmt::format("assess needs {} (a level from 1 to 5)", option));
        auto l = level(*v);
        if (!l) return usage(out, fmt::format("{} must be a level from 1 to 5, not '{}'", option, *v));
        (std::string_view(option) == "--likelihood" ? edit.likelihood : edit.impact) = *l;
    }
    auto on = inv.value("--on");
    if (!on) return usage(out, "assess needs the day of the assessment: --on DATE", "--on 2023-06-30");
    DateParse p = parse_date(*on);
    if (!p.date) return usage(out, fmt::format("--on: {}", p.error), p.hint);
    edit.on = *p.date;
    edit.note = inv.value("--note");
    edit.force = inv.flag("--force");
    return record_in_file(inv, out, inv.paths, risk_target(*risk),
                          [&](std::string_view text) { return record_assessment(text, edit); });
}

}  // namespace

CommandSpec assess_command() {
    return edit_command(
        "assess", "record a risk's levels as judged on a day (an assessment) in the risk file, in place",
        {"risk", "", "RISK", "the risk's id, e.g. R1", {}, Complete::risk_ids},
        {{"--likelihood", "", "L", "the likelihood level, 1 to 5", {"1", "2", "3", "4", "5"}},
         {"--impact", "", "I", "the impact level, 1 to 5", {"1", "2", "3", "4", "5"}},
         {"--on", "", "DATE", "the day of the judgement (ISO, Thai or day/month/year date)", {}},
         {"--note", "", "TEXT", "why the levels are what they are", {}},
         {"--force", "", "", "replace the levels of an assessment of the same day", {}}},
        run_assess,
        {{"scmplan assess R1 --likelihood 3 --impact 4 --on 2023-06-30 --dry-run",
          "show the edit that records R1 as 3 × 4 on 30 Jun 2023"},
         {"scmplan assess R1 --likelihood 2 --impact 2 --on 30/9/2566 --note \"plan approved\"",
          "record an assessment with its reason"}});
}

}  // namespace scmplan::cli

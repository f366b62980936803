// scmplan progress ACTIVITY [PATH…] --quarter N: record a quarterly report, in place.
#include <fmt/format.h>

#include <charconv>

#include "common.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

/// A number as YAML and scmplan read one: `40`, `-2.5`, `1e3` (no quotes, no `+`, no hex).
bool is_number(const std::string& s) {
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size() && s.find_first_of("xXnN") == std::string::npos;
}

int run_progress(const Invocation& inv, Output& out) {
    if (inv.paths.empty() || inv.paths == std::vector<std::string>{"plans"})
        return usage(out, "progress needs an activity", "scmplan progress A07 --quarter 2 --note …");
    ProgressEdit edit;
    std::string q = inv.value("--quarter").value_or("");
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') return usage(out, "--quarter must be 1, 2, 3 or 4");
    edit.quarter = q[0] - '0';
    edit.actual = inv.value("--actual");
    if (edit.actual && !is_number(*edit.actual))
        return usage(out, fmt::format("--actual must be a number, not '{}'", *edit.actual));
    edit.note = inv.value("--note");
    edit.problems = inv.value("--problems");
    edit.suggestions = inv.value("--suggestions");
    if (auto it = inv.lists.find("--evidence"); it != inv.lists.end()) edit.evidence = it->second;
    if (!edit.actual && !edit.note && !edit.problems && !edit.suggestions && edit.evidence.empty())
        return usage(out, "nothing to record", "give --actual, --note, --problems, --suggestions or --evidence");
    std::vector<std::string> paths(inv.paths.begin() + 1, inv.paths.end());
    if (paths.empty()) paths.push_back("plans");
    return record_in_activity(inv, out, paths, inv.paths[0],
                              [&](std::string_view text) { return record_progress(text, edit); });
}

}  // namespace

CommandSpec progress_command() {
    CommandSpec spec{"progress",
                     "record a quarterly report (figure, notes, evidence) in the activity file, in place",
                     {{"--quarter", "", "N", "the quarter reported on: 1 to 4", {"1", "2", "3", "4"}},
                      {"--actual", "", "V", "the target's measured value at the quarter's end", {}},
                      {"--note", "", "TEXT", "progress (ผลการดำเนินงาน)", {}},
                      {"--problems", "", "TEXT", "problems (ปัญหา/อุปสรรค)", {}},
                      {"--suggestions", "", "TEXT", "suggestions (ข้อเสนอแนะ)", {}},
                      opt_evidence(),
                      opt_plan(),
                      opt_dry_run(),
                      opt_quiet()},
                     run_progress};
    spec.paths_help = "ACTIVITY, then workspace folders or files (default: plans)";
    return spec;
}

}  // namespace scmplan::cli

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

Output run_progress(const Invocation& inv) {
    Output out;
    auto activity = inv.value("activity");
    if (!activity)
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
    edit.evidence = inv.list("--evidence");
    if (!edit.actual && !edit.note && !edit.problems && !edit.suggestions && edit.evidence.empty())
        return usage(out, "nothing to record", "give --actual, --note, --problems, --suggestions or --evidence");
    return record_in_activity(inv, out, inv.paths, *activity,
                              [&](std::string_view text) { return record_progress(text, edit); });
}

}  // namespace

CommandSpec progress_command() {
    return record_command(
        "progress", "record a quarterly report (figure, notes, evidence) in the activity file, in place",
        {{"--quarter", "", "N", "the quarter reported on: 1 to 4", {"1", "2", "3", "4"}},
         {"--actual", "", "V", "the target's measured value at the quarter's end", {}},
         {"--note", "", "TEXT", "progress made", {}},
         {"--problems", "", "TEXT", "problems and obstacles", {}},
         {"--suggestions", "", "TEXT", "suggestions", {}}},
        run_progress,
        {{"scmplan progress A07 --quarter 2 --note \"survey designed\" --dry-run", "show the edit that records a note on the second quarter"},
         {"scmplan progress A07 --quarter 2 --evidence evidence/a07-survey.pdf", "add a file to the second quarter's evidence"}});
}

}  // namespace scmplan::cli

// scmplan check: load and validate everything; print every diagnostic.
#include <fmt/format.h>

#include <charconv>

#include "common.hpp"
#include "scmplan/check.hpp"
#include "scmplan/git_history.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

Output run_check(const Invocation& inv) {
    Output out;
    std::optional<ReportDate> when;  // --as-of: the dated checks
    if (!read_report_date(inv, out, when)) return out;
    Checked r = load_and_check(inv, when);
    if (inv.flag("--git")) {
        for (const LoadResult& ws : r.workspaces) {
            std::string error;
            auto history = read_done_history(ws.model, error);
            if (!history) return usage(out, "--git: " + error, "run check --git inside a git repository, or leave --git out");
            Diagnostics backdated(ws.model.files);
            check_git_history(ws.model, *history, backdated);
            r.diags.append(backdated);
        }
        r.diags.sort();
    }

    const Format format = inv.format;
    std::size_t max_shown = 100;
    if (auto text = inv.value("--max-diagnostics")) {
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), max_shown);
        if (ec != std::errc() || end != text->data() + text->size()) {
            out.err += fmt::format("scmplan: error: --max-diagnostics must be a whole number, not '{}'\n", *text);
            return out.ending(exit_usage);
        }
    }
    if (format == Format::json) out.out += format_diagnostics_json(r.diags);
    else if (format == Format::github) out.out += format_diagnostics_github(r.diags);
    else
        out.err += format_diagnostics_text(r.diags, max_shown, "raise --max-diagnostics to see them",
                                           use_color(inv, inv.env.stderr_is_tty), source_lines(inv));

    bool strict = inv.flag("--strict");
    if (!inv.flag("--quiet") && format == Format::text)
        out.err += fmt::format("scmplan: checked {} file(s){}: {} error(s), {} warning(s){}\n", r.files,
                               workspace_note(r.found), r.diags.error_count(), r.diags.warning_count(),
                               strict && r.diags.warning_count() ? " (--strict: warnings fail)" : "");
    if (r.io_error) return out.ending(exit_io);
    if (r.diags.has_errors() || (strict && r.diags.warning_count())) return out.ending(exit_data_error);
    return out;
}

}  // namespace

CommandSpec check_command() {
    return {"check",
            "load and validate the workspace; print every problem at file:line:column",
            {{"--strict", "", "", "warnings fail too (exit 1)", {}},
             format_option("check", ", to stderr", {{Format::github, "to stdout"}}),
             {"--git", "", "", "also warn about done dates long before the commit that recorded them", {}},
             {"--max-diagnostics", "", "N", "print at most N diagnostics in text (default 100)", {}},
             opt_as_of(),
             opt_color(),
             opt_quiet()},
            run_check,
            true,
            {{"scmplan check", "check every file of ./plans; exit 1 on an error"},
             {"scmplan check --as-of 2023-06-30 plans", "also the dated checks: steps marked done after 30 Jun 2023"},
             {"scmplan check --format github", "the diagnostics as GitHub Actions annotations, on standard output"}}};
}

}  // namespace scmplan::cli

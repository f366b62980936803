// scmplan check: load and validate everything; print every diagnostic.
#include <fmt/format.h>

#include <charconv>

#include "common.hpp"
#include "scmplan/check.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

int run_check(const Invocation& inv, Output& out) {
    std::optional<Date> as_of = parse_as_of(inv, out);
    if (out.exit_code) return out.exit_code;
    LoadResult r = load_paths(inv.paths);
    CheckOptions options;
    options.as_of = as_of;
    if (!r.model.files.empty() || !r.io_error) check_model(r.model, r.diags, options);
    if (inv.flag("--git")) {
        std::string error;
        auto history = read_done_history(r.model, error);
        if (!history) return usage(out, "--git: " + error, "run check --git inside a git repository, or leave --git out");
        check_backdated(r.model, *history, r.diags);
    }
    r.diags.sort();

    std::string format = inv.value("--format").value_or("text");
    std::size_t max_shown = 100;
    if (auto text = inv.value("--max-diagnostics")) {
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), max_shown);
        if (ec != std::errc() || end != text->data() + text->size()) {
            out.err += fmt::format("scmplan: error: --max-diagnostics must be a whole number, not '{}'\n", *text);
            return exit_usage;
        }
    }
    if (format == "json") out.out += format_diagnostics_json(r.diags);
    else if (format == "github") out.out += format_diagnostics_github(r.diags);
    else out.err += format_diagnostics_text(r.diags, max_shown, "raise --max-diagnostics to see them");

    bool strict = inv.flag("--strict");
    if (!inv.flag("--quiet") && format == "text")
        out.err += fmt::format("scmplan: checked {} file(s): {} error(s), {} warning(s){}\n", r.model.files.size(),
                               r.diags.error_count(), r.diags.warning_count(),
                               strict && r.diags.warning_count() ? " (--strict: warnings fail)" : "");
    if (r.io_error) return exit_io;
    if (r.diags.has_errors() || (strict && r.diags.warning_count())) return exit_data_error;
    return exit_ok;
}

}  // namespace

CommandSpec check_command() {
    return {"check",
            "load and validate the workspace; print every problem at file:line:column",
            {{"--strict", "", "", "warnings fail too (exit 1)", {}},
             {"--format", "", "FORMAT", "text (default, to stderr), json or github (to stdout)", {"text", "json", "github"}},
             {"--git", "", "", "also warn about done dates long before the commit that recorded them", {}},
             {"--max-diagnostics", "", "N", "print at most N diagnostics in text (default 100)", {}},
             opt_as_of(),
             opt_quiet()},
            run_check};
}

}  // namespace scmplan::cli

// What several commands share: loading with diagnostics, printing diagnostics,
// writing output files atomically.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "command.hpp"
#include "workspaces.hpp"
#include "scmplan/diag.hpp"
#include "scmplan/discovery.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render.hpp"

namespace scmplan::cli {

/// Common options, declared once.
OptionSpec opt_lang();
OptionSpec opt_as_of();
OptionSpec opt_quiet();
OptionSpec opt_output();
OptionSpec opt_plan();
OptionSpec opt_excel();
OptionSpec opt_color();
/// report's --charts KIND (choices.hpp: charts_choices).
OptionSpec opt_charts();

/// Decides the typed values of the command line once, before the command runs:
/// inv.color, inv.charts and inv.format (resolve_output_format). Returns a usage
/// error ("" when none) and sets `hint` with it.
std::string read_choices(const CommandSpec& spec, Invocation& inv, std::string& hint);

/// --lang as a Lang: the one place its value is read (its choices are checked
/// by the parser, so any other value is a usage error before a command runs).
Lang read_lang(const Invocation& inv);

/// Whether to colour a stream that is (or is not) a terminal, under inv.color
/// (--color; auto when absent): always and never say so; auto colours a terminal unless
/// NO_COLOR is set, or TERM is dumb; CLICOLOR_FORCE colours even a pipe, and
/// NO_COLOR wins over it (docs/cli.md, Colours).
bool use_color(const Invocation& inv, bool is_tty);

/// How the command line asks output to be rendered, built once for every
/// command that renders: --lang, --excel (with --format csv only; with any
/// other format a usage error, exit 2, and nullopt with `out` filled), TSV for
/// --format tsv, and for standard output its colours (use_color) and, on a
/// terminal, its width (status's lines).
std::optional<RenderOptions> render_options(const Invocation& inv, Output& out);

/// Where the source lines under text diagnostics come from, and how wide they
/// may be. `text` gives a file's text by the path its diagnostics name; without
/// it, or when it gives nullopt, no source line is shown.
struct SourceLines {
    std::function<std::optional<std::string>(const std::string& path)> text;
    std::size_t width = 100;
};

/// The files the command loaded, read again through its reader when a diagnostic
/// is printed (within the loader's size limit, a byte order mark dropped as
/// the loader drops it), cut to the terminal's width (Environment::columns,
/// else 100). Read again rather than kept: the loader keeps no text after
/// parsing, and lines are wanted only for the diagnostics printed (at most
/// 100 by default). A file changed between loading and printing shows its
/// new line; `record_in_activity` shows the edited text it checked instead.
SourceLines source_lines(const Invocation& inv);

/// Diagnostics as text lines: `file:line:col: error[E012]: message`, then the
/// source line with a caret under the column when `sources` has the file's
/// text (source_excerpt), then `  hint: …`.
/// At most `max_shown`; then a line counting the rest, with `more_hint`.
/// With `color`, as compilers do on a terminal: the position bold, the severity
/// and code bold red (error) or magenta (warning), the caret bold green,
/// `hint:` bold cyan.
std::string format_diagnostics_text(const Diagnostics& d, std::size_t max_shown, const std::string& more_hint,
                                    bool color = false, const SourceLines& sources = {});
/// `[{"file", "line", "column", "severity", "code", "message", "hint"}]`.
std::string format_diagnostics_json(const Diagnostics& d);
/// GitHub workflow commands: `::error file=…,line=…,col=…,title=E012::message`.
std::string format_diagnostics_github(const Diagnostics& d);

/// " (workspace ../../scmplan.yaml)" when discovery chose the workspace file
/// (no PATH, or a PATH inside a workspace); "" otherwise.
std::string workspace_note(const Discovery& found);

/// Every workspace of the command line's PATHs (docs/cli.md, "Which files";
/// several under them: docs/ministry.md), each checked with its own rules,
/// units and holidays, their diagnostics in one sorted list.
struct Checked {
    std::vector<LoadResult> workspaces;  ///< never empty; diagnostics moved to `diags`
    Diagnostics diags;
    bool io_error = false;
    std::size_t files = 0;
    Discovery found;  ///< what discovery chose
};
Checked load_and_check(const Invocation& inv, std::optional<ReportDate> when);

/// Loads and checks the workspaces. On I/O problems or data errors, fills `out`
/// (diagnostics to err, exit code 3 or 1) and returns nullopt. A date or a
/// quarter (the end of that quarter of each plan) adds the dated checks (W108,
/// E040 on the current derived level); annual, or none, adds none.
std::optional<std::vector<LoadResult>> load_checked(const Invocation& inv, Output& out,
                                                    std::optional<ReportDate> when);

/// Reports a bad command line (exit 2); returns `out`.
Output& usage(Output& out, const std::string& message, const std::string& hint = {});

/// Parses --as-of (ISO or Thai); reports a usage error (exit 2) on a bad date.
std::optional<Date> parse_as_of(const Invocation& inv, Output& out);

/// The report date of the command line, read once: --quarter N (1-4),
/// --as-of DATE or --annual, of those the command has; at most one of them
/// may be given. `when` is left empty when none is (each command says what
/// that means: today, or a usage error). On a usage error (exit 2) fills out
/// and returns false. compute's report_date resolves it for each plan.
bool read_report_date(const Invocation& inv, Output& out, std::optional<ReportDate>& when);

/// What a command that shows plans (gantt, risk, gaps, score) needs once its
/// command line is read: the checked workspace, the date, the chosen plans and
/// the render options.
struct PlanSelection {
    std::vector<LoadResult> workspaces;
    Date as_of;                       ///< --as-of, else today (unused by undated commands)
    std::vector<WorkspacePlans> chosen;  ///< the plans the filters choose, per workspace; never empty
    std::vector<const Plan*> plans;   ///< the same, all workspaces in a row
    Format format = Format::md;       ///< inv.format
    RenderOptions render;             ///< render_options
};

/// The shared preamble of those commands: parses --as-of (when `dated`; default
/// today) and the render options (render_options), takes inv.format; loads and checks the
/// workspaces (with the dated checks as of the date when `dated`); applies the
/// filters (opt_filters) and checks that some plan is left. On any failure fills `out` (message and
/// exit code 1, 2 or 3) and returns nullopt.
std::optional<PlanSelection> select_plans(const Invocation& inv, Output& out, bool dated = true);

}  // namespace scmplan::cli

#include "common.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <map>
#include <stdexcept>

#include "output_format.hpp"
#include "scmplan/check.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/source_excerpt.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

Invocation Invocation::of(const CommandSpec& spec) {
    Invocation inv;
    for (const OptionSpec& o : spec.options) inv.declared.insert(o.name);
    if (std::vector<Format> formats = formats_of(spec.name); !formats.empty()) inv.format = formats.front();
    return inv;
}

void Invocation::require(const std::string& name) const {
    if (!declares(name)) throw std::logic_error(fmt::format("option '{}' is not declared by the command", name));
}

bool Invocation::flag(const std::string& name) const {
    require(name);
    return flags.count(name) > 0;
}

std::optional<std::string> Invocation::value(const std::string& name) const {
    require(name);
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> Invocation::list(const std::string& name) const {
    require(name);
    auto it = lists.find(name);
    return it == lists.end() ? std::vector<std::string>{} : it->second;
}

OptionSpec opt_lang() { return {"--lang", "", "LANG", "language of labels and dates: th (default) or en", {"th", "en"}}; }
OptionSpec opt_as_of() { return {"--as-of", "", "DATE", "compute as of this date (2023-09-30 or 30 ก.ย. 2566)", {}}; }
OptionSpec opt_quiet() { return {"--quiet", "-q", "", "print no summary lines (diagnostics are still printed)", {}}; }
OptionSpec opt_output() { return {"--output", "-o", "FILE", "write to FILE (atomically) instead of standard output", {}}; }
OptionSpec opt_plan() { return {"--plan", "", "ID", "only this plan", {}, Complete::plan_ids}; }
OptionSpec opt_excel() {
    return {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}};
}

OptionSpec opt_color() {
    return {"--color", "", "WHEN", "colours: " + choice_help(color_choices()), choice_names(color_choices())};
}

OptionSpec opt_charts() {
    return {"--charts", "", "KIND", "with --embed: " + choice_help(charts_choices()), choice_names(charts_choices())};
}

std::string read_choices(const CommandSpec& spec, Invocation& inv, std::string& hint) {
    // The parser checked the values against the choices: each names a value.
    if (auto when = inv.declares("--color") ? inv.value("--color") : std::nullopt)
        inv.color = choice_named(color_choices(), *when).value_or(ColorWhen::automatic);
    if (auto kind = inv.declares("--charts") ? inv.value("--charts") : std::nullopt)
        inv.charts = choice_named(charts_choices(), *kind).value_or(Charts::mermaid);
    return resolve_output_format(spec, inv, hint);
}

Lang read_lang(const Invocation& inv) { return inv.value("--lang") == "en" ? Lang::en : Lang::th; }

bool use_color(const Invocation& inv, bool is_tty) {
    // A command without --color (rules) colours as auto does.
    if (inv.color == ColorWhen::always) return true;
    if (inv.color == ColorWhen::never) return false;
    if (inv.env.no_color) return false;
    if (inv.env.clicolor_force) return true;
    return is_tty && !inv.env.term_dumb;
}

namespace {

/// The width of the terminal standard output is, at least 40; 100 when it is
/// not a terminal.
std::size_t terminal_width(const Environment& env) {
    if (env.stdout_is_tty) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
    }
    return 100;
}

}  // namespace

std::optional<RenderOptions> render_options(const Invocation& inv, Output& out) {
    RenderOptions o;
    o.lang = inv.declares("--lang") ? read_lang(inv) : Lang::th;
    o.excel = inv.declares("--excel") && inv.flag("--excel");
    const bool formats = inv.declares("--format");
    o.tsv = formats && inv.format == Format::tsv;
    if (o.excel && !(formats && inv.format == Format::csv)) {
        usage(out, "--excel applies to --format csv only");
        return std::nullopt;
    }
    o.color = use_color(inv, inv.env.stdout_is_tty);
    o.width = terminal_width(inv.env);
    return o;
}

namespace {

const char* severity_text(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string position(const std::string& file, const Diagnostic& d) {
    if (file.empty()) return "scmplan";
    if (d.line == 0) return file;
    return fmt::format("{}:{}:{}", file, d.line, d.column);
}

}  // namespace

SourceLines source_lines(const Invocation& inv) {
    SourceLines s;
    s.width = inv.env.columns ? inv.env.columns : 100;
    // Through the reader the command loaded with (the disk, or a test's files
    // in memory); a shown path is relative to the command's folder.
    s.text = [files = inv.env.files, cwd = inv.env.cwd](const std::string& path) -> std::optional<std::string> {
        const std::string at = path.starts_with('/') || cwd.empty() ? path : cwd + "/" + path;
        FileRead read = files->read(at, YamlLimits{}.max_bytes);
        if (!read.text) return std::nullopt;
        std::string text = std::move(*read.text);
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // as parse_yaml skips it
        return text;
    };
    return s;
}

std::string format_diagnostics_text(const Diagnostics& diags, std::size_t max_shown, const std::string& more_hint,
                                    bool color, const SourceLines& sources) {
    // SGR sequences as gcc uses them (GCC_COLORS' defaults): bold; bold red,
    // magenta, cyan.
    auto paint = [color](const char* sgr, const std::string& text) {
        return color ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, text) : text;
    };
    std::string out;
    std::size_t shown = 0;
    std::map<std::string, std::optional<std::string>> texts;  // each file read once
    for (const auto& d : diags.items()) {
        if (shown == max_shown) break;
        ++shown;
        const std::string& file = diags.file_name(d);
        // Names, messages and hints quote the data: on a terminal, none of it may
        // run as a control sequence or start a line of its own (escape_for_terminal).
        // The colour sequences are ours, added around the escaped text.
        out += fmt::format("{} {} {}\n", paint("1", escape_for_terminal(position(file, d)) + ":"),
                           paint(d.severity == Severity::error ? "1;31" : "1;35",
                                 fmt::format("{}[{}]:", severity_text(d.severity), code_name(d.code))),
                           escape_for_terminal(d.message));
        if (d.line > 0 && !file.empty() && sources.text) {
            auto it = texts.find(file);
            if (it == texts.end()) it = texts.emplace(file, sources.text(file)).first;
            if (it->second)
                if (auto line = source_line(*it->second, d.line))
                    out += source_excerpt(*line, d.line, d.column, sources.width, color);
        }
        if (!d.hint.empty()) out += fmt::format("  {} {}\n", paint("1;36", "hint:"), escape_for_terminal(d.hint));
    }
    if (shown < diags.items().size())
        out += fmt::format("scmplan: {} more not shown ({})\n", diags.items().size() - shown, more_hint);
    return out;
}

std::string format_diagnostics_json(const Diagnostics& diags) {
    JsonWriter w;
    w.begin_array();
    for (const auto& d : diags.items()) {
        w.begin_object();
        w.field("file", diags.file_name(d));
        w.field("line", static_cast<int>(d.line));
        w.field("column", static_cast<int>(d.column));
        w.field("severity", severity_text(d.severity));
        w.field("code", std::string(code_name(d.code)));
        w.field("message", d.message);
        if (!d.hint.empty()) w.field("hint", d.hint);
        w.end_object();
    }
    w.end_array();
    return w.str();
}

namespace {

/// GitHub workflow command escaping: data and property values differ.
std::string gh_escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ':') out += "%3A";
        else if (property && c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

}  // namespace

std::string format_diagnostics_github(const Diagnostics& diags) {
    std::string out;
    for (const auto& d : diags.items()) {
        std::string props;
        // Workflow logs are terminals too: controls shown as escapes (line breaks
        // are encoded by gh_escape, which the annotation shows as line breaks).
        if (const std::string& file = diags.file_name(d); !file.empty())
            props += "file=" + gh_escape(escape_for_terminal(file), true);
        if (d.line) props += fmt::format(",line={},col={}", d.line, d.column);
        props += (props.empty() ? "" : ",") + std::string("title=") + gh_escape(code_name(d.code), true);
        std::string msg = d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
        out += fmt::format("::{} {}::{}\n", severity_text(d.severity), props,
                           gh_escape(escape_for_terminal(msg, true), false));
    }
    return out;
}

Output& usage(Output& out, const std::string& message, const std::string& hint) {
    out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(message));
    if (!hint.empty()) out.err += fmt::format("  hint: {}\n", escape_for_terminal(hint));
    return out.ending(exit_usage);
}

std::optional<Date> parse_as_of(const Invocation& inv, Output& out) {
    auto text = inv.value("--as-of");
    if (!text) return std::nullopt;
    DateParse p = parse_date(*text);
    if (!p.date) {
        out.err += fmt::format("scmplan: error: --as-of: {}\n", p.error);
        if (!p.hint.empty()) out.err += fmt::format("  hint: {}\n", p.hint);
        out.exit_code = exit_usage;
    }
    return p.date;
}

bool read_report_date(const Invocation& inv, Output& out, std::optional<ReportDate>& when) {
    std::optional<int> quarter;
    if (auto q = inv.declares("--quarter") ? inv.value("--quarter") : std::nullopt) {
        if (q->size() != 1 || (*q)[0] < '1' || (*q)[0] > '4') {
            usage(out, fmt::format("--quarter must be 1, 2, 3 or 4, not '{}'", *q));
            return false;
        }
        quarter = (*q)[0] - '0';
    }
    std::optional<Date> as_of = parse_as_of(inv, out);
    if (out.exit_code) return false;
    const bool annual = inv.declares("--annual") && inv.flag("--annual");
    if (annual && (quarter || as_of)) {
        usage(out, "give one of --quarter, --as-of and --annual, not several");
        return false;
    }
    if (quarter && as_of) {
        usage(out, "give --quarter or --as-of, not both");
        return false;
    }
    if (quarter) when = ReportDate::of_quarter(*quarter);
    else if (as_of) when = ReportDate::on(*as_of);
    else if (annual) when = ReportDate::annual();
    return true;
}

std::string workspace_note(const Discovery& found) {
    return found.workspace_file ? fmt::format(" (workspace {})", *found.workspace_file) : "";
}

namespace {

/// load_and_check; `check_unreadable`: check the files read even when some
/// could not be (check does; commands that write output stop at the I/O error).
Checked load_and_check(const Invocation& inv, std::optional<ReportDate> when, bool check_unreadable) {
    Checked c;
    c.found = discover_paths(inv.paths, inv.env.cwd, inv.env.workspace, *inv.env.files);
    c.workspaces = load_workspaces(c.found.paths, *inv.env.files);
    if (c.found.origin == WorkspaceOrigin::plans && c.workspaces.size() == 1 && c.workspaces[0].io_error &&
        c.workspaces[0].model.files.empty()) {
        // Nothing found anywhere: say where scmplan looked, not just "plans: no such folder".
        LoadResult& r = c.workspaces[0];
        Diagnostics d;
        Diagnostic diag;
        diag.code = DiagCode::E001;
        diag.message = "no workspace found: no scmplan.yaml in this folder or any folder above, and no folder 'plans'";
        diag.hint = "run scmplan inside a workspace, name its folder (scmplan check DIR), or set SCMPLAN_WORKSPACE";
        d.add(std::move(diag));
        r.diags = std::move(d);
    }
    CheckOptions options;
    if (when && when->kind == ReportDate::Kind::date) options.as_of = when->date;
    if (when && when->kind == ReportDate::Kind::quarter) options.quarter = when->quarter;
    options.files = inv.env.files;
    for (LoadResult& r : c.workspaces) {
        if (!r.io_error || (check_unreadable && !r.model.files.empty())) check_model(r.model, r.diags, options);
        c.diags.append(r.diags);
        r.diags = Diagnostics();
        c.io_error = c.io_error || r.io_error;
        c.files += r.model.files.size();
    }
    c.diags.sort();
    return c;
}

}  // namespace

Checked load_and_check(const Invocation& inv, std::optional<ReportDate> when) {
    return load_and_check(inv, when, true);
}

std::optional<std::vector<LoadResult>> load_checked(const Invocation& inv, Output& out,
                                                    std::optional<ReportDate> when) {
    Checked r = load_and_check(inv, when, false);
    // The check that shows the same diagnostics: dated ones (W108) need the
    // same date. (--quarter adds only E040, an error, which is printed here.)
    std::string same_check = "scmplan check";
    if (when && when->kind == ReportDate::Kind::date) same_check += " --as-of " + format_iso(when->date);
    if (r.io_error || r.diags.has_errors()) {
        out.err += format_diagnostics_text(r.diags, 100,
                                           fmt::format("run '{} --max-diagnostics N' to see them", same_check),
                                           use_color(inv, inv.env.stderr_is_tty), source_lines(inv));
        out.err += fmt::format("scmplan: {} error(s), {} warning(s){}; nothing written\n", r.diags.error_count(),
                               r.diags.warning_count(), workspace_note(r.found));
        out.exit_code = r.io_error ? exit_io : exit_data_error;
        return std::nullopt;
    }
    if (!inv.flag("--quiet")) {
        if (r.diags.warning_count())
            out.err += fmt::format("scmplan: {} warning(s){}; '{}' shows them\n", r.diags.warning_count(),
                                   workspace_note(r.found), same_check);
        else if (r.found.workspace_file)
            out.err += fmt::format("scmplan: workspace {}\n", *r.found.workspace_file);
    }
    return std::move(r.workspaces);
}

std::optional<PlanSelection> select_plans(const Invocation& inv, Output& out, bool dated) {
    PlanSelection sel;
    std::optional<ReportDate> when;
    if (dated) {
        if (!read_report_date(inv, out, when)) return std::nullopt;
        when = when.value_or(ReportDate::on(inv.env.today));  // --as-of, else today
        sel.as_of = when->date;
    }
    sel.format = inv.format;
    auto render = render_options(inv, out);
    if (!render) return std::nullopt;
    sel.render = *render;
    auto filter = read_filter(inv, out);
    if (!filter) return std::nullopt;
    auto loaded = load_checked(inv, out, when);
    if (!loaded) return std::nullopt;
    sel.workspaces = std::move(*loaded);
    auto chosen = choose_plans(sel.workspaces, *filter, out);
    if (!chosen) return std::nullopt;
    sel.chosen = std::move(*chosen);
    for (const auto& w : sel.chosen) sel.plans.insert(sel.plans.end(), w.plans.begin(), w.plans.end());
    return sel;
}

}  // namespace scmplan::cli

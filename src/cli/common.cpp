#include "common.hpp"

#include <fmt/format.h>

#include <map>
#include <stdexcept>

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
    return {"--color", "", "WHEN", "colours: auto (default: on a terminal), always or never",
            {"auto", "always", "never"}};
}

Lang read_lang(const Invocation& inv) { return inv.value("--lang") == "en" ? Lang::en : Lang::th; }

bool use_color(const Invocation& inv, bool is_tty) {
    // A command without --color (rules) colours as auto does.
    std::string when = inv.declares("--color") ? inv.value("--color").value_or("auto") : "auto";
    if (when == "always") return true;
    if (when == "never") return false;
    if (inv.env.no_color) return false;
    if (inv.env.clicolor_force) return true;
    return is_tty && !inv.env.term_dumb;
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
    s.text = [](const std::string& path) -> std::optional<std::string> {
        FileRead read = disk().read(path, YamlLimits{}.max_bytes);
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
                                 fmt::format("{}[{}]:", severity_text(d.severity), d.code)),
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
        w.field("code", d.code);
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
        props += (props.empty() ? "" : ",") + std::string("title=") + gh_escape(d.code, true);
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

bool read_report_date(const Invocation& inv, Output& out, ReportRequest& req) {
    if (auto q = inv.value("--quarter")) {
        if (q->size() != 1 || (*q)[0] < '1' || (*q)[0] > '4') {
            usage(out, fmt::format("--quarter must be 1, 2, 3 or 4, not '{}'", *q));
            return false;
        }
        req.quarter = (*q)[0] - '0';
    }
    req.as_of = parse_as_of(inv, out);
    if (out.exit_code) return false;
    if (inv.flag("--annual") && (req.quarter || req.as_of)) {
        usage(out, "give one of --quarter, --as-of and --annual, not several");
        return false;
    }
    if (req.quarter && req.as_of) {
        usage(out, "give --quarter or --as-of, not both");
        return false;
    }
    return true;
}

std::string workspace_note(const Discovery& found) {
    return found.workspace_file ? fmt::format(" (workspace {})", *found.workspace_file) : "";
}

namespace {

/// load_and_check; `check_unreadable`: check the files read even when some
/// could not be (check does; commands that write output stop at the I/O error).
Checked load_and_check(const Invocation& inv, std::optional<Date> as_of, std::optional<int> quarter,
                       bool check_unreadable) {
    Checked c;
    c.found = discover_paths(inv.paths, inv.env.cwd, inv.env.workspace);
    c.workspaces = load_workspaces(c.found.paths);
    if (c.found.origin == WorkspaceOrigin::plans && c.workspaces.size() == 1 && c.workspaces[0].io_error &&
        c.workspaces[0].model.files.empty()) {
        // Nothing found anywhere: say where scmplan looked, not just "plans: no such folder".
        LoadResult& r = c.workspaces[0];
        Diagnostics d;
        Diagnostic diag;
        diag.code = "E001";
        diag.message = "no workspace found: no scmplan.yaml in this folder or any folder above, and no folder 'plans'";
        diag.hint = "run scmplan inside a workspace, name its folder (scmplan check DIR), or set SCMPLAN_WORKSPACE";
        d.add(std::move(diag));
        r.diags = std::move(d);
    }
    CheckOptions options;
    options.as_of = as_of;
    options.quarter = quarter;
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

Checked load_and_check(const Invocation& inv, std::optional<Date> as_of, std::optional<int> quarter) {
    return load_and_check(inv, as_of, quarter, true);
}

std::optional<std::vector<LoadResult>> load_checked(const Invocation& inv, Output& out, std::optional<Date> as_of,
                                                    std::optional<int> quarter) {
    Checked r = load_and_check(inv, as_of, quarter, false);
    // The check that shows the same diagnostics: dated ones (W108) need the
    // same date. (--quarter adds only E040, an error, which is printed here.)
    std::string same_check = "scmplan check";
    if (as_of) same_check += " --as-of " + format_iso(*as_of);
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

bool has_plans(const Model& m, Output& out) {
    if (!m.plans.empty()) return true;
    out.err += "scmplan: error: the workspace has no plan\n";
    out.exit_code = exit_data_error;
    return false;
}

std::optional<PlanSelection> select_plans(const Invocation& inv, Output& out, const std::string& default_format,
                                          bool dated) {
    PlanSelection sel;
    std::optional<Date> as_of;
    if (dated) {
        as_of = parse_as_of(inv, out);
        if (out.exit_code) return std::nullopt;
        if (!as_of) as_of = inv.env.today;
        sel.as_of = *as_of;
    }
    sel.format = inv.value("--format").value_or(default_format);
    sel.render.lang = read_lang(inv);
    sel.render.excel = inv.declares("--excel") && inv.flag("--excel");
    sel.render.tsv = sel.format == "tsv";
    if (sel.render.excel && sel.format != "csv") {
        usage(out, "--excel applies to --format csv only");
        return std::nullopt;
    }
    auto filter = read_filter(inv, out);
    if (!filter) return std::nullopt;
    auto loaded = load_checked(inv, out, as_of);
    if (!loaded) return std::nullopt;
    sel.workspaces = std::move(*loaded);
    auto chosen = choose_plans(sel.workspaces, *filter, out);
    if (!chosen) return std::nullopt;
    sel.chosen = std::move(*chosen);
    for (const auto& w : sel.chosen) sel.plans.insert(sel.plans.end(), w.plans.begin(), w.plans.end());
    return sel;
}

}  // namespace scmplan::cli

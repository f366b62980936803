#include "common.hpp"

#include <fmt/format.h>

#include "scmplan/check.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

std::optional<std::string> Invocation::value(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

OptionSpec opt_lang() { return {"--lang", "", "LANG", "language of labels and dates: th (default) or en", {"th", "en"}}; }
OptionSpec opt_as_of() { return {"--as-of", "", "DATE", "compute as of this date (2023-06-30 or 30 มิ.ย. 2566)", {}}; }
OptionSpec opt_quiet() { return {"--quiet", "-q", "", "print no summary lines (diagnostics are still printed)", {}}; }
OptionSpec opt_output() { return {"--output", "-o", "FILE", "write to FILE (atomically) instead of standard output", {}}; }
OptionSpec opt_plan() { return {"--plan", "", "ID", "only this plan", {}}; }
OptionSpec opt_excel() {
    return {"--excel", "", "", "CSV for spreadsheets: byte order mark, formula-like cells neutralised", {}};
}

namespace {

const char* severity_text(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string position(const Diagnostic& d) {
    if (d.file.empty()) return "scmplan";
    if (d.line == 0) return d.file;
    return fmt::format("{}:{}:{}", d.file, d.line, d.column);
}

}  // namespace

std::string format_diagnostics_text(const Diagnostics& diags, std::size_t max_shown, const std::string& more_hint) {
    std::string out;
    std::size_t shown = 0;
    for (const auto& d : diags.items()) {
        if (shown == max_shown) break;
        ++shown;
        // Names, messages and hints quote the data: on a terminal, none of it may
        // run as a control sequence or start a line of its own (escape_for_terminal).
        out += fmt::format("{}: {}[{}]: {}\n", escape_for_terminal(position(d)), severity_text(d.severity), d.code,
                           escape_for_terminal(d.message));
        if (!d.hint.empty()) out += fmt::format("  hint: {}\n", escape_for_terminal(d.hint));
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
        w.field("file", d.file);
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
        if (!d.file.empty()) props += "file=" + gh_escape(escape_for_terminal(d.file), true);
        if (d.line) props += fmt::format(",line={},col={}", d.line, d.column);
        props += (props.empty() ? "" : ",") + std::string("title=") + gh_escape(d.code, true);
        std::string msg = d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
        out += fmt::format("::{} {}::{}\n", severity_text(d.severity), props,
                           gh_escape(escape_for_terminal(msg, true), false));
    }
    return out;
}

int usage(Output& out, const std::string& message, const std::string& hint) {
    out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(message));
    if (!hint.empty()) out.err += fmt::format("  hint: {}\n", escape_for_terminal(hint));
    out.exit_code = exit_usage;
    return exit_usage;
}

bool plan_exists(const Model& m, const std::string& id, Output& out) {
    if (id.empty() || m.plan(id)) return true;
    std::vector<std::string> ids;
    for (const auto& p : m.plans) ids.push_back(p.id.value);
    std::string near = closest_match(id, ids);
    usage(out, fmt::format("--plan: no plan '{}' in the workspace", id),
          near.empty() ? fmt::format("plans: {}", fmt::join(ids, ", ")) : fmt::format("did you mean '{}'?", near));
    return false;
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

std::optional<LoadResult> load_checked(const Invocation& inv, Output& out, std::optional<Date> as_of,
                                       std::optional<int> quarter) {
    LoadResult r = load_paths(inv.paths);
    CheckOptions options;
    options.as_of = as_of;
    options.quarter = quarter;
    if (!r.io_error) check_model(r.model, r.diags, options);
    r.diags.sort();
    if (r.io_error || r.diags.has_errors()) {
        out.err += format_diagnostics_text(r.diags, 100, "run 'scmplan check --max-diagnostics N' to see them");
        out.err += fmt::format("scmplan: {} error(s), {} warning(s); nothing written\n", r.diags.error_count(),
                               r.diags.warning_count());
        out.exit_code = r.io_error ? exit_io : exit_data_error;
        return std::nullopt;
    }
    if (r.diags.warning_count() && !inv.flag("--quiet"))
        out.err += fmt::format("scmplan: {} warning(s); 'scmplan check' shows them\n", r.diags.warning_count());
    return r;
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
    sel.render.lang = inv.value("--lang").value_or("th");
    sel.render.excel = inv.flag("--excel");
    if (sel.render.excel && sel.format != "csv") {
        usage(out, "--excel applies to --format csv only");
        return std::nullopt;
    }
    auto loaded = load_checked(inv, out, as_of);
    if (!loaded) return std::nullopt;
    sel.loaded = std::move(*loaded);
    const Model& m = sel.loaded.model;
    std::string plan_id = inv.value("--plan").value_or("");
    if (!plan_exists(m, plan_id, out)) return std::nullopt;
    if (m.plans.empty()) {
        out.err += "scmplan: error: the workspace has no plan\n";
        out.exit_code = exit_data_error;
        return std::nullopt;
    }
    for (const Plan& p : m.plans)
        if (plan_id.empty() || p.id.value == plan_id) sel.plans.push_back(&p);
    return sel;
}

}  // namespace scmplan::cli

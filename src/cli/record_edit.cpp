#include "record_edit.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>
#include <set>
#include <tuple>

#include "common.hpp"
#include "output_file.hpp"
#include "scmplan/check.hpp"
#include "scmplan/diff.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/load.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

LoadResult checked(LoadResult r) {
    r.diags.set_files(r.model.files);
    check_model(r.model, r.diags);
    r.diags.sort();
    return r;
}

/// A diagnostic's identity across an edit that moves lines: file, code, message.
std::set<std::tuple<std::string, std::string, std::string>> identities(const Diagnostics& d) {
    std::set<std::tuple<std::string, std::string, std::string>> out;
    for (const auto& x : d.items()) out.emplace(x.file, x.code, x.message);
    return out;
}

/// The diagnostics of `after` that `before` does not have.
Diagnostics added(const Diagnostics& before, const Diagnostics& after) {
    auto had = identities(before);
    Diagnostics out;
    for (const auto& x : after.items())
        if (!had.count({x.file, x.code, x.message})) out.add(x);
    return out;
}

}  // namespace

OptionSpec opt_dry_run() {
    return {"--dry-run", "-n", "", "print the change as a unified diff; write nothing", {}};
}

OptionSpec opt_evidence() {
    return {"--evidence", "", "PATH", "evidence to add: a path relative to the workspace root, or a URL (repeat for more)", {}, Complete::files, true};
}

CommandSpec record_command(std::string name, std::string summary, std::vector<OptionSpec> own,
                           Output (*run)(const Invocation&), std::vector<Example> examples) {
    std::vector<OptionSpec> options{{"activity", "", "ACTIVITY", "the activity's id, e.g. A07", {}, Complete::activity_ids}};
    options.insert(options.end(), own.begin(), own.end());
    for (OptionSpec o : {opt_evidence(), opt_plan(), opt_dry_run(), opt_quiet()}) options.push_back(std::move(o));
    return {std::move(name), std::move(summary), std::move(options), run, true, std::move(examples)};
}

Output& record_in_activity(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                           const std::string& activity,
                           const std::function<RecordResult(std::string_view)>& edit) {
    LoadResult before = checked(load_paths(discover_paths(paths, inv.env.cwd, inv.env.workspace).paths));
    if (before.io_error || before.diags.has_errors()) {
        out.err += format_diagnostics_text(before.diags, 100, "run 'scmplan check' to see them all");
        out.err += "scmplan: error: the workspace has errors: fix them before recording progress\n";
        return out.ending(before.io_error ? exit_io : exit_data_error);
    }
    const Model& m = before.model;
    std::string plan = inv.value("--plan").value_or("");
    std::vector<const Activity*> found;
    std::vector<std::string> ids;
    for (const Activity& a : m.activities) {
        if (!plan.empty() && a.plan.value != plan) continue;
        if (a.id.value == activity) found.push_back(&a);
        ids.push_back(a.id.value);
    }
    if (!plan.empty() && !m.plan(plan)) return usage(out, fmt::format("no plan '{}'", plan));
    if (found.empty()) {
        std::string near = closest_match(activity, ids);
        return usage(out, fmt::format("no activity '{}'{}", activity, plan.empty() ? "" : " in plan " + plan),
                     near.empty() ? "" : fmt::format("did you mean {}?", near));
    }
    if (found.size() > 1) {
        std::vector<std::string> plans;
        for (const Activity* a : found) plans.push_back(a->plan.value);
        return usage(out, fmt::format("activity '{}' is in several plans: {}", activity, fmt::join(plans, ", ")),
                     "choose one with --plan");
    }
    const std::string& path = m.files.at(found.front()->loc.file);
    std::string text;
    if (!read_whole_file(path, text)) {
        out.err += fmt::format("scmplan: error: cannot read {}\n", path);
        return out.ending(exit_io);
    }
    RecordResult r = edit(text);
    if (!r.text) {
        out.err += fmt::format("scmplan: error: {}: activity {}: {}\n", path, activity, r.error);
        if (!r.hint.empty()) out.err += fmt::format("  hint: {}\n", r.hint);
        return out.ending(exit_usage);
    }
    if (*r.text == text) {
        out.err += fmt::format("scmplan: {}: nothing to record: activity {} already has these values\n", path, activity);
        return out;
    }

    // The workspace as it would be: every file as read now, the edited one replaced.
    std::vector<Source> sources;
    for (const auto& f : m.files) {
        Source s{f, {}};
        if (f == path) s.text = *r.text;
        else if (!read_whole_file(f, s.text)) {
            out.err += fmt::format("scmplan: error: cannot read {}\n", f);
            return out.ending(exit_io);
        }
        sources.push_back(std::move(s));
    }
    LoadResult raw_after = load_sources(std::move(sources));
    raw_after.model.root = m.root;
    LoadResult after = checked(std::move(raw_after));
    Diagnostics fresh = added(before.diags, after.diags);
    if (after.diags.has_errors()) {
        out.err += format_diagnostics_text(fresh, 100, "");
        out.err += fmt::format("scmplan: error: the change would add errors to {}: nothing written\n", path);
        return out.ending(exit_data_error);
    }
    out.err += format_diagnostics_text(fresh, 100, "");
    if (inv.flag("--dry-run")) {
        out.out += unified_diff(text, *r.text, path);
        return out;
    }
    // write_output writes through a link and keeps the file's mode and owner.
    std::string error;
    if (!write_output(path, *r.text, error)) {
        out.err += fmt::format("scmplan: error: {}\n", error);
        return out.ending(exit_io);
    }
    if (!inv.flag("--quiet"))
        out.err += fmt::format("scmplan: {}: activity {}: {}\n", path, activity, fmt::join(r.changes, "; "));
    return out;
}

}  // namespace scmplan::cli

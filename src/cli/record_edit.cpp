#include "record_edit.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <set>
#include <tuple>

#include "common.hpp"
#include "file_edit.hpp"
#include "output_file.hpp"
#include "scmplan/check.hpp"
#include "scmplan/diff.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/load.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

/// A diagnostic's identity across an edit that moves lines: file, code, message.
std::set<std::tuple<std::string, DiagCode, std::string>> identities(const Diagnostics& d) {
    std::set<std::tuple<std::string, DiagCode, std::string>> out;
    for (const auto& x : d.items()) out.emplace(d.file_name(x), x.code, x.message);
    return out;
}

/// The diagnostics of `after` that `before` does not have.
Diagnostics added(const Diagnostics& before, const Diagnostics& after) {
    auto had = identities(before);
    Diagnostics out(after.file_table());
    for (const auto& x : after.items())
        if (!had.count({after.file_name(x), x.code, x.message})) out.add(x);
    return out;
}

}  // namespace

LoadResult checked(LoadResult r, const FileReader& files) {
    r.diags.set_files(r.model.files);
    CheckOptions options;
    options.files = &files;
    check_model(r.model, r.diags, options);
    r.diags.sort();
    return r;
}

std::optional<LoadResult> workspace_with(const Model& m, const std::map<std::string, std::string>& edited,
                                         const FileReader& files, Output& out, KeptFiles* reuse) {
    // A workspace file is at most the loader's limit; a form's edits are made in memory.
    constexpr std::size_t max_bytes = 64u << 20;
    std::vector<Source> sources;
    for (const std::string& f : m.files) {
        Source s{f, {}};
        if (auto e = edited.find(f); e != edited.end()) s.text = e->second;
        else if (FileRead read = files.read(f, max_bytes); read.text) s.text = std::move(*read.text);
        else {
            out.err += fmt::format("scmplan: error: cannot read {}\n", escape_for_terminal(f));
            out.ending(exit_io);
            return std::nullopt;
        }
        sources.push_back(std::move(s));
    }
    LoadResult raw = load_sources(std::move(sources), {}, reuse);
    raw.model.root = m.root;
    raw.model.workspace_root = m.workspace_root;
    return checked(std::move(raw), files);
}

namespace {

/// What a commit's result says to the user, and its exit code.
bool committed(FileEdit::Commit result, const std::string& error, Output& out) {
    switch (result) {
        case FileEdit::Commit::written: return true;
        case FileEdit::Commit::changed:
            out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(error));
            out.ending(exit_data_error);
            return false;
        case FileEdit::Commit::failed: break;
    }
    out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(error));
    out.ending(exit_io);
    return false;
}

}  // namespace

bool commit_edit(FileEdit& file, std::string_view content, Output& out) {
    std::string error;
    FileEdit::Commit result = file.commit(content, error);
    return committed(result, error, out);
}

bool commit_staged_edit(FileEdit& file, StagedWrites& staged, std::size_t i, Output& out) {
    std::string error;
    FileEdit::Commit result = file.commit_staged(staged, i, error);
    return committed(result, error, out);
}

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

namespace {

/// The workspace that holds the target, checked, and the target's file.
struct FoundTarget {
    LoadResult ws;
    std::string path;
    KeptFiles kept;  ///< the trees the load parsed, for the check after the edit (workspace_with)
};

/// The target's workspace and file among the workspaces of `paths` (several
/// in one folder, as `check` reads them: the one that holds the target is
/// edited). Fills `out` and returns nullopt when the workspace has errors, the
/// target or the plan is unknown, or the id names several things.
std::optional<FoundTarget> locate(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                                  const EditTarget& target) {
    const FileReader& files = *inv.env.files;
    KeptFiles kept;
    std::vector<LoadResult> workspaces =
        load_workspaces(discover_paths(paths, inv.env.cwd, inv.env.workspace, files).paths, files, {}, &kept);
    for (LoadResult& w : workspaces) w = checked(std::move(w), files);
    std::string plan = inv.value("--plan").value_or("");
    const std::string& what = target.noun;
    auto refuse_errors = [&](const std::vector<const LoadResult*>& broken) -> std::optional<FoundTarget> {
        Diagnostics all;
        bool io = false;
        for (const LoadResult* w : broken) all.append(w->diags), io = io || w->io_error;
        all.sort();
        out.err += format_diagnostics_text(all, 100, "run 'scmplan check' to see them all", false, source_lines(inv));
        out.err += "scmplan: error: the workspace has errors: fix them before recording progress\n";
        out.ending(io ? exit_io : exit_data_error);
        return std::nullopt;
    };
    std::vector<std::size_t> holding;
    std::vector<const LoadResult*> broken;
    for (std::size_t i = 0; i < workspaces.size(); ++i) {
        if (!target.find(workspaces[i].model, plan).empty()) holding.push_back(i);
        if (workspaces[i].io_error || workspaces[i].diags.has_errors()) broken.push_back(&workspaces[i]);
    }
    if (holding.empty() && !broken.empty()) return refuse_errors(broken);
    if (holding.size() > 1) {
        std::vector<std::string> roots;
        for (std::size_t i : holding) roots.push_back(workspaces[i].model.workspace_root);
        usage(out, fmt::format("{} '{}' is in several workspaces: {}", what, target.id, fmt::join(roots, ", ")),
              "give the folder of one workspace as the path");
        return std::nullopt;
    }
    if (holding.empty()) {
        std::vector<std::string> ids;
        bool plan_known = plan.empty();
        for (const LoadResult& w : workspaces) {
            plan_known = plan_known || w.model.plan(plan);
            for (std::string& id : target.ids(w.model, plan)) ids.push_back(std::move(id));
        }
        if (!plan_known) {
            usage(out, fmt::format("no plan '{}'", plan));
            return std::nullopt;
        }
        std::string near = closest_match(target.id, ids);
        usage(out, fmt::format("no {} '{}'{}", what, target.id, plan.empty() ? "" : " in plan " + plan),
              near.empty() ? "" : fmt::format("did you mean {}?", near));
        return std::nullopt;
    }
    LoadResult& w = workspaces[holding.front()];
    if (w.io_error || w.diags.has_errors()) return refuse_errors({&w});
    auto found = target.find(w.model, plan);
    if (found.size() > 1) {
        std::vector<std::string> plans;
        for (const auto& f : found) plans.push_back(f.first);
        usage(out, fmt::format("{} '{}' is in several plans: {}", what, target.id, fmt::join(plans, ", ")),
              "choose one with --plan");
        return std::nullopt;
    }
    std::string path = found.front().second;
    return FoundTarget{std::move(w), std::move(path), std::move(kept)};
}

}  // namespace

CommandSpec edit_command(std::string name, std::string summary, OptionSpec positional, std::vector<OptionSpec> own,
                         Output (*run)(const Invocation&), std::vector<Example> examples) {
    std::vector<OptionSpec> options{std::move(positional)};
    options.insert(options.end(), own.begin(), own.end());
    for (OptionSpec o : {opt_plan(), opt_dry_run(), opt_quiet()}) options.push_back(std::move(o));
    return {std::move(name), std::move(summary), std::move(options), run, true, std::move(examples)};
}

Output& record_in_activity(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                           const std::string& activity,
                           const std::function<RecordResult(std::string_view)>& edit) {
    EditTarget target;
    target.noun = "activity";
    target.id = activity;
    target.find = [&](const Model& m, const std::string& plan) {
        std::vector<std::pair<std::string, std::string>> found;
        for (const Activity& a : m.activities)
            if ((plan.empty() || a.plan.value == plan) && a.id.value == activity)
                found.emplace_back(a.plan.value, m.files.at(a.loc.file));
        return found;
    };
    target.ids = [](const Model& m, const std::string& plan) {
        std::vector<std::string> ids;
        for (const Activity& a : m.activities)
            if (plan.empty() || a.plan.value == plan) ids.push_back(a.id.value);
        return ids;
    };
    return record_in_file(inv, out, paths, target, edit);
}

Output& record_in_file(const Invocation& inv, Output& out, const std::vector<std::string>& paths,
                       const EditTarget& target, const std::function<RecordResult(std::string_view)>& edit) {
    auto located = locate(inv, out, paths, target);
    if (!located) return out;
    const LoadResult& before = located->ws;
    const Model& m = before.model;
    const std::string& path = located->path;
    // Shown on a terminal: names and ids from the data, escaped.
    const std::string shown = escape_for_terminal(path),
                      shown_activity = escape_for_terminal(target.noun + " " + target.id);

    // From here to the write, no other edit of this file runs (file_edit.hpp).
    FileEdit file;
    std::string error;
    if (!file.open(path, error, 30000)) {
        out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(error));
        return out.ending(exit_io);
    }
    const std::string& text = file.text();
    RecordResult r = edit(text);
    if (!r.text) {
        out.err += fmt::format("scmplan: error: {}: {}: {}\n", shown, shown_activity, escape_for_terminal(r.error));
        for (const RecordPlace& p : r.places)
            out.err += fmt::format("  {}:{}:{}: {}\n", shown, p.line, p.column, escape_for_terminal(p.what));
        if (!r.hint.empty()) out.err += fmt::format("  hint: {}\n", escape_for_terminal(r.hint));
        return out.ending(r.conflict ? exit_data_error : exit_usage);
    }
    if (*r.text == text) {
        if (!r.unchanged.empty())
            out.err += fmt::format("scmplan: {}: {}: nothing to change: {}\n", shown, shown_activity,
                                   escape_for_terminal(r.unchanged));
        else
            out.err += fmt::format("scmplan: {}: nothing to change: {} already has these values\n", shown,
                                   shown_activity);
        return out;
    }

    // The workspace as it would be: every file as read now, the edited one replaced.
    std::optional<LoadResult> with = workspace_with(m, {{path, *r.text}}, *inv.env.files, out, &located->kept);
    if (!with) return out;
    LoadResult after = std::move(*with);
    Diagnostics fresh = added(before.diags, after.diags);
    // The lines shown under them are the edited text's, which is not on the disk.
    SourceLines edited = source_lines(inv);
    edited.text = [&, disk_text = edited.text](const std::string& f) -> std::optional<std::string> {
        return f == path ? std::optional<std::string>(*r.text) : disk_text(f);
    };
    if (after.diags.has_errors()) {
        out.err += format_diagnostics_text(fresh, 100, "", false, edited);
        out.err += fmt::format("scmplan: error: the change would add errors to {}: nothing written\n", shown);
        return out.ending(exit_data_error);
    }
    // The file read under the lock must still be the activity's (an editor
    // may have moved it between the first look and the lock).
    bool still_there = false;
    for (const auto& f : target.find(after.model, inv.value("--plan").value_or("")))
        still_there = still_there || f.second == path;
    if (!still_there) {
        out.err += fmt::format("scmplan: error: {} changed while editing; run again\n", shown);
        return out.ending(exit_data_error);
    }
    out.err += format_diagnostics_text(fresh, 100, "", false, edited);
    if (inv.flag("--dry-run")) {
        out.out += unified_diff(text, *r.text, shown);
        return out;
    }
    // Written through a link, mode and owner kept, only if the file still holds `text`.
    if (!commit_edit(file, *r.text, out)) return out;
    if (!inv.flag("--quiet"))
        out.err += fmt::format("scmplan: {}: {}: {}\n", shown, shown_activity,
                               escape_for_terminal(fmt::format("{}", fmt::join(r.changes, "; "))));
    return out;
}

}  // namespace scmplan::cli

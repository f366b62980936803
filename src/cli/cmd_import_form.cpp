// import_forms: filled progress forms applied to the activity files, all or
// nothing (import_form.hpp). The forms are read and every cell checked first
// (import_form_read.cpp); only when no form has a problem are the files
// locked, edited in memory with the editor of `done` and `progress`
// (record.hpp), the workspace checked as it would be, and then each file
// written (or, with --dry-run, the diff printed).
#include <fmt/format.h>

#include <future>
#include <memory>
#include <set>

#include "common.hpp"
#include "file_edit.hpp"
#include "output_file.hpp"
#include "form_cells.hpp"
#include "import_form.hpp"
#include "record_edit.hpp"
#include "run_each.hpp"
#include "staged_writes.hpp"
#include "scmplan/check.hpp"
#include "scmplan/diff.hpp"
#include "scmplan/discovery.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/load.hpp"
#include "scmplan/record.hpp"
#include "scmplan/sha256.hpp"
#include "scmplan/shown_path.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

/// The forms' own limit: a form of 50,000 rows is a few megabytes.
constexpr std::size_t max_form_bytes = 64u << 20;

std::string problem_text(const FormProblem& p) {
    std::string out = fmt::format("{}: error[{}]: {}\n", p.where, code_name(p.code), p.message);
    if (!p.hint.empty()) out += fmt::format("  hint: {}\n", p.hint);
    return out;
}

/// One activity file's edit: its lock, its text before and after.
struct FileChange {
    std::unique_ptr<FileEdit> edit;
    std::string before, after;
    std::vector<std::string> said;  ///< what changed, for the user
};

/// Applies the changes of one file to `text` (whose tree the load kept in
/// `parsed`, when it did); "" or why it could not.
std::string apply(std::string& text, std::optional<YNode> parsed, const std::vector<const FormChange*>& changes,
                  std::vector<std::string>& said) {
    // Steps: one DoneEdit per step (its date, its evidence); reports: one ProgressEdit per quarter.
    std::map<std::pair<std::string, std::string>, DoneEdit> done;
    std::map<std::pair<std::string, int>, ProgressEdit> progress;
    for (const FormChange* c : changes) {
        if (!c->step.empty()) {
            auto [it, fresh] = done.try_emplace({c->activity, c->step});
            DoneEdit& e = it->second;
            if (fresh) e.step = c->step, e.set_done = false;
            if (c->key == "done") e.on = *parse_date(c->value).date, e.set_done = true;
            else e.evidence.push_back(c->value);
        } else {
            ProgressEdit& e = progress[{c->activity, c->quarter}];
            e.quarter = c->quarter;
            if (c->key == "actual") e.actual = c->value;
            else if (c->key == "note") e.note = c->value;
            else if (c->key == "problems") e.problems = c->value;
            else if (c->key == "suggestions") e.suggestions = c->value;
            else if (c->key == "evidence") e.evidence.push_back(c->value);
        }
    }
    std::vector<DoneEdit> steps;
    std::vector<ProgressEdit> reports;
    for (auto& [key, e] : done) steps.push_back(std::move(e));
    for (auto& [key, e] : progress) reports.push_back(std::move(e));
    // One reading of the file for all its edits (a form of 50,000 rows edits each file once),
    // and that reading is the load's: the file is not parsed again.
    RecordResult r = parsed ? record_edits(text, std::move(*parsed), steps, reports) : record_edits(text, steps, reports);
    if (!r.text) return r.error + (r.hint.empty() ? "" : " (" + r.hint + ")");
    text = *r.text;
    said = std::move(r.changes);
    return "";
}

}  // namespace

Output& import_forms(const Invocation& inv, Output& out, const std::vector<std::string>& forms,
                     const std::vector<std::string>& paths) {
    const FileReader& files = *inv.env.files;
    // The forms, read whole (each bounded).
    std::vector<FormFile> read;
    for (const std::string& f : forms) {
        FormFile form;
        form.shown = escape_for_terminal(shown_path(f, inv.env.cwd));
        FileRead r = files.read(f, max_form_bytes);
        if (!r.text) {
            out.err += fmt::format("scmplan: error: cannot read {}: {}\n", form.shown,
                                   escape_for_terminal(r.oversize ? "larger than the 64 MiB a form may be" : r.error));
            return out.ending(exit_io);
        }
        form.bytes = std::move(*r.text);
        read.push_back(std::move(form));
    }
    // The forms' workbooks are read on a thread of their own while the
    // workspace loads (neither needs the other); the future, declared after
    // `read`, waits for that thread on every return.
    std::future<void> books = std::async(std::launch::async, [&read] {
        for (FormFile& form : read) read_book(form);
    });
    // The workspace, as `done` and `progress` read it: with errors, nothing is imported.
    // Each file's tree and hash are kept, for the edit (no second parse) and
    // for the unchanged-file check against the very bytes the model was read from.
    KeptFiles kept;
    std::vector<LoadResult> workspaces =
        load_workspaces(discover_paths(paths, inv.env.cwd, inv.env.workspace, files).paths, files, {}, &kept);
    if (workspaces.size() != 1) {
        std::vector<std::string> roots;
        for (const LoadResult& w : workspaces) roots.push_back(w.model.workspace_root);
        return usage(out, fmt::format("import reads one workspace; the paths lead to {}: {}", workspaces.size(),
                                      escape_for_terminal(fmt::format("{}", fmt::join(roots, ", ")))),
                     "give the folder of the workspace the forms were made from");
    }
    LoadResult before = checked(std::move(workspaces.front()), files);
    if (before.io_error || before.diags.has_errors()) {
        out.err += format_diagnostics_text(before.diags, 100, "run 'scmplan check' to see them all", false, source_lines(inv));
        out.err += "scmplan: error: the workspace has errors: fix them before importing\n";
        return out.ending(before.io_error ? exit_io : exit_data_error);
    }
    const Model& m = before.model;
    const std::string root = m.root.empty() ? m.workspace_root : m.root;
    std::map<std::string, std::string> hashes;  // each activity file's SHA-256, as the model was read from it
    for (const Activity& a : m.activities) {
        const std::string& f = m.files.at(a.loc.file);
        if (auto k = kept.find(f); k != kept.end()) hashes.emplace(f, k->second.sha256);
    }

    books.get();
    FormReading reading = read_forms(read, m, root, hashes, inv.env.cwd);
    for (const std::string& n : reading.notes) out.err += fmt::format("scmplan: note: {}\n", n);
    if (!reading.problems.empty()) {
        for (const FormProblem& p : reading.problems) out.err += problem_text(p);
        std::set<std::size_t> with;
        for (const FormProblem& p : reading.problems) with.insert(std::min(p.order, read.size() - 1));
        out.err += fmt::format("scmplan: error: {} problem(s) in {} of {} form(s): nothing written\n",
                               reading.problems.size(), with.size(), read.size());
        return out.ending(exit_data_error);
    }
    if (reading.changes.empty()) {
        out.err += fmt::format("scmplan: nothing to change: the activity files already hold what the form{} say{}\n",
                               read.size() == 1 ? "" : "s", read.size() == 1 ? "s" : "");
        return out;
    }

    // Every file locked and edited in memory before any is written: locked
    // and checked against the hash it was read with one after the other, in
    // name order, up to the first that cannot be; then edited on every core
    // (each file's edit is its own). The first problem in name order is the
    // one reported, as when each file was locked and edited in turn.
    std::map<std::string, std::vector<const FormChange*>> by_file;
    for (const FormChange& c : reading.changes) by_file[c.file].push_back(&c);
    std::map<std::string, FileChange> edits;
    struct Edit {
        const std::string* path;
        const std::vector<const FormChange*>* changes;
        FileChange* fc;
        std::optional<YNode> parsed;  ///< the load's tree of the very bytes locked (same hash)
        std::string why;              ///< why the edit cannot be made
    };
    std::vector<Edit> todo;
    std::string refusal;  // the first file that could not be locked, or changed since the load
    ExitCode refusal_code = exit_ok;
    for (const auto& [path, changes] : by_file) {
        FileChange fc;
        fc.edit = std::make_unique<FileEdit>();
        std::string error;
        if (!fc.edit->open(path, error, 30000)) {
            refusal = fmt::format("scmplan: error: {}\n", escape_for_terminal(error)), refusal_code = exit_io;
            break;
        }
        fc.before = fc.edit->text();
        if (sha256_hex(fc.before) != hashes[path]) {
            refusal = fmt::format("scmplan: error: {} changed while importing; run again\n", escape_for_terminal(path));
            refusal_code = exit_data_error;
            break;
        }
        fc.after = fc.before;
        Edit e{&path, &changes, &edits.emplace(path, std::move(fc)).first->second, std::nullopt, {}};
        if (auto k = kept.find(path); k != kept.end()) e.parsed = std::move(k->second.root), kept.erase(k);
        todo.push_back(std::move(e));
    }
    run_each(todo.size(), [&todo](std::size_t i) {
        Edit& e = todo[i];
        e.why = apply(e.fc->after, std::move(e.parsed), *e.changes, e.fc->said);
    });
    for (const Edit& e : todo)
        if (!e.why.empty()) {
            out.err += fmt::format("scmplan: error: {}: {}; nothing written\n", escape_for_terminal(*e.path),
                                   escape_for_terminal(e.why));
            return out.ending(exit_data_error);
        }
    if (!refusal.empty()) {
        out.err += refusal;
        return out.ending(refusal_code);
    }

    // What the import writes is prepared on a thread of its own while the
    // workspace as it would be is checked (the check is the cores' work, the
    // staging the disk's): with --dry-run the diffs, else every new text
    // written beside its file (StagedWrites) and all flushed to the disk at
    // once (a form edits thousands of files: one fsync each took seconds),
    // none renamed. Only when the check passes is any of it used, each file
    // then replaced, still only if it holds what was read; when the check
    // fails, the temporary files are removed (StagedWrites' destructor, after
    // the future waits) and nothing is written.
    const bool dry_run = inv.flag("--dry-run");
    std::vector<std::pair<const std::string*, FileChange*>> writes;
    for (auto& [path, fc] : edits)
        if (fc.after != fc.before) writes.emplace_back(&path, &fc);
    StagedWrites staged;
    std::string diffs, stage_error;
    // The signals that remove temporary files (output_file.hpp) stay blocked
    // on this thread while the other stages: their handler must not run while
    // that thread changes the list it reads; one that comes meanwhile is
    // handled when they are unblocked, after the staging thread has ended.
    SignalsHeld held(!dry_run);
    std::future<bool> prepared = std::async(std::launch::async, [&]() -> bool {
        for (const auto& [path, fc] : writes) {
            if (dry_run) diffs += unified_diff(fc->before, fc->after, escape_for_terminal(*path));
            else if (!staged.stage(*path, fc->after, stage_error)) return false;
        }
        return dry_run || staged.sync(stage_error);
    });
    // The workspace as it would be: no error may come of the import.
    std::map<std::string, std::string> after_texts;
    for (const auto& [path, fc] : edits) after_texts.emplace(path, fc.after);
    // The files the forms do not change are not parsed again (their kept trees).
    std::optional<LoadResult> with = workspace_with(m, after_texts, files, out, &kept);
    if (!with) return out;
    LoadResult after = std::move(*with);
    if (after.diags.has_errors()) {
        Diagnostics errors(after.diags.file_table());
        for (const auto& d : after.diags.items())
            if (d.severity == Severity::error) errors.add(d);
        SourceLines edited = source_lines(inv);
        edited.text = [&, disk_text = edited.text](const std::string& f) -> std::optional<std::string> {
            auto e = edits.find(f);
            return e != edits.end() ? std::optional<std::string>(e->second.after) : disk_text(f);
        };
        out.err += format_diagnostics_text(errors, 100, "", false, edited);
        out.err += "scmplan: error: the forms would add errors to the workspace: nothing written\n";
        return out.ending(exit_data_error);
    }

    const std::size_t changed = writes.size();
    const bool ready = prepared.get();
    held.release();
    out.out += diffs;
    if (!ready) {
        out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(stage_error));
        return out.ending(exit_io);
    }
    if (dry_run) writes.clear();
    for (std::size_t i = 0; i < writes.size(); ++i) {
        const auto& [path, fc] = writes[i];
        if (!commit_staged_edit(*fc->edit, staged, i, out)) return out;
        if (!inv.flag("--quiet"))
            for (const std::string& s : fc->said)
                out.err += fmt::format("scmplan: {}: {}\n", escape_for_terminal(*path), escape_for_terminal(s));
    }
    // The locks released at once (release_all): each replaced file's old blocks are freed as its lock goes.
    std::vector<FileEdit*> locks;
    for (auto& [path, fc] : edits) locks.push_back(fc.edit.get());
    release_all(locks);
    if (changed == 0) {
        out.err += "scmplan: nothing to change: the activity files already hold what the forms say\n";
        return out;
    }
    if (!inv.flag("--quiet"))
        out.err += fmt::format("scmplan: {} {} change(s) in {} file(s) from {} form(s)\n",
                               dry_run ? "would make" : "made", reading.changes.size(), changed, read.size());
    return out;
}

}  // namespace scmplan::cli

// scmplan evidence: the evidence of each plan, GAP item by GAP item, with what
// is missing; --zip packages the evidence files with the listing as index.
#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <unordered_set>

#include "common.hpp"
#include "formats.hpp"
#include "output_file.hpp"
#include "scmplan/check.hpp"
#include "scmplan/evidence.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_evidence.hpp"
#include "scmplan/text_safety.hpp"
#include "zip_stream.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

/// The archive's top folder: the workspace folder's name when it is a safe
/// name, else "evidence". Never taken from --zip's path, which may be anything.
std::string archive_folder(const std::string& canonical_root) {
    std::string name = fs::path(canonical_root).filename().string();
    if (name.empty() || unsafe_entry_path(name)) return "evidence";
    return name;
}

/// The archive: `FOLDER/index.md` (the Markdown listing) and every evidence
/// file at its path under FOLDER, FOLDER being the workspace's folder name, so
/// that the index's links work once unpacked (and in viewers that follow links
/// inside an archive). A folder named as evidence brings its files. What goes
/// in is decided by list_evidence (as `check` sees it): nothing outside the
/// workspace, nothing hidden, not the archive itself; each name once. The
/// files are streamed into the output's temporary file, never held in memory.
Output& write_archive(const std::string& zip_path, const Model& m, const std::vector<EvidenceView>& views,
                      const RenderOptions& render, const Environment& env, Output& out) {
    const FileReader& files = *env.files;
    const RealPath real_root = files.real_path(m.root);
    if (!real_root.path) {
        out.err += fmt::format("scmplan: error: cannot read the workspace folder {}: {}\n",
                               escape_for_terminal(m.root), real_root.failure.what);
        return out.ending(exit_io);
    }
    const std::string& root = *real_root.path;
    const std::string folder = archive_folder(root);
    // The archive itself, as list_evidence sees paths (links resolved).
    const fs::path zip_abs = fs::path(zip_path).is_absolute() ? fs::path(zip_path) : fs::path(env.cwd) / zip_path;
    const std::string self = files.canonical(zip_abs.string()).value_or(std::string());
    std::vector<StreamEntry> entries(1);
    std::vector<std::string> absent;
    std::vector<SkippedEvidence> skipped;
    std::vector<EvidenceProblem> problems;
    std::unordered_set<std::string> names, skipped_names;  // each name once, in linear time
    std::unordered_set<std::string> walked;  // a path named by several plans is walked once
    for (const EvidenceView& v : views)
        for (const std::string& ref : v.files) {
            if (!walked.insert(fs::path(ref).lexically_normal().generic_string()).second) continue;
            EvidenceListing found = list_evidence(files, root, ref, self);
            if (!found.found) absent.push_back(ref);
            for (EvidenceProblem& p : found.problems) {
                if (p.issue == EvidenceIssue::broken_link) absent.push_back(std::move(p.path));
                else problems.push_back(std::move(p));
            }
            for (SkippedEvidence& s : found.skipped)
                if (skipped_names.insert(s.path).second) skipped.push_back(std::move(s));
            for (EvidenceFile& f : found.files)
                if (names.insert(f.entry).second) entries.push_back({folder + "/" + f.entry, {}, std::move(f.real)});
        }
    // `check` refused these before; found now, the files changed meanwhile.
    if (!problems.empty()) {
        for (const EvidenceProblem& p : problems)
            out.err += fmt::format("scmplan: error: evidence file '{}' cannot be packed: {}\n",
                                   escape_for_terminal(p.path), escape_for_terminal(p.detail));
        out.err += fmt::format("scmplan: {} evidence file(s) cannot be packed; nothing written\n", problems.size());
        return out.ending(exit_io);
    }
    entries.front().name = folder + "/index.md";
    entries.front().data = render_evidence_md(views, render, absent, skipped);
    std::string error;
    if (!write_output_with(zip_path, [&](int fd, std::string& why) { return stream_zip(fd, entries, files, why); }, error)) {
        out.err += fmt::format("scmplan: error: {}\n", escape_for_terminal(error));
        return out.ending(exit_io);
    }
    std::string notes;
    if (!absent.empty()) notes += fmt::format("; {} not found", absent.size());
    if (!skipped.empty()) notes += fmt::format("; {} left out on purpose", skipped.size());
    if (!notes.empty()) notes += " (listed in the index)";
    out.err += fmt::format("scmplan: wrote {}: {}/index.md and {} evidence file(s){}\n", escape_for_terminal(zip_path),
                           escape_for_terminal(folder), entries.size() - 1, notes);
    return out;
}

Output run_evidence(const Invocation& inv) {
    Output out;
    auto zip = inv.value("--zip");
    if (zip && inv.value("--output")) return usage(out, "--zip and --output cannot be used together");
    // An archive is completed by seeking back into it: it cannot be written
    // to a pipe. Refused before anything is read.
    if (zip && *zip == "-")
        return usage(out, "--zip - would write the archive to standard output, which cannot hold a zip being written",
                     "name a file, e.g. --zip evidence.zip");
    auto sel = select_plans(inv, out, false);
    if (!sel) return out;
    if (zip) {
        if (sel->chosen.size() != 1)
            return usage(out, "--zip packs the evidence of one workspace", "name one workspace folder, or choose one with --plan");
        const WorkspacePlans& w = sel->chosen.front();
        std::vector<EvidenceView> views;
        for (const Plan* p : w.plans) views.push_back(evidence_view(*w.model, *p));
        return write_archive(*zip, *w.model, views, sel->render, inv.env, out);
    }
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            auto views = std::make_shared<std::vector<EvidenceView>>();
            for (const Plan* p : w.plans) views->push_back(evidence_view(*w.model, *p));
            return std::vector<FormatEntry>{
                {Format::md, always([views, &o] { return render_evidence_md(*views, o); })},
                {Format::csv, always([views, &o] { return render_evidence_csv(*views, o); })},
                {Format::tsv, always([views, &o] { return render_evidence_csv(*views, o); })},
                {Format::json, always([views] { return render_evidence_json(*views); })}};
        },
        sel->format, out);
}

}  // namespace

CommandSpec evidence_command() {
    return with_filters({"evidence",
            "the evidence of each GAP item's activities and steps, and what is missing; --zip packages it",
            {opt_plan(),
             format_option("evidence"),
             {"--zip", "", "FILE", "write a zip archive (atomically) of the evidence files with the md listing as index", {}},
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_evidence,
            true,
            {{"scmplan evidence", "each GAP item's activities and steps with their evidence, and what is missing"},
             {"scmplan evidence --format csv --excel -o evidence.csv", "the same as CSV for a spreadsheet"},
             {"scmplan evidence --zip evidence.zip", "the evidence files in one archive, with the listing as index.md"}}});
}

}  // namespace scmplan::cli

// scmplan evidence: the evidence of each plan, GAP item by GAP item, with what
// is missing; --zip packages the evidence files with the listing as index.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "common.hpp"
#include "formats.hpp"
#include "output_file.hpp"
#include "scmplan/evidence.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/render_evidence.hpp"
#include "scmplan/zip.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

/// The archive: `FOLDER/index.md` (the Markdown listing) and every evidence file
/// at its path under FOLDER, FOLDER being the archive's name without `.zip`, so
/// that the index's links work once unpacked (and in viewers that follow links
/// inside an archive). A folder named as evidence brings its files.
Output& write_zip(const std::string& zip_path, const Model& m, const std::vector<EvidenceView>& views,
                  const RenderOptions& render, Output& out) {
    std::string folder = fs::path(zip_path).stem().string();
    if (folder.empty()) folder = "evidence";
    std::vector<ZipEntry> files;
    std::vector<std::string> absent, added;
    auto add = [&](const fs::path& full, const std::string& name) {
        if (std::find(added.begin(), added.end(), name) != added.end()) return true;
        ZipEntry e;
        e.name = folder + "/" + name;
        if (!read_whole_file(full.string(), e.data)) return false;
        added.push_back(name);
        files.push_back(std::move(e));
        return true;
    };
    for (const EvidenceView& v : views)
        for (const std::string& ref : v.files) {
            std::string name = fs::path(ref).lexically_normal().generic_string();
            fs::path full = fs::path(m.root) / name;
            std::error_code ec;
            if (fs::is_directory(full, ec)) {
                std::vector<fs::path> inside;
                for (fs::recursive_directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec))
                    if (it->is_regular_file(ec)) inside.push_back(it->path());
                std::sort(inside.begin(), inside.end());
                for (const auto& f : inside)
                    if (!add(f, f.lexically_relative(m.root).generic_string())) absent.push_back(ref);
            } else if (!fs::is_regular_file(full, ec) || !add(full, name)) {
                absent.push_back(ref);
            }
        }
    std::vector<ZipEntry> entries;
    entries.push_back({folder + "/index.md", render_evidence_md(views, render, absent)});
    for (auto& f : files) entries.push_back(std::move(f));
    std::string error;
    auto bytes = write_zip(entries, error);
    if (!bytes) {
        out.err += fmt::format("scmplan: error: cannot build {}: {}\n", zip_path, error);
        return out.ending(exit_io);
    }
    if (!write_output(zip_path, *bytes, error)) {
        out.err += fmt::format("scmplan: error: {}\n", error);
        return out.ending(exit_io);
    }
    out.err += fmt::format("scmplan: wrote {}: {}/index.md and {} evidence file(s){}\n", zip_path, folder,
                           entries.size() - 1,
                           absent.empty() ? "" : fmt::format("; {} not found (listed in the index)", absent.size()));
    return out;
}

Output run_evidence(const Invocation& inv) {
    Output out;
    auto zip = inv.value("--zip");
    if (zip && inv.value("--output")) return usage(out, "--zip and --output cannot be used together");
    auto sel = select_plans(inv, out, "md", false);
    if (!sel) return out;
    if (zip) {
        if (sel->chosen.size() != 1)
            return usage(out, "--zip packs the evidence of one workspace", "name one workspace folder, or choose one with --plan");
        const WorkspacePlans& w = sel->chosen.front();
        std::vector<EvidenceView> views;
        for (const Plan* p : w.plans) views.push_back(evidence_view(*w.model, *p));
        return write_zip(*zip, *w.model, views, sel->render, out);
    }
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            auto views = std::make_shared<std::vector<EvidenceView>>();
            for (const Plan* p : w.plans) views->push_back(evidence_view(*w.model, *p));
            return std::vector<FormatEntry>{
                {"md", always([views, &o] { return render_evidence_md(*views, o); })},
                {"csv", always([views, &o] { return render_evidence_csv(*views, o); })},
                {"json", always([views] { return render_evidence_json(*views); })}};
        },
        sel->format, out);
}

}  // namespace

CommandSpec evidence_command() {
    return with_filters({"evidence",
            "the evidence of each GAP item's activities and steps, and what is missing; --zip packages it",
            {opt_plan(),
             {"--format", "", "FORMAT", "md (default), csv or json", {"md", "csv", "json"}},
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

// scmplan init DIR: a new workspace from the embedded templates, with the JSON
// Schemas beside it for editors. It never writes over an existing file: every
// target is looked at first through the Environment's FileReader, and the
// writing itself (on the disk) never replaces a file that appeared since.
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "common.hpp"
#include "commands.hpp"
#include "output_file.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/load.hpp"
#include "scmplan/next_year.hpp"
#include "scmplan/render_plan.hpp"
#include "scmplan/text.hpp"
#include "scmplan/schemas.hpp"
#include "workspace_init.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

bool same_ignoring_case(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

/// The enabler named by --enabler (default SCM) among the built-in rules, or
/// nullptr after a usage error.
const Enabler* choose_enabler(const Rules& rules, const Invocation& inv, Output& out) {
    std::string code = inv.value("--enabler").value_or("SCM");
    if (const Enabler* e = rules.enabler(code)) return e;
    std::vector<std::string> codes;
    for (const auto& e : rules.enablers) codes.push_back(e.code.value);
    std::string near;
    for (const auto& c : codes)
        if (same_ignoring_case(c, code)) near = c;
    if (near.empty()) near = closest_match(code, codes);
    usage(out, fmt::format("--enabler: '{}' is not an enabler of the SE-AM rules", code),
          near.empty() ? fmt::format("enablers: {}", fmt::join(codes, ", ")) : fmt::format("did you mean '{}'?", near));
    return nullptr;
}

/// Something is at this place (a link, even a broken one, counts).
bool present(const FolderEntry& e) {
    return e.link || e.status.kind == PathKind::file || e.status.kind == PathKind::folder ||
           e.status.kind == PathKind::special;
}

/// Creates the missing folders of `dir`, outermost first, and records them.
bool make_folders(const fs::path& dir, std::vector<fs::path>& made, std::error_code& ec) {
    std::vector<fs::path> missing;
    for (fs::path p = dir; !p.empty() && !fs::exists(fs::symlink_status(p, ec)); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (!fs::create_directory(*it, ec)) return false;
        made.push_back(*it);
    }
    return true;
}

/// Creates `path` with `content` unless it exists, and returns "" or what went
/// wrong. The content is written (atomically) to a hidden file beside it, then
/// hard-linked into place: link() never replaces a file, so a file that
/// appeared since the check is kept. Without hard links (some file systems),
/// the hidden file is renamed into place after a last look.
std::string create_file(const fs::path& path, const std::string& content) {
    fs::path staged = path.parent_path() / fmt::format(".{}.init-{}", path.filename().string(), getpid());
    std::string error;
    if (!write_output(staged.string(), content, error)) return error;
    int rc = link(staged.c_str(), path.c_str());
    int saved = errno;
    if (rc != 0 && (saved == EPERM || saved == ENOTSUP)) {
        std::error_code ec;
        saved = EEXIST;
        if (!fs::exists(fs::symlink_status(path, ec))) {
            rc = std::rename(staged.c_str(), path.c_str());
            saved = errno;
        }
    }
    unlink(staged.c_str());  // after a rename it is gone already
    if (rc != 0) return fmt::format("cannot write {}: {}", path.generic_string(), std::strerror(saved));
    return "";
}

Output run_init(const Invocation& inv) {
    Output out;
    auto dir = inv.value("dir");
    if (!dir) return usage(out, "init: which DIR?", "scmplan init DIR creates a workspace in the folder DIR");

    LoadResult builtin = load_sources({{"<built-in rules>", std::string(builtin_rules_yaml())}});
    const Enabler* enabler = choose_enabler(builtin.model.rules, inv, out);
    if (!enabler) return out.ending(exit_usage);
    const std::string quarters = inv.value("--quarters").value_or("calendar");
    if (quarters != "calendar" && quarters != "fiscal")
        return usage(out, fmt::format("--quarters: '{}' is neither calendar nor fiscal", quarters),
                     "calendar: quarter 1 is Jan–Mar; fiscal: quarter 1 is Oct–Dec of the year before");
    const bool fiscal = quarters == "fiscal";
    // Today's plan year: a fiscal year that began on 1 October is the next BE year's.
    int year = inv.env.today.year() + be_offset + (fiscal && inv.env.today.month() >= 10 ? 1 : 0);
    if (auto text = inv.value("--year")) {
        YearParse p = parse_be_year(*text);
        if (!p.year) return usage(out, "--year: " + p.error, p.hint);
        year = *p.year;
    }
    if (fiscal && year < 2401)
        return usage(out, fmt::format("--year: the fiscal year {} would start in {}, before the dates scmplan reads", year,
                                      year - 1),
                     "a fiscal year is 2401 or later");
    InitSettings settings{enabler->code.value, enabler->name.th, year, fiscal};
    std::vector<std::string> schemas;
    for (std::string_view kind : schema_kinds()) schemas.push_back(*schema_json(kind));
    std::vector<InitFile> files;
    std::string plan_id = init_plan_id(settings.enabler, year);
    if (auto from = inv.value("--from")) {
        // Next year's draft: the plan of the workspace at --from, checked first.
        if (inv.value("--enabler") || inv.value("--quarters"))
            return usage(out, "--from takes the enabler and the quarters from the plan", "leave out --enabler and --quarters");
        Invocation source = inv;
        source.paths = {*from};
        source.paths_given = true;
        auto loaded = load_checked(source, out, std::nullopt);
        if (!loaded) return out;
        std::vector<std::pair<const Model*, const Plan*>> plans;
        for (const LoadResult& w : *loaded)
            for (const Plan& p : w.model.plans) plans.emplace_back(&w.model, &p);
        if (plans.size() != 1) {
            std::vector<std::string> ids;
            for (const auto& [m, p] : plans) ids.push_back(p->id.value);
            return usage(out, fmt::format("--from {}: {} plans; init drafts one", *from, plans.size()),
                         ids.empty() ? "give the folder of a workspace with a plan"
                                     : fmt::format("give the folder of one plan: {}", fmt::join(ids, ", ")));
        }
        const Plan& p = *plans.front().second;
        const int next = inv.value("--year") ? year : p.year.value + 1;
        if (p.quarters == QuarterScheme::fiscal && next < 2401)
            return usage(out, fmt::format("--year: the fiscal year {} would start before the dates scmplan reads", next));
        NextYear draft = next_year(*plans.front().first, p, next);
        plan_id = draft.plan.id.value;
        settings.year = next;
        settings.enabler = draft.plan.enabler.value;
        for (auto& [path, content] : next_year_files(draft)) files.push_back({path, content});
        for (const InitFile& f : init_files(settings, schemas))
            if (f.path.starts_with(".scmplan/")) files.push_back(f);
    } else {
        files = init_files(settings, schemas);
    }

    const fs::path root(*dir);
    std::error_code ec;
    const FileReader& reader = *inv.env.files;
    const PathKind root_kind = reader.status(root.string()).kind;
    if (root_kind == PathKind::file || root_kind == PathKind::special) {
        out.err += fmt::format("scmplan: error: {} exists and is not a folder; nothing written\n", *dir);
        return out.ending(exit_io);
    }
    // Never over an existing file: look at every target before writing any.
    std::vector<std::string> existing;
    for (const auto& f : files) {
        fs::path p = root / f.path;
        if (present(reader.entry(p.string()))) existing.push_back(p.generic_string());
    }
    if (!existing.empty()) {
        out.err += fmt::format("scmplan: error: {} file(s) of the new workspace exist already; nothing written:\n",
                               existing.size());
        for (const auto& e : existing) out.err += fmt::format("  {}\n", e);
        out.err += "  hint: init never writes over a file: choose a new folder, or move these files away\n";
        return out.ending(exit_io);
    }

    std::vector<fs::path> made_folders, written;
    for (const auto& f : files) {
        fs::path p = root / f.path;
        std::string error;
        if (!make_folders(p.parent_path(), made_folders, ec))
            error = fmt::format("cannot create folder {}: {}", p.parent_path().generic_string(), ec.message());
        else
            error = create_file(p, f.content);
        if (!error.empty()) {  // undo: remove what this run made, newest first
            for (auto it = written.rbegin(); it != written.rend(); ++it) fs::remove(*it, ec);
            for (auto it = made_folders.rbegin(); it != made_folders.rend(); ++it) fs::remove(*it, ec);
            out.out.clear();
            out.err += fmt::format("scmplan: error: {}; nothing written\n", error);
            return out.ending(exit_io);
        }
        written.push_back(p);
        out.out += p.generic_string() + "\n";
    }
    out.err += fmt::format("scmplan: created a workspace for {} {} (plan {}) in {}\n", settings.enabler, settings.year,
                           plan_id, root.generic_string());
    out.err += fmt::format("  next: {}, then run scmplan check inside {} (or: scmplan check {})\n",
                           inv.value("--from") ? "review the draft's texts and add the new year's holidays"
                                               : "replace the example values",
                           root.generic_string(), root.generic_string());
    return out;
}

}  // namespace

CommandSpec init_command() {
    CommandSpec spec{"init",
                     "create a new workspace in DIR from commented Thai templates; never overwrites a file",
                     {// A name without dashes: main.cpp makes it a positional argument.
                      {"dir", "", "DIR", "the folder of the new workspace (created if missing)", {}},
                      {"--enabler", "", "CODE", "the plan's enabler, a code of the SE-AM rules (default SCM)", {}, Complete::enablers},
                      {"--year", "", "BE", "the plan's year, Buddhist Era (default: the current year; with --from, the plan's year + 1)", {}},
                      {"--from", "", "PLAN_DIR",
                       "draft next year's plan from the workspace at PLAN_DIR: dates moved by whole years, open GAP "
                       "items, activities and risks carried, no progress, reports or evidence",
                       {}},
                      {"--quarters", "", "SCHEME",
                       "calendar (default; quarter 1 is Jan-Mar) or fiscal (the Thai fiscal year: quarter 1 is "
                       "Oct-Dec of the year before, the period 1 Oct to 30 Sep)",
                       {"calendar", "fiscal"}},
                      opt_color(),
                      opt_quiet()},
                     run_init,
                     false,
                     {{"scmplan init plans-2567 --year 2567", "a new SCM workspace for 2567 in plans-2567/"},
                      {"scmplan init plans-next --from plans", "next year's plan drafted from this year's, in plans-next/"},
                      {"scmplan init scm-fy2568 --quarters fiscal --year 2568",
                       "a fiscal-year workspace: 1 ต.ค. 2567 – 30 ก.ย. 2568"}}};
    return spec;
}

}  // namespace scmplan::cli

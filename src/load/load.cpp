// Loading: the `scmplan: 1` / `kind` header and the reader of each kind, the
// files read on every core (run_ordered) and merged in order (Assembler).
#include "scmplan/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "assembler.hpp"
#include "kinds.hpp"
#include "run_ordered.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/sha256.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace {

const std::vector<std::string> kinds(format::kind_names().begin(), format::kind_names().end());
using load::FileResult;

/// Checks the `scmplan: 1` / `kind:` header; returns the kind or "".
std::string read_header(load::Fields& f, Diagnostics& d) {
    const YNode& root = f.node();
    std::string kind;
    bool version_ok = false;
    // Not required here: their absence is E010, below.
    const YNode* version = f.take("scmplan", false);
    const YNode* k = f.take("kind", false);
    if (!version) {
        d.error(root.loc, DiagCode::E010, "not a scmplan file: 'scmplan: 1' is missing",
                fmt::format("every file starts with 'scmplan: 1' and 'kind: {}'", fmt::join(kinds, "|")));
    } else if (version->is_scalar() && !version->quoted && version->text == "1") {
        version_ok = true;
    } else {
        d.error(version->loc, DiagCode::E010,
                fmt::format("unsupported format version {}: this scmplan reads version 1", describe(*version)));
    }
    if (!k) {
        if (version) d.error(root.loc, DiagCode::E010, "'kind' is missing", fmt::format("kind: {}", fmt::join(kinds, "|")));
        return "";
    }
    if (k->is_scalar() && std::find(kinds.begin(), kinds.end(), k->text) != kinds.end()) {
        kind = k->text;
    } else {
        std::string near = k->is_scalar() ? closest_match(k->text, kinds) : "";
        d.error(k->loc, DiagCode::E010, fmt::format("unknown kind {}", describe(*k)),
                near.empty() ? fmt::format("kind is one of {}", fmt::join(kinds, ", "))
                             : fmt::format("did you mean '{}'?", near));
    }
    return version_ok ? kind : "";
}

/// Reads one kind of file.
template <class Reader>
auto read_kind(const YNode& root, Diagnostics& d, const format::MapSpec& spec, Reader reader) {
    load::Fields f(root, d, spec);
    f.take("scmplan");
    f.take("kind");
    return reader(f, d);
}

void load_one(const YNode& root, std::uint32_t file, const std::string& path, FileResult& out, Diagnostics& d) {
    out.unread = true;  // until a kind's reader has run
    if (root.is_null() && root.loc.line == 0) return;  // parse failed; already reported
    if (!root.is_map()) {
        d.error(root.loc.line ? root.loc : Loc{file, 1, 1}, DiagCode::E010,
                fmt::format("the top level must be a mapping, not {}", describe(root)),
                "a scmplan file starts with 'scmplan: 1' and 'kind: …'");
        return;
    }
    std::string kind;
    {
        // A throwaway diagnostics sink: the header's keys are re-read by the kind's reader.
        load::Fields f(root, d, format::spec::header());
        kind = read_header(f, d);
    }
    if (kind.empty()) return;  // unknown kind or version: its keys cannot be checked
    out.unread = false;
    if (kind == "workspace") {
        out.value = read_kind(root, d, format::spec::workspace(), load::read_workspace);
        out.workspace_loc = root.loc;
    } else if (kind == "rules") {
        Rules& rules = out.value.emplace<Rules>(read_kind(root, d, format::spec::rules(), load::read_rules));
        rules.source = path;
    } else if (kind == "plan") {
        out.value = read_kind(root, d, format::spec::plan(), load::read_plan);
    } else if (kind == "activity") {
        out.value = read_kind(root, d, format::spec::activity(), load::read_activity);
    } else if (kind == "risk") {
        out.value = read_kind(root, d, format::spec::risk(), load::read_risk);
    }
}

/// Sets the file of every place in a tree (a kept tree read into another file table).
void set_file(YNode& n, std::uint32_t file) {
    n.loc.file = file;
    for (YNode& item : n.items) set_file(item, file);
}

/// Parses and reads one file; its YAML tree is gone when this returns, unless
/// `keep` and the parse reported nothing: then it is in FileResult::kept, with
/// the hash of `text`. With `reuse` holding a tree of these very bytes (same
/// hash), that tree is read and the text is not parsed again.
FileResult load_text(std::string_view text, std::uint32_t file, const FileTable& files,
                     const YamlLimits& limits, bool keep = false, KeptFile* reuse = nullptr) {
    FileResult out;
    Diagnostics d(files);
    std::string hash = keep || reuse ? sha256_hex(text) : std::string();
    YNode root;
    if (reuse && reuse->sha256 == hash) {
        // Taken: the entry is left empty, and without a hash no second source can take it.
        root = std::exchange(reuse->root, YNode{});
        reuse->sha256.clear();
        if (root.loc.file != file) set_file(root, file);
    } else {
        root = parse_yaml(text, file, d, limits);
    }
    const bool parsed_clean = d.items().empty();
    load_one(root, file, (*files)[file], out, d);
    out.diags = d.items();
    if (keep && parsed_clean) out.kept = KeptFile{std::move(hash), std::move(root)};
    return out;
}

/// Loads files 0 … n-1 with job(i) -> FileResult, on all cores, into `result`
/// (and the trees the jobs kept into `keep`, by the model's file names).
template <class Job>
void load_all(LoadResult& result, std::size_t n, Job job, const FileReader* reader, KeptFiles* keep = nullptr) {
    load::Assembler assembler(result, reader);
    load::run_ordered(n, job, [&](std::size_t i, FileResult part) {
        if (keep && part.kept) keep->insert_or_assign(result.model.files[i], std::move(*part.kept));
        part.kept.reset();
        assembler.add(std::move(part));
    });
    assembler.finish();
}

}  // namespace

LoadResult load_sources(std::vector<Source> sources, const YamlLimits& limits, KeptFiles* reuse) {
    LoadResult result;
    for (const auto& s : sources) result.model.files.push_back(s.path);
    result.diags.set_files(result.model.files);
    const FileTable table = result.diags.file_table();
    // Each job reads its own entry of `reuse` (the map itself is not changed meanwhile).
    std::vector<KeptFile*> kept(sources.size(), nullptr);
    if (reuse)
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (auto k = reuse->find(sources[i].path); k != reuse->end()) kept[i] = &k->second;
    load_all(result, sources.size(), [&](std::size_t i) {
        return load_text(sources[i].text, static_cast<std::uint32_t>(i), table, limits, false, kept[i]);
    }, nullptr);
    return result;
}

LoadResult load_files(FoundFiles found, const FileReader& reader, const YamlLimits& limits, KeptFiles* keep) {
    LoadResult result;
    result.model.files = std::move(found.files);
    result.diags.set_files(result.model.files);
    const FileTable table = result.diags.file_table();
    const auto& files = result.model.files;
    load_all(result, files.size(), [&](std::size_t i) {
        FileRead read = reader.read(files[i], limits.max_bytes);
        if (read.text) return load_text(*read.text, static_cast<std::uint32_t>(i), table, limits, keep != nullptr);
        FileResult failed;
        Diagnostic diag;
        diag.file = static_cast<std::uint32_t>(i);
        if (read.oversize) {
            diag.code = DiagCode::E005;
            diag.message = fmt::format("file is {} bytes, over the limit of {} bytes", *read.oversize, limits.max_bytes);
            diag.hint = "split it: one plan, activity or risk per file";
            failed.unread = true;
        } else {
            diag.code = DiagCode::E001;
            diag.message = read.error.empty() ? std::string("cannot read file") : "cannot read file: " + read.error;
            diag.hint = "check that it exists and is readable";
            failed.io_error = true;
        }
        failed.diags.push_back(std::move(diag));
        return failed;
    }, &reader, keep);
    result.io_error = result.io_error || !found.problems.items().empty();
    result.diags.append(found.problems);
    return result;
}

LoadResult load_paths(const std::vector<std::string>& paths, const FileReader& reader, const YamlLimits& limits) {
    LoadResult result = load_files(find_files(paths, reader), reader, limits);
    result.model.root = workspace_root(result.model, paths, reader);
    return result;
}

}  // namespace scmplan

namespace scmplan {

std::optional<std::string> workspace_rules_value(const std::string& path, const FileReader& reader,
                                                 const YamlLimits& limits) {
    const FileRead read = reader.read(path, limits.max_bytes);
    if (!read.text) return std::nullopt;
    const Diagnostics names(std::vector<std::string>{path});
    FileResult result = load_text(*read.text, 0, names.file_table(), limits);
    const auto* w = std::get_if<WorkspaceFile>(&result.value);
    if (!w || !w->rules_path || w->rules_path->value.empty()) return std::nullopt;
    return w->rules_path->value;
}

}  // namespace scmplan

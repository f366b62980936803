// scmplan import PLAN.docx -o DIR: the Word document read through the
// Environment's FileReader, recognised (load: docx_read, plan_import), written
// as YAML and IMPORT.md (render: import_yaml), and the files put in DIR all at
// once: they are written into a hidden folder beside DIR, which is then renamed
// to DIR. DIR must be new or empty: nothing is ever written over, and nothing
// is written outside it (the plan id, the one name from the user in a path,
// must match the plan id pattern).
#include <fmt/format.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>
#include <string>
#include <system_error>

#include "common.hpp"
#include "import.hpp"
#include "scmplan/docx_read.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/import_yaml.hpp"
#include "scmplan/load.hpp"
#include "scmplan/plan_import.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t max_docx_bytes = 64u << 20;

Output fail(Output& out, ExitCode code, const std::string& message, const std::string& hint = {}) {
    out.err += "scmplan: error: " + escape_for_terminal(message) + "\n";
    if (!hint.empty()) out.err += "  hint: " + escape_for_terminal(hint) + "\n";
    return out.ending(code);
}

/// Writes a new file of the staging folder: no fsync per file (one syncfs of
/// the whole staging folder follows, before the rename that publishes it).
std::string write_new(const fs::path& path, const std::string& content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return fmt::format("cannot write {}: {}", path.generic_string(), std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int saved = errno;
            ::close(fd);
            return fmt::format("cannot write {}: {}", path.generic_string(), std::strerror(saved));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return fmt::format("cannot write {}: {}", path.generic_string(), std::strerror(errno));
    return "";
}

/// Removes a folder tree this run made (the staging folder), quietly.
void remove_tree(const fs::path& p) {
    std::error_code ec;
    fs::remove_all(p, ec);
}

}  // namespace

Output import_docx(const Invocation& inv, const std::string& file, const std::string& dir) {
    Output out;
    const FileReader& reader = *inv.env.files;

    std::string plan_id = inv.value("--id").value_or("");
    static const std::regex id_pattern("^[a-z0-9][a-z0-9-]*$");
    if (!plan_id.empty() && (!std::regex_match(plan_id, id_pattern) || plan_id.size() > 100))
        return usage(out, fmt::format("--id: '{}' is not a plan id", plan_id),
                     "lower-case letters, digits and '-', starting with a letter or digit, e.g. fio-scm-2566");

    // DIR: new, or an empty folder
    const PathKind kind = reader.status(dir).kind;
    if (kind == PathKind::file || kind == PathKind::special)
        return fail(out, exit_io, fmt::format("{} exists and is not a folder; nothing written", dir));
    if (kind == PathKind::folder) {
        FolderListing l = reader.list(dir);
        if (l.error) return fail(out, exit_io, fmt::format("cannot read the folder {}: {}", dir, *l.error));
        if (!l.entries.empty())
            return fail(out, exit_io, fmt::format("{} is not empty; nothing written", dir),
                        "import writes a new workspace: name a new folder, or an empty one");
    }

    // only a regular file is read: a FIFO or a device would block or never end
    const PathStatus file_status = reader.status(file);
    if (file_status.kind == PathKind::special || file_status.kind == PathKind::folder)
        return fail(out, exit_io, fmt::format("cannot read {}: it is {}, not a document", file,
                                              file_status.kind == PathKind::folder ? std::string("a folder")
                                                                                   : file_status.what));
    FileRead read = reader.read(file, max_docx_bytes);
    if (read.oversize)
        return fail(out, exit_io, fmt::format("{}: {} bytes, over the limit of {} for a document", file, *read.oversize,
                                              max_docx_bytes));
    if (!read.text)
        return fail(out, exit_io, fmt::format("cannot read {}: {}", file, read.error.empty() ? "unknown error" : read.error));

    std::string error;
    auto content = read_docx(std::move(*read.text), error);
    if (!content)
        return fail(out, exit_data_error, fmt::format("{} {}", file, error),
                    "scmplan import reads a Word action plan (.docx) in the SE-AM template; see docs/import.md");

    // the rules: built in, or a rules file laid over them (--rules), which the draft keeps as rules.yaml
    LoadResult rules = load_sources({{"<built-in rules>", std::string(builtin_rules_yaml())}});
    std::string rules_yaml;
    if (auto rules_file = inv.value("--rules")) {
        FileRead r = reader.read(*rules_file, 1u << 20);
        if (!r.text)
            return fail(out, exit_io, fmt::format("cannot read {}: {}", *rules_file,
                                                  r.oversize ? std::string("over 1 MiB") : r.error));
        rules_yaml = *r.text;
        rules = load_sources({{*rules_file, rules_yaml}});
        // every error of the file, at its place, as check reports it; nothing is written
        for (const Diagnostic& dg : rules.diags.items())
            if (dg.severity == Severity::error)
                out.err += escape_for_terminal(fmt::format("{}:{}:{}: error {}: {}", *rules_file, dg.line, dg.column,
                                                           code_name(dg.code), dg.message)) + "\n";
        if (rules.diags.has_errors())
            return fail(out, exit_data_error, fmt::format("{}: the rules file does not load; nothing written", *rules_file));
        if (rules.model.rules.source != *rules_file)
            return fail(out, exit_data_error, fmt::format("{} is not a rules file (kind: rules); nothing written", *rules_file),
                        "scmplan rules prints the rules in force as a file to start from (docs/format.md)");
    }
    PlanImportOptions options{plan_id, fs::path(file).filename().string()};
    auto draft = import_action_plan(*content, rules.model.rules, options, error);
    if (!draft)
        return fail(out, exit_data_error, fmt::format("{} {}", file, error),
                    "the template's sections are recognised by their headings' words; see docs/import.md");
    draft->rules_yaml = rules_yaml;
    const std::vector<DraftFile> files = draft_files(*draft);

    // Stage every file in a hidden folder beside DIR, then rename it to DIR.
    const fs::path target = fs::path(dir).lexically_normal();
    const fs::path name = target.filename().empty() ? target.parent_path().filename() : target.filename();
    const fs::path parent = (target.filename().empty() ? target.parent_path() : target).parent_path();
    std::error_code ec;
    std::vector<fs::path> made;  // the missing folders above DIR, made here (removed again on failure)
    for (fs::path q = parent; !q.empty() && !fs::exists(fs::symlink_status(q, ec)); q = q.parent_path()) {
        made.insert(made.begin(), q);
        if (q == q.parent_path()) break;
    }
    auto unmake = [&] {
        for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ec);
    };
    for (const auto& q : made)
        if (!fs::create_directory(q, ec)) {
            std::string why = ec.message();
            unmake();
            return fail(out, exit_io, fmt::format("cannot write {}: cannot create the folder {}: {}", dir,
                                                  q.generic_string(), why));
        }
    std::string pattern = ((parent.empty() ? fs::path(".") : parent) / fmt::format(".{}.import-XXXXXX", name.string())).string();
    if (!mkdtemp(pattern.data())) {
        int saved = errno;
        unmake();
        return fail(out, exit_io, fmt::format("cannot write {}: {}", dir, std::strerror(saved)));
    }
    const fs::path staging(pattern);
    for (const auto& f : files) {
        fs::path p = staging / f.path;
        fs::create_directories(p.parent_path(), ec);
        if (!ec) error = write_new(p, f.content);
        if (ec || !error.empty()) {
            remove_tree(staging);
            unmake();
            return fail(out, exit_io, ec ? fmt::format("cannot write {}: {}", dir, ec.message()) : error);
        }
    }
    // every file on the disk before the folder is published under DIR's name
    if (int fd = ::open(staging.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    fs::permissions(staging, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec, ec);
    const fs::path final_dir = parent / name;
    if (kind == PathKind::folder && ::rmdir(final_dir.c_str()) != 0) {  // empty: replaced by the draft
        int saved = errno;
        remove_tree(staging);
        return fail(out, exit_io, fmt::format("cannot write {}: {}", dir, std::strerror(saved)));
    }
    if (std::rename(staging.c_str(), final_dir.c_str()) != 0) {
        int saved = errno;
        remove_tree(staging);
        unmake();
        return fail(out, exit_io, fmt::format("cannot write {}: {}", dir, std::strerror(saved)));
    }
    for (const auto& f : files) out.out += (final_dir / f.path).generic_string() + "\n";
    out.err += escape_for_terminal(fmt::format(
        "scmplan: drafted plan {} from {}: {} activities, {} gap items, {} KPIs, {} risk{}; {} piece(s) of text not placed",
        draft->plan.id, file, draft->activities.size(), draft->plan.gaps.size(), draft->plan.kpis.size(),
        draft->risks.size(), draft->risks.size() == 1 ? "" : "s", draft->unplaced.size())) + "\n";
    out.err += escape_for_terminal(fmt::format("  next: read {}, then run scmplan check {}",
                                               (final_dir / draft->plan.id / "IMPORT.md").generic_string(),
                                               final_dir.generic_string())) + "\n";
    return out;
}

}  // namespace scmplan::cli

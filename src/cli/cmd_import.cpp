// scmplan import: what comes from outside, read into a workspace. The files
// are told apart by their extension, each kind with its importer in its own
// file: a Word action plan (.docx, import_docx.cpp) drafts a new workspace in
// -o DIR; filled progress forms (.xlsx, import_form.hpp) are applied to the
// activity files of the workspace at PATH, in place, all or nothing.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "import.hpp"
#include "import_form.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

std::string lower_extension(const std::string& path) {
    auto slash = path.find_last_of('/');
    auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot);
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

Output run_import(const Invocation& inv) {
    Output out;
    std::vector<std::string> forms, docs, paths;
    for (const std::string& a : inv.paths) {
        std::string ext = lower_extension(a);
        if (ext == ".xlsx") forms.push_back(a);
        else if (ext == ".docx") docs.push_back(a);
        else if (ext == ".docm" || ext == ".doc")
            return usage(out, fmt::format("import: {}: a {} file is not read", escape_for_terminal(a), ext),
                         "save the plan as a Word document (.docx), without macros");
        else paths.push_back(a);
    }
    auto dir = inv.value("--output-dir");
    if (!docs.empty()) {
        if (docs.size() > 1 || !forms.empty() || !paths.empty())
            return usage(out, "import: a Word plan is imported alone: scmplan import PLAN.docx -o DIR",
                         "one document drafts one new workspace");
        if (inv.flag("--dry-run")) return usage(out, "import: --dry-run applies to progress forms (.xlsx)");
        if (!dir || dir->empty() || *dir == "-")
            return usage(out, "import: -o DIR is required",
                         "the draft is a folder of files: name a new folder, e.g. -o draft");
        return import_docx(inv, docs.front(), *dir);
    }
    if (dir) return usage(out, "import: -o DIR applies to a Word plan (.docx)",
                          "progress forms are applied in place to the workspace at PATH");
    if (inv.value("--id")) return usage(out, "import: --id applies to a Word plan (.docx)");
    if (inv.value("--rules")) return usage(out, "import: --rules applies to a Word plan (.docx)");
    if (forms.empty())
        return usage(out, "import needs what to read: PLAN.docx -o DIR, or the filled forms FILE.xlsx…",
                     "scmplan import plan-2566.docx -o draft; scmplan import q3-stt.xlsx [PATH]");
    return import_forms(inv, out, forms, paths);
}

}  // namespace

CommandSpec import_command() {
    return {"import",
            "read what comes from outside: a Word action plan (.docx) drafted as a new workspace in -o DIR, or filled "
            "progress forms (.xlsx, from 'scmplan form') applied to the activity files in place, all or nothing",
            {{"--output-dir", "-o", "DIR", "a Word plan's draft workspace: a new or empty folder (required with .docx)", {},
              Complete::dirs},
             {"--id", "", "PLAN_ID", "a Word plan's id (default: the enabler and the year, e.g. scm-2566)", {}},
             {"--rules", "", "FILE", "a Word plan's rules file (kind: rules): its enablers' codes and topics are read "
              "and it is copied into DIR as rules.yaml", {}, Complete::files},
             opt_dry_run(),
             opt_color(),
             opt_quiet()},
            run_import,
            true,
            {{"scmplan import plan-2566.docx -o draft --id fio-scm-2566",
              "draft a workspace in draft/ and say in draft/fio-scm-2566/IMPORT.md where each value came from"},
             {"scmplan import q3-stt.xlsx --dry-run", "show what a filled form would change"},
             {"scmplan import q3-stt.xlsx q3-region.xlsx", "apply two units' forms together, or nothing when one has an error"}}};
}

}  // namespace scmplan::cli

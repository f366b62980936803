// scmplan import FILE -o DIR: a draft workspace from another format. The
// command dispatches on FILE's extension to one entry point per format, each
// in its own file (import_docx.cpp for a Word action plan).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "commands.hpp"
#include "common.hpp"
#include "import.hpp"

namespace scmplan::cli {

namespace {

std::string extension_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

Output run_import(const Invocation& inv) {
    Output out;
    auto file = inv.value("file");
    if (!file) return usage(out, "import: which FILE?", "scmplan import PLAN.docx -o DIR drafts a workspace in DIR");
    auto dir = inv.value("--output-dir");
    if (!dir || dir->empty() || *dir == "-")
        return usage(out, "import: -o DIR is required", "the draft is a folder of files: name a new folder, e.g. -o draft");
    std::string ext = extension_of(*file);
    if (ext == ".docx") return import_docx(inv, *file, *dir);
    if (ext == ".xlsx")
        return usage(out, fmt::format("import: {}: importing a progress workbook (.xlsx) is not supported yet", *file),
                     "scmplan import reads a Word action plan (.docx)");
    if (ext == ".docm" || ext == ".doc")
        return usage(out, fmt::format("import: {}: a {} file is not read", *file, ext),
                     "save the plan as a Word document (.docx), without macros");
    return usage(out, fmt::format("import: {}: which format? the file name should end in .docx", *file),
                 "scmplan import reads a Word action plan (.docx)");
}

}  // namespace

CommandSpec import_command() {
    CommandSpec spec{"import",
                     "draft a new workspace in DIR from a Word action plan (.docx) in the SE-AM template",
                     {{"file", "", "FILE", "the document: a Word action plan (.docx)", {}, Complete::files},
                      {"--output-dir", "-o", "DIR", "the new workspace's folder: new, or empty (required)", {}, Complete::dirs},
                      {"--id", "", "PLAN_ID", "the plan's id (default: the enabler and the year, e.g. scm-2566)", {}}},
                     run_import,
                     false,
                     {{"scmplan import plan-2566.docx -o draft --id fio-scm-2566",
                       "draft a workspace in draft/ and say in draft/fio-scm-2566/IMPORT.md where each value came from"},
                      {"scmplan import plan-2566.docx -o plans-2566",
                       "the same with the default plan id, the enabler and the year (scm-2566); then scmplan check plans-2566"}}};
    return spec;
}

}  // namespace scmplan::cli

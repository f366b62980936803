// scmplan import FILE… [PATH]: what others filled in, read back into the
// workspace. The files are told from the workspace's PATH by their extension;
// each kind has its importer (.xlsx: the progress forms, import_form.hpp).
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
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
        else paths.push_back(a);
    }
    if (!docs.empty())
        return usage(out, fmt::format("importing a Word document ({}) is not supported yet", escape_for_terminal(docs.front())),
                     "import takes the progress forms made by 'scmplan form' (.xlsx)");
    if (forms.empty())
        return usage(out, "import needs the forms to read: FILE.xlsx…", "scmplan import q3-stt.xlsx [PATH]");
    return import_forms(inv, out, forms, paths);
}

}  // namespace

CommandSpec import_command() {
    return {"import",
            "read filled progress forms (xlsx, from 'scmplan form') into the activity files, in place: all or nothing",
            {opt_dry_run(), opt_color(), opt_quiet()},
            run_import,
            true,
            {{"scmplan import q3-stt.xlsx --dry-run", "show what a filled form would change"},
             {"scmplan import q3-stt.xlsx q3-region.xlsx", "apply two units' forms together, or nothing when one has an error"}}};
}

}  // namespace scmplan::cli

// scmplan close GAP [PATH…] --on DATE: a GAP item of the plan closed, in place.
#include <fmt/format.h>

#include "common.hpp"
#include "record_edit.hpp"
#include "scmplan/exit_codes.hpp"

namespace scmplan::cli {

namespace {

/// A GAP item of the plans (of `--plan`), found in the plan's file.
EditTarget gap_target(const std::string& id) {
    EditTarget t;
    t.noun = "gap";
    t.id = id;
    t.find = [id](const Model& m, const std::string& plan) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const Plan& p : m.plans)
            if ((plan.empty() || p.id.value == plan) && p.gap(id)) out.emplace_back(p.id.value, m.files.at(p.loc.file));
        return out;
    };
    t.ids = [](const Model& m, const std::string& plan) {
        std::vector<std::string> out;
        for (const Plan& p : m.plans)
            if (plan.empty() || p.id.value == plan)
                for (const Gap& g : p.gaps) out.push_back(g.id.value);
        return out;
    };
    return t;
}

Output run_close(const Invocation& inv) {
    Output out;
    auto gap = inv.value("gap");
    if (!gap) return usage(out, "close needs a GAP item", "scmplan close G03 --on 2023-06-20 [PATH…]");
    CloseEdit edit;
    edit.gap = *gap;
    edit.reopen = inv.flag("--reopen");
    edit.force = inv.flag("--force");
    edit.evidence = inv.list("--evidence");
    auto on = inv.value("--on");
    if (edit.reopen && (on || !edit.evidence.empty()))
        return usage(out, "--reopen takes no --on and no --evidence", "scmplan close G03 --reopen");
    if (!edit.reopen && !on)
        return usage(out, "close needs the day the GAP item was closed: --on DATE", "scmplan close G03 --on 2023-06-20");
    if (on) {
        DateParse p = parse_date(*on);
        if (!p.date) return usage(out, fmt::format("--on: {}", p.error), p.hint);
        edit.on = *p.date;
    }
    return record_in_file(inv, out, inv.paths, gap_target(*gap),
                          [&](std::string_view text) { return record_close(text, edit); });
}

}  // namespace

CommandSpec close_command() {
    return edit_command(
        "close", "record a GAP item of the plan as closed (its date and evidence) in the plan file, in place",
        {"gap", "", "GAP", "the GAP item's id, e.g. G03", {}, Complete::gap_ids},
        {{"--on", "", "DATE", "the day it was closed (ISO, Thai or day/month/year date)", {}},
         {"--evidence", "", "PATH", "evidence that it is closed: a path relative to the workspace root, or a URL (repeat for more)", {}, Complete::files, true},
         {"--reopen", "", "", "undo: status planned, the closing date removed", {}},
         {"--force", "", "", "replace a different closing date already recorded", {}}},
        run_close,
        {{"scmplan close G01 --on 2023-06-20 --evidence evidence/a01-approval.pdf --dry-run",
          "show the edit that closes G01 on 20 Jun 2023, with its evidence"},
         {"scmplan close G03 --reopen --dry-run", "show the edit that reopens G03"}});
}

}  // namespace scmplan::cli

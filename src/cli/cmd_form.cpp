// scmplan form [PATH] --quarter N [--plan ID] [--unit UNIT] -o FILE.xlsx: the
// progress form a unit fills in (progress_form.hpp), read back by `import`.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "commands.hpp"
#include "common.hpp"
#include "form_cells.hpp"
#include "formats.hpp"
#include "output_format.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/progress_form.hpp"
#include "scmplan/sha256.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"
#include "workspaces.hpp"

namespace scmplan::cli {

namespace {

Output run_form(const Invocation& inv) {
    Output out;
    std::string q = inv.value("--quarter").value_or("");
    if (q.empty()) return usage(out, "form needs --quarter N (1 to 4): the quarter whose reports the unit fills in");
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
        return usage(out, fmt::format("--quarter must be 1, 2, 3 or 4, not '{}'", escape_for_terminal(q)));
    auto sel = select_plans(inv, out, false);
    if (!sel) return out;
    if (sel->plans.size() != 1) {
        std::vector<std::string> ids;
        for (const Plan* p : sel->plans) ids.push_back(p->id.value);
        return usage(out, fmt::format("a form is of one plan; these are {}: {}", ids.size(), fmt::join(ids, ", ")),
                     "choose one with --plan");
    }
    const WorkspacePlans& w = sel->chosen.front();
    const Model& m = *w.model;
    const Plan& plan = *w.plans.front();
    std::string unit = inv.value("--unit").value_or("");
    // A unit is one the plan's activities or the workspace's units name: a
    // code no one uses gets no form of the activities every unit owns.
    std::set<std::string> owners;
    for (const Activity* a : m.activities_of(plan.id.value))
        for (const auto& o : a->owners) owners.insert(o.value);
    bool known = owners.count(unit) > 0;
    if (m.workspace)
        for (const auto& [code, name] : m.workspace->units) known = known || code.value == unit;
    if (!unit.empty() && (!known || form_activities(m, plan.id.value, unit).empty())) {
        std::string near = closest_match(unit, std::vector<std::string>(owners.begin(), owners.end()));
        return usage(out, fmt::format("no activity of plan {} is owned by '{}'", escape_for_terminal(plan.id.value),
                                      escape_for_terminal(unit)),
                     near.empty() ? fmt::format("owners: {}", escape_for_terminal(fmt::format("{}", fmt::join(owners, ", "))))
                                  : fmt::format("did you mean '{}'?", escape_for_terminal(near)));
    }

    FormRequest r;
    r.plan = plan.id.value;
    r.unit = unit;
    r.quarter = q[0] - '0';
    r.lang = sel->render.lang;
    r.workspace = m.workspace_root;
    r.made = inv.env.today;
    // The state of every activity file the form shows, as read now.
    std::set<std::string> seen;
    for (const Activity* a : form_activities(m, r.plan, r.unit)) {
        const std::string& path = m.files.at(a->loc.file);
        if (!seen.insert(path).second) continue;
        FileRead read = inv.env.files->read(path, std::size_t{64} << 20);
        if (!read.text) {
            out.err += fmt::format("scmplan: error: cannot read {}: {}\n", escape_for_terminal(path),
                                   escape_for_terminal(read.error));
            return out.ending(exit_io);
        }
        r.files.push_back({relative_to_root(path, m.root.empty() ? m.workspace_root : m.root, inv.env.cwd),
                           sha256_hex(*read.text)});
    }
    auto form = std::make_shared<Workbook>(progress_form(m, r));
    render_output({{Format::xlsx, xlsx([form] { return *form; })}}, Format::xlsx, out);
    if (out.exit_code == exit_ok && !inv.flag("--quiet"))
        out.err += fmt::format("scmplan: form of plan {}{}, quarter {}: {} step(s), {} report(s)\n",
                               escape_for_terminal(r.plan),
                               unit.empty() ? "" : fmt::format(", unit {}", escape_for_terminal(unit)), r.quarter,
                               form->sheets[0].rows.size(), form->sheets[1].rows.size());
    return out;
}

}  // namespace

CommandSpec form_command() {
    return with_filters(
        {"form",
         "the progress form a unit fills in (xlsx): its steps' done dates, the quarter's reports; read back by import",
         {{"--quarter", "", "N", "the quarter whose reports the form asks for: 1 to 4", {"1", "2", "3", "4"}},
          opt_plan(),
          {"--unit", "", "UNIT", "only the activities this unit owns (a code of the workspace's units, e.g. ส.ตต.)", {}},
          format_option("form"),
          opt_lang(),
          opt_output(),
          opt_color(),
          opt_quiet()},
         run_form,
         true,
         {{"scmplan form --quarter 3 --unit ส.ตต. -o q3-stt.xlsx", "the Q3 form of the unit ส.ตต."},
          {"scmplan form --quarter 3 --unit ออป.ภาค -o q3-region.xlsx", "the Q3 form of the regional units (ออป.ภาค)"},
          {"scmplan form --quarter 3 --lang en -o q3.xlsx", "the Q3 form of every activity, in English"}}});
}

}  // namespace scmplan::cli

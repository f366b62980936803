// The lines and the table of the action plan document that hold the
// plan-time fields the published layout leaves out (docs/plan-document.md):
// an activity's labelled lines and its steps' due dates and weights (table
// 12.3), and the units the plan names (under section 5). Worded so that the
// importer reads them back (src/load/plan_import_layout.cpp).
#include <fmt/format.h>

#include <algorithm>

#include "plan_blocks.hpp"
#include "scmplan/json_writer.hpp"

namespace scmplan::plan_doc {

/// A step as table 12.3 lists it: "1) title", "3.1 title" (sub-steps as
/// published), then its due date and weight when given: "(กำหนดเสร็จ 31 มี.ค.
/// 2566, น้ำหนัก 2)".
std::string step_line(const Step& s, Lang lang) {
    const std::string& id = s.id.value;
    bool whole = !id.empty() && id.find_first_not_of("0123456789") == std::string::npos;
    std::string line = whole ? fmt::format("{}) {}", id, s.title) : fmt::format("{} {}", id, s.title);
    std::string extra;
    if (s.due) extra = label_with("plan.step.due", lang, format_date(s.due->value, lang));
    if (s.weight.value != 1.0)
        extra += (extra.empty() ? "" : ", ") + label_with("plan.step.weight", lang, format_number(s.weight.value));
    return extra.empty() ? line : fmt::format("{} ({})", line, extra);
}

/// Table 12.3's activity cell: the title, its labelled lines (description,
/// group, GAP items, not counted), then one line per step.
Cell activity_cell(const Activity& a, Lang lang) {
    Cell c;
    c.lines = {a.title};
    if (!a.description.empty()) c.lines.push_back(label_with("plan.activity.description", lang, a.description));
    if (!a.group.empty()) c.lines.push_back(label_with("plan.activity.group", lang, a.group));
    if (!a.gaps.empty()) {
        std::string ids;
        for (const auto& g : a.gaps) ids += (ids.empty() ? "" : ", ") + g.value;
        c.lines.push_back(label_with("plan.activity.gaps", lang, ids));
    }
    if (!a.counts) c.lines.push_back(label("plan.activity.not_counted", lang));
    for (const Step& s : a.steps) c.lines.push_back(step_line(s, lang));
    return c;
}

/// The units the plan names (its owner, its activities' owners) that the
/// workspace registers, with their full names: the table under section 5.
std::optional<Table> units_table(const PlanDocument& d, const Model& m, Lang lang) {
    if (!m.workspace || m.workspace->units.empty()) return std::nullopt;
    std::vector<std::string> named{d.plan->owner.value};
    for (const Activity* a : d.activities)
        for (const auto& o : a->owners)
            if (std::find(named.begin(), named.end(), o.value) == named.end()) named.push_back(o.value);
    Table t;
    t.columns = {label("plan.units.code", lang), label("plan.units.name", lang)};
    t.wrap = {false, true};
    t.shares = {25, 75};
    for (const auto& [code, name] : m.workspace->units)
        if (std::find(named.begin(), named.end(), code.value) != named.end()) {
            Cell unit, full;
            unit.lines = {code.value};
            full.lines = {name.empty() ? "-" : name};
            t.rows.push_back({unit, full});
        }
    if (t.rows.empty()) return std::nullopt;
    return t;
}

}  // namespace scmplan::plan_doc

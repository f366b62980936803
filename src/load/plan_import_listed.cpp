// The importer's readings of the tables that the action plan document of
// `scmplan plan` adds to the published layout (docs/plan-document.md): the
// KPIs of section 10, the units under section 5, and the unit that reports to
// the director in table 12.1 (the plan's owner), found by their header cells;
// and the unit registry of the draft, from that table or from the owners.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "plan_import_layout.hpp"
#include "plan_import_parts.hpp"
#include "plan_import_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan::import_parts {

using namespace import_text;

/// Section 10's table of KPIs, when there is one: a column of ids (ที่), of
/// the indicators (ตัวชี้วัด) and of their criteria (เกณฑ์) whose every row
/// reads as a measure and a criterion ("กิจกรรมที่แล้วเสร็จ ≥ 8").
void read_kpi_table(Context& c, const Section& s) {
    for (auto b : s.blocks) {
        if (!c.is_table(b)) continue;
        const DocxTable& t = c.table(b);
        if (t.rows.size() < 2 || t.columns < 3) continue;
        std::optional<std::size_t> id, text, crit;
        for (std::size_t col = 0; col < t.columns; ++col) {
            std::string h = t.at(0, col).text();
            if (!id && (h == "ที่" || h == "No.")) id = col;
            else if (!text && (contains(h, "ตัวชี้วัด") || h == "KPI" || contains(h, "Indicator"))) text = col;
            else if (!crit && (contains(h, "เกณฑ์") || contains(h, "Criterion"))) crit = col;
        }
        if (!id || !text || !crit) continue;
        std::vector<draft::Kpi> kpis;
        for (std::size_t r = 1; r < t.rows.size(); ++r) {
            auto kc = import_layout::read_kpi_criterion(t.at(r, *crit).text());
            if (!kc) return;
            draft::Kpi k;
            k.id = t.at(r, *id).text();
            k.text = c.text(t.at(r, *text).text(), c.where_cell(b, r, t.at(0, *text).text()));
            k.measure = kc->measure;
            k.op = kc->criterion.op;
            k.value = *read_number(kc->criterion.value);
            k.how = c.where_cell(b, r, t.at(0, *crit).text());
            kpis.push_back(std::move(k));
        }
        for (std::size_t r = 0; r < t.rows.size(); ++r) c.use_row(b, r);
        c.used[b] = true;
        c.d.plan.kpis = std::move(kpis);
        return;
    }
}

/// The unit of the row of reports to the director ("รายงานผลการดำเนินงาน…")
/// in a table of section 12 with a column of owners (table 12.1 of `scmplan
/// plan`): the plan's owner, who reports. "" when there is no such row.
std::string reporting_unit(Context& c, std::string& from) {
    const Section* s = c.section(Kind::steps);
    if (!s) return "";
    for (auto b : s->blocks) {
        if (!c.is_table(b) || c.used[b]) continue;
        const DocxTable& t = c.table(b);
        if (t.rows.empty()) continue;
        std::optional<std::size_t> owner;
        for (std::size_t col = 0; col < t.columns && !owner; ++col)
            if (contains(t.at(0, col).text(), "ผู้รับผิดชอบ") || t.at(0, col).text() == "Responsible") owner = col;
        if (!owner) continue;
        for (std::size_t r = 1; r < t.rows.size(); ++r)
            for (std::size_t col = 0; col < t.columns; ++col)
                if (col != *owner && (starts_with(t.at(r, col).text(), "รายงานผลการดำเนินงาน") ||
                                      starts_with(t.at(r, col).text(), "Report on the plan to the director"))) {
                    std::string unit = t.at(r, *owner).text();
                    if (unit.empty() || unit.find(',') != std::string::npos) return "";
                    from = c.where_cell(b, r, t.at(0, *owner).text()) + " (who reports to the director)";
                    return unit;
                }
    }
    return "";
}

/// A table of units under section 5 (อักษรย่อ | หน่วยงาน): code → full name.
bool units_table(Context& c) {
    const Section* s = c.section(Kind::responsible);
    if (!s) return false;
    for (auto b : s->blocks) {
        if (!c.is_table(b)) continue;
        const DocxTable& t = c.table(b);
        if (t.columns != 2 || t.rows.size() < 2) continue;
        std::string h0 = t.at(0, 0).text(), h1 = t.at(0, 1).text();
        if (!((h0 == "อักษรย่อ" && h1 == "หน่วยงาน") || (h0 == "Code" && h1 == "Unit"))) continue;
        for (std::size_t r = 1; r < t.rows.size(); ++r) {
            std::string name = t.at(r, 1).text();
            c.d.units.push_back({t.at(r, 0).text(), name == "-" ? "" : name,
                                 c.where_cell(b, r, h1)});
        }
        for (std::size_t r = 0; r < t.rows.size(); ++r) c.use_row(b, r);
        c.used[b] = true;
        c.d.units_listed = true;
        return true;
    }
    return false;
}

/// The unit registry: every owner code, but one that differs by one letter
/// from a code used more often (a slip such as ส.ธต. for ส.ตต.), so that
/// `check` reports it. The plan's owner is the code used most.
namespace {

/// A dotted line, the document's blank to fill in by hand.
bool dotted(std::string_view s) { return !s.empty() && s.find_first_not_of('.') == std::string_view::npos; }

}  // namespace

void read_signatures(Context& c) {
    static const std::pair<std::string_view, const char*> roles[] = {
        {"ผู้จัดทำแผน", "prepared_by"}, {"ผู้ทบทวนแผน", "reviewed_by"}, {"ผู้อนุมัติแผน", "approved_by"},
        {"Prepared by", "prepared_by"}, {"Reviewed by", "reviewed_by"}, {"Approved by", "approved_by"}};
    for (std::size_t b = 0; b < c.doc.blocks.size(); ++b) {
        if (!c.is_table(b) || c.used[b]) continue;
        const DocxTable& t = c.table(b);
        if (t.rows.size() != 2) continue;
        std::vector<draft::Signer> found;
        bool all = t.columns > 0;
        for (std::size_t col = 0; col < t.columns && all; ++col) {
            std::string h = t.at(0, col).text();
            const char* role = nullptr;
            for (auto [words, r] : roles)
                if (h == words) role = r;
            if (!role) {
                all = false;
                break;
            }
            draft::Signer s{role, "", "", c.where_cell(b, 1, h)};
            for (const auto& p : t.at(1, col).paragraphs) {
                const std::string& x = p.text;
                if (x.size() > 2 && x.front() == '(' && x.back() == ')' && !dotted(x.substr(1, x.size() - 2)))
                    s.name = x.substr(1, x.size() - 2);
                for (std::string_view w : {"ตำแหน่ง ", "Position "})
                    if (starts_with(x, w) && !dotted(trim(std::string_view(x).substr(w.size()))))
                        s.position = trim(std::string_view(x).substr(w.size()));
            }
            // the position `scmplan plan` prints when none is given is not one given
            if (s.role == std::string("approved_by") &&
                (s.position == "ผู้อำนวยการ" + c.d.plan.organisation.value ||
                 s.position == "Director, " + c.d.plan.organisation.value))
                s.position.clear();
            if (!s.name.empty() || !s.position.empty()) found.push_back(s);
        }
        if (!all) continue;
        for (std::size_t r = 0; r < t.rows.size(); ++r) c.use_row(b, r);
        c.used[b] = true;
        c.d.signatures = std::move(found);
        return;
    }
}

void register_units(Context& c) {
    std::map<std::string, int> uses;
    std::vector<std::string> order;
    for (const auto& a : c.d.activities)
        for (const auto& o : a.owners)
            if (uses[o]++ == 0) order.push_back(o);
    std::string reporter_from;
    std::string reporter = reporting_unit(c, reporter_from);
    if (order.empty() && reporter.empty()) return;
    std::string top = order.empty() ? reporter : order.front();
    for (const auto& o : order)
        if (uses[o] > uses[top]) top = o;
    if (!reporter.empty()) {
        top = reporter;
        c.d.plan.owner = {top, reporter_from};
    } else {
        c.d.plan.owner = {top, fmt::format("the unit named most often as an activity's owner ({} activities)", uses[top])};
        c.d.notes.push_back(fmt::format("the plan's owner is {}, the unit named most often as an activity's owner: the "
                                        "document names the owning unit in words only",
                                        top));
    }
    if (units_table(c)) {
        // the document lists its units: those it does not list are not registered
        for (const auto& o : order)
            if (std::none_of(c.d.units.begin(), c.d.units.end(), [&](const draft::Unit& u) { return u.code == o; }))
                c.d.not_registered.push_back({o, "", "not in the document's table of units"});
        return;
    }
    for (const auto& o : order) {
        std::string near;
        for (const auto& other : order)
            if (other != o && uses[other] > uses[o] && count_code_points(o) == count_code_points(other) &&
                edit_distance(o, other) == 1)
                near = other;
        if (!near.empty()) {
            c.d.not_registered.push_back(
                {o, "", fmt::format("named {} time(s); one letter from {} (named {} times): probably a slip, so it is "
                                    "left out of the registry for `scmplan check` to report (W103)",
                                    uses[o], near, uses[near])});
            c.d.notes.push_back(fmt::format("owner {} is not in scmplan.yaml's units: {}; if it is a unit of its own, "
                                            "add it there",
                                            o, c.d.not_registered.back().why));
            continue;
        }
        std::string name = o;
        if (o == top && c.d.plan.unit.found()) name = c.d.plan.unit.value;
        c.d.units.push_back({o, name, fmt::format("owner of {} activit{}", uses[o], uses[o] == 1 ? "y" : "ies")});
    }
}

}  // namespace scmplan::import_parts

// The importer's risk section (13): its factors, prevention and monitoring
// (the items under their sub-headings), the risk's title, current level,
// target and measure (labelled lines), and the two 5-level scales (a table
// whose first header row names likelihood (L) over its first columns and
// impact (I) over the others).
#include <fmt/format.h>

#include <algorithm>

#include "plan_import_layout.hpp"
#include "plan_import_parts.hpp"
#include "plan_import_text.hpp"
#include "scmplan/date_text.hpp"

namespace scmplan::import_parts {

using namespace import_text;
using namespace import_layout;

namespace {

enum class List { none, factors, mitigation, monitoring };

/// A sub-heading of the risk section: which list follows it.
std::optional<List> sub_heading(const std::string& t) {
    if ((contains(t, "ปัจจัยเสี่ยง") && contains(t, "ประกอบด้วย")) || t == "Risk factors") return List::factors;
    if (t == "Prevention") return List::mitigation;
    if (t == "Monitoring") return List::monitoring;
    if (starts_with(t, "แนวทางป้องกัน") || starts_with(t, "แนวทางการป้องกัน") || starts_with(t, "มาตรการป้องกัน"))
        return List::mitigation;
    if (starts_with(t, "แนวทางการตรวจติดตาม") || starts_with(t, "แนวทางการติดตาม") || starts_with(t, "การติดตาม"))
        return List::monitoring;
    return std::nullopt;
}

/// "label : value" when `t` starts with `label` and has a colon.
std::optional<std::string> labelled_value(const std::string& t, std::string_view label) {
    if (!starts_with(t, label)) return std::nullopt;
    auto colon = t.find(':');
    if (colon == std::string::npos) return std::nullopt;
    return trim(std::string_view(t).substr(colon + 1));
}

/// A level's description cell: its paragraphs, but a last one "เงื่อนไข :
/// METRIC OP VALUE" (the layout `scmplan plan` prints) is the level's `when`.
void level_text(Context& c, const DocxCell& cell, std::string from, draft::Level& lv) {
    std::string text;
    for (const auto& p : cell.paragraphs) {
        if (p.text.empty()) continue;
        if (auto w = read_condition(p.text)) {
            lv.when_metric = w->metric;
            lv.when_op = w->op;
            lv.when_value = w->value;
            continue;
        }
        text += (text.empty() ? "" : " ") + p.text;
    }
    lv.text = c.text(text, std::move(from));
}

/// labelled_value of the first of `labels` that `t` starts with.
std::optional<std::string> labelled_any(const std::string& t, std::initializer_list<std::string_view> labels) {
    for (auto l : labels)
        if (auto v = labelled_value(t, l)) return v;
    return std::nullopt;
}

void read_scales(Context& c, const Section& s, const std::vector<std::size_t>& blocks, draft::Risk& risk) {
    for (auto b : blocks) {
        if (!c.is_table(b)) continue;
        const DocxTable& t = c.table(b);
        // the first row: L over some columns, I over the others
        std::optional<std::size_t> l_from, i_from;
        for (std::size_t col = 0; col < t.columns && !t.rows.empty(); ++col) {
            std::string h = t.at(0, col).text();
            if (!l_from && (contains(h, "(L)") || contains(h, "โอกาส"))) l_from = col;
            if (!i_from && (contains(h, "(I)") || contains(h, "ผลกระทบ"))) i_from = col;
        }
        if (!l_from || !i_from) continue;
        c.used[b] = true;
        c.use_row(b, 0);
        risk.scales_from = fmt::format("section {}, table {}", kind_name(s.kind), t.number);
        // the sub-header row: ระดับ | ความหมาย | รายละเอียด under each
        std::size_t r0 = 1;
        struct Part {
            std::size_t level = 0, label = 0, text = 0;
            bool ok = false;
        };
        auto part_of = [&](std::size_t from, std::size_t to) {
            Part p;
            bool lv = false, lb = false, tx = false;
            for (std::size_t col = from; col < to && r0 < t.rows.size(); ++col) {
                std::string h = t.at(r0, col).text();
                if (!lv && (contains(h, "ระดับ") || h == "Level")) p.level = col, lv = true;
                else if (!lb && (contains(h, "ความหมาย") || contains(h, "ระดับความ") || h == "Meaning")) p.label = col, lb = true;
                else if (!tx && (contains(h, "รายละเอียด") || contains(h, "คำอธิบาย") || contains(h, "เกณฑ์") || h == "Description")) p.text = col, tx = true;
            }
            p.ok = lv && lb && tx;
            return p;
        };
        std::size_t split = std::max(*l_from, *i_from);
        Part lp = *l_from < *i_from ? part_of(*l_from, split) : part_of(split, t.columns);
        Part ip = *l_from < *i_from ? part_of(split, t.columns) : part_of(*i_from, split);
        if (!lp.ok || !ip.ok) {
            c.d.notes.push_back(fmt::format("table {}: the risk scales' columns (ระดับ, ความหมาย, รายละเอียด) "
                                            "were not all found; the scales were not read",
                                            t.number));
            return;
        }
        c.use_row(b, r0);
        for (std::size_t r = r0 + 1; r < t.rows.size(); ++r) {
            bool any = false;
            for (auto [part, into] : {std::pair{lp, &risk.likelihood}, std::pair{ip, &risk.impact}}) {
                auto level = read_number(t.at(r, part.level).text());
                if (!level || *level < 1 || *level > 5) continue;
                // "-" and "-": a level the risk does not give (the layout of `scmplan plan`)
                if (t.at(r, part.label).text() == "-" && t.at(r, part.text).text() == "-") continue;
                draft::Level lv;
                lv.level = static_cast<int>(*level);
                lv.label = c.text(t.at(r, part.label).text(), c.where_cell(b, r, t.at(r0, part.label).text()));
                level_text(c, t.at(r, part.text), c.where_cell(b, r, t.at(r0, part.text).text()), lv);
                into->push_back(lv);
                any = true;
            }
            if (any) c.use_row(b, r);
        }
        for (auto* v : {&risk.likelihood, &risk.impact})
            std::sort(v->begin(), v->end(), [](const auto& a, const auto& z) { return a.level < z.level; });
        return;
    }
}

}  // namespace

namespace {

/// A risk's heading as `scmplan plan` prints it: a Word heading "R1 title"
/// (an id of capital letters and digits, a space, the title).
std::optional<std::pair<std::string, std::string>> risk_heading(const DocxParagraph& p) {
    if (p.heading == 0) return std::nullopt;
    const std::string& t = p.text;
    std::size_t i = 0;
    while (i < t.size() && t[i] >= 'A' && t[i] <= 'Z') ++i;
    std::size_t letters = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (letters == 0 || i == letters || i >= t.size() || t[i] != ' ') return std::nullopt;
    return std::pair{t.substr(0, i), trim(std::string_view(t).substr(i + 1))};
}

/// One risk from its blocks (the whole section, or the blocks under its heading).
void read_one_risk(Context& c, const Section& s, const std::vector<std::size_t>& blocks, draft::Risk risk) {
    List list = List::none;
    for (auto b : blocks) {
        if (c.is_table(b)) continue;
        const DocxParagraph& p = c.para(b);
        if (p.text.empty()) continue;
        std::string number;
        std::string t = strip_marker(p.text, &number);
        if (auto h = sub_heading(t)) {
            list = *h;
            c.used[b] = true;
            continue;
        }
        if (auto v = labelled_value(t, "ปัจจัยเสี่ยง")) {
            risk.title = c.text(*v, c.where(s, b));
            c.used[b] = true;
            list = List::none;
            continue;
        }
        if (auto v = labelled_any(t, {"สถานะปัจจุบัน", "Current status"})) {
            if (auto pair = read_level_pair(*v)) {
                risk.current = pair;
                risk.current_from = c.where(s, b);
                risk.current_as_of = assessed_on(*v);
                c.used[b] = true;
            }
            list = List::none;
            continue;
        }
        if (auto v = labelled_any(t, {"เป้าหมาย", "Target"})) {
            if (auto pair = read_level_pair(*v)) {
                risk.target = pair;
                risk.target_from = c.where(s, b);
                c.used[b] = true;
            }
            list = List::none;
            continue;
        }
        if (auto v = labelled_any(t, {"เกณฑ์วัด", "Measure"})) {
            risk.measure = c.text(*v, c.where(s, b));
            c.used[b] = true;
            list = List::none;
            continue;
        }
        // an item of the list under the last sub-heading: a bullet, a number or a Word list item
        bool item = p.list_item || !number.empty() || t != p.text;
        if (list == List::none || !item) {
            list = List::none;
            continue;
        }
        auto& into = list == List::factors ? risk.factors : list == List::mitigation ? risk.mitigation : risk.monitoring;
        into.push_back(c.text(t, c.where(s, b)));
        c.used[b] = true;
    }
    read_scales(c, s, blocks, risk);
    if (!risk.title.found()) {
        c.d.notes.push_back(fmt::format("section {}: no line \"ปัจจัยเสี่ยง : …\" names the risk: no risk file was "
                                        "written",
                                        kind_name(s.kind)));
        return;
    }
    if (risk.likelihood.empty() && risk.impact.empty()) {
        c.d.notes.push_back(fmt::format("section {}: the likelihood and impact scales of risk {} were not found: no "
                                        "risk file was written",
                                        kind_name(s.kind), risk.id));
        return;
    }
    if (risk.current && risk.current_as_of.empty())
        c.d.notes.push_back(fmt::format("{}: the current level {} × {} has no date in the document: it is written as "
                                        "the risk's first assessment, as of the plan's first day",
                                        risk.current_from, risk.current->first, risk.current->second));
    c.d.risks.push_back(std::move(risk));
}

}  // namespace

void read_risk(Context& c) {
    const Section* s = c.section(Kind::risk);
    if (!s) return;
    // Risks under headings of their own ("R1 title", "R2 title"), each read
    // from its blocks; else the section is one risk, R1.
    std::vector<std::pair<draft::Risk, std::vector<std::size_t>>> parts;
    std::vector<std::size_t> before;
    for (auto b : s->blocks) {
        if (!c.is_table(b))
            if (auto h = risk_heading(c.para(b))) {
                draft::Risk r;
                r.id = h->first;
                r.title = c.text(h->second, c.where(*s, b));
                c.used[b] = true;
                parts.push_back({std::move(r), {}});
                continue;
            }
        (parts.empty() ? before : parts.back().second).push_back(b);
    }
    if (parts.empty()) {
        read_one_risk(c, *s, s->blocks, draft::Risk{});
        return;
    }
    for (auto& [risk, blocks] : parts) read_one_risk(c, *s, blocks, std::move(risk));
}

}  // namespace scmplan::import_parts

// The importer's tables: the baseline scores (section 8), the GAP items and
// the table of the items taken up this year (section 9), and the activity
// table (section 12). Columns are found by the words of their headers, never
// by their place, so a table with its columns in another order reads the same.
#include <fmt/format.h>

#include <algorithm>

#include "plan_import_layout.hpp"
#include "plan_import_parts.hpp"
#include "plan_import_text.hpp"

namespace scmplan::import_parts {

using namespace import_text;
using namespace import_layout;

namespace {

/// The header rows of a table: the leading rows before the first whose first
/// column is a number or an id, at most 3 (at least 1).
std::size_t header_rows(const DocxTable& t) {
    for (std::size_t r = 0; r < t.rows.size() && r < 3; ++r)
        if (row_number(t.at(r, 0).text()) || (t.columns > 0 && t.at(r, 0).text().empty() && r > 0 &&
                                               !t.rows[r][0].covered))
            return std::max<std::size_t>(r, 1);
    return std::min<std::size_t>(t.rows.size(), 1);
}

/// A column's header: the distinct texts of the header rows above it, joined.
std::string column_header(const DocxTable& t, std::size_t col, std::size_t head) {
    std::string out;
    std::string last;
    for (std::size_t r = 0; r < head; ++r) {
        std::string s = t.at(r, col).text();
        if (s.empty() || s == last) continue;
        out += (out.empty() ? "" : " ") + s;
        last = s;
    }
    return out;
}

std::string no_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

/// The first column whose header (spaces ignored) contains one of `words`.
std::optional<std::size_t> find_column(const std::vector<std::string>& headers, std::initializer_list<std::string_view> words,
                                       std::optional<std::size_t> not_this = std::nullopt) {
    for (auto w : words)
        for (std::size_t c = 0; c < headers.size(); ++c)
            if (c != not_this && contains(no_spaces(headers[c]), w)) return c;
    return std::nullopt;
}

}  // namespace

void read_baseline(Context& c) {
    const Section* s = c.section(Kind::baseline);
    if (!s) return;
    const std::string enabler = c.d.plan.enabler.value.empty() ? "X" : c.d.plan.enabler.value;
    const Enabler* rules_enabler = find_enabler(c.rules, enabler);
    for (auto b : s->blocks) {
        if (!c.is_table(b)) continue;
        const DocxTable& t = c.table(b);
        std::size_t head = header_rows(t);
        // year columns: a header with a Buddhist Era year in it
        std::vector<std::pair<std::size_t, int>> years;
        for (std::size_t col = 1; col < t.columns; ++col) {
            if (col > 0 && t.rows[0][col].covered && t.rows[0][col].origin_col != col) continue;
            std::string h = column_header(t, col, head);
            for (std::size_t i = 0; i + 4 <= h.size(); ++i)
                if (auto y = read_number(h.substr(i, 4)); y && (i + 4 == h.size() || h[i + 4] < '0' || h[i + 4] > '9')) {
                    // a Buddhist Era year; or "2019 (baseline)", a Common Era one (the English document)
                    if (*y >= 2400 && *y <= 2700) years.push_back({col, static_cast<int>(*y)});
                    else if (*y >= 1900 && *y < 2400 && contains(h, "(baseline)"))
                        years.push_back({col, static_cast<int>(*y) + 543});
                    else continue;
                    break;
                }
        }
        if (years.empty()) continue;
        for (std::size_t r = 0; r < head; ++r) c.use_row(b, r);
        std::vector<draft::Baseline> out(years.size());
        for (std::size_t k = 0; k < years.size(); ++k) {
            out[k].year = years[k].second;
            out[k].from = fmt::format("section {}, table {}, column '{}'", kind_name(s->kind), t.number,
                                      column_header(t, years[k].first, head));
        }
        int module = 0, topic = 0;
        std::vector<std::string> unknown;
        for (std::size_t r = head; r < t.rows.size(); ++r) {
            std::string label = t.at(r, 0).text();
            std::string number;
            std::string name = strip_marker(label, &number);
            std::string code;
            bool reported = false;
            if (starts_with(name, "Module") || starts_with(name, "module") || starts_with(name, "โมดูล")) {
                ++module;
                topic = 0;
                c.use_row(b, r);
                continue;
            } else if (starts_with(name, "คะแนนรวม") || starts_with(name, "รวม") || starts_with(name, "Total score")) {
                code = enabler;
                reported = true;
            } else if (starts_with(name, "คะแนน") || name == "Score") {
                code = fmt::format("{}.{}", enabler, std::max(module, 1));
                reported = true;
            } else {
                ++topic;
                code = fmt::format("{}.{}.{}", enabler, std::max(module, 1), number.empty() ? std::to_string(topic) : number);
                // a topic the rules name: its code
                if (rules_enabler)
                    for (const auto& m : rules_enabler->modules)
                        for (const auto& tp : m.topics)
                            if (!tp.name.th.empty() && no_spaces(tp.name.th) == no_spaces(name)) code = tp.code.value;
            }
            bool known = false;
            if (rules_enabler) {
                known = code == rules_enabler->code.value;
                for (const auto& m : rules_enabler->modules) {
                    known |= code == m.code.value;
                    for (const auto& tp : m.topics) known |= code == tp.code.value;
                }
            }
            if (!known)
                unknown.push_back(code);
            bool any = false;
            for (std::size_t k = 0; k < years.size(); ++k) {
                std::string v = t.at(r, years[k].first).text();
                // "1.0400 (เผยแพร่ 1.0000)": the computed score and the published one; the published is data
                for (std::string_view w : {"(เผยแพร่ ", "(published "})
                    if (auto at = v.find(w); at != std::string::npos && v.back() == ')')
                        v = trim(std::string_view(v).substr(at + w.size(), v.size() - at - w.size() - 1));
                auto x = read_number(v);
                if (!x) continue;
                any = true;
                (reported ? out[k].reported : out[k].topics).push_back({code, *x, v, known});
            }
            if (any) c.use_row(b, r);
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& z) { return a.year < z.year; });
        c.d.plan.baseline = out;
        c.used[b] = true;
        if (!unknown.empty()) {
            std::string list;
            for (const auto& u : unknown) list += (list.empty() ? "" : ", ") + u;
            c.d.notes.push_back(fmt::format(
                "section {}, table {}: the built-in rules give enabler {} no code {}: those scores are kept as "
                "comments in plan.yaml; give the enabler its modules and topics in a rules file (scmplan rules "
                "--enabler {}) and uncomment them",
                kind_name(s->kind), t.number, enabler, list, enabler));
        }
        break;
    }
    // the achievements: the numbered items after "ประเด็นหลักที่ … ดำเนินการได้"
    bool on = false;
    for (auto b : s->blocks) {
        if (c.is_table(b)) continue;
        const DocxParagraph& p = c.para(b);
        if (p.text.empty()) continue;
        std::string number;
        std::string item = strip_marker(p.text, &number);
        if (!on) {
            on = (contains(p.text, "ดำเนินการได้") && (contains(p.text, "ดังนี้") || contains(p.text, "ประเด็นหลัก"))) ||
                 starts_with(p.text, "What was achieved in");
            continue;
        }
        if (number.empty() && !p.list_item) break;
        c.d.plan.achievements.push_back(c.text(item, c.where(*s, b)));
        c.used[b] = true;
    }
}

void read_gaps(Context& c) {
    const Section* s = c.section(Kind::gaps);
    if (!s) return;
    // the assessor's list: the first run of numbered items (or Word list items)
    bool started = false;
    std::vector<std::string> topic_codes;
    if (const Enabler* e = find_enabler(c.rules, c.d.plan.enabler.value))
        for (const auto& m : e->modules)
            for (const auto& tp : m.topics) topic_codes.push_back(tp.code.value);
    for (auto b : s->blocks) {
        if (c.is_table(b)) {
            if (started) break;
            continue;
        }
        const DocxParagraph& p = c.para(b);
        if (p.text.empty()) continue;
        std::string number;
        std::string item = strip_marker(p.text, &number);
        if (number.empty() && !p.list_item) {
            if (started) break;
            continue;
        }
        started = true;
        draft::Gap g;
        g.id = fmt::format("G{:02}", c.d.plan.gaps.size() + 1);
        g.text = c.text(item, c.where(*s, b));
        // "G01 (SCM.1.1) text": the id and topic as the document states them
        if (auto gi = read_gap_item(item, topic_codes)) {
            g.id = gi->id;
            g.topic = gi->topic;
            g.text = c.text(gi->text, c.where(*s, b));
        }
        g.status = "open";
        g.status_from = "not found in the table of the items taken up this year";
        c.d.plan.gaps.push_back(g);
        c.used[b] = true;
    }
    // the items taken up this year: a two-column table (the item restated | the work)
    for (auto b : s->blocks) {
        if (!c.is_table(b)) continue;
        const DocxTable& t = c.table(b);
        if (t.columns < 2) continue;
        std::size_t head = 1;
        std::vector<std::string> headers;
        for (std::size_t col = 0; col < t.columns; ++col) headers.push_back(column_header(t, col, head));
        auto item_col = find_column(headers, {"ประเด็น", "GAP", "ช่องว่าง", "Itemtakenup"});
        auto work_col = find_column(headers, {"แผนงาน", "โครงการ", "กิจกรรม", "Plan/project"}, item_col);
        if (!item_col || !work_col) continue;
        std::size_t id_col = SIZE_MAX;  // a column of ids ("G03"), when there is one
        if (auto col = find_column(headers, {"ที่", "No."}); col && col != item_col && col != work_col) id_col = *col;
        c.use_row(b, 0);
        std::vector<bool> taken(c.d.plan.gaps.size(), false);
        for (std::size_t r = head; r < t.rows.size(); ++r) {
            std::string item = strip_marker(t.at(r, *item_col).text());
            if (item.empty()) continue;
            // the gap it names by its id ("G03"), else the one it restates: the most
            // alike, not taken yet ("ควร มี…" → "อ.อ.ป. มี…")
            std::size_t best = SIZE_MAX;
            double best_score = 0.5;
            std::string id = id_col != SIZE_MAX ? t.at(r, id_col).text() : "";
            for (std::size_t g = 0; g < c.d.plan.gaps.size() && is_row_id(id); ++g)
                if (!taken[g] && c.d.plan.gaps[g].id == id) best = g, best_score = 1;
            for (std::size_t g = 0; g < c.d.plan.gaps.size() && best == SIZE_MAX; ++g) {
                if (taken[g]) continue;
                double sc = similarity(item, c.d.plan.gaps[g].text.value);
                if (sc > best_score) best = g, best_score = sc;
            }
            if (best == SIZE_MAX) {
                c.d.notes.push_back(fmt::format("table {} row {}: the item \"{}\" matches none of the gap list's "
                                                "items (under half alike): not linked",
                                                t.number, r + 1, item));
                continue;
            }
            taken[best] = true;
            draft::Gap& g = c.d.plan.gaps[best];
            g.status = "planned";
            g.status_from = fmt::format("table {} row {} takes it up ({:.0f}% alike)", t.number, r + 1, best_score * 100);
            g.action = c.text(unless_dash(t.at(r, *work_col).text()), c.where_cell(b, r, headers[*work_col]));
            c.use_row(b, r);
        }
    }
}

namespace {

/// One activity from its rows' cells (the first row numbered, the rest
/// continuing it).
struct RowCells {
    std::vector<DocxParagraph> title, target_lines;
    std::string id;  ///< the row's id when it is one ("A01"), else ""
    std::string owners, place, target, period, income, expense;
    std::size_t first_row = 0;
};

void add_cell(std::string& into, const DocxCell& cell) {
    std::string t = cell.text();
    if (!t.empty()) into += (into.empty() ? "" : " ") + t;
}

}  // namespace

bool read_activities(Context& c, std::string& error) {
    // the activity table: the table whose headers name an activity, its owners,
    // its target and its period; of several, the one with the most such columns
    std::size_t best = SIZE_MAX;
    int best_score = 0;
    struct Columns {
        std::optional<std::size_t> number, title, owners, place, target, period, income, expense;
    } cols, best_cols;
    std::size_t best_head = 1;
    std::vector<std::string> best_headers;
    for (std::size_t b = 0; b < c.doc.blocks.size(); ++b) {
        if (!c.is_table(b) || c.used[b]) continue;
        const DocxTable& t = c.table(b);
        std::size_t head = header_rows(t);
        std::vector<std::string> headers;
        for (std::size_t col = 0; col < t.columns; ++col) headers.push_back(column_header(t, col, head));
        cols = {};
        cols.title = find_column(headers, {"กิจกรรม", "ขั้นตอน", "แผนงาน", "โครงการ", "Activity"});
        cols.owners = find_column(headers, {"ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "Responsible"});
        cols.target = find_column(headers, {"เป้าหมาย", "ตัวชี้วัด", "Target"});
        cols.period = find_column(headers, {"ระยะเวลา", "ช่วงเวลา", "Period"});
        cols.place = find_column(headers, {"สถานที่", "Place"});
        cols.number = find_column(headers, {"ที่", "ลำดับ", "No."});
        if (cols.number && (cols.number == cols.place || cols.number == cols.title)) cols.number = std::nullopt;
        cols.income = find_column(headers, {"รายรับ", "รายได้", "income"});
        cols.expense = find_column(headers, {"รายจ่าย", "expense"});
        if (!cols.expense) cols.expense = find_column(headers, {"งบประมาณ"});
        if (!cols.title || !cols.owners || !cols.target || !cols.period) continue;
        int score = 4 + !!cols.place + !!cols.income + !!cols.expense + !!cols.number;
        if (score >= best_score) best = b, best_score = score, best_cols = cols, best_head = head, best_headers = headers;
    }
    if (best == SIZE_MAX) {
        error = "is not an SE-AM action plan: no table of activities was found (a table whose headers name the "
                "activity (กิจกรรม), its owners (ผู้รับผิดชอบ), its target (เป้าหมาย) and its period (ระยะเวลา)); "
                "see docs/import.md";
        return false;
    }
    const DocxTable& t = c.table(best);
    const Columns& k = best_cols;
    c.used[best] = true;
    for (std::size_t r = 0; r < best_head; ++r) c.use_row(best, r);
    std::vector<RowCells> rows;
    for (std::size_t r = best_head; r < t.rows.size(); ++r) {
        std::string num = k.number ? t.at(r, *k.number).text() : "";
        bool empty_row = true;
        for (std::size_t col = 0; col < t.columns; ++col)
            if (!t.rows[r][col].covered && !t.rows[r][col].text().empty()) empty_row = false;
        if (empty_row) continue;
        // a repeated header row (a table broken over pages)
        if (!k.number || !row_number(num)) {
            bool header_again = true;
            for (std::size_t col = 0; col < t.columns && header_again; ++col)
                header_again = t.rows[r][col].covered || t.at(r, col).text().empty() ||
                               contains(best_headers[col], t.at(r, col).text());
            if (header_again) {
                c.use_row(best, r);
                continue;
            }
        }
        bool starts = !k.number || row_number(num) || rows.empty();
        if (starts) {
            rows.push_back({});
            rows.back().first_row = r;
            if (is_row_id(num)) rows.back().id = num;
        }
        RowCells& a = rows.back();
        auto cell = [&](const std::optional<std::size_t>& col) -> const DocxCell* {
            if (!col || t.rows[r][*col].covered) return nullptr;  // a merged cell is read once, at its origin
            return &t.rows[r][*col];
        };
        if (auto x = cell(k.title))
            for (const auto& p : x->paragraphs)
                if (!p.text.empty()) a.title.push_back(p);
        if (auto x = cell(k.owners)) add_cell(a.owners, *x);
        if (auto x = cell(k.place)) add_cell(a.place, *x);
        if (auto x = cell(k.target)) {
            add_cell(a.target, *x);
            for (const auto& p : x->paragraphs)
                if (!p.text.empty()) a.target_lines.push_back(p);
        }
        if (auto x = cell(k.period)) add_cell(a.period, *x);
        if (auto x = cell(k.income)) add_cell(a.income, *x);
        if (k.expense != k.income)
            if (auto x = cell(k.expense)) add_cell(a.expense, *x);
        c.use_row(best, r);
    }
    // Target cells with a criterion line ("≥ 100%", as `scmplan plan` prints) are taken
    // at their word: then a target without that line has no number, whatever it says.
    auto criterion_line = [](const RowCells& row) -> std::optional<Criterion> {
        if (row.target_lines.size() < 2) return std::nullopt;
        return read_criterion(row.target_lines.back().text);
    };
    bool criteria_stated = false;
    for (const auto& row : rows) criteria_stated |= criterion_line(row).has_value();
    for (const auto& row : rows) {
        draft::Activity a;
        a.id = row.id.empty() ? fmt::format("A{:02}", c.d.activities.size() + 1) : row.id;
        auto at = [&](const std::optional<std::size_t>& col) {
            return col ? c.where_cell(best, row.first_row, best_headers[*col]) : std::string();
        };
        // steps: the numbered lines; the title: the lines before the first
        std::size_t first_step = row.title.size();
        for (std::size_t i = 0; i < row.title.size(); ++i) {
            std::string rest;
            if (i > 0 && step_number(row.title[i].text, rest)) {
                first_step = i;
                break;
            }
        }
        std::string title;
        bool described = false;
        for (std::size_t i = 0; i < first_step; ++i) {
            // the labelled lines under the title (group, GAP items, not counted, description)
            if (auto l = i > 0 ? read_activity_line(row.title[i].text) : std::nullopt) {
                std::string from = fmt::format("{}, paragraph {}", at(k.title), row.title[i].number);
                switch (l->kind) {
                    case ActivityLine::Kind::group: a.group = c.text(l->value, from); break;
                    case ActivityLine::Kind::gaps: a.gaps = l->ids; break;
                    case ActivityLine::Kind::not_counted: a.counts = false; break;
                    case ActivityLine::Kind::description:
                        a.description = c.text(l->value, from);
                        described = true;
                        break;
                }
                continue;
            }
            title += (title.empty() ? "" : " ") + row.title[i].text;
        }
        for (std::size_t i = first_step; i < row.title.size(); ++i) {
            std::string rest;
            auto n = step_number(row.title[i].text, rest);
            if (!n) {  // a line continuing the step above
                if (!a.steps.empty()) a.steps.back().title.value += " " + row.title[i].text;
                continue;
            }
            a.steps.push_back({*n, c.text(rest, fmt::format("{}, paragraph {}", at(k.title), row.title[i].number)), "", ""});
        }
        if (a.steps.empty()) {
            // steps numbered by Word (list items after the title): ids in their order, "2.1" a level down
            std::size_t first_item = 0;
            for (std::size_t i = 1; i < row.title.size() && !first_item; ++i)
                if (row.title[i].list_item && row.title[i].list_numbered) first_item = i;
            if (first_item) {
                std::vector<int> counters;
                for (std::size_t i = first_item; i < row.title.size(); ++i) {
                    const DocxParagraph& line = row.title[i];
                    if (!line.list_item || !line.list_numbered) {
                        if (!a.steps.empty()) a.steps.back().title.value += " " + line.text;
                        continue;
                    }
                    std::size_t level = std::min<std::size_t>(static_cast<std::size_t>(line.list_level), 3);
                    counters.resize(level + 1, 0);
                    ++counters[level];
                    std::string id;
                    for (std::size_t lv = 0; lv <= level; ++lv)
                        id += (lv ? "." : "") + std::to_string(std::max(counters[lv], 1));
                    a.steps.push_back({id, c.text(strip_marker(line.text),
                                                  fmt::format("{}, paragraph {}", at(k.title), line.number)), "", ""});
                }
                title.clear();
                for (std::size_t i = 0; i < first_item; ++i) title += (title.empty() ? "" : " ") + row.title[i].text;
                c.d.notes.push_back(fmt::format("{} ({}): the steps are numbered by Word, not in their text: their "
                                                "ids are given in their order (1, 2, 2.1 …); compare them with the "
                                                "document",
                                                at(k.title), a.id));
            }
        }
        // "title (กำหนดเสร็จ DATE, น้ำหนัก N)": a step's due date and weight
        for (auto& st : a.steps) {
            StepExtras x = read_step_extras(st.title.value);
            st.title.value = x.title;
            st.due = x.due;
            st.weight = x.weight;
        }
        if (a.steps.empty() && !described) {
            // no numbered steps: the first sentence is the title, bullets after it the description
            for (std::string_view dash : {" – ", " - ", " — "})
                if (auto cut = title.find(dash); cut != std::string::npos) {
                    a.description = c.text(trim(title.substr(cut + 1)), at(k.title));
                    title = trim(title.substr(0, cut));
                    break;
                }
        }
        a.title = c.text(title, at(k.title));
        a.owners = split_owners(row.owners);
        a.owners_from = at(k.owners) + " (split on '/', ',' and 'และ')";
        a.place = c.text(unless_dash(row.place), at(k.place));
        if (auto crit = criterion_line(row)) {
            std::string text;
            for (std::size_t i = 0; i + 1 < row.target_lines.size(); ++i)
                text += (text.empty() ? "" : " ") + row.target_lines[i].text;
            a.target.text = c.text(unless_dash(text), at(k.target));
            a.target.op = crit->op;
            a.target.value = *read_number(crit->value);
            a.target.unit = crit->unit;
        } else {
            a.target.text = c.text(unless_dash(row.target), at(k.target));
            if (!criteria_stated) read_target(a.target);
        }
        std::string perr;
        a.period = read_period(row.period, perr);
        a.period.from = at(k.period);
        if (!perr.empty()) c.d.notes.push_back(fmt::format("{} ({}): the period was not read: {}", at(k.period), a.id, perr));
        a.income = c.text(unless_dash(row.income), at(k.income));
        a.expense = c.text(unless_dash(row.expense), at(k.expense));
        if (a.steps.empty() && a.target.text.found()) {
            a.steps.push_back({"1", a.target.text, "", ""});
            a.steps_from = "no numbered step in the row: one step, titled with the row's target, stands for the row";
        } else {
            a.steps_from = "the numbered lines of the activity's cell, as numbered";
        }
        c.d.activities.push_back(std::move(a));
    }
    if (c.d.activities.empty()) {
        error = fmt::format("is not an SE-AM action plan: its activity table (table {}) has no activity rows", t.number);
        return false;
    }
    return true;
}

}  // namespace scmplan::import_parts

// Filled progress forms read into changes and problems (import_form.hpp).
// Columns are found by the key in their header's parentheses, rows by their
// plan, activity and step (or quarter); every cell is checked, and every
// problem is kept, so that one run lists them all.
//
// Which value wins (docs/forms.md, "Importing"): an input cell that still
// holds the value it had when the form was made (its base, in the hidden
// sheet) was left as it was and changes nothing, whatever the file holds now;
// a cell the unit changed is recorded, unless the file changed that value too
// since the form was made (a conflict), or it is a `done` date other than
// the one the file already holds. An empty cell changes nothing.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <compare>
#include <set>
#include <tuple>
#include <unordered_map>

#include "form_cells.hpp"
#include "import_form.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/progress_form.hpp"
#include "scmplan/render.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"
#include "scmplan/xlsx_read.hpp"

namespace scmplan::cli {

namespace {

/// The hidden sheet's record of the form's origin.
struct FormMeta {
    bool present = false;
    std::map<std::string, std::string> files;  ///< path from the root → SHA-256 when made
    std::unordered_map<std::string, std::string> base;  ///< "sheet\nidentity\nkey" → value when made
};

FormMeta read_meta(const XlsxBook& book) {
    FormMeta meta;
    const XlsxSheet* s = book.sheet(form_meta_sheet);
    if (!s) return meta;
    meta.present = true;
    std::map<std::uint32_t, std::array<const XlsxCell*, 5>> rows;  // the last cell read of each place counts
    for (const XlsxCell& c : s->cells)
        if (c.row > 1 && c.col < 5) rows[c.row][c.col] = &c;
    for (const auto& [n, cells] : rows) {
        auto text = [&cells](std::size_t i) { return cells[i] ? cell_text(*cells[i]) : std::string(); };
        const std::string kind = text(0);
        if (kind == "file") meta.files[text(1)] = text(2);
        else if (kind == "base") meta.base[text(1) + "\n" + text(2) + "\n" + text(3)] = text(4);
    }
    return meta;
}

/// Reads one form into `reading`.
class FormReader {
public:
    FormReader(const FormFile& form, std::size_t order, const Model& m, const std::string& root,
               const std::map<std::string, std::string>& hashes, const std::string& cwd, FormReading& reading)
        : m_form(form), m_order(order), m_model(m), m_root(root), m_hashes(hashes), m_cwd(cwd), m_out(reading) {}

    void read() {
        const std::optional<XlsxBook>& book = m_form.book;
        if (!book) {
            problem("", 0, 0, DiagCode::E080, fmt::format("cannot read the form: {}", m_form.error),
                    "is it the .xlsx that 'scmplan form' made, saved as an Excel workbook (.xlsx)?");
            return;
        }
        m_book = &*book;
        m_meta = read_meta(*book);
        const XlsxSheet* steps = book->sheet(form_steps_sheet);
        const XlsxSheet* reports = book->sheet(form_reports_sheet);
        if (!steps && !reports) {
            problem("", 0, 0, DiagCode::E080, "has neither a sheet 'steps' nor a sheet 'reports'",
                    "import reads the forms 'scmplan form' makes: keep their sheets' names");
            return;
        }
        if (steps) read_sheet(*steps, form_step_columns(), true);
        if (reports) read_sheet(*reports, form_report_columns(), false);
        if (!m_stale.empty())
            m_out.notes.push_back(fmt::format(
                "{} was made from an older state of {} ({}): its cells were merged where they do not conflict",
                m_form.shown, m_stale.size() == 1 ? "a file" : fmt::format("{} files", m_stale.size()),
                escape_for_terminal(fmt::format("{}", fmt::join(m_stale, ", ")))));
    }

private:
    /// A row's cells by their column's key: a few, searched in order; the
    /// keys are the header's (they outlive the row), and one Row is reused
    /// for every row of a sheet, so that a row costs no allocation.
    struct Row {
        using Item = std::pair<std::string_view, const XlsxCell*>;
        std::vector<Item> items;
        std::vector<Item>::const_iterator find(std::string_view key) const {
            return std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.first == key; });
        }
        std::vector<Item>::const_iterator end() const { return items.end(); }
        bool empty() const { return items.empty(); }
        /// A cell twice in a row (a malformed sheet): the last one read counts.
        void set(std::string_view key, const XlsxCell* c) {
            auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.first == key; });
            if (it != items.end()) it->second = c;
            else items.emplace_back(key, c);
        }
    };

    std::string where(std::string_view sheet, std::uint32_t row, std::uint32_t col) const {
        if (sheet.empty()) return m_form.shown;
        return fmt::format("{}:{}!{}", m_form.shown, escape_for_terminal(sheet), cell_ref(row, col));
    }

    void problem(std::string_view sheet, std::uint32_t row, std::uint32_t col, DiagCode code, std::string message,
                 std::string hint = {}) {
        m_out.problems.push_back({where(sheet, row, col), code, escape_for_terminal(message), escape_for_terminal(hint),
                                  m_order, (std::uint64_t{sheet == form_reports_sheet} << 60) | (std::uint64_t{row} << 20) | col});
    }

    void problem_at(const XlsxSheet& s, const XlsxCell& c, DiagCode code, std::string message, std::string hint = {}) {
        problem(s.name, c.row, c.col, code, std::move(message), std::move(hint));
    }

    /// The header's columns: key → column; unknown, repeated and missing keys
    /// reported. `ok` is false when the rows cannot be read (a key column
    /// missing, a column twice).
    std::map<std::string, std::uint32_t> header(const XlsxSheet& s, const std::vector<FormColumn>& columns,
                                                const std::vector<const XlsxCell*>& cells, bool& ok) {
        std::map<std::string, std::uint32_t> out;
        std::vector<std::string> keys;
        for (const FormColumn& c : columns) keys.emplace_back(c.key);
        ok = true;
        for (const XlsxCell* c : cells) {
            std::string text = cell_text(*c);
            std::string key = form_header_key(text);
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                std::string near = closest_match(key.empty() ? text : key, keys);
                problem_at(s, *c, DiagCode::E081,
                           key.empty() ? fmt::format("the header '{}' has no key in parentheses", text)
                                       : fmt::format("unknown column '{}'", key),
                           near.empty() ? fmt::format("the sheet's columns are {}", fmt::join(keys, ", "))
                                        : fmt::format("did you mean ({})?", near));
                // Reported; the other columns are still read, so that every problem is listed.
            } else if (!out.emplace(key, c->col).second) {
                problem_at(s, *c, DiagCode::E081, fmt::format("the column ({}) is there twice", key),
                           fmt::format("the first is {}", cell_ref(1, out[key])));
                ok = false;
            }
        }
        for (std::string_view need : {"plan", "activity", s.name == form_steps_sheet ? "step" : "quarter"})
            if (!out.count(std::string(need))) {
                problem(s.name, 1, 0, DiagCode::E081, fmt::format("the sheet has no column ({})", need),
                        "rows are found by their plan, activity and step (or quarter): keep those columns");
                ok = false;
            }
        return out;
    }

    void read_sheet(const XlsxSheet& s, const std::vector<FormColumn>& columns, bool steps) {
        // The cells come row by row (as spreadsheets write them): one row at a time.
        std::map<std::string, std::uint32_t> cols;
        std::map<std::uint32_t, std::string> key_of;  // column → key, from the header
        bool header_ok = false, header_seen = false;
        std::vector<const XlsxCell*> row;
        Row r;
        auto flush = [&] {
            if (row.empty()) return;
            if (row.front()->row == 1) {
                cols = header(s, columns, row, header_ok);
                key_of.clear();
                for (const auto& [k, c] : cols) key_of[c] = k;
                header_seen = true;
            } else if (header_ok) {
                r.items.clear();
                for (const XlsxCell* c : row)
                    if (auto k = key_of.find(c->col); k != key_of.end()) r.set(k->second, c);
                if (!r.empty()) steps ? step_row(s, row.front()->row, r) : report_row(s, row.front()->row, r);
            }
            row.clear();
        };
        for (const XlsxCell& c : s.cells) {
            if (!row.empty() && row.front()->row != c.row) flush();
            if (!row.empty() && row.front()->row == 1 && c.row != 1) flush();
            row.push_back(&c);
        }
        flush();
        if (!header_seen)
            problem(s.name, 1, 0, DiagCode::E081, "the sheet has no header row", "row 1 names the columns: (plan), (activity), …");
    }

    std::string text_of(const Row& r, const std::string& key) const {
        auto it = r.find(key);
        return it == r.end() ? "" : cell_text(*it->second);
    }

    /// The activity a row names; nullptr (reported) when its plan or activity is unknown.
    const Activity* activity_of(const XlsxSheet& s, std::uint32_t row, const Row& r) {
        std::string plan = text_of(r, "plan"), id = text_of(r, "activity");
        auto at = [&](const std::string& key) {
            auto it = r.find(key);
            return it == r.end() ? std::pair{row, 0u} : std::pair{row, it->second->col};
        };
        if (plan.empty() || id.empty()) {
            auto [rr, cc] = at(plan.empty() ? "plan" : "activity");
            problem(s.name, rr, cc, DiagCode::E082, fmt::format("a row without its {}", plan.empty() ? "plan" : "activity"),
                    "a row is found by its plan, activity and step (or quarter): leave those cells as the form made them");
            return nullptr;
        }
        if (!m_model.plan(plan)) {
            std::vector<std::string> ids;
            for (const Plan& p : m_model.plans) ids.push_back(p.id.value);
            std::string near = closest_match(plan, ids);
            auto [rr, cc] = at("plan");
            problem(s.name, rr, cc, DiagCode::E082, fmt::format("the workspace has no plan '{}'", plan),
                    near.empty() ? "give the PATH of the workspace the form was made from" : fmt::format("did you mean {}?", near));
            return nullptr;
        }
        if (const Activity* a = m_model.activity(plan, id)) return a;
        std::vector<std::string> ids;
        for (const Activity* a : m_model.activities_of(plan)) ids.push_back(a->id.value);
        std::string near = closest_match(id, ids);
        auto [rr, cc] = at("activity");
        problem(s.name, rr, cc, DiagCode::E082, fmt::format("plan {} has no activity '{}'", plan, id),
                near.empty() ? "" : fmt::format("did you mean {}?", near));
        return nullptr;
    }

    /// Whether the activity's file changed since the form was made (noted once per file).
    bool stale(const Activity& a) {
        if (!m_meta.present) return false;
        if (auto known = m_stale_file.find(a.loc.file); known != m_stale_file.end()) return known->second;
        const std::string& file = m_model.files.at(a.loc.file);
        std::string rel = relative_path(file);
        auto made = m_meta.files.find(rel);
        auto now = m_hashes.find(file);
        bool changed = made == m_meta.files.end() || now == m_hashes.end() || made->second != now->second;
        if (changed) m_stale.push_back(rel);
        m_stale_file[a.loc.file] = changed;
        return changed;
    }

    std::string relative_path(const std::string& file) const;

    /// An activity's step keys (form_step_keys) and the step each names (the
    /// last, should two steps have one key), worked out once per activity.
    struct StepKeys {
        std::vector<std::string> keys;
        std::unordered_map<std::string, std::size_t> index;
    };
    const StepKeys& step_keys(const Activity& a) {
        auto [it, fresh] = m_step_keys.try_emplace(&a);
        if (fresh) {
            it->second.keys = form_step_keys(a);
            for (std::size_t i = 0; i < it->second.keys.size(); ++i) it->second.index[it->second.keys[i]] = i;
        }
        return it->second;
    }

    /// A locked cell must read as the plan does, unless the plan changed since the form was made.
    void locked(const XlsxSheet& s, const Row& r, const std::string& key, const std::string& expected, bool is_stale) {
        auto it = r.find(key);
        std::string got = it == r.end() ? "" : cell_text(*it->second);
        if (got == expected || is_stale || it == r.end()) return;
        problem_at(s, *it->second, DiagCode::E084,
                   fmt::format("the locked cell ({}) was changed: the plan has '{}', the form '{}'", key, expected, got),
                   "ids and titles are the plan's: change them in the activity file, not in the form");
    }

    void locked_date(const XlsxSheet& s, const Row& r, const std::string& key, Date expected, bool is_stale) {
        auto it = r.find(key);
        if (it == r.end() || is_stale) return;
        CellValue<Date> d = cell_date(*it->second, m_book->date1904);
        if (d.value && *d.value == expected) return;
        problem_at(s, *it->second, DiagCode::E084,
                   fmt::format("the locked cell ({}) was changed: the plan has {}, the form '{}'", key,
                               format_iso(expected), cell_text(*it->second)),
                   "due dates are the plan's: change them in the activity file, not in the form");
    }

    std::optional<std::string> base(const XlsxSheet& s, const std::string& identity, const std::string& key) const {
        auto it = m_meta.base.find(s.name + "\n" + identity + "\n" + key);
        if (it != m_meta.base.end()) return it->second;
        if (m_meta.present) return std::string();  // the cell was empty when made
        return std::nullopt;                       // no record: the unit's value is taken
    }

    /// A changed input value: recorded, unless the file changed it too since the form was made.
    void change(const XlsxSheet& s, const XlsxCell& c, const Activity& a, const std::string& step, int quarter,
                const std::string& key, const std::string& value, const std::string& now,
                const std::optional<std::string>& made) {
        if (value == now) return;
        if (made && value == *made) return;  // left as it was made: the file's newer value stands
        if (made && now != *made) {
            problem_at(s, c, DiagCode::E085,
                       fmt::format("({}) was changed in the form and, since the form was made, in {} too: the file "
                                   "has '{}', the form '{}'",
                                   key, m_model.files.at(a.loc.file), now, value),
                       "make a new form (scmplan form) and fill it again, or record the value with scmplan progress");
            return;
        }
        m_out.changes.push_back({m_model.files.at(a.loc.file), a.id.value, step, quarter, key, value, where(s.name, c.row, c.col)});
    }

    void evidence(const XlsxSheet& s, const Row& r, const Activity& a, const std::string& step, int quarter,
                  const std::vector<Evidence>& listed, const std::string& identity) {
        auto it = r.find("evidence");
        if (it == r.end()) return;
        std::optional<std::string> made = base(s, identity, "evidence");
        std::vector<std::string> was = made ? cell_evidence(XlsxCell{0, 0, XlsxCell::Kind::text, *made}) : std::vector<std::string>{};
        for (const std::string& e : cell_evidence(*it->second)) {
            if (std::string why = evidence_problem(e); !why.empty()) {
                problem_at(s, *it->second, DiagCode::E083, why,
                           "copy the file into the workspace (e.g. under evidence/) and give its path from there, or an https address");
                continue;
            }
            bool have = std::any_of(listed.begin(), listed.end(), [&](const Evidence& x) { return x.ref.value == e; });
            if (have || std::find(was.begin(), was.end(), e) != was.end()) continue;
            m_out.changes.push_back({m_model.files.at(a.loc.file), a.id.value, step, quarter, "evidence", e,
                                     where(s.name, it->second->row, it->second->col)});
        }
    }

    void step_row(const XlsxSheet& s, std::uint32_t row, const Row& r) {
        const Activity* a = activity_of(s, row, r);
        if (!a) return;
        std::string key = text_of(r, "step");
        const StepKeys& sk = step_keys(*a);
        const std::vector<std::string>& keys = sk.keys;
        auto found = sk.index.find(key);
        std::size_t index = found == sk.index.end() ? a->steps.size() : found->second;
        if (index == a->steps.size()) {
            auto it = r.find("step");
            std::string near = closest_match(key, keys);
            problem(s.name, row, it == r.end() ? 0 : it->second->col, DiagCode::E082,
                    key.empty() ? "a row without its step" : fmt::format("activity {} has no step '{}'", a->id.value, key),
                    near.empty() ? "" : fmt::format("did you mean step {}?", near));
            return;
        }
        const Step& st = a->steps[index];
        const bool old = stale(*a);
        locked(s, r, "title", st.title, old);
        locked(s, r, "owners", owners_text(*a), old);
        locked_date(s, r, "due", a->due_of(st), old);
        const std::string identity = form_row_identity(a->plan.value, a->id.value, key);
        if (auto it = r.find("done"); it != r.end()) {
            CellValue<Date> d = cell_date(*it->second, m_book->date1904);
            if (!d.value) {
                problem_at(s, *it->second, DiagCode::E083, fmt::format("the done date {}", d.error), d.hint);
            } else {
                std::string value = format_iso(*d.value), now = st.done ? format_iso(st.done->value) : "";
                std::optional<std::string> made = base(s, identity, "done");
                if (!now.empty() && value != now && !(made && value == *made))
                    problem_at(s, *it->second, DiagCode::E085,
                               fmt::format("step {} of {} is already done on {} ({}:{}); the form says {}", key,
                                           a->id.value, now, m_model.files.at(a->loc.file), st.done->loc.line, value),
                               fmt::format("if the form is right, record it with: scmplan done {} {} --on {}", a->id.value,
                                           key, value));
                else
                    change(s, *it->second, *a, key, 0, "done", value, now, made);
            }
        }
        evidence(s, r, *a, key, 0, st.evidence, identity);
    }

    void report_row(const XlsxSheet& s, std::uint32_t row, const Row& r) {
        const Activity* a = activity_of(s, row, r);
        if (!a) return;
        auto qc = r.find("quarter");
        CellValue<double> qn = qc == r.end() ? CellValue<double>{} : cell_number(*qc->second);
        if (!qn.value || *qn.value != std::floor(*qn.value) || *qn.value < 1 || *qn.value > 4) {
            problem(s.name, row, qc == r.end() ? 0 : qc->second->col, DiagCode::E082,
                    qc == r.end() ? "a row without its quarter"
                                  : fmt::format("the quarter '{}' is not 1, 2, 3 or 4", cell_text(*qc->second)),
                    "leave the quarter as the form made it");
            return;
        }
        const int quarter = static_cast<int>(*qn.value);
        const bool old = stale(*a);
        locked(s, r, "title", a->title, old);
        locked(s, r, "target", form_target_text(*a), old);
        const QuarterReport* q = a->report_for(quarter);
        const std::string identity = form_row_identity(a->plan.value, a->id.value, fmt::format("Q{}", quarter));
        if (auto it = r.find("actual"); it != r.end()) {
            CellValue<double> v = cell_number(*it->second);
            auto [lo, hi] = form_actual_range(*a);
            if (!v.value) problem_at(s, *it->second, DiagCode::E083, fmt::format("the actual value {}", v.error), v.hint);
            else if (*v.value < lo || *v.value > hi)
                problem_at(s, *it->second, DiagCode::E083,
                           fmt::format("the actual value {} is out of range: the target of {} is a percentage, {} to {}",
                                       format_number(*v.value), a->id.value, format_number(lo), format_number(hi)));
            else
                change(s, *it->second, *a, "", quarter, "actual", format_number(*v.value),
                       q && q->actual ? format_number(q->actual->value) : "", base(s, identity, "actual"));
        }
        for (const char* key : {"note", "problems", "suggestions"}) {
            auto it = r.find(key);
            if (it == r.end()) continue;
            std::string value = cell_text(*it->second);
            if (value.empty()) continue;
            std::string now = !q ? "" : key == std::string("note") ? q->note : key == std::string("problems") ? q->problems : q->suggestions;
            change(s, *it->second, *a, "", quarter, key, value, now, base(s, identity, key));
        }
        evidence(s, r, *a, "", quarter, q ? q->evidence : std::vector<Evidence>{}, identity);
    }

    const FormFile& m_form;
    std::size_t m_order;
    const Model& m_model;
    const std::string& m_root;
    const std::map<std::string, std::string>& m_hashes;
    const std::string& m_cwd;
    FormReading& m_out;
    const XlsxBook* m_book = nullptr;
    FormMeta m_meta;
    std::vector<std::string> m_stale;
    std::map<std::size_t, bool> m_stale_file;  ///< by the model's file index
    std::unordered_map<const Activity*, StepKeys> m_step_keys;
};

}  // namespace

std::string FormReader::relative_path(const std::string& file) const { return relative_to_root(file, m_root, m_cwd); }

void read_book(FormFile& form) {
    form.book = read_xlsx(std::move(form.bytes), form.error);
    form.bytes = std::string();
    form.read = true;
}

FormReading read_forms(std::vector<FormFile>& forms, const Model& m, const std::string& root,
                       const std::map<std::string, std::string>& hashes, const std::string& cwd) {
    FormReading reading;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (!forms[i].read) read_book(forms[i]);
        FormReader(forms[i], i, m, root, hashes, cwd, reading).read();
    }
    // The same target from several cells: one change when they agree, a
    // conflict naming both when not. The changes are ordered by their target
    // (stable: the first cell read comes first), so that each target's cells
    // are side by side: no key is built per change (a form has 50,000).
    std::vector<FormChange>& all = reading.changes;
    std::vector<std::size_t> order(all.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto target = [](const FormChange& c) {
        return std::tie(c.file, c.activity, c.step, c.quarter, c.key);
    };
    auto same_target = [&](const FormChange& x, const FormChange& y) {
        return target(x) == target(y) && (x.key != "evidence" || x.value == y.value);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const FormChange &a = all[x], &b = all[y];
        if (auto c = target(a) <=> target(b); c != 0) return c < 0;
        return a.key == "evidence" && a.value < b.value;  // each evidence entry is a target of its own
    });
    std::vector<FormChange> unique;
    std::vector<std::pair<std::size_t, FormProblem>> conflicts;
    unique.reserve(order.size());
    for (std::size_t g = 0; g < order.size();) {
        FormChange& first = all[order[g]];
        std::size_t end = g + 1;
        while (end < order.size() && same_target(first, all[order[end]])) ++end;
        std::set<std::string> conflicted;  // a cell given twice (the same form twice) is one conflict
        for (std::size_t k = g + 1; k < end; ++k) {
            const FormChange& c = all[order[k]];
            if (c.value != first.value && conflicted.insert(c.where).second)
                conflicts.emplace_back(order[k], FormProblem{c.where, DiagCode::E086,
                     escape_for_terminal(fmt::format("({}) of {} {} disagrees with {}: '{}' here, '{}' there", c.key,
                                                     c.activity,
                                                     c.step.empty() ? fmt::format("quarter {}", c.quarter) : "step " + c.step,
                                                     first.where, c.value, first.value)),
                     "agree on one value, correct the other form, and import again", forms.size(), 0});
        }
        unique.push_back(std::move(first));
        g = end;
    }
    // The conflicts in the order their cells were read.
    std::sort(conflicts.begin(), conflicts.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [at, p] : conflicts) reading.problems.push_back(std::move(p));
    reading.changes = std::move(unique);
    std::stable_sort(reading.problems.begin(), reading.problems.end(), [](const FormProblem& x, const FormProblem& y) {
        return std::tie(x.order, x.cell) < std::tie(y.order, y.cell);
    });
    return reading;
}

}  // namespace scmplan::cli

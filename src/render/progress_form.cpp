// The progress form (progress_form.hpp): the sheets a unit fills in, and the
// hidden record of where they come from.
#include "scmplan/progress_form.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "scmplan/calendar.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace {

struct ColumnLabel {
    std::string_view key;
    LabelKey label;
};

/// Each column's label: the one place a key meets its words.
constexpr ColumnLabel column_labels[] = {
    {"plan", "form.col.plan"},         {"activity", "form.col.activity"}, {"step", "form.col.step"},
    {"title", "form.col.title"},       {"owners", "form.col.owners"},     {"due", "form.col.due"},
    {"done", "form.col.done"},         {"evidence", "form.col.evidence"}, {"target", "form.col.target"},
    {"quarter", "form.col.quarter"},   {"actual", "form.col.actual"},     {"note", "form.col.note"},
    {"problems", "form.col.problems"}, {"suggestions", "form.col.suggestions"},
};

constexpr double any_number = 1e15;

std::string evidence_text(const std::vector<Evidence>& evidence) {
    std::string out;
    for (const Evidence& e : evidence) out += (out.empty() ? "" : "\n") + e.ref.value;
    return out;
}

}  // namespace

std::string form_target_text(const Activity& a) {
    std::string value = target_value_text(a);
    if (value == "–") return a.target.text;
    return a.target.text.empty() ? value : fmt::format("{} ({})", a.target.text, value);
}

namespace {

ColumnInput input_of(const FormColumn& c, Lang lang, std::pair<double, double> range = {0, 0}) {
    ColumnInput in;
    switch (c.input) {
        case FormInput::locked: break;
        case FormInput::date:
            in.kind = ColumnInput::Kind::date;
            in.prompt = label("form.prompt.done", lang);
            break;
        case FormInput::number:
            in.kind = ColumnInput::Kind::number;
            in.min = range.first, in.max = range.second;
            in.prompt = range.second == any_number ? label("form.prompt.figure", lang)
                                                   : label_with("form.prompt.actual", lang, range.first, range.second);
            break;
        case FormInput::text:
            in.kind = ColumnInput::Kind::text;
            in.prompt = label("form.prompt.text", lang);
            break;
        case FormInput::evidence:
            in.kind = ColumnInput::Kind::text;
            in.prompt = label("form.prompt.evidence", lang);
            break;
    }
    return in;
}

/// Adds a base record (the value an input cell holds as made) when it holds one.
void base(Sheet& meta, std::string_view sheet, const std::string& identity, std::string_view key, std::string value) {
    if (value.empty()) return;
    meta.rows.push_back({Cell::of_text("base"), Cell::of_text(std::string(sheet)), Cell::of_text(identity),
                         Cell::of_text(std::string(key)), Cell::of_text(std::move(value))});
}

}  // namespace

const std::vector<FormColumn>& form_step_columns() {
    static const std::vector<FormColumn> columns{
        {"plan"}, {"activity"}, {"step"}, {"title"}, {"owners"}, {"due"},
        {"done", FormInput::date}, {"evidence", FormInput::evidence}};
    return columns;
}

const std::vector<FormColumn>& form_report_columns() {
    static const std::vector<FormColumn> columns{
        {"plan"}, {"activity"}, {"title"}, {"target"}, {"quarter"}, {"actual", FormInput::number},
        {"note", FormInput::text}, {"problems", FormInput::text}, {"suggestions", FormInput::text},
        {"evidence", FormInput::evidence}};
    return columns;
}

std::string form_header(std::string_view key, Lang lang) {
    for (const ColumnLabel& c : column_labels)
        if (c.key == key) return fmt::format("{} ({})", label(c.label, lang), key);
    return fmt::format("({})", key);
}

std::string form_header_key(std::string_view header) {
    while (!header.empty() && (header.back() == ' ' || header.back() == '\n' || header.back() == '\r')) header.remove_suffix(1);
    if (header.empty() || header.back() != ')') return "";
    auto open = header.rfind('(');
    if (open == std::string_view::npos) return "";
    std::string key(header.substr(open + 1, header.size() - open - 2));
    // Trimmed: "( done )" is read as "done".
    while (!key.empty() && key.front() == ' ') key.erase(key.begin());
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

std::vector<const Activity*> form_activities(const Model& m, const std::string& plan, const std::string& unit) {
    std::vector<const Activity*> out;
    for (const Activity* a : m.activities_of(plan)) {
        bool owned = unit.empty() || std::any_of(a->owners.begin(), a->owners.end(), [&](const Located<std::string>& o) {
                         return o.value == unit || o.value == form_every_unit;
                     });
        if (owned) out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Activity* x, const Activity* y) { return natural_less(x->id.value, y->id.value); });
    return out;
}

std::string form_step_key(const Activity& a, std::size_t step_index) {
    const std::string& id = a.steps[step_index].id.value;
    std::size_t same = 0, nth = 0;
    for (std::size_t i = 0; i < a.steps.size(); ++i)
        if (a.steps[i].id.value == id) {
            ++same;
            if (i == step_index) nth = same;
        }
    return same > 1 ? fmt::format("{}#{}", id, nth) : id;
}

std::vector<std::string> form_step_keys(const Activity& a) {
    std::unordered_map<std::string, std::size_t> same, nth;
    for (const Step& s : a.steps) ++same[s.id.value];
    std::vector<std::string> out;
    out.reserve(a.steps.size());
    for (const Step& s : a.steps) {
        const std::string& id = s.id.value;
        std::size_t n = ++nth[id];
        out.push_back(same[id] > 1 ? fmt::format("{}#{}", id, n) : id);
    }
    return out;
}

std::pair<double, double> form_actual_range(const Activity& a) {
    if (a.target.unit == "%") return {0, 100};
    return {-any_number, any_number};
}

std::string form_row_identity(std::string_view plan, std::string_view activity, std::string_view step_or_quarter) {
    return fmt::format("{}/{}/{}", plan, activity, step_or_quarter);
}

Workbook progress_form(const Model& m, const FormRequest& r) {
    const Plan* plan = m.plan(r.plan);
    Workbook wb;
    wb.lang = r.lang;
    wb.created = r.made;
    wb.font = "TH Sarabun New";
    wb.font_size = 14;
    wb.title = plan ? plan->title : r.plan;
    std::vector<const Activity*> activities = form_activities(m, r.plan, r.unit);

    Sheet meta;
    meta.name = std::string(form_meta_sheet);
    meta.hidden = true;
    meta.headers = {"key", "value", "detail", "column", "base"};
    auto fact = [&](std::string key, std::string value, std::string detail = "") {
        meta.rows.push_back({Cell::of_text(std::move(key)), Cell::of_text(std::move(value)),
                             detail.empty() ? Cell{} : Cell::of_text(std::move(detail)), Cell{}, Cell{}});
    };
    fact("form", "scmplan progress form", "1");
    fact("plan", r.plan);
    fact("quarter", std::to_string(r.quarter));
    fact("unit", r.unit);
    fact("lang", std::string(lang_tag(r.lang)));
    fact("workspace", r.workspace);
    fact("made", format_iso(r.made));
    for (const FormSource& f : r.files) fact("file", f.path, f.sha256);

    Sheet steps;
    steps.name = std::string(form_steps_sheet);
    for (const FormColumn& c : form_step_columns()) {
        steps.headers.push_back(form_header(c.key, r.lang));
        steps.inputs.push_back(input_of(c, r.lang));
    }
    for (const Activity* a : activities) {
        const std::vector<std::string> keys = form_step_keys(*a);
        for (std::size_t i = 0; i < a->steps.size(); ++i) {
            const Step& s = a->steps[i];
            const std::string& key = keys[i];
            const std::string identity = form_row_identity(a->plan.value, a->id.value, key);
            std::string evidence = evidence_text(s.evidence);
            steps.rows.push_back({Cell::of_text(a->plan.value), Cell::of_text(a->id.value), Cell::of_text(key),
                                  Cell::of_text(s.title), Cell::of_text(owners_text(*a)), Cell::of_date(a->due_of(s)),
                                  s.done ? Cell::of_date(s.done->value) : Cell{},
                                  evidence.empty() ? Cell{} : Cell::of_text(evidence)});
            if (s.done) base(meta, form_steps_sheet, identity, "done", format_iso(s.done->value));
            base(meta, form_steps_sheet, identity, "evidence", evidence);
        }
    }

    Sheet reports;
    reports.name = std::string(form_reports_sheet);
    for (const FormColumn& c : form_report_columns()) {
        reports.headers.push_back(form_header(c.key, r.lang));
        reports.inputs.push_back(input_of(c, r.lang));
    }
    std::optional<DateRange> quarter;
    if (plan) quarter = quarter_range(plan->year.value, plan->quarters, r.quarter);
    bool all_percent = true;
    std::vector<std::pair<double, double>> ranges;
    for (const Activity* a : activities) {
        if (!a->counts) continue;
        if (quarter && (a->end.value < quarter->start || quarter->end < a->start.value)) continue;
        all_percent = all_percent && a->target.unit == "%";
        ranges.push_back(form_actual_range(*a));
        const QuarterReport* q = a->report_for(r.quarter);
        const std::string identity = form_row_identity(a->plan.value, a->id.value, fmt::format("Q{}", r.quarter));
        auto text = [](const std::string& s) { return s.empty() ? Cell{} : Cell::of_text(s); };
        std::string evidence = q ? evidence_text(q->evidence) : "";
        reports.rows.push_back({Cell::of_text(a->plan.value), Cell::of_text(a->id.value), Cell::of_text(a->title),
                                Cell::of_text(form_target_text(*a)), Cell::of_number(static_cast<double>(r.quarter)),
                                q && q->actual ? Cell::of_number(q->actual->value) : Cell{},
                                text(q ? q->note : ""), text(q ? q->problems : ""), text(q ? q->suggestions : ""),
                                text(evidence)});
        if (q) {
            if (q->actual) base(meta, form_reports_sheet, identity, "actual", format_number(q->actual->value));
            base(meta, form_reports_sheet, identity, "note", q->note);
            base(meta, form_reports_sheet, identity, "problems", q->problems);
            base(meta, form_reports_sheet, identity, "suggestions", q->suggestions);
            base(meta, form_reports_sheet, identity, "evidence", evidence);
        }
    }
    // The spreadsheet checks each row's actual against its own target's range.
    for (std::size_t c = 0; c < form_report_columns().size(); ++c)
        if (form_report_columns()[c].input == FormInput::number) {
            reports.inputs[c] = input_of(form_report_columns()[c], r.lang,
                                         all_percent ? std::pair<double, double>{0, 100}
                                                     : std::pair<double, double>{-any_number, any_number});
            reports.inputs[c].row_ranges = ranges;
        }
    wb.sheets.push_back(std::move(steps));
    wb.sheets.push_back(std::move(reports));
    wb.sheets.push_back(std::move(meta));
    return wb;
}

}  // namespace scmplan

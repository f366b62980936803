// The labelled lines of the action plan document as `scmplan plan` prints
// them, read back: see plan_import_layout.hpp. The words are those of the
// document's labels (include/scmplan/labels.hpp, keys plan.*), Thai and English.
#include "plan_import_layout.hpp"

#include "plan_import_text.hpp"
#include "scmplan/date.hpp"
#include "scmplan/date_text.hpp"

namespace scmplan::import_layout {

using import_text::contains;
using import_text::read_number;
using import_text::starts_with;
using import_text::trim;

namespace {

/// The text after `label` and a colon ("กลุ่มกิจกรรม : X", "Group: X"), when
/// `s` starts with the label.
std::optional<std::string> after_label(std::string_view s, std::string_view label) {
    if (!starts_with(s, label)) return std::nullopt;
    std::string rest = trim(s.substr(label.size()));
    if (rest.empty() || rest[0] != ':') return std::nullopt;
    return trim(std::string_view(rest).substr(1));
}

std::optional<std::string> after_any(std::string_view s, std::initializer_list<std::string_view> labels) {
    for (auto l : labels)
        if (auto v = after_label(s, l)) return v;
    return std::nullopt;
}

/// A plain number at the start of s ("100", "0.5", "-2"); its length in `len`.
std::string number_at(std::string_view s, std::size_t& len) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    std::size_t digits = 0;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i, ++digits;
    if (digits == 0) return "";
    len = i;
    return std::string(s.substr(0, i));
}

}  // namespace

std::optional<std::string> read_op(std::string_view s, std::size_t& len) {
    static const std::pair<std::string_view, const char*> ops[] = {
        {"≥", ">="}, {"≤", "<="}, {">=", ">="}, {"<=", "<="}, {"==", "="}, {"=", "="}, {"<", "<"}, {">", ">"}};
    for (auto [sym, op] : ops)
        if (starts_with(s, sym)) {
            len = sym.size();
            return std::string(op);
        }
    return std::nullopt;
}

bool is_row_id(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] >= 'A' && s[i] <= 'Z') ++i;
    std::size_t letters = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return letters > 0 && letters <= 3 && i > letters && i == s.size();
}

bool row_number(std::string_view s) { return read_number(s) || is_row_id(s); }

std::string unless_dash(std::string s) { return s == "-" || s == "–" ? std::string() : s; }

std::optional<Criterion> read_criterion(std::string_view s) {
    std::string t = trim(s);
    std::size_t len = 0;
    auto op = read_op(t, len);
    if (!op) return std::nullopt;
    std::string rest = trim(std::string_view(t).substr(len));
    std::size_t nlen = 0;
    std::string value = number_at(rest, nlen);
    if (value.empty() || !read_number(value)) return std::nullopt;
    std::string unit = trim(std::string_view(rest).substr(nlen));
    return Criterion{*op, value, unit};
}

std::optional<KpiCriterion> read_kpi_criterion(std::string_view s) {
    static const std::pair<std::string_view, const char*> measures[] = {
        {"กิจกรรมที่แล้วเสร็จ", "activities_done"},  {"activities done", "activities_done"},
        {"ช่องว่าง (GAP) ที่ปิดได้", "gaps_closed"}, {"GAP items closed", "gaps_closed"},
        {"ความคืบหน้าของแผน", "completion"},       {"plan completion", "completion"},
        {"ขั้นตอนที่แล้วเสร็จตามกำหนด", "on_time"}, {"steps done on time", "on_time"}};
    std::string t = trim(s);
    for (auto [words, measure] : measures) {
        if (!starts_with(t, words)) continue;
        auto c = read_criterion(std::string_view(t).substr(words.size()));
        if (!c || !(c->unit.empty() || c->unit == "%")) return std::nullopt;
        return KpiCriterion{measure, *c};
    }
    return std::nullopt;
}

std::optional<Condition> read_condition(std::string_view s) {
    auto v = after_any(s, {"เงื่อนไข", "Condition"});
    if (!v) return std::nullopt;
    std::string t = *v;
    auto space = t.find(' ');
    if (space == std::string::npos) return std::nullopt;
    Condition c;
    c.metric = t.substr(0, space);
    std::string rest = trim(std::string_view(t).substr(space));
    std::size_t len = 0;
    auto op = read_op(rest, len);
    if (!op) return std::nullopt;
    c.op = *op;
    c.value = trim(std::string_view(rest).substr(len));
    if (c.value.empty()) return std::nullopt;
    if (std::size_t nlen = 0; number_at(c.value, nlen) == c.value && read_number(c.value)) return c;
    DateParse d = parse_date(c.value);
    if (!d.date) return std::nullopt;
    c.value = format_iso(*d.date);
    return c;
}

std::string assessed_on(std::string_view s) {
    for (std::string_view w : {"ประเมิน ณ ", "assessed on "}) {
        auto at = s.find(w);
        if (at == std::string_view::npos) continue;
        std::string_view rest = s.substr(at + w.size());
        auto close = rest.find(')');
        std::string date = trim(rest.substr(0, close));
        if (parse_date(date).date) return date;
    }
    return "";
}

StepExtras read_step_extras(std::string_view line) {
    StepExtras out{std::string(line), "", ""};
    std::string t = trim(line);
    if (t.empty() || t.back() != ')') return out;
    auto open = t.rfind(" (");
    if (open == std::string::npos) return out;
    std::string inner = t.substr(open + 2, t.size() - open - 3);
    std::string due, weight;
    std::size_t from = 0;
    while (from <= inner.size()) {
        auto comma = inner.find(", ", from);
        std::string part = inner.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        bool read = false;
        for (std::string_view w : {"กำหนดเสร็จ ", "due "})
            if (starts_with(part, w) && due.empty()) {
                std::string d = trim(std::string_view(part).substr(w.size()));
                if (!parse_date(d).date) return out;
                due = d;
                read = true;
            }
        for (std::string_view w : {"น้ำหนัก ", "weight "})
            if (!read && starts_with(part, w) && weight.empty()) {
                std::string n = trim(std::string_view(part).substr(w.size()));
                std::size_t nlen = 0;
                if (number_at(n, nlen) != n || !read_number(n)) return out;
                weight = n;
                read = true;
            }
        if (!read) return out;
        if (comma == std::string::npos) break;
        from = comma + 2;
    }
    out.title = trim(std::string_view(t).substr(0, open));
    out.due = due;
    out.weight = weight;
    return out;
}

std::optional<ActivityLine> read_activity_line(std::string_view line) {
    std::string t = trim(line);
    if (auto v = after_any(t, {"กลุ่มกิจกรรม", "Group"})) return ActivityLine{ActivityLine::Kind::group, *v, {}};
    if (auto v = after_any(t, {"รายละเอียด", "Description"}))
        return ActivityLine{ActivityLine::Kind::description, *v, {}};
    if (auto v = after_any(t, {"ปิดช่องว่าง (GAP)", "GAP items"})) {
        ActivityLine a{ActivityLine::Kind::gaps, *v, {}};
        std::size_t from = 0;
        while (from < v->size()) {
            auto comma = v->find(',', from);
            std::string id = trim(std::string_view(*v).substr(from, comma == std::string::npos ? std::string::npos
                                                                                                : comma - from));
            if (!id.empty()) a.ids.push_back(id);
            if (comma == std::string::npos) break;
            from = comma + 1;
        }
        return a;
    }
    if (t == "ไม่นับรวมในความคืบหน้าของแผนและตัวชี้วัด" || t == "Not counted in the plan's completion and KPIs")
        return ActivityLine{ActivityLine::Kind::not_counted, "", {}};
    return std::nullopt;
}

std::optional<GapItem> read_gap_item(std::string_view item, const std::vector<std::string>& topics) {
    std::string t = trim(item);
    auto space = t.find(' ');
    if (space == std::string::npos || !is_row_id(std::string_view(t).substr(0, space))) return std::nullopt;
    GapItem g{t.substr(0, space), "", trim(std::string_view(t).substr(space))};
    if (starts_with(g.text, "(")) {
        auto close = g.text.find(')');
        if (close != std::string::npos) {
            std::string code = g.text.substr(1, close - 1);
            for (const auto& tp : topics)
                if (tp == code) {
                    g.topic = code;
                    g.text = trim(std::string_view(g.text).substr(close + 1));
                    break;
                }
        }
    }
    return g;
}

std::optional<YearQuarters> read_year_quarters(std::string_view line) {
    std::string t = trim(line);
    std::string_view year_words[] = {"แผนประจำปี ", "Plan of the year "};
    for (auto w : year_words) {
        if (!starts_with(t, w)) continue;
        std::size_t nlen = 0;
        std::string y = number_at(std::string_view(t).substr(w.size()), nlen);
        auto n = read_number(y);
        if (!n || *n < 2400 || *n > 2700) return std::nullopt;
        if (contains(t, "ตามปีงบประมาณ") || contains(t, "of the fiscal year"))
            return YearQuarters{static_cast<int>(*n), "fiscal"};
        if (contains(t, "ตามปีปฏิทิน") || contains(t, "of the calendar year"))
            return YearQuarters{static_cast<int>(*n), "calendar"};
    }
    return std::nullopt;
}

}  // namespace scmplan::import_layout

// Recognising a Word action plan: the document cut into the template's
// sections by their headings' words (not their numbers, which Word may
// generate), the title block and the text sections read here; the tables and
// the risk in plan_import_tables.cpp and plan_import_risk.cpp. See
// docs/import.md for what is read from where.
#include "scmplan/plan_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "plan_import_layout.hpp"
#include "plan_import_parts.hpp"
#include "plan_import_text.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

namespace scmplan {

namespace import_parts {

using namespace import_text;

namespace {

struct KindWords {
    Kind kind;
    std::string_view label;
    std::vector<std::string_view> starts;  ///< the heading, numbering stripped, starts with one of these
};

const std::vector<KindWords>& kind_words() {
    static const std::vector<KindWords> k = {
        {Kind::front, "title block", {}},
        // the Thai words of the template, then the English of `scmplan plan --lang en`
        {Kind::rationale, "1 (เหตุผล และความจำเป็น)", {"เหตุผล", "Rationale"}},
        {Kind::objectives, "2 (วัตถุประสงค์)", {"วัตถุประสงค์", "Objectives"}},
        {Kind::benefits, "3 (ประโยชน์ที่คาดว่าจะได้รับ)", {"ประโยชน์", "Expected benefits"}},
        {Kind::output, "4 (ผลผลิต และผลลัพธ์)", {"ผลผลิต", "Output and outcome"}},
        {Kind::responsible, "5 (ผู้รับผิดชอบ)", {"ผู้รับผิดชอบ", "Responsible"}},
        {Kind::budget, "6 (งบประมาณ)", {"งบประมาณ", "Budget and source of funds"}},
        {Kind::target, "7 (เป้าหมาย)", {"เป้าหมาย", "Target"}},
        {Kind::baseline, "8 (ผลการประเมินปีที่ผ่านมา)", {"การวิเคราะห์ข้อสังเกต", "ผลการประเมิน", "การวิเคราะห์ผลการประเมินรัฐวิสาหกิจในปีที่ผ่านมา", "The assessments of past years"}},
        {Kind::gaps, "9 (GAP Analysis)", {}},  // decided by gap_heading()
        {Kind::indicators, "10 (ตัวชี้วัด)", {"ตัวชี้วัด", "Indicators"}},
        {Kind::period, "11 (ระยะเวลาดำเนินงาน)", {"ระยะเวลา", "Period"}},
        {Kind::steps, "12 (ขั้นตอนและแนวทางการดำเนินงาน)", {"ขั้นตอน", "Steps and approach"}},
        {Kind::risk, "13 (การวิเคราะห์ปัจจัยเสี่ยง)", {"การวิเคราะห์ปัจจัยเสี่ยง", "การวิเคราะห์ความเสี่ยง", "การบริหารความเสี่ยง", "ปัจจัยเสี่ยงและ", "Risk analysis"}},
    };
    return k;
}

bool gap_heading(std::string_view t) {
    return (starts_with(t, "การวิเคราะห์") && (contains(t, "GAP") || contains(t, "ช่องว่าง"))) ||
           starts_with(t, "The GAP analysis");
}

/// The section a paragraph opens, if it is a heading: it has a heading style
/// or a section number ("5. ", "11 "), and its words are a section's.
std::optional<Kind> heading_kind(const DocxParagraph& p) {
    std::string number;
    std::string t = strip_marker(p.text, &number);
    // numbered in its text, or by Word (a list item: the number is not in the text)
    bool numbered = (!number.empty() && number.find('.') == std::string::npos) || p.list_item;
    if (!numbered && p.heading == 0) return std::nullopt;
    if (!number.empty() && number.find('.') != std::string::npos) return std::nullopt;  // 12.1, 3.2: inside a section
    if (gap_heading(t)) return Kind::gaps;
    for (const auto& k : kind_words())
        for (auto w : k.starts)
            if (starts_with(t, w)) return k.kind;
    return std::nullopt;
}

}  // namespace

std::string_view kind_name(Kind k) { return kind_words()[static_cast<std::size_t>(k)].label; }

const Section* Context::section(Kind k) const {
    for (const auto& s : sections)
        if (s.kind == k) return &s;
    return nullptr;
}

std::string Context::where(const Section& s, std::size_t block) const {
    std::string sec = s.kind == Kind::front ? std::string("title block") : fmt::format("section {}", kind_name(s.kind));
    if (is_table(block)) return fmt::format("{}, table {}", sec, table(block).number);
    return fmt::format("{}, paragraph {}", sec, para(block).number);
}

std::string Context::where_cell(std::size_t block, std::size_t row, std::string_view column) const {
    return fmt::format("table {}, row {}, column '{}'", table(block).number, row + 1, column);
}

void Context::use_row(std::size_t block, std::size_t row) {
    auto& rows = used_rows[block];
    if (rows.size() < table(block).rows.size()) rows.resize(table(block).rows.size());
    if (row < rows.size()) rows[row] = true;
}

draft::Text Context::text(std::string value, std::string from) {
    std::size_t removed = 0;
    std::string clean = without_controls(value, removed);
    if (removed)
        d.notes.push_back(fmt::format("{}: {} control character(s) removed from the text", from, removed));
    return {std::move(clean), std::move(from)};
}

const Enabler* find_enabler(const Rules& rules, std::string_view code) {
    for (const auto& e : rules.enablers)
        if (e.code.value == code) return &e;
    return nullptr;
}

namespace {

/// Cuts the document into sections. A kind is taken once; a heading of an
/// earlier kind than the last is taken only when it has a heading style.
void cut_sections(Context& c) {
    c.sections.push_back(Section{});
    std::array<bool, kind_count> seen{};
    Kind last = Kind::front;
    for (std::size_t b = 0; b < c.doc.blocks.size(); ++b) {
        if (!c.is_table(b))
            if (auto k = heading_kind(c.para(b)); k && !seen[static_cast<std::size_t>(*k)] &&
                                                  (*k > last || c.para(b).heading > 0)) {
                seen[static_cast<std::size_t>(*k)] = true;
                last = *k;
                c.sections.push_back(Section{*k, c.para(b).text, b, {}});
                c.used[b] = true;
                continue;
            }
        c.sections.back().blocks.push_back(b);
    }
}

/// The text of a heading after its words and a colon: "5. ผู้รับผิดชอบ : สำนัก…" → "สำนัก…";
/// "11. ระยะเวลาดำเนินงาน 1 มกราคม 2566 – …" → "1 มกราคม 2566 – …".
std::string inline_value(std::string_view heading, std::initializer_list<std::string_view> phrases) {
    std::string t = strip_marker(heading);
    if (auto colon = t.find(':'); colon != std::string::npos) return trim(t.substr(colon + 1));
    for (auto p : phrases)
        if (starts_with(t, p)) return trim(t.substr(p.size()));
    return "";
}

/// The non-empty paragraphs of a section (tables skipped), numbering kept.
std::vector<std::size_t> paragraphs_of(const Context& c, const Section& s) {
    std::vector<std::size_t> out;
    for (auto b : s.blocks)
        if (!c.is_table(b) && !c.para(b).text.empty()) out.push_back(b);
    return out;
}

/// A section's inline value, else its paragraphs joined (each marked used).
draft::Text section_value(Context& c, Kind k, std::initializer_list<std::string_view> phrases) {
    const Section* s = c.section(k);
    if (!s) return {};
    std::string v = inline_value(s->heading, phrases);
    if (!v.empty()) return c.text(v, fmt::format("section {}, paragraph {} (the heading's line)", kind_name(k),
                                               c.para(s->heading_block).number));
    std::vector<std::string> parts;
    std::string from;
    for (auto b : paragraphs_of(c, *s)) {
        parts.push_back(strip_marker(c.para(b).text));
        c.used[b] = true;
        from += (from.empty() ? "" : ", ") + std::to_string(c.para(b).number);
    }
    std::string joined;
    for (const auto& p : parts) joined += (joined.empty() ? "" : " ") + p;
    return c.text(joined, fmt::format("section {}, paragraph(s) {}", kind_name(k), from));
}

std::vector<draft::Text> section_items(Context& c, Kind k) {
    std::vector<draft::Text> out;
    const Section* s = c.section(k);
    if (!s) return out;
    for (auto b : paragraphs_of(c, *s)) {
        c.used[b] = true;
        out.push_back(c.text(strip_marker(c.para(b).text), c.where(*s, b)));
    }
    return out;
}

/// "ผลผลิต (Output) : text" → text, when the paragraph starts with `word`.
void labelled(Context& c, const Section& s, std::string_view word, draft::Text& into) {
    for (auto b : paragraphs_of(c, s)) {
        std::string t = strip_marker(c.para(b).text);
        if (!starts_with(t, word)) continue;
        auto colon = t.find(':');
        if (colon == std::string::npos) continue;
        into = c.text(trim(t.substr(colon + 1)), c.where(s, b));
        c.used[b] = true;
        return;
    }
}

/// Text after a label and a separator (" - ", ":"): "เชิงปริมาณ - ดำเนินการ…".
std::string after_label(std::string_view t, std::string_view label) {
    std::string rest = trim(t.substr(label.size()));
    for (std::string_view sep : {":", "-", "–"})
        if (starts_with(rest, sep)) return trim(std::string_view(rest).substr(sep.size()));
    return rest;
}

}  // namespace

void read_front(Context& c) {
    draft::Plan& p = c.d.plan;
    const Section& front = c.sections.front();
    std::size_t title_block = SIZE_MAX;
    for (auto b : front.blocks) {
        if (c.is_table(b)) continue;
        const std::string& t = c.para(b).text;
        // the title: the longest line that names the plan and its year
        if (starts_with(t, "แผนปฏิบัติการ") && contains(t, "ประจำปี") &&
            (title_block == SIZE_MAX || t.size() > c.para(title_block).text.size()))
            title_block = b;
        for (auto [phone_word, fax_word] : {std::pair{std::string_view("โทรศัพท์"), std::string_view("โทรสาร")},
                                            std::pair{std::string_view("Telephone "), std::string_view(" Fax ")}}) {
            auto at = t.find(phone_word);
            if (at == std::string::npos || c.used[b]) continue;
            std::string rest = t.substr(at + phone_word.size());
            auto fax = rest.find(fax_word);
            p.phone = c.text(trim(after_label(rest.substr(0, fax), "")), c.where(front, b));
            if (fax != std::string::npos)
                p.fax = c.text(after_label(rest.substr(fax + fax_word.size()), ""), c.where(front, b));
            c.used[b] = true;
        }
        for (std::string_view e : {"Email", "E-mail", "e-mail", "อีเมล"})
            if (starts_with(t, e)) {
                p.email = c.text(after_label(t, e), c.where(front, b));
                c.used[b] = true;
            }
    }
    if (title_block == SIZE_MAX) {  // a cover whose title is on several lines
        std::string joined, from;
        std::vector<std::size_t> lines;
        bool on = false, ended = false;
        for (auto b : front.blocks) {
            if (c.is_table(b)) continue;
            const std::string& t = c.para(b).text;
            if (!on && !starts_with(t, "แผนปฏิบัติการ")) continue;
            on = true;
            joined += (joined.empty() ? "" : " ") + t;
            from += (from.empty() ? "" : ", ") + std::to_string(c.para(b).number);
            lines.push_back(b);
            if (contains(t, "ประจำปี")) {
                ended = true;
                break;
            }
        }
        // only lines that end with the year's line are a title
        if (ended) {
            for (auto b : lines) c.used[b] = true;
            p.title = c.text(joined, "title block, paragraphs " + from);
        }
    } else {
        p.title = c.text(c.para(title_block).text, c.where(front, title_block));
        c.used[title_block] = true;
    }
    if (!p.title.found())  // a title in other words: the cover's first line
        for (auto b : front.blocks)
            if (!c.is_table(b) && !c.para(b).text.empty()) {
                p.title = c.text(c.para(b).text, c.where(front, b));
                c.used[b] = true;
                title_block = b;
                break;
            }
    // the year: "ประจำปี 2566" / "ปีงบประมาณ 2566" in the title
    for (std::string_view w : {"ประจำปีงบประมาณ", "ประจำปี", "ปีงบประมาณ"}) {
        auto at = p.title.value.find(w);
        if (at == std::string::npos) continue;
        std::string rest = trim(std::string_view(p.title.value).substr(at + w.size()));
        if (auto y = read_number(rest.substr(0, std::min<std::size_t>(rest.size(), 4 * 3))); y && *y >= 2400 && *y <= 2700) {
            p.year = static_cast<int>(*y);
            p.year_from = "the title (\"" + std::string(w) + "\")";
            break;
        }
        std::size_t i = 0;
        std::string digits;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') digits += rest[i++];
        if (digits.size() == 4) {
            p.year = std::stoi(digits);
            p.year_from = "the title (\"" + std::string(w) + "\")";
            break;
        }
    }
    // the enabler: "(… : SCM)" in the title, a code of the rules; else its Thai name
    for (const auto& e : c.rules.enablers) {
        std::string code = e.code.value;
        if (contains(p.title.value, ": " + code + ")") || contains(p.title.value, ":" + code + ")") ||
            contains(p.title.value, "(" + code + ")") || contains(p.title.value, "หัวข้อ " + code)) {
            p.enabler = {code, "the title (\"" + code + "\")"};
            break;
        }
    }
    if (!p.enabler.found())
        for (const auto& e : c.rules.enablers)
            if (!e.name.th.empty() && contains(p.title.value, e.name.th)) {
                p.enabler = {e.code.value, "the title (the enabler's Thai name \"" + e.name.th + "\")"};
                break;
            }
    // the unit and organisation: the line before the telephone's, or one naming
    // an organisation ("สำนักธุรกิจการตลาด องค์การอุตสาหกรรมป่าไม้")
    static const std::string_view orgs[] = {"องค์การ", "การไฟฟ้า", "การประปา", "การท่าเรือ", "การรถไฟ", "การทาง",
                                            "การเคหะ", "การยาง", "การกีฬา", "การท่องเที่ยว", "บริษัท", "ธนาคาร",
                                            "สถาบัน", "กองทุน", "สำนักงาน", "การนิคม", "การสื่อสาร", "การบิน"};
    // the lines right after the title, up to the contact lines: two lines are
    // the unit and the organisation (the layout of `scmplan plan`)
    std::vector<std::size_t> after_title;
    for (std::size_t b = title_block == SIZE_MAX ? SIZE_MAX : title_block + 1; b < c.doc.blocks.size(); ++b) {
        if (std::find(front.blocks.begin(), front.blocks.end(), b) == front.blocks.end() || c.is_table(b) ||
            c.used[b])
            break;
        if (c.para(b).text.empty()) continue;
        after_title.push_back(b);
    }
    if (after_title.size() == 2) {
        p.unit = c.text(c.para(after_title[0]).text, c.where(front, after_title[0]));
        p.organisation = c.text(c.para(after_title[1]).text, c.where(front, after_title[1]));
        c.used[after_title[0]] = c.used[after_title[1]] = true;
    }
    for (auto b : front.blocks) {
        if (p.organisation.found()) break;
        if (c.is_table(b) || c.used[b]) continue;
        const std::string& t = c.para(b).text;
        std::size_t best = std::string::npos;
        for (auto o : orgs) {
            std::size_t at = t == "" ? std::string::npos : (starts_with(t, o) ? 0 : t.find(" " + std::string(o)));
            if (at != std::string::npos) best = std::min(best, at == 0 ? 0 : at + 1);
        }
        if (best == std::string::npos || contains(t, "แผนปฏิบัติการ")) continue;
        p.organisation = c.text(trim(t.substr(best)), c.where(front, b));
        if (best > 0) p.unit = c.text(trim(t.substr(0, best)), c.where(front, b));
        c.used[b] = true;
        break;
    }
    if (!p.organisation.found() && after_title.size() == 1) {  // one line naming no known kind of organisation
        p.organisation = c.text(c.para(after_title[0]).text, c.where(front, after_title[0]));
        c.used[after_title[0]] = true;
    }
    // the enabler, when the title does not name it: "… หัวข้อ SCM" in a heading (12.1, 12.3)
    for (std::size_t b = 0; b < c.doc.blocks.size() && !p.enabler.found(); ++b) {
        if (c.is_table(b) || c.para(b).heading == 0) continue;
        const std::string& t = c.para(b).text;
        for (const auto& e : c.rules.enablers)
            if ((t.size() > e.code.value.size() && t.ends_with(" หัวข้อ " + e.code.value)) ||
                contains(t, "of the " + e.code.value + " action plan")) {
                p.enabler = {e.code.value, fmt::format("paragraph {} (\"หัวข้อ {}\")", c.para(b).number, e.code.value)};
                break;
            }
    }
}

void read_plan_sections(Context& c) {
    draft::Plan& p = c.d.plan;
    if (const Section* s = c.section(Kind::rationale))
        for (auto b : paragraphs_of(c, *s)) {
            c.used[b] = true;
            p.rationale.push_back(c.text(c.para(b).text, c.where(*s, b)));
        }
    p.objectives = section_items(c, Kind::objectives);
    p.benefits = section_items(c, Kind::benefits);
    if (const Section* s = c.section(Kind::output)) {
        labelled(c, *s, "ผลผลิต", p.output);
        labelled(c, *s, "ผลลัพธ์", p.outcome);
        if (!p.output.found()) labelled(c, *s, "Output", p.output);
        if (!p.outcome.found()) labelled(c, *s, "Outcome", p.outcome);
    }
    p.responsible = section_value(c, Kind::responsible, {"ผู้รับผิดชอบ", "Responsible"});
    if (p.responsible.value == "-") p.responsible.value.clear();  // the document's mark of "none"
    p.budget = section_value(c, Kind::budget, {"งบประมาณและแหล่งเงิน", "งบประมาณ", "Budget and source of funds"});
    p.target = section_value(c, Kind::target, {"เป้าหมาย", "Target"});
    if (const Section* s = c.section(Kind::indicators))
        for (auto b : paragraphs_of(c, *s)) {
            std::string t = strip_marker(c.para(b).text);
            for (auto [label, into] : {std::pair{std::string_view("เชิงปริมาณ"), &p.quantitative},
                                       std::pair{std::string_view("เชิงคุณภาพ"), &p.qualitative},
                                       std::pair{std::string_view("Quantitative"), &p.quantitative},
                                       std::pair{std::string_view("Qualitative"), &p.qualitative}})
                if (starts_with(t, label)) {
                    *into = c.text(after_label(t, label), c.where(*s, b));
                    c.used[b] = true;
                }
        }
    // the KPIs: a table of them (ที่ | ตัวชี้วัด | เกณฑ์ "กิจกรรมที่แล้วเสร็จ ≥ 8"),
    // else each indicator sentence (split at "และ" between two measures)
    if (const Section* s = c.section(Kind::indicators)) read_kpi_table(c, *s);
    const bool kpi_table = !p.kpis.empty();
    for (const draft::Text* ind : {&p.quantitative, &p.qualitative}) {
        if (kpi_table) break;
        if (!ind->found()) continue;
        for (const auto& sentence : split_kpi_sentence(ind->value)) {
            draft::Kpi k;
            k.text = {sentence, ind->from};
            if (read_kpi(k)) {
                k.id = fmt::format("K{}", p.kpis.size() + 1);
                p.kpis.push_back(k);
            } else {
                c.d.notes.push_back(fmt::format("{}: the indicator \"{}\" names no measure scmplan computes "
                                                "(activities done, gaps closed, completion): it is kept in "
                                                "`indicators` only, not as a KPI",
                                                ind->from, sentence));
            }
        }
    }
    // the period: section 11
    if (const Section* s = c.section(Kind::period)) {
        draft::Text v = section_value(c, Kind::period, {"ระยะเวลาดำเนินงาน", "ระยะเวลาดำเนินการ", "ระยะเวลา", "Period"});
        std::string error;
        p.period = read_period(v.value, error);
        p.period.from = v.from;
        if (!error.empty()) c.d.notes.push_back(fmt::format("{}: the period was not read: {}", v.from, error));
        // "แผนประจำปี 2566 นับไตรมาสตามปีปฏิทิน …": the plan's year and quarters
        for (auto b : paragraphs_of(c, *s))
            if (auto yq = import_layout::read_year_quarters(c.para(b).text)) {
                p.year = yq->year;
                p.year_from = c.where(*s, b);
                p.quarters = yq->quarters;
                p.quarters_from = c.where(*s, b);
                p.quarters_stated = true;
                c.used[b] = true;
            }
    }
}

}  // namespace import_parts

std::optional<draft::Draft> import_action_plan(const DocxContent& doc, const Rules& rules,
                                               const PlanImportOptions& options, std::string& error) {
    using namespace import_parts;
    draft::Draft d;
    d.source = options.source;
    Context c{doc, rules, d, {}, std::vector<bool>(doc.blocks.size(), false), {}};
    cut_sections(c);
    if (c.sections.size() < 4) {
        error = fmt::format("is not an SE-AM action plan: {} of the template's sections found (เหตุผล, "
                            "วัตถุประสงค์, ตัวชี้วัด, ระยะเวลาดำเนินงาน, ขั้นตอน… are looked for as numbered "
                            "headings); see docs/import.md",
                            c.sections.size() - 1);
        return std::nullopt;
    }
    read_front(c);
    read_plan_sections(c);
    read_baseline(c);
    read_gaps(c);
    if (!read_activities(c, error)) return std::nullopt;
    read_risk(c);
    register_units(c);
    read_signatures(c);
    draft::Plan& p = d.plan;
    if (p.year == 0 && p.period.found())
        if (auto s = parse_date(p.period.end.value); s.date) {
            p.year = s.date->year() + be_offset;
            p.year_from = "the year in which the period ends";
        }
    if (p.quarters_stated) {
        // as the document states them (section 11)
    } else if (auto s = parse_date(p.period.start.value); s.date && s.date->month() == 10 && s.date->day() == 1) {
        p.quarters = "fiscal";
        p.quarters_from = "the period starts on 1 October";
    } else {
        p.quarters_from = "the period does not start on 1 October";
    }
    std::string enabler = p.enabler.value;
    for (auto& ch : enabler) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string id;
    for (char ch : enabler) id += (std::isalnum(static_cast<unsigned char>(ch)) ? ch : '-');
    p.id = !options.plan_id.empty() ? options.plan_id
                                    : fmt::format("{}{}{}", id.empty() ? "plan" : id, "-", p.year ? p.year : 0);
    collect_unplaced(c);
    for (const auto& n : doc.notes) d.notes.push_back("reading the document: " + n);
    return d;
}

}  // namespace scmplan

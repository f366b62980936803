// record_done and record_progress: which values of an activity file change.
#include "scmplan/record.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"
#include "record_parts.hpp"
#include "yaml_edit.hpp"

namespace scmplan::load::record_parts {

const YNode* scalar_under(const YNode& map, std::string_view key) {
    const YNode* v = map.find(key);
    return v && v->is_scalar() ? v : nullptr;
}

/// The first date written in the file, looking where a new date would go first.
std::string example_date(const YNode& root, const YNode* near) {
    for (const YNode* m : {near}) {
        if (!m) continue;
        for (const char* k : {"done", "due", "date"})
            if (const YNode* v = scalar_under(*m, k)) return v->text;
    }
    if (const YNode* steps = root.find("steps"); steps && steps->is_seq())
        for (const YNode& s : steps->items)
            for (const char* k : {"done", "due"})
                if (const YNode* v = s.is_map() ? scalar_under(s, k) : nullptr) return v->text;
    if (const YNode* period = root.find("period"); period && period->is_map())
        for (const char* k : {"start", "end"})
            if (const YNode* v = scalar_under(*period, k)) return v->text;
    return {};
}

/// The evidence already listed (paths and URLs as written).
std::vector<std::string> listed_evidence(const YNode& map) {
    std::vector<std::string> out;
    const YNode* list = map.find("evidence");
    if (!list || !list->is_seq()) return out;
    for (const YNode& e : list->items) {
        if (e.is_scalar()) out.push_back(e.text);
        else if (e.is_map())
            for (const char* k : {"path", "url"})
                if (const YNode* v = scalar_under(e, k)) out.push_back(v->text);
    }
    return out;
}

/// Appends the evidence not yet listed; returns the error of the edit, if any.
std::string add_evidence(YamlEditor& ed, const YNode& map, const std::vector<std::string>& wanted,
                         RecordResult& r) {
    std::vector<std::string> have = listed_evidence(map), items;
    for (const auto& e : wanted) {
        if (std::find(have.begin(), have.end(), e) != have.end()) continue;
        have.push_back(e);
        items.push_back(yaml_scalar(e));
        r.changes.push_back("evidence: " + e);
    }
    return ed.append(map, "evidence", items);
}

RecordResult failed(std::string error, std::string hint) {
    RecordResult r;
    r.error = std::move(error);
    r.hint = std::move(hint);
    return r;
}

/// The items of `list` whose `key` reads `id`, in the file's order; the other
/// ids there are go to `ids`.
std::vector<const YNode*> items_with(const YNode* list, std::string_view key, const std::string& id,
                                     std::vector<std::string>& ids) {
    std::vector<const YNode*> out;
    if (!list || !list->is_seq()) return out;
    for (const YNode& item : list->items) {
        const YNode* v = item.is_map() ? scalar_under(item, key) : nullptr;
        if (!v) continue;
        if (v->text == id) out.push_back(&item);
        else ids.push_back(v->text);
    }
    return out;
}

/// The item of `list` whose `key` reads `id`, or nullptr (with the ids there are).
const YNode* item_with(const YNode* list, std::string_view key, const std::string& id, std::vector<std::string>& ids) {
    auto found = items_with(list, key, id, ids);
    return found.empty() ? nullptr : found.front();
}

}  // namespace scmplan::load::record_parts

namespace scmplan {

namespace {

using load::YamlEditor;
using load::yaml_scalar;
using namespace load::record_parts;

/// `ID#N` as (ID, N), N from 1; nullopt when `s` is not of that form.
std::optional<std::pair<std::string, std::size_t>> numbered(const std::string& s) {
    std::size_t hash = s.rfind('#');
    if (hash == std::string::npos || hash == 0 || hash + 1 == s.size() || s.size() - hash > 4) return std::nullopt;
    std::size_t n = 0;
    for (std::size_t i = hash + 1; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(s[i] - '0');
    }
    if (n == 0) return std::nullopt;
    return std::pair{s.substr(0, hash), n};
}

/// The value and digit count of a number written in ASCII or Thai digits (๐–๙).
std::pair<int, int> written_number(std::string_view s) {
    int value = 0, digits = 0;
    for (std::size_t i = 0; i < s.size(); ++digits) {
        if (s[i] >= '0' && s[i] <= '9') value = value * 10 + (s[i] - '0'), i += 1;
        else if (s.substr(i, 2) == "\xE0\xB9" && i + 2 < s.size()) value = value * 10 + (static_cast<unsigned char>(s[i + 2]) - 0x90), i += 3;
        else break;
    }
    return {value, digits};
}

}  // namespace

std::string date_in_form_of(Date d, std::string_view example) {
    DateParse p = parse_date(example);
    if (p.date && example.find('/') != std::string_view::npos) {
        // Day/month/year: its era (a four-digit year from 2400 is BE; a
        // two-digit year is BE when 2500 + it reads as the example's date)
        // and its zero padding.
        auto [year, digits] = written_number(example.substr(example.rfind('/') + 1));
        bool two = digits == 2;
        bool be = two ? p.date->year() + be_offset == 2500 + year : year >= 2400;
        int y = d.year() + (be ? be_offset : 0);
        bool padded = example.starts_with('0') || example.find("/0") != std::string_view::npos;
        std::string day = padded ? fmt::format("{:02}", d.day()) : std::to_string(d.day());
        std::string month = padded ? fmt::format("{:02}", d.month()) : std::to_string(d.month());
        return two ? fmt::format("{}/{}/{:02}", day, month, y % 100) : fmt::format("{}/{}/{}", day, month, y);
    }
    bool thai = p.date && !(example.size() >= 10 && example[4] == '-');
    if (!thai) return format_iso(d);
    bool full = false;
    for (int m = 1; m <= 12; ++m) full = full || example.find(thai_month_name(m)) != std::string_view::npos;
    std::string month = full ? thai_month_name(d.month()) : thai_month_abbrev(d.month());
    int be = d.year() + be_offset;
    // A two-digit year: the last word has two digits, Arabic (2 bytes) or Thai (2 × 3 bytes).
    std::string_view last = example.substr(example.find_last_of(' ') + 1);
    while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
    bool two_digits = last.size() == 2 || (last.size() == 6 && last.starts_with("\xE0\xB9"));
    return two_digits ? fmt::format("{} {} {:02}", d.day(), month, be % 100) : fmt::format("{} {} {}", d.day(), month, be);
}

namespace {

/// Queues `edit` on `ed`; r.error set (and false) when it cannot be made.
bool done_into(YamlEditor& ed, const DoneEdit& edit, RecordResult& out) {
    auto fail = [&](RecordResult f) {
        out.error = std::move(f.error), out.hint = std::move(f.hint), out.places = std::move(f.places);
        out.conflict = f.conflict;
        return false;
    };
    std::vector<std::string> ids;
    const YNode* steps = ed.root().find("steps");
    std::string id = edit.step;
    std::size_t nth = 0;  // 0: the one step with that id
    auto same = items_with(steps, "id", id, ids);
    if (same.empty()) {
        if (auto n = numbered(edit.step)) {
            std::vector<std::string> others;
            if (auto with = items_with(steps, "id", n->first, others); !with.empty()) {
                id = n->first, nth = n->second, same = std::move(with);
                if (nth > same.size())
                    return fail(failed(fmt::format("no step '{}': {} steps have the id '{}'", edit.step, same.size(), id),
                                  same.size() == 1 ? fmt::format("write {}", id)
                                                   : fmt::format("write {}#1 to {}#{}", id, id, same.size())));
            }
        }
    }
    if (same.empty()) {
        if (ids.empty()) return fail(failed("the activity has no steps", "add them under 'steps:'"));
        std::string near = closest_match(edit.step, ids);
        return fail(failed(fmt::format("no step '{}'", edit.step),
                           near.empty() ? fmt::format("steps: {}", fmt::join(ids, ", "))
                                        : fmt::format("did you mean step {}?", near)));
    }
    if (same.size() > 1 && nth == 0) {
        RecordResult r = failed(fmt::format("{} steps have the id '{}'", same.size(), id),
                                fmt::format("choose one by its place in the file: {}#1 to {}#{}", id, id, same.size()));
        for (std::size_t i = 0; i < same.size(); ++i)
        {
            const Loc& at = scalar_under(*same[i], "id")->loc;
            r.places.push_back({fmt::format("{}#{}", id, i + 1), at.line, at.column});
        }
        return fail(std::move(r));
    }
    const YNode* step = same[nth == 0 ? 0 : nth - 1];
    RecordResult& r = out;
    std::string date = date_in_form_of(edit.on, example_date(ed.root(), step));
    const YNode* done = scalar_under(*step, "done");
    DateParse old = done ? parse_date(done->text) : DateParse{};
    if (edit.set_done && old.date && *old.date != edit.on && !edit.force) {
        RecordResult refused = failed(fmt::format("step {} is recorded done on {}; --force to change it", edit.step,
                                                  done->text),
                                      fmt::format("with --force, {} is recorded instead", date));
        refused.conflict = true;
        refused.places.push_back({fmt::format("done: {}", done->text), done->loc.line, done->loc.column});
        return fail(std::move(refused));
    }
    if (edit.set_done && (!old.date || *old.date != edit.on)) {
        if (auto e = ed.set(*step, "done", date); !e.empty()) return fail(failed(e));
        r.changes.push_back(done ? fmt::format("step {}: done {} (was {})", edit.step, date, done->text)
                                 : fmt::format("step {}: done {} (was not done)", edit.step, date));
    } else if (edit.set_done) {
        r.unchanged = fmt::format("step {} is already recorded done on {}", edit.step, done->text);
    }
    if (auto e = add_evidence(ed, *step, edit.evidence, r); !e.empty()) return fail(failed(e));
    return true;
}

}  // namespace

RecordResult record_done(std::string_view file_text, const DoneEdit& edit) {
    return record_edits(file_text, {edit}, {});
}


namespace {

/// Queues `edit` on `ed`; r.error set (and false) when it cannot be made.
bool progress_into(YamlEditor& ed, const ProgressEdit& edit, RecordResult& r) {
    auto fail = [&](const std::string& e) {
        r.error = e;
        return false;
    };
    std::vector<std::string> quarters;
    const YNode* report = item_with(ed.root().find("reports"), "quarter", std::to_string(edit.quarter), quarters);
    // (key, value as given, value as YAML)
    std::vector<std::tuple<std::string, std::string, std::string>> values;
    if (edit.actual) values.emplace_back("actual", *edit.actual, *edit.actual);  // checked to be a number
    if (edit.note) values.emplace_back("note", *edit.note, yaml_scalar(*edit.note));
    if (edit.problems) values.emplace_back("problems", *edit.problems, yaml_scalar(*edit.problems));
    if (edit.suggestions) values.emplace_back("suggestions", *edit.suggestions, yaml_scalar(*edit.suggestions));
    if (!report) {
        std::vector<std::pair<std::string, std::string>> entries{{"quarter", std::to_string(edit.quarter)}};
        for (const auto& [key, given, yaml] : values) entries.emplace_back(key, yaml);
        std::vector<std::string> items;
        for (const auto& e : edit.evidence) items.push_back(yaml_scalar(e));
        if (!items.empty()) entries.emplace_back("evidence", "[" + fmt::format("{}", fmt::join(items, ", ")) + "]");
        if (auto e = ed.append_mapping(ed.root(), "reports", entries); !e.empty()) return fail(e);
        r.changes.push_back(fmt::format("a report for quarter {}", edit.quarter));
        return true;
    }
    for (const auto& [key, given, yaml] : values) {
        const YNode* old = scalar_under(*report, key);
        if (old && old->text == given) continue;
        if (auto e = ed.set(*report, key, yaml); !e.empty()) return fail(e);
        r.changes.push_back(old ? fmt::format("{}: {} (was {})", key, given, old->text)
                                : fmt::format("{}: {} (was not given)", key, given));
    }
    if (auto e = add_evidence(ed, *report, edit.evidence, r); !e.empty()) return fail(e);
    return true;
}

}  // namespace

RecordResult record_progress(std::string_view file_text, const ProgressEdit& edit) {
    return record_edits(file_text, {}, {edit});
}

namespace {

RecordResult edits_into(YamlEditor& ed, const std::vector<DoneEdit>& done, const std::vector<ProgressEdit>& progress) {
    if (!ed.ok()) return failed("the file cannot be read as YAML", "run 'scmplan check' and fix it first");
    RecordResult r;
    for (const DoneEdit& e : done)
        if (!done_into(ed, e, r)) return r;
    for (const ProgressEdit& e : progress)
        if (!progress_into(ed, e, r)) return r;
    r.text = ed.text();
    return r;
}

}  // namespace

RecordResult record_edits(std::string_view file_text, const std::vector<DoneEdit>& done,
                          const std::vector<ProgressEdit>& progress) {
    YamlEditor ed{std::string(file_text)};
    return edits_into(ed, done, progress);
}

RecordResult record_edits(std::string_view file_text, YNode parsed, const std::vector<DoneEdit>& done,
                          const std::vector<ProgressEdit>& progress) {
    YamlEditor ed{std::string(file_text), std::move(parsed)};
    return edits_into(ed, done, progress);
}

}  // namespace scmplan

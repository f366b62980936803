// Recording progress in place (src/load/yaml_edit.cpp, src/load/record.cpp):
// byte-exact results for every layout of tests/edit/, and the property that an
// edit changes exactly the values it records and nothing else.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <cstdlib>

#include "../src/load/yaml_edit.hpp"  // private to the load layer: tested directly
#include "scmplan/date_text.hpp"
#include "scmplan/load.hpp"
#include "scmplan/record.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

std::string edit_dir() { return std::string(SCMPLAN_SOURCE_DIR) + "/tests/edit/"; }

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Every value of a tree as "path=text" ("steps[1].done=2023-06-20").
void flatten(const YNode& n, const std::string& path, std::map<std::string, std::string>& out) {
    switch (n.kind) {
        case YNode::Kind::null: out[path] = "~"; break;
        case YNode::Kind::scalar: out[path] = (n.quoted ? "'" : "") + n.text; break;
        case YNode::Kind::seq:
            for (std::size_t i = 0; i < n.items.size(); ++i) flatten(n.items[i], path + "[" + std::to_string(i) + "]", out);
            if (n.items.empty()) out[path] = "[]";
            break;
        case YNode::Kind::map:
            for (std::size_t i = 0; i < n.map_size(); ++i) flatten(n.value(i), path + "." + n.key(i).text, out);
            break;
    }
}

std::map<std::string, std::string> values_of(const std::string& text) {
    Diagnostics d;
    YNode root = parse_yaml(text, 0, d);
    REQUIRE_MESSAGE(!d.has_errors(), text);
    std::map<std::string, std::string> out;
    flatten(root, "", out);
    return out;
}

/// The paths whose value differs between a and b (added, removed or changed).
std::vector<std::string> changed(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
    std::vector<std::string> out;
    for (const auto& [k, v] : a)
        if (!b.count(k) || b.at(k) != v) out.push_back(k);
    for (const auto& [k, v] : b)
        if (!a.count(k)) out.push_back(k);
    return out;
}

const char* layouts[] = {"block", "flow", "thai", "crlf", "no-eol", "comments"};

DoneEdit the_done() { return {"2", Date::from_ymd(2023, 6, 20), {"evidence/a1-memo.pdf"}}; }

ProgressEdit the_progress() {
    ProgressEdit e;
    e.quarter = 2;
    e.actual = "40";
    e.note = "แจกเวียนแล้ว: ทุกหน่วยงาน";
    e.evidence = {"evidence/q2 report.pdf"};
    return e;
}

}  // namespace

TEST_CASE("record_done: every layout gives its expected file, byte for byte") {
    for (const char* name : layouts) {
        CAPTURE(name);
        RecordResult r = record_done(read(edit_dir() + name + ".yaml"), the_done());
        REQUIRE_MESSAGE(r.text, r.error);
        test::expect_golden(*r.text, edit_dir() + name + ".done.yaml");
    }
}

TEST_CASE("record_progress: every layout gives its expected file, byte for byte") {
    for (const char* name : layouts) {
        CAPTURE(name);
        RecordResult r = record_progress(read(edit_dir() + name + ".yaml"), the_progress());
        REQUIRE_MESSAGE(r.text, r.error);
        test::expect_golden(*r.text, edit_dir() + name + ".progress.yaml");
    }
}

TEST_CASE("property on the shipped files: each step of each activity of plans/, done on a new date") {
    namespace fs = std::filesystem;
    int edits = 0;
    for (const auto& entry : fs::directory_iterator(std::string(SCMPLAN_SOURCE_DIR) + "/plans/fio-scm-2566/activities")) {
        const std::string before = read(entry.path().string());
        const auto old_values = values_of(before);
        std::map<std::string, int> seen, total;
        for (std::size_t i = 0; old_values.count(".steps[" + std::to_string(i) + "].id"); ++i)
            ++total[old_values.at(".steps[" + std::to_string(i) + "].id")];
        for (std::size_t i = 0; old_values.count(".steps[" + std::to_string(i) + "].id"); ++i) {
            const std::string id = old_values.at(".steps[" + std::to_string(i) + "].id");
            const int nth = ++seen[id];
            // A09 has two steps "3.2": each is reached as 3.2#1 and 3.2#2.
            std::string given = id.starts_with("'") ? id.substr(1) : id;
            if (total[id] > 1) given += "#" + std::to_string(nth);
            // 2024-01-01 is after every date of the example data: always a
            // change, forced where a step is already done.
            RecordResult r = record_done(before, {given, Date::from_ymd(2024, 1, 1), {}, true});
            CAPTURE(entry.path().filename().string());
            CAPTURE(given);
            REQUIRE_MESSAGE(r.text, r.error);
            auto diff = changed(old_values, values_of(*r.text));
            REQUIRE(diff.size() == 1);
            CHECK(diff[0] == ".steps[" + std::to_string(i) + "].done");
            ++edits;
        }
    }
    CHECK(edits == 48);  // the steps of A01–A10
}

TEST_CASE("property on every activity file of the repository: done and progress change exactly what they record") {
    // Every layout the tests and the example use, broken ones included: an
    // edit either refuses (the file does not parse) or changes exactly the
    // values it records, and the result parses without an error.
    namespace fs = std::filesystem;
    int files = 0;
    for (const char* dir : {"/tests", "/plans"})
        for (const auto& entry : fs::recursive_directory_iterator(std::string(SCMPLAN_SOURCE_DIR) + dir)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".yaml" || entry.file_size() > 100000) continue;
            const std::string before = read(entry.path().string());
            Diagnostics d;
            YNode root = parse_yaml(before, 0, d);
            const YNode* kind = root.find("kind");
            if (d.has_errors() || !kind || kind->text != "activity") continue;
            CAPTURE(entry.path().string());
            std::map<std::string, std::string> old_values;
            flatten(root, "", old_values);
            const YNode* steps = root.find("steps");
            if (steps && steps->is_seq() && !steps->items.empty() && steps->items[0].find("id")) {
                const YNode* id = steps->items[0].find("id");
                if (!id->is_scalar()) continue;
                // A first id that another step has too (bad-dup-step-id) is named as the first of them.
                bool twice = false;
                for (std::size_t i = 1; i < steps->items.size(); ++i)
                    if (const YNode* other = steps->items[i].is_map() ? steps->items[i].find("id") : nullptr)
                        twice = twice || (other->is_scalar() && other->text == id->text);
                RecordResult r = record_done(before, {twice ? id->text + "#1" : id->text, Date::from_ymd(2031, 2, 3), {}, true});
                REQUIRE_MESSAGE(r.text, r.error);
                auto diff = changed(old_values, values_of(*r.text));
                REQUIRE(diff.size() == 1);
                CHECK(diff[0] == ".steps[0].done");
            }
            ProgressEdit e;
            e.quarter = 4;
            e.suggestions = "ข้อเสนอ: ทดสอบ #1";
            RecordResult r = record_progress(before, e);
            if (!r.text) {
                // Only a `reports` that is not a list is refused (the loader reports it too).
                const YNode* reports = root.find("reports");
                CHECK((reports && !reports->is_seq() && !reports->is_null()));
                continue;
            }
            auto diff = changed(old_values, values_of(*r.text));
            CHECK(diff.size() >= 1);
            CHECK(diff.size() <= 3);  // suggestions, maybe a new quarter, maybe an empty list replaced
            for (const auto& k : diff)
                CHECK((k.ends_with(".suggestions") || k.ends_with(".quarter") || k == ".reports"));
            ++files;
        }
    CHECK(files > 50);
}

TEST_CASE("robustness: edits of randomly damaged files never crash, and what they write parses") {
    // Each fixture with a few bytes replaced, inserted or deleted (fixed seed).
    // An edit may refuse; when it writes, the text must parse without an error
    // whenever the damaged input loads without one.
    std::mt19937 rng(14);
    const std::string alphabet = " \n:-#{}[],'\"|>&*?\r\tx1ก";
    int written = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = read(edit_dir() + layouts[round % std::size(layouts)] + ".yaml");
        for (int k = 0, n = 1 + static_cast<int>(rng() % 3); k < n; ++k) {
            std::size_t at = rng() % text.size();
            char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
                case 0: text[at] = c; break;
                case 1: text.insert(at, 1, c); break;
                default: text.erase(at, 1);
            }
        }
        // yaml-cpp reads some damaged lines as the continuation of the value
        // before them; the loader then reports the file (a missing or unknown
        // key), and `done` refuses it before editing. The promise holds for
        // files that load without an error.
        const bool parsed = !load_sources({{"a.yaml", text}}).diags.has_errors();
        RecordResult done = record_done(text, the_done());
        ProgressEdit p = the_progress();
        p.quarter = 1 + static_cast<int>(rng() % 4);
        RecordResult progress = record_progress(text, p);
        for (const RecordResult* r : {&done, &progress}) {
            if (!r->text || !parsed) continue;
            Diagnostics after;
            parse_yaml(*r->text, 0, after);
            CAPTURE(text);
            CAPTURE(*r->text);
            CHECK(!after.has_errors());
            ++written;
        }
    }
    CHECK(written > 500);
}

TEST_CASE("the edited files load without a diagnostic") {
    for (const char* name : {"block", "flow", "thai", "crlf", "no-eol", "comments", "init"})
        for (const char* kind : {".done.yaml", ".progress.yaml"}) {
            CAPTURE(name);
            CAPTURE(kind);
            LoadResult r = load_sources({{std::string(name) + kind, read(edit_dir() + name + kind)}});
            CHECK(r.diags.items().empty());
        }
}

TEST_CASE("property: one edit, reloaded, changes exactly the one value it records") {
    std::mt19937 rng(20230620);
    for (const char* name : layouts) {
        const std::string before = read(edit_dir() + name + ".yaml");
        const auto old_values = values_of(before);
        for (const char* step : {"1", "2", "3"}) {
            Date on = Date::from_ymd(2023, 1, 1) + static_cast<int>(rng() % 365);
            RecordResult r = record_done(before, {step, on, {}, true});
            CAPTURE(name);
            CAPTURE(step);
            REQUIRE_MESSAGE(r.text, r.error);
            auto diff = changed(old_values, values_of(*r.text));
            REQUIRE(diff.size() == 1);
            CHECK(diff[0].ends_with(".done"));
            CHECK(parse_date(values_of(*r.text).at(diff[0])).date == on);
            // Every byte outside the one edited line stays: the texts agree up
            // to the first difference and from the last one on.
            std::size_t pre = 0;
            while (pre < before.size() && before[pre] == (*r.text)[pre]) ++pre;
            std::size_t suf = 0;
            while (suf < before.size() - pre && before[before.size() - 1 - suf] == (*r.text)[r.text->size() - 1 - suf]) ++suf;
            std::string middle = r.text->substr(pre, r.text->size() - pre - suf);
            CHECK(std::count(middle.begin(), middle.end(), '\n') <= 1);
        }
        for (int q = 1; q <= 4; ++q) {
            ProgressEdit e;
            e.quarter = q;
            e.note = "ข้อความ " + std::to_string(rng() % 1000);
            RecordResult r = record_progress(before, e);
            CAPTURE(name);
            CAPTURE(q);
            REQUIRE_MESSAGE(r.text, r.error);
            auto diff = changed(old_values, values_of(*r.text));
            // A new report adds its quarter and its note (and replaces an empty
            // `reports: []`); an existing one gets the note.
            bool existed = old_values.count(".reports[0].quarter") &&
                           (old_values.at(".reports[0].quarter") == std::to_string(q) ||
                            (old_values.count(".reports[1].quarter") && old_values.at(".reports[1].quarter") == std::to_string(q)));
            CHECK(diff.size() == (existed ? 1u : 2u + old_values.count(".reports")));
            for (const auto& k : diff) CHECK((k.ends_with(".note") || k.ends_with(".quarter") || k == ".reports"));
        }
    }
}

TEST_CASE("record_done: an unknown step lists the steps, and nothing changes") {
    RecordResult r = record_done(read(edit_dir() + "block.yaml"), {"3.1", Date::from_ymd(2023, 6, 20), {}});
    CHECK(!r.text);
    CHECK(r.error == "no step '3.1'");
    CHECK(r.hint == "steps: 1, 2, 3");  // none close enough for a guess
}

TEST_CASE("record_done: an id that several steps have is refused with each place; ID#N chooses") {
    const std::string text =
        "steps:\n"
        "  - id: \"3.1\"\n    title: a\n"
        "  - id: \"3.2\"\n    title: b\n"
        "  - {id: \"3.2\", title: c}\n"
        "  - id: \"x#2\"\n    title: d\n";
    RecordResult r = record_done(text, {"3.2", Date::from_ymd(2023, 6, 20), {}});
    CHECK(!r.text);
    CHECK(r.error == "2 steps have the id '3.2'");
    CHECK(r.hint == "choose one by its place in the file: 3.2#1 to 3.2#2");
    REQUIRE(r.places.size() == 2);
    CHECK(r.places[0].what == "3.2#1");
    CHECK(r.places[0].line == 4);
    CHECK(r.places[0].column == 9);
    CHECK(r.places[1].what == "3.2#2");
    CHECK(r.places[1].line == 6);
    // The second in the file's order, and only it.
    r = record_done(text, {"3.2#2", Date::from_ymd(2023, 6, 20), {}});
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(*r.text == "steps:\n"
                     "  - id: \"3.1\"\n    title: a\n"
                     "  - id: \"3.2\"\n    title: b\n"
                     "  - {id: \"3.2\", title: c, done: 2023-06-20}\n"
                     "  - id: \"x#2\"\n    title: d\n");
    r = record_done(text, {"3.2#1", Date::from_ymd(2023, 6, 20), {}});
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(r.text->find("    title: b\n    done: 2023-06-20\n") != std::string::npos);
    // Past the last one: refused, saying how many there are.
    r = record_done(text, {"3.2#3", Date::from_ymd(2023, 6, 20), {}});
    CHECK(!r.text);
    CHECK(r.error == "no step '3.2#3': 2 steps have the id '3.2'");
    // `#N` of an id that one step has is that step when N is 1.
    r = record_done(text, {"3.1#1", Date::from_ymd(2023, 6, 20), {}});
    CHECK(r.text);
    // An id written with a `#` is found as written.
    r = record_done(text, {"x#2", Date::from_ymd(2023, 6, 20), {}});
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(r.text->ends_with("    title: d\n    done: 2023-06-20\n"));
}

TEST_CASE("record_done: a block scalar kept with its trailing blank lines (|+) keeps every byte") {
    // The title of step 1 ends in two blank lines that are part of it (keep
    // chomping): the new key goes after them, and the title reads the same.
    for (const char* header : {"|+", ">+", "|2+", "|+  # c"}) {
        CAPTURE(header);
        const std::string text = std::string("steps:\n  - id: \"1\"\n    title: ") + header +
                                 "\n      line one\n      line two\n\n  \n  - id: \"2\"\n    title: x\n";
        RecordResult r = record_done(text, {"1", Date::from_ymd(2023, 6, 20), {}});
        REQUIRE_MESSAGE(r.text, r.error);
        CHECK(*r.text == std::string("steps:\n  - id: \"1\"\n    title: ") + header +
                             "\n      line one\n      line two\n\n  \n    done: 2023-06-20\n  - id: \"2\"\n    title: x\n");
        auto before = values_of(text), after = values_of(*r.text);
        CHECK(after.at(".steps[0].title") == before.at(".steps[0].title"));
    }
    // At the end of the file too.
    const std::string last = "steps:\n  - id: \"1\"\n    title: |+\n      t\n\n";
    RecordResult r = record_done(last, {"1", Date::from_ymd(2023, 6, 20), {}});
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(*r.text == last + "    done: 2023-06-20\n");
    CHECK(values_of(*r.text).at(".steps[0].title") == values_of(last).at(".steps[0].title"));
    // A note kept so, replaced by progress: its blank lines go with it.
    ProgressEdit e;
    e.quarter = 1;
    e.note = "new";
    r = record_progress("reports:\n  - quarter: 1\n    note: |+\n      old\n\n\nx: 1\n", e);
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(*r.text == "reports:\n  - quarter: 1\n    note: new\nx: 1\n");
}

TEST_CASE("record_done: the same date and evidence again change nothing") {
    std::string once = *record_done(read(edit_dir() + "block.yaml"), the_done()).text;
    RecordResult again = record_done(once, the_done());
    REQUIRE(again.text);
    CHECK(*again.text == once);
    CHECK(again.changes.empty());
}

TEST_CASE("record_done: a byte order mark and CRLF stay") {
    std::string text = "\xEF\xBB\xBFsteps:\r\n  - id: \"1\"\r\n    title: ก\r\n";
    RecordResult r = record_done(text, {"1", Date::from_ymd(2023, 2, 1), {}});
    REQUIRE(r.text);
    CHECK(*r.text == "\xEF\xBB\xBFsteps:\r\n  - id: \"1\"\r\n    title: ก\r\n    done: 2023-02-01\r\n");
    // A first line with the mark: positions on it are counted after the mark.
    r = record_done("\xEF\xBB\xBFsteps: [{id: \"1\", done: 2023-01-05}]", {"1", Date::from_ymd(2023, 2, 1), {}, true});
    REQUIRE(r.text);
    CHECK(*r.text == "\xEF\xBB\xBFsteps: [{id: \"1\", done: 2023-02-01}]");
}

TEST_CASE("record_done: another date replaces the old one in place, when forced") {
    RecordResult r = record_done("steps:\n  - {id: \"1\", done: 2023-01-05}  # c\n", {"1", Date::from_ymd(2023, 2, 1), {}, true});
    REQUIRE(r.text);
    CHECK(*r.text == "steps:\n  - {id: \"1\", done: 2023-02-01}  # c\n");
    CHECK(r.changes == std::vector<std::string>{"step 1: done 2023-02-01 (was 2023-01-05)"});
}

TEST_CASE("record_done: another date is refused without force, naming the date recorded") {
    const std::string text = "steps:\n  - id: \"1\"\n    done: 22 ธ.ค. 2566  # c\n";
    RecordResult r = record_done(text, {"1", Date::from_ymd(2024, 1, 5), {"evidence/a.pdf"}});
    CHECK(!r.text);
    CHECK(r.conflict);
    CHECK(r.error == "step 1 is recorded done on 22 ธ.ค. 2566; --force to change it");
    REQUIRE(r.places.size() == 1);
    CHECK(r.places[0].line == 3);
    CHECK(r.places[0].column == 11);
    // The same day, written another way: nothing to change, the text kept as written.
    r = record_done(text, {"1", Date::from_ymd(2023, 12, 22), {}});
    REQUIRE(r.text);
    CHECK(*r.text == text);
    CHECK(r.changes.empty());
    CHECK(r.unchanged == "step 1 is already recorded done on 22 ธ.ค. 2566");
}

TEST_CASE("record_done: a step not yet done says it was not") {
    RecordResult r = record_done("steps:\n  - {id: \"1\"}\n", {"1", Date::from_ymd(2023, 2, 1), {}});
    REQUIRE(r.text);
    CHECK(r.changes == std::vector<std::string>{"step 1: done 2023-02-01 (was not done)"});
}

TEST_CASE("date_in_form_of: the form of the example") {
    Date d = Date::from_ymd(2023, 6, 20);
    CHECK(date_in_form_of(d, "2023-03-31") == "2023-06-20");
    CHECK(date_in_form_of(d, "") == "2023-06-20");
    CHECK(date_in_form_of(d, "31 มี.ค. 66") == "20 มิ.ย. 66");
    CHECK(date_in_form_of(d, "31 มี.ค. 2566") == "20 มิ.ย. 2566");
    CHECK(date_in_form_of(d, "31 มีนาคม 2566") == "20 มิถุนายน 2566");
    CHECK(date_in_form_of(d, "๓๑ มี.ค. ๖๖") == "20 มิ.ย. 66");
    CHECK(date_in_form_of(Date::from_ymd(2100, 1, 5), "1 ม.ค. 66") == "5 ม.ค. 43");  // BE 2643
    // Day/month/year: the era and the zero padding of the example.
    CHECK(date_in_form_of(d, "31/3/2566") == "20/6/2566");
    CHECK(date_in_form_of(d, "31/03/2023") == "20/06/2023");
    CHECK(date_in_form_of(d, "1/3/66") == "20/6/66");
    CHECK(date_in_form_of(d, "1/3/23") == "20/6/23");
    CHECK(date_in_form_of(d, "๑/๓/๒๕๖๖") == "20/6/2566");
}

TEST_CASE("yaml_scalar: every text reads back the same, in a flow list and as a block value") {
    const std::vector<std::string> texts = {
        "evidence/a.pdf", "https://example.org/survey?q=1&r=2", "a: b", "a #b", "#x", "x#", "[x]", "{x}", "a, b",
        "- x", "-x", "? x", "?x", "&a", "*a", "!x", "|x", ">x", "'x'", "\"x\"", "%x", "@x", "`x`", "a\\b",
        "40", "-2.5", "1e3", "true", "no", "null", "~", " lead", "trail ", "", "ล่าช้า: รอข้อมูล", "tab\there",
        "line\nbreak", "x:", ":x", "a:b", "50%", "C:\\scan.pdf"};
    for (const std::string& t : texts) {
        CAPTURE(t);
        std::string y = load::yaml_scalar(t);
        Diagnostics d;
        YNode flow = parse_yaml("k: [" + y + ", z]\n", 0, d);
        YNode block = parse_yaml("k: " + y + "\n", 0, d);
        REQUIRE(!d.has_errors());
        REQUIRE(flow.find("k"));
        CHECK(flow.find("k")->items.at(0).text == t);
        CHECK(block.find("k")->text == t);
        // Not read as a number, boolean or null: quoted, or text that is none of them.
        CHECK((block.find("k")->quoted || (!t.empty() && t != "true" && t != "null" && t != "~")));
    }
}

TEST_CASE("yaml_scalar: plain where it reads back the same, else double-quoted") {
    using load::yaml_scalar;
    CHECK(yaml_scalar("evidence/a07-survey.pdf") == "evidence/a07-survey.pdf");
    CHECK(yaml_scalar("https://example.org/a?b=1") == "\"https://example.org/a?b=1\"");
    CHECK(yaml_scalar("evidence/รายงาน ไตรมาส 2.pdf") == "evidence/รายงาน ไตรมาส 2.pdf");
    CHECK(yaml_scalar("สำรวจแล้ว") == "สำรวจแล้ว");
    CHECK(yaml_scalar("40") == "\"40\"");
    CHECK(yaml_scalar("true") == "\"true\"");
    CHECK(yaml_scalar("no") == "\"no\"");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
    CHECK(yaml_scalar("a #b") == "\"a #b\"");
    CHECK(yaml_scalar("[x]") == "\"[x]\"");
    CHECK(yaml_scalar("a, b") == "\"a, b\"");
    CHECK(yaml_scalar("- x") == "\"- x\"");
    CHECK(yaml_scalar(" x") == "\" x\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("say \"hi\"\\\n") == "\"say \\\"hi\\\"\\\\\\n\"");
}

TEST_CASE("record_done with set_done false adds the evidence only: the step stays undone") {
    const std::string file = "steps:\n  - id: \"1\"\n    title: a\n";
    DoneEdit e{"1", Date::from_ymd(2023, 6, 20), {"evidence/a.pdf"}};
    e.set_done = false;
    RecordResult r = record_done(file, e);
    REQUIRE(r.text);
    CHECK(r.text->find("done:") == std::string::npos);
    CHECK(r.text->find("evidence/a.pdf") != std::string::npos);
    e.set_done = true;
    CHECK(record_done(file, e).text->find("done: 2023-06-20") != std::string::npos);
}

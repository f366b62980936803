// Tests of src/load/record_gap_risk.cpp: a GAP item closed and reopened in a
// plan file, an assessment appended to a risk file, every other byte kept;
// and the editor's removal of a key (src/load/yaml_edit.cpp).
#include <doctest/doctest.h>

#include <string>

#include "../src/load/yaml_edit.hpp"  // private to the load layer: tested directly
#include "scmplan/load.hpp"
#include "scmplan/record.hpp"

using namespace scmplan;

namespace {

const std::string plan_text =
    "period: {start: 1 ม.ค. 2566, end: 31 ธ.ค. 2566}\n"
    "gaps:\n"
    "  - id: G01\n"
    "    text: ก\n"
    "    status: planned  # as published\n"
    "  - id: G02\n"
    "    text: ข\n"
    "    status: closed\n"
    "    closed: 20 มิ.ย. 2566  # EXAMPLE\n"
    "    evidence: [evidence/a.pdf]\n"
    "  - {id: G03, text: ค, status: closed, closed: 1 ก.ค. 2566}\n";

CloseEdit close_on(std::string gap, Date on) {
    CloseEdit e;
    e.gap = std::move(gap);
    e.on = on;
    return e;
}

}  // namespace

TEST_CASE("record_close: status and date set, in the file's date form, the comment kept") {
    CloseEdit e = close_on("G01", Date::from_ymd(2023, 8, 1));
    e.evidence = {"evidence/minutes.pdf"};
    RecordResult r = record_close(plan_text, e);
    REQUIRE_MESSAGE(r.text, r.error);
    // The date's form is G02's closing date's (Thai, four-digit year).
    CHECK(*r.text == "period: {start: 1 ม.ค. 2566, end: 31 ธ.ค. 2566}\n"
                     "gaps:\n"
                     "  - id: G01\n"
                     "    text: ก\n"
                     "    status: closed  # as published\n"
                     "    closed: 1 ส.ค. 2566\n"
                     "    evidence: [evidence/minutes.pdf]\n" +
                         plan_text.substr(plan_text.find("  - id: G02")));
    CHECK(r.changes == std::vector<std::string>{"status closed (was planned)", "closed 1 ส.ค. 2566 (was not given)",
                                                "evidence: evidence/minutes.pdf"});
}

TEST_CASE("record_close: the same day again changes nothing; another day needs force") {
    RecordResult r = record_close(plan_text, close_on("G02", Date::from_ymd(2023, 6, 20)));
    REQUIRE(r.text);
    CHECK(*r.text == plan_text);
    CHECK(r.unchanged == "already closed on 20 มิ.ย. 2566");
    r = record_close(plan_text, close_on("G02", Date::from_ymd(2023, 6, 21)));
    CHECK(!r.text);
    CHECK(r.conflict);
    CHECK(r.error == "recorded closed on 20 มิ.ย. 2566; --force to change it");
    REQUIRE(r.places.size() == 1);
    CHECK(r.places[0].line == 9);
    CHECK(r.places[0].column == 13);
    CloseEdit forced = close_on("G02", Date::from_ymd(2023, 6, 21));
    forced.force = true;
    r = record_close(plan_text, forced);
    REQUIRE(r.text);
    CHECK(r.text->find("    closed: 21 มิ.ย. 2566  # EXAMPLE\n") != std::string::npos);
    CHECK(r.changes == std::vector<std::string>{"closed 21 มิ.ย. 2566 (was 20 มิ.ย. 2566)"});
}

TEST_CASE("record_close: reopen sets planned and removes the date's line, block or flow") {
    CloseEdit e;
    e.gap = "G02";
    e.reopen = true;
    RecordResult r = record_close(plan_text, e);
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(r.text->find("    status: planned\n    evidence: [evidence/a.pdf]\n") != std::string::npos);
    CHECK(r.text->find("closed: 20") == std::string::npos);
    CHECK(r.changes == std::vector<std::string>{"status planned (was closed)", "closed date removed (was 20 มิ.ย. 2566)"});
    e.gap = "G03";
    r = record_close(plan_text, e);
    REQUIRE(r.text);
    CHECK(r.text->ends_with("  - {id: G03, text: ค, status: planned}\n"));
    // A GAP item not closed: nothing to undo.
    e.gap = "G01";
    r = record_close(plan_text, e);
    REQUIRE(r.text);
    CHECK(*r.text == plan_text);
    CHECK(r.unchanged == "not closed (status: planned)");
}

TEST_CASE("record_close: an unknown GAP item gets a did you mean") {
    RecordResult r = record_close(plan_text, close_on("G2", Date::from_ymd(2023, 8, 1)));
    CHECK(!r.text);
    CHECK(!r.conflict);
    CHECK(r.error == "no GAP item 'G2'");
    CHECK(r.hint == "did you mean G02?");
}

TEST_CASE("record_close: the file still loads with the gap closed, and reopened") {
    const std::string plan = "scmplan: 1\nkind: plan\nid: p-2566\ntitle: t\norganisation: o\nenabler: SCM\nyear: 2566\n" + plan_text;
    RecordResult r = record_close(plan, close_on("G01", Date::from_ymd(2023, 8, 1)));
    REQUIRE(r.text);
    LoadResult loaded = load_sources({{"plan.yaml", *r.text}});
    REQUIRE(loaded.model.plans.size() == 1);
    const Gap* g = loaded.model.plans[0].gap("G01");
    REQUIRE(g);
    CHECK(g->closed_by(Date::from_ymd(2023, 8, 1)));
    CHECK(!g->closed_by(Date::from_ymd(2023, 7, 31)));
    CloseEdit e;
    e.gap = "G02";
    e.reopen = true;
    r = record_close(*r.text, e);
    REQUIRE(r.text);
    loaded = load_sources({{"plan.yaml", *r.text}});
    g = loaded.model.plans[0].gap("G02");
    REQUIRE(g);
    CHECK(g->status.value == GapStatus::planned);
    CHECK(!g->closed);
    REQUIRE(g->evidence.size() == 1);
    CHECK(g->evidence[0].ref.value == "evidence/a.pdf");
}

namespace {

const std::string risk_text =
    "assessments:\n"
    "  - {as_of: 2023-01-01, likelihood: 2, impact: 5}  # published\n"
    "# target\n"
    "target: {likelihood: 1, impact: 1}\n";

AssessEdit assess(Date on, int l, int i) {
    AssessEdit e;
    e.on = on;
    e.likelihood = l;
    e.impact = i;
    return e;
}

}  // namespace

TEST_CASE("record_assessment: appended in the items' own layout, saying what it was") {
    AssessEdit e = assess(Date::from_ymd(2023, 6, 30), 3, 4);
    e.note = "A01: อนุมัติแล้ว";
    RecordResult r = record_assessment(risk_text, e);
    REQUIRE_MESSAGE(r.text, r.error);
    CHECK(*r.text == "assessments:\n"
                     "  - {as_of: 2023-01-01, likelihood: 2, impact: 5}  # published\n"
                     "  - {as_of: 2023-06-30, likelihood: 3, impact: 4, note: \"A01: อนุมัติแล้ว\"}\n"
                     "# target\n"
                     "target: {likelihood: 1, impact: 1}\n");
    CHECK(r.changes == std::vector<std::string>{
                           "assessed on 2023-06-30: likelihood 3, impact 4 (was likelihood 2, impact 5 on 2023-01-01)"});
}

TEST_CASE("record_assessment: a file without assessments gets the list") {
    RecordResult r = record_assessment("title: x\n", assess(Date::from_ymd(2023, 6, 30), 1, 2));
    REQUIRE(r.text);
    CHECK(*r.text == "title: x\nassessments:\n  - as_of: 2023-06-30\n    likelihood: 1\n    impact: 2\n");
    CHECK(r.changes == std::vector<std::string>{"assessed on 2023-06-30: likelihood 1, impact 2 (was not assessed)"});
}

TEST_CASE("record_assessment: the same day: nothing to change, or refused, or forced") {
    RecordResult r = record_assessment(risk_text, assess(Date::from_ymd(2023, 1, 1), 2, 5));
    REQUIRE(r.text);
    CHECK(*r.text == risk_text);
    CHECK(r.unchanged == "the assessment of 2023-01-01 already has likelihood 2, impact 5");
    r = record_assessment(risk_text, assess(Date::from_ymd(2023, 1, 1), 3, 5));
    CHECK(!r.text);
    CHECK(r.conflict);
    CHECK(r.error == "assessed on 2023-01-01 already (likelihood 2, impact 5); --force to change it");
    AssessEdit e = assess(Date::from_ymd(2023, 1, 1), 3, 5);
    e.force = true;
    r = record_assessment(risk_text, e);
    REQUIRE(r.text);
    CHECK(r.text->find("  - {as_of: 2023-01-01, likelihood: 3, impact: 5}  # published\n") != std::string::npos);
    CHECK(r.changes == std::vector<std::string>{"assessment of 2023-01-01: likelihood 3, impact 5 (was likelihood 2, impact 5)"});
}

TEST_CASE("YamlEditor::remove: a block entry's line, a flow entry, the last line without a line end") {
    auto removed = [](const std::string& text, const std::string& key) {
        load::YamlEditor ed(text);
        REQUIRE(ed.ok());
        CHECK(ed.remove(ed.root(), key).empty());
        return ed.text();
    };
    CHECK(removed("a: 1\nb: 2  # c\nc: 3\n", "b") == "a: 1\nc: 3\n");
    CHECK(removed("a: 1\nb: 2", "b") == "a: 1");
    CHECK(removed("a: 1\r\nb: 2", "b") == "a: 1");
    CHECK(removed("a: 1\nb: |\n  x\n  y\nc: 3\n", "b") == "a: 1\nc: 3\n");
    CHECK(removed("{a: 1, b: 2, c: 3}\n", "b") == "{a: 1, c: 3}\n");
    CHECK(removed("{a: 1, b: 2}\n", "a") == "{b: 2}\n");
    CHECK(removed("{a: 1}\n", "a") == "{}\n");
    CHECK(removed("a: 1\n", "z") == "a: 1\n");
    load::YamlEditor ed("l:\n  - a: 1\n    b: 2\n");
    REQUIRE(ed.ok());
    CHECK(ed.remove(ed.root().find("l")->items[0], "a") == "'a' is the first key of a list item");
}

// Tests of src/cli/workspace_init.cpp: placeholder substitution, plan ids,
// --year parsing, and the files of a new workspace (which must load and check
// without a single diagnostic).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/schemas.hpp"
#include "../support.hpp"
#include "../memory_files.hpp"
#include "commands.hpp"
#include "scmplan/record.hpp"
#include "workspace_init.hpp"

using namespace scmplan;
using namespace scmplan::cli;

namespace {

const std::map<std::string, std::string> values = {{"YEAR", "2567"}, {"PLAN_ID", "scm-2567"}};

InitSettings scm_2567() { return {"SCM", "การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า", 2567}; }

/// The schemas as `scmplan init` passes them.
std::vector<std::string> schemas() {
    std::vector<std::string> out;
    for (std::string_view kind : schema_kinds()) out.push_back(*schema_json(kind));
    return out;
}

std::string source_file(const std::string& path) {
    std::ifstream in(std::string(SCMPLAN_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("substitution replaces every known placeholder, wherever it is") {
    Substituted s = substitute_placeholders("id: {{PLAN_ID}}\nyear: {{YEAR}} ({{YEAR}})\n{{YEAR}}", values);
    CHECK(s.text == "id: scm-2567\nyear: 2567 (2567)\n2567");
    CHECK(s.unknown.empty());
}

TEST_CASE("substitution keeps an unknown placeholder as written and names it") {
    Substituted s = substitute_placeholders("a: {{NOPE}} b: {{YEAR}} c: {{NOPE2}}", values);
    CHECK(s.text == "a: {{NOPE}} b: 2567 c: {{NOPE2}}");
    CHECK(s.unknown == std::vector<std::string>{"NOPE", "NOPE2"});
}

TEST_CASE("substitution leaves braces that open no placeholder alone") {
    // Flow mappings, a lower-case name, an empty name, an unclosed one, a triple brace.
    Substituted s = substitute_placeholders("{a: 1} {{year}} {{}} {{YEAR {{{YEAR}}} }}", values);
    CHECK(s.text == "{a: 1} {{year}} {{}} {{YEAR {2567} }}");
    CHECK(s.unknown.empty());
}

TEST_CASE("substitution does not substitute into a value it has put in") {
    // A value that looks like a placeholder is text: no second pass.
    Substituted s = substitute_placeholders("{{A}}", {{"A", "{{B}}"}, {"B", "x"}});
    CHECK(s.text == "{{B}}");
}

TEST_CASE("substitution of text without placeholders is the identity, Thai included") {
    CHECK(substitute_placeholders("", values).text == "");
    CHECK(substitute_placeholders("ชื่อแผน: แผน {ปี}", values).text == "ชื่อแผน: แผน {ปี}");
}

TEST_CASE("the plan id is the enabler code in lower case, then the year") {
    CHECK(init_plan_id("SCM", 2567) == "scm-2567");
    CHECK(init_plan_id("RM&IC", 2567) == "rm-ic-2567");
    CHECK(init_plan_id("KM&IM", 2400) == "km-im-2400");
    CHECK(init_plan_id("A -- B!", 2567) == "a-b-2567");  // a run of other characters is one '-'
}

TEST_CASE("the placeholders of 2567: CE year 2024, the calendar year as the period") {
    auto v = init_placeholders(scm_2567());
    CHECK(v == std::map<std::string, std::string>{{"ENABLER", "SCM"},
                                                  {"ENABLER_NAME", "การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า"},
                                                  {"YEAR", "2567"},
                                                  {"YEAR_CE", "2024"},  // 2567 - 543
                                                  {"YEAR_BEFORE", "2566"},
                                                  {"PLAN_ID", "scm-2567"},
                                                  {"QUARTERS", "calendar"},
                                                  {"START", "2024-01-01"},
                                                  {"END", "2024-12-31"},
                                                  {"Q1_END", "2024-03-31"},
                                                  {"Q3_END", "2024-09-30"},
                                                  {"LAST_DONE", "2024-12-20"},
                                                  {"HOLIDAY_CE", "2024"},
                                                  {"HOLIDAY_LATE_CE", "2024"}});
    // An enabler without a Thai name is named by its code.
    CHECK(init_placeholders({"XX", "", 2567}).at("ENABLER_NAME") == "XX");
}

TEST_CASE("the placeholders of fiscal 2568: 1 Oct 2024 to 30 Sep 2025, Oct-Dec holidays of 2024") {
    InitSettings s = scm_2567();
    s.year = 2568;  // CE 2025; the fiscal year starts on 1 October 2024 (2567)
    s.fiscal = true;
    auto v = init_placeholders(s);
    CHECK(v.at("QUARTERS") == "fiscal");
    CHECK(v.at("START") == "2024-10-01");
    CHECK(v.at("END") == "2025-09-30");
    CHECK(v.at("Q1_END") == "2024-12-31");  // fiscal Q1: Oct-Dec 2024
    CHECK(v.at("Q3_END") == "2025-06-30");  // fiscal Q3: Apr-Jun 2025
    CHECK(v.at("LAST_DONE") == "2025-09-20");
    CHECK(v.at("HOLIDAY_CE") == "2025");
    CHECK(v.at("HOLIDAY_LATE_CE") == "2024");
    CHECK(v.at("PLAN_ID") == "scm-2568");
}

TEST_CASE("--year: a BE year 2400-2700; a CE year gets the BE one as a hint") {
    CHECK(parse_be_year("2567").year == 2567);
    CHECK(parse_be_year("2400").year == 2400);
    CHECK(parse_be_year("2700").year == 2700);
    YearParse ce = parse_be_year("2024");
    CHECK_FALSE(ce.year);
    CHECK(ce.error == "2024 is not a year of the Buddhist Era (2400–2700)");
    CHECK(ce.hint == "years are Buddhist Era: did you mean 2567?");
    CHECK(parse_be_year("1000").hint == "");  // 1543 is no plan year either: no hint
    CHECK(parse_be_year("2701").error == "2701 is out of range: the year is 2400 to 2700 (Buddhist Era)");
    for (const char* bad : {"", "25x", "-2567", "+2567", "2567.0", " 2567", "๒๕๖๗"}) {
        CAPTURE(bad);
        YearParse p = parse_be_year(bad);
        CHECK_FALSE(p.year);
        CHECK(p.error == fmt::format("'{}' is not a year", bad));
    }
}

TEST_CASE("a new workspace: four YAML files from the templates, then the five schemas") {
    std::vector<std::string> paths;
    for (const auto& f : init_files(scm_2567(), schemas())) paths.push_back(f.path);
    CHECK(paths == std::vector<std::string>{"scmplan.yaml", "scm-2567/plan.yaml", "scm-2567/activities/A01.yaml",
                                            "scm-2567/risks/R1.yaml", ".scmplan/schemas/plan.schema.json",
                                            ".scmplan/schemas/activity.schema.json",
                                            ".scmplan/schemas/risk.schema.json",
                                            ".scmplan/schemas/workspace.schema.json",
                                            ".scmplan/schemas/rules.schema.json"});
}

TEST_CASE("every placeholder of every template has a value") {
    const auto v = init_placeholders(scm_2567());
    for (const char* t : {"templates/scmplan.yaml", "templates/plan.yaml", "templates/activity.yaml",
                          "templates/risk.yaml"}) {
        CAPTURE(t);
        std::string text = source_file(t);
        REQUIRE(text.size() > 1000);
        Substituted s = substitute_placeholders(text, v);
        CHECK(s.unknown.empty());
        CHECK(s.text.find("{{") == std::string::npos);
    }
}

TEST_CASE("the workspace files are the embedded templates, substituted, and the rendered schemas verbatim") {
    const auto files = init_files(scm_2567(), schemas());
    const auto v = init_placeholders(scm_2567());
    CHECK(files[0].content == substitute_placeholders(source_file("templates/scmplan.yaml"), v).text);
    CHECK(files[1].content == substitute_placeholders(source_file("templates/plan.yaml"), v).text);
    CHECK(files[2].content == substitute_placeholders(source_file("templates/activity.yaml"), v).text);
    CHECK(files[3].content == substitute_placeholders(source_file("templates/risk.yaml"), v).text);
    CHECK(files[4].content == *schema_json("plan"));
    CHECK(files[8].content == *schema_json("rules"));
}

TEST_CASE("each YAML file's first line names the schema of its kind, relative to the file") {
    std::map<std::string, std::string> first_lines;
    for (const auto& f : init_files(scm_2567(), schemas())) first_lines[f.path] = f.content.substr(0, f.content.find('\n'));
    CHECK(first_lines["scmplan.yaml"] == "# yaml-language-server: $schema=.scmplan/schemas/workspace.schema.json");
    CHECK(first_lines["scm-2567/plan.yaml"] == "# yaml-language-server: $schema=../.scmplan/schemas/plan.schema.json");
    CHECK(first_lines["scm-2567/activities/A01.yaml"] ==
          "# yaml-language-server: $schema=../../.scmplan/schemas/activity.schema.json");
    CHECK(first_lines["scm-2567/risks/R1.yaml"] ==
          "# yaml-language-server: $schema=../../.scmplan/schemas/risk.schema.json");
}

TEST_CASE("a new workspace loads and checks without any diagnostic, for every built-in enabler and year, calendar or fiscal") {
    // The enablers of rules/se-am.yaml, with and without modules, and & in codes.
    for (const char* code : {"CG", "SP", "RM&IC", "SCM", "DT", "HCM", "KM&IM", "IA"}) {
        for (int first_year : {2400, 2567, 2700})
        for (bool fiscal : {false, true}) {
            // A fiscal 2400 would start in 2399 BE, before the dates scmplan reads:
            // the first fiscal year init writes is 2401 (a usage error before it).
            const int year = fiscal && first_year == 2400 ? 2401 : first_year;
            CAPTURE(code);
            CAPTURE(year);
            CAPTURE(fiscal);
            std::vector<Source> sources;
            for (const auto& f : init_files({code, "ชื่อด้าน", year, fiscal}, {}))
                if (f.path.ends_with(".yaml")) sources.push_back({f.path, f.content});
            REQUIRE(sources.size() == 4);
            LoadResult r = load_sources(sources);
            check_model(r.model, r.diags, {});
            CHECK(test::diag_lines(r.diags) == "");
            REQUIRE(r.model.plans.size() == 1);
            CHECK(r.model.plans[0].id.value == init_plan_id(code, year));
            CHECK(r.model.plans[0].enabler.value == code);
            // A fiscal year runs from 1 October of the year before to 30 September.
            const int ce = year - be_offset;
            CHECK(r.model.plans[0].quarters == (fiscal ? QuarterScheme::fiscal : QuarterScheme::calendar));
            CHECK(r.model.plans[0].start.value == (fiscal ? Date::from_ymd(ce - 1, 10, 1) : Date::from_ymd(ce, 1, 1)));
            CHECK(r.model.plans[0].end.value == (fiscal ? Date::from_ymd(ce, 9, 30) : Date::from_ymd(ce, 12, 31)));
            CHECK(r.model.activities.size() == 1);
            CHECK(r.model.risks.size() == 1);
        }
    }
}

TEST_CASE("the template's likelihood is derived from progress with behind and days_late") {
    std::vector<Source> sources;
    for (const auto& f : init_files(scm_2567(), schemas()))
        if (f.path.ends_with(".yaml")) sources.push_back({f.path, f.content});
    LoadResult r = load_sources(sources);
    REQUIRE(r.model.risks.size() == 1);
    const Risk& risk = r.model.risks[0];
    CHECK(risk.likelihood.derivable());
    MetricValues start{&r.model, &r.model.plans[0], Date::from_ymd(2024, 1, 1)};
    LevelDecision d = current_level(risk.likelihood, risk.assessments, true, start);
    // On the first day nothing is due or done: not behind, so "ดำเนินการได้ตามกำหนดทุกกิจกรรม" (1).
    CHECK(d.derived);
    CHECK(d.level == 1);
    CHECK(d.basis == LevelDecision::Basis::held);
    CHECK(d.condition->metric.kind == Metric::Kind::behind);
    CHECK(d.measured == 0.0);
}

/// The activity file `scmplan init` writes (from templates/activity.yaml).
std::string init_activity() {
    for (const InitFile& f : init_files({"SCM", "การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า", 2566}, {}))
        if (f.path.ends_with("/activities/A01.yaml")) return f.content;
    FAIL("no activity in init_files");
    return {};
}

TEST_CASE("the layout `scmplan init` writes: step 3 done, a first report, byte for byte") {
    const std::string edits = std::string(SCMPLAN_SOURCE_DIR) + "/tests/edit/";
    RecordResult r = record_done(init_activity(), {"3", Date::from_ymd(2023, 12, 20), {"evidence/summary.pdf"}});
    REQUIRE_MESSAGE(r.text, r.error);
    test::expect_golden(*r.text, edits + "init.done.yaml");
    ProgressEdit progress;  // as test_load_record.cpp's layouts get it
    progress.quarter = 2;
    progress.actual = "40";
    progress.note = "แจกเวียนแล้ว: ทุกหน่วยงาน";
    progress.evidence = {"evidence/q2 report.pdf"};
    r = record_progress(init_activity(), progress);
    REQUIRE_MESSAGE(r.text, r.error);
    test::expect_golden(*r.text, edits + "init.progress.yaml");
}

TEST_CASE("init looks at its targets through the FileReader: files there already, a file in place of the folder") {
    // Nothing of this is on the disk: init refuses before it writes anything.
    test::MemoryFiles files;
    files.file("/memory/ws/scmplan.yaml", "mine\n").link("/memory/ws/scm-2567/plan.yaml", "/nowhere").file("/memory/afile");
    CommandSpec spec = init_command();
    Invocation inv = Invocation::of(spec);
    inv.env.today = Date::from_ymd(2024, 3, 1);
    inv.env.files = &files;
    inv.values["dir"] = "/memory/ws";
    Output out = spec.run(inv);
    CHECK(out.exit_code == exit_io);
    CHECK(out.out.empty());
    CHECK(out.err ==
          "scmplan: error: 2 file(s) of the new workspace exist already; nothing written:\n"
          "  /memory/ws/scmplan.yaml\n  /memory/ws/scm-2567/plan.yaml\n"
          "  hint: init never writes over a file: choose a new folder, or move these files away\n");
    inv.values["dir"] = "/memory/afile";
    out = spec.run(inv);
    CHECK(out.exit_code == exit_io);
    CHECK(out.err == "scmplan: error: /memory/afile exists and is not a folder; nothing written\n");
}

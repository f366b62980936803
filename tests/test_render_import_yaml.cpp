// The draft's files (src/render/import_yaml.cpp, import_md.cpp): hostile text
// loads back exactly, keys in the format's order, unknown baseline codes as
// comments, IMPORT.md's cells escaped.
#include <doctest/doctest.h>

#include <string>

#include "scmplan/import_yaml.hpp"
#include "scmplan/load.hpp"

using namespace scmplan;

namespace {

/// A small draft whose texts are hostile to YAML and Markdown.
draft::Draft hostile() {
    draft::Draft d;
    d.source = "plan.docx";
    draft::Plan& p = d.plan;
    p.id = "x-2567";
    p.title = {"แผน: \"ทดสอบ\" # ไม่ใช่คอมเมนต์ {a: [b]} \\ - | > & *x !tag %", "title block, paragraph 1"};
    p.organisation = {"- องค์การ: ทดลอง", "title block, paragraph 2"};
    p.enabler = {"SCM", "the title"};
    p.year = 2567;
    p.period.start = {"1 ม.ค. 67", ""};
    p.period.end = {"31 ธ.ค. 67", ""};
    p.owner = {"ฝ.ก.", "owners"};
    p.budget = {"'quoted' ไม่มี", "section 6"};
    p.rationale = {{"บรรทัดแรก", "s1"}, {"ย่อหน้าที่สอง: ต่อ", "s1"}};
    p.objectives = {{"1. เพื่อ", "s2"}};
    p.benefits = {{"? ถาม", "s3"}};
    p.output = {"ผล | ผลิต <script>", "s4"};
    p.outcome = {"yes", "s4"};
    p.target = {"null", "s7"};
    draft::Baseline b;
    b.year = 2566;
    b.topics = {{"SCM.1.1", 1.5, "1.5000", true}, {"SCM.9.9", 2, "2.0000", false}};
    b.reported = {{"SCM", 1.5, "1.5000", true}};
    p.baseline = {b};
    draft::Activity a;
    a.id = "A01";
    a.title = {"กิจกรรม \"หนึ่ง\": ทดลอง", "t"};
    a.owners = {"ฝ.ก.", "ฝ: ข"};
    a.period = p.period;
    a.target.text = {"ร้อยละ 100", "t"};
    a.target.op = ">=";
    a.target.value = 100;
    a.target.unit = "%";
    a.steps = {{"1", {"ขั้น: แรก", "t"}, "", ""}};
    d.activities = {a};
    d.units = {{"ฝ.ก.", "ฝ่าย \"ก\"", "owner"}, {"ฝ: ข", "ฝ: ข", "owner"}};
    d.unplaced = {{"title block, paragraph 9", "a | b [link](javascript:x)"}};
    return d;
}

}  // namespace

TEST_CASE("the draft's YAML loads back with no error and every text exactly as read") {
    draft::Draft d = hostile();
    std::vector<Source> sources;
    for (const auto& f : draft_files(d))
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".yaml") == 0) sources.push_back({f.path, f.content});
    LoadResult r = load_sources(sources);
    std::string diags;
    for (const auto& x : r.diags.items()) diags += x.message + "\n";
    INFO(diags);
    CHECK_FALSE(r.diags.has_errors());
    REQUIRE(r.model.plans.size() == 1);
    CHECK(r.model.plans[0].title == d.plan.title.value);
    CHECK(r.model.plans[0].organisation == d.plan.organisation.value);
    CHECK(r.model.plans[0].target == "null");
    REQUIRE(r.model.activities.size() == 1);
    CHECK(r.model.activities[0].title == d.activities[0].title.value);
}

TEST_CASE("a baseline score whose code the rules do not know is a comment") {
    std::string yaml = draft_plan_yaml(hostile());
    CHECK(yaml.find("      \"SCM.1.1\": 1.5000\n") != std::string::npos);
    CHECK(yaml.find("      # \"SCM.9.9\": 2.0000\n") != std::string::npos);
}

TEST_CASE("IMPORT.md escapes the document's text in its cells") {
    std::string md = draft_import_md(hostile());
    CHECK(md.find("| title block, paragraph 9 | a \\| b \\[link\\](javascript:x) |") != std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
}

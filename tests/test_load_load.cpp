// Loading files into the model: headers, keys, types, required keys.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace scmplan;
using test::check_sources;
using test::diag_lines;

namespace {

std::string load_errors(std::vector<Source> sources) { return diag_lines(load_sources(std::move(sources)).diags); }

}  // namespace

TEST_CASE("a valid plan and activity load into the model") {
    LoadResult r = load_sources({{"p.yaml", test::plan_yaml("quarters: fiscal\n")}, {"a.yaml", test::activity_yaml()}});
    CHECK(diag_lines(r.diags) == "");
    REQUIRE(r.model.plans.size() == 1);
    const Plan& p = r.model.plans[0];
    CHECK(p.id.value == "p1");
    CHECK(p.year.value == 2566);
    CHECK(p.quarters == QuarterScheme::fiscal);
    CHECK(p.start.value == Date::from_ymd(2023, 1, 1));
    REQUIRE(r.model.activities.size() == 1);
    const Activity& a = r.model.activities[0];
    CHECK(a.start.value == Date::from_ymd(2023, 1, 1));  // Thai date "1 ม.ค. 66"
    CHECK(a.end.value == Date::from_ymd(2023, 12, 31));
    REQUIRE(a.steps.size() == 2);
    CHECK(a.steps[0].done->value == Date::from_ymd(2023, 3, 15));
    CHECK_FALSE(a.steps[1].done);
    CHECK(a.steps[1].weight.value == 1.0);
    CHECK(a.counts);
}

TEST_CASE("the header: scmplan version and kind") {
    CHECK(load_errors({{"x.yaml", "kind: plan\n"}}).find("x.yaml:1:1: E010 not a scmplan file: 'scmplan: 1' is missing") == 0);
    CHECK(load_errors({{"x.yaml", "scmplan: 2\nkind: plan\n"}}).find("x.yaml:1:10: E010 unsupported format version '2'") == 0);
    CHECK(load_errors({{"x.yaml", "scmplan: 1\nkind: plna\n"}}) ==
          "x.yaml:2:7: E010 unknown kind 'plna' [did you mean 'plan'?]\n");
    CHECK(load_errors({{"x.yaml", "scmplan: 1\n"}}).find("E010 'kind' is missing") != std::string::npos);
}

TEST_CASE("a file whose top level is not a mapping is an error") {
    CHECK(load_errors({{"x.yaml", "- a\n- b\n"}}).find("x.yaml:1:1: E010 the top level must be a mapping, not a list") == 0);
    CHECK(load_errors({{"x.yaml", "hello\n"}}).find("E010 the top level must be a mapping, not 'hello'") != std::string::npos);
}

TEST_CASE("unknown keys are errors with a did-you-mean hint") {
    std::string out = load_errors({{"p.yaml", test::plan_yaml("titel: x\n")}});
    CHECK(out == "p.yaml:17:1: E011 unknown key 'titel' in plan [did you mean 'title'?]\n");
    out = load_errors({{"a.yaml", test::activity_yaml("A01", "reports:\n  - {quarter: 1, actaul: 5}\n")}});
    CHECK(out.find("E011 unknown key 'actaul' in quarterly report [did you mean 'actual'?]") != std::string::npos);
}

TEST_CASE("missing required keys are errors at the mapping") {
    std::string yaml = test::plan_yaml();
    const std::string title = "title: แผนทดสอบ\n";
    yaml.erase(yaml.find(title), title.size());
    std::string out = load_errors({{"p.yaml", yaml}});
    CHECK(out.find("p.yaml:1:1: E014 plan is missing required key 'title'") != std::string::npos);
}

TEST_CASE("wrong types are errors") {
    CHECK(load_errors({{"p.yaml", test::plan_yaml("kpis:\n  - {id: K1, text: t, measure: gaps_closed, op: \">=\", value: \"2\"}\n")}}) ==
          "p.yaml:18:62: E013 KPI 'value' must be a number, not '2' [remove the quotes]\n");
    CHECK(load_errors({{"a.yaml", test::activity_yaml("A01", "counts: yes\n")}}).find("E013 activity 'counts' must be true or false, not 'yes'") != std::string::npos);
    CHECK(load_errors({{"a.yaml", test::activity_yaml("A01", "gaps: G01\n")}}).find("E013 activity 'gaps' must be a list, not 'G01'") != std::string::npos);
}

TEST_CASE("dates: invalid days, CE years in ISO form, BE years in plan") {
    std::string yaml = test::activity_yaml("A01", "");
    std::string bad = yaml;
    bad.replace(bad.find("1 ม.ค. 66"), std::string("1 ม.ค. 66").size(), "31 ก.พ. 66");
    CHECK(load_errors({{"a.yaml", bad}}).find("a.yaml:7:17: E016 activity period 'start': ") == 0);
    bad = yaml;
    bad.replace(bad.find("due: 2023-03-31"), 15, "due: 2566-03-31");
    CHECK(load_errors({{"a.yaml", bad}}).find("[did you mean 2023-03-31?]") != std::string::npos);
    std::string plan = test::plan_yaml();
    plan.replace(plan.find("year: 2566"), 10, "year: 2023");
    CHECK(load_errors({{"p.yaml", plan}}) ==
          "p.yaml:7:7: E015 plan year 2023 looks like a CE year: years are Buddhist Era [did you mean 2566?]\n");
}

TEST_CASE("plan ids must be lower-case slugs") {
    std::string plan = test::plan_yaml();
    plan.replace(plan.find("id: p1"), 6, "id: P_1");
    CHECK(load_errors({{"p.yaml", plan}}).find("p.yaml:3:5: E015 plan id 'P_1' must be lower-case") == 0);
}

TEST_CASE("the built-in rules load without a problem and hold SCM's weights") {
    LoadResult r = load_sources({});
    CHECK(diag_lines(r.diags) == "");
    Diagnostics d;
    check_rules(r.model.rules, d);
    CHECK(diag_lines(d) == "");
    CHECK(r.model.rules.enablers.size() == 8);
    const Enabler* scm = r.model.rules.enabler("SCM");
    REQUIRE(scm);
    REQUIRE(scm->modules.size() == 2);
    CHECK(scm->modules[1].topics[4].code.value == "SCM.2.5");
    CHECK(scm->modules[1].topics[4].weight.value == 0.3);
    CHECK(r.model.rules.risk_threshold == 12);
    CHECK(r.model.rules.report_due_working_days == 7);
    CHECK(r.model.rules.source == "<built-in>");
}

TEST_CASE("a workspace can name its own rules file") {
    std::string rules = std::string(builtin_rules_yaml());
    rules.replace(rules.find("threshold: 12"), 13, "threshold: 9");
    LoadResult r = load_sources({{"ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: rules/my.yaml\n"},
                                 {"ws/rules/my.yaml", rules}});
    CHECK(diag_lines(r.diags) == "");
    CHECK(r.model.rules.risk_threshold == 9);
    CHECK(r.model.rules.source == "ws/rules/my.yaml");
    r = load_sources({{"ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: rules/none.yaml\n"}});
    CHECK(diag_lines(r.diags).find("ws/scmplan.yaml:3:8: E021 rules file 'rules/none.yaml' is not among the loaded files") == 0);
}

TEST_CASE("a rules path outside the workspace folder is refused, saying why, and never matched") {
    // The workspace is the folder of scmplan.yaml. A rules file outside it is
    // refused even when it was loaded (as it would be by a PATH naming it).
    std::string rules = std::string(builtin_rules_yaml());
    auto e021 = [&](const std::string& value) {
        LoadResult r = load_sources({{"ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: " + value + "\n"},
                                     {"shared.yaml", rules},
                                     {"/etc/r.yaml", rules}});
        CHECK(r.model.rules.source == "<built-in>");
        return diag_lines(r.diags);
    };
    CHECK(e021("/etc/r.yaml").find("ws/scmplan.yaml:3:8: E021 rules file '/etc/r.yaml' is an absolute path") == 0);
    CHECK(e021("../shared.yaml").find("ws/scmplan.yaml:3:8: E021 rules file '../shared.yaml' lies outside the workspace") == 0);
    CHECK(e021("p/../../shared.yaml").find("E021 rules file 'p/../../shared.yaml' lies outside the workspace") != std::string::npos);
    CHECK(e021("scmplan.yaml").find("E021 rules file 'scmplan.yaml' is the workspace file, not a rules file") !=
          std::string::npos);
    CHECK(e021("./p/../scmplan.yaml").find("is the workspace file, not a rules file") != std::string::npos);
    // A file that is loaded, but of another kind.
    LoadResult plan = load_sources({{"ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: p/plan.yaml\n"},
                                    {"ws/p/plan.yaml", test::plan_yaml()}});
    CHECK(diag_lines(plan.diags).find("E021 rules file 'p/plan.yaml' is not a 'kind: rules' file") != std::string::npos);
}

TEST_CASE("a second workspace file is an error") {
    CHECK(load_errors({{"a.yaml", "scmplan: 1\nkind: workspace\n"}, {"b.yaml", "scmplan: 1\nkind: workspace\n"}}) ==
          "b.yaml:1:1: E020 a second workspace file [keep one scmplan.yaml per workspace]\n");
}

TEST_CASE("the built-in rules text is itself a clean rules file") {
    LoadResult r = load_sources({{"se-am.yaml", std::string(builtin_rules_yaml())}});
    check_model(r.model, r.diags);
    CHECK(diag_lines(r.diags) == "");
    CHECK(r.model.rules.source == "se-am.yaml");
}

TEST_CASE("a rules file without a risk section takes the built-in bands and threshold") {
    // extends: none: the file replaces the built-in enablers, yet not the bands it leaves out.
    std::string rules = "scmplan: 1\nkind: rules\nextends: none\nenablers:\n  - {code: X, name: {en: Example}}\n";
    LoadResult r = load_sources({{"r.yaml", rules}});
    check_model(r.model, r.diags);
    CHECK(diag_lines(r.diags) == "");
    CHECK(r.model.rules.enablers.size() == 1);
    REQUIRE(r.model.rules.bands.size() == 4);
    CHECK(r.model.rules.band_for(10)->name.en == "high");
    CHECK(r.model.rules.risk_threshold == 12);
}

// Diagnostics share the file table: a LoadResult moved or copied away from the
// vector it was loaded into still names the right files (a raw pointer to
// Model::files named '' after a move).
TEST_CASE("diagnostics keep their file names when the load result is moved or copied") {
    std::string act = test::activity_yaml();
    act.replace(act.find("plan: p1"), 8, "plan: p2");  // an unknown plan: E021 in a.yaml
    LoadResult moved = [&] {
        LoadResult r = load_sources({{"p.yaml", test::plan_yaml()}, {"a.yaml", act}});
        return LoadResult(std::move(r));
    }();
    std::vector<LoadResult> held;
    held.push_back(std::move(moved));
    held.reserve(8);  // reallocates: the element moves again
    LoadResult copied = held.front();
    for (LoadResult* r : {&held.front(), &copied}) {
        check_model(r->model, r->diags, CheckOptions{});
        CHECK(test::diag_lines(r->diags) ==
              "a.yaml:3:7: E021 activity A01 names unknown plan 'p2' [did you mean 'p1'?]\n");
    }
}

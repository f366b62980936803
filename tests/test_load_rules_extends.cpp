// Rules files laid over the built-in rules (extends), and `scmplan rules`
// output read back as a rules file.
#include <doctest/doctest.h>

#include "scmplan/render_rules.hpp"
#include "support.hpp"

using namespace scmplan;
using test::diag_lines;

namespace {

const char* const dt_only =
    "scmplan: 1\n"
    "kind: rules\n"
    "enablers:\n"
    "  - code: DT\n"
    "    modules:\n"
    "      - code: DT.1\n"
    "        weight: 1\n"
    "        topics:\n"
    "          - {code: DT.1.1, weight: 1}\n";

LoadResult with_rules(const std::string& rules, const std::string& plan_extra = "") {
    LoadResult r = load_sources({{"rules.yaml", rules}, {"p.yaml", test::plan_yaml(plan_extra)}});
    check_model(r.model, r.diags);
    return r;
}

}  // namespace

TEST_CASE("a rules file that only adds DT's modules keeps SCM and the other built-in parts") {
    LoadResult r = with_rules(dt_only);
    CHECK(diag_lines(r.diags) == "");
    const Rules& rules = r.model.rules;
    CHECK(rules.extends_builtin);
    REQUIRE(rules.enablers.size() == 8);  // the built-in eight, DT replaced in place
    CHECK(rules.enablers[4].code.value == "DT");
    REQUIRE(rules.enablers[4].modules.size() == 1);
    CHECK(rules.enablers[4].modules[0].topics[0].code.value == "DT.1.1");
    REQUIRE(rules.enabler("SCM"));
    CHECK(rules.enabler("SCM")->modules.size() == 2);  // the built-in SCM modules
    CHECK(rules.bands.size() == 4);
    CHECK(rules.risk_threshold == 12);
    CHECK(rules.report_due_working_days == 7);
}

TEST_CASE("a rules file adds an enabler of a new code at the end and can change only the report days") {
    LoadResult r = with_rules(
        "scmplan: 1\nkind: rules\nenablers:\n  - {code: ESG, name: {en: Sustainability}}\n"
        "report_due: {working_days_after_quarter: 10}\n");
    CHECK(diag_lines(r.diags) == "");
    REQUIRE(r.model.rules.enablers.size() == 9);
    CHECK(r.model.rules.enablers.back().code.value == "ESG");
    CHECK(r.model.rules.report_due_working_days == 10);
}

TEST_CASE("bands given replace the built-in bands as a whole") {
    LoadResult r = with_rules(
        "scmplan: 1\nkind: rules\nrisk:\n  bands:\n    - {min: 1, max: 12, name: low}\n"
        "    - {min: 13, max: 25, name: high}\n");
    CHECK(diag_lines(r.diags) == "");
    REQUIRE(r.model.rules.bands.size() == 2);
    CHECK(r.model.rules.bands[1].name.th == "high");
}

TEST_CASE("extends: none replaces the built-in rules: SCM is then unknown") {
    LoadResult r = with_rules(std::string(dt_only).insert(std::string("scmplan: 1\nkind: rules\n").size(),
                                                          "extends: none\n"));
    CHECK(diag_lines(r.diags) ==
          "p.yaml:6:10: E021 unknown enabler 'SCM'\n");
}

TEST_CASE("extends takes se-am or none") {
    LoadResult r = with_rules("scmplan: 1\nkind: rules\nextends: nnoe\n");
    CHECK(diag_lines(r.diags) == "rules.yaml:3:10: E015 extends must be 'se-am' or 'none', not 'nnoe' [did you mean 'none'?]\n");
}

TEST_CASE("an enabler without modules: topics in a baseline get a hint on how to describe them") {
    std::string plan = test::plan_yaml("baseline:\n  - {year: 2565, topics: {DT.1.1: 2}}\n");
    plan.replace(plan.find("enabler: SCM"), 12, "enabler: DT");
    LoadResult r = load_sources({{"p.yaml", plan}});
    check_model(r.model, r.diags);
    CHECK(diag_lines(r.diags) ==
          "p.yaml:18:27: E021 topic 'DT.1.1' is not a code of enabler DT [enabler DT has no modules in the rules; to "
          "describe them, print a start with 'scmplan rules --enabler DT', give it modules and topics with weights, "
          "and name the file with 'rules:' in scmplan.yaml]\n");
}

TEST_CASE("the printed built-in rules load back as the same rules, without a diagnostic") {
    const Rules builtin = load_sources({}).model.rules;
    const std::string text = render_rules_yaml(builtin);
    LoadResult r = load_sources({{"printed.yaml", text}});
    check_rules(r.model.rules, r.diags);
    CHECK(diag_lines(r.diags) == "");
    const Rules& back = r.model.rules;
    CHECK_FALSE(back.extends_builtin);  // the printed file says extends: none
    REQUIRE(back.enablers.size() == builtin.enablers.size());
    for (std::size_t i = 0; i < back.enablers.size(); ++i) {
        CHECK(back.enablers[i].code.value == builtin.enablers[i].code.value);
        CHECK(back.enablers[i].name.th == builtin.enablers[i].name.th);
        CHECK(back.enablers[i].name.en == builtin.enablers[i].name.en);
        REQUIRE(back.enablers[i].modules.size() == builtin.enablers[i].modules.size());
        for (std::size_t m = 0; m < back.enablers[i].modules.size(); ++m) {
            const Module& a = back.enablers[i].modules[m];
            const Module& b = builtin.enablers[i].modules[m];
            CHECK(a.weight.value == b.weight.value);
            REQUIRE(a.topics.size() == b.topics.size());
            for (std::size_t t = 0; t < a.topics.size(); ++t) CHECK(a.topics[t].weight.value == b.topics[t].weight.value);
        }
    }
    REQUIRE(back.bands.size() == builtin.bands.size());
    CHECK(back.bands[3].colour == builtin.bands[3].colour);
    CHECK(back.risk_threshold == builtin.risk_threshold);
    CHECK(back.report_due_working_days == builtin.report_due_working_days);
    CHECK(back.score_decimals == builtin.score_decimals);
}

TEST_CASE("the printed rules keep the evidence rule and the back-dated days, so the file stands alone") {
    // Values other than the defaults: a printed file that omitted them would load back as optional and 30.
    LoadResult given = load_sources({{"r.yaml", "scmplan: 1\nkind: rules\nevidence: required_for_done\n"
                                                "backdated_done_days: 7\n"}});
    REQUIRE(diag_lines(given.diags) == "");
    REQUIRE(given.model.rules.evidence_required_for_done);
    const std::string text = render_rules_yaml(given.model.rules);
    CHECK(text.find("evidence: required_for_done\n") != std::string::npos);
    CHECK(text.find("backdated_done_days: 7\n") != std::string::npos);
    LoadResult back = load_sources({{"printed.yaml", text}});
    CHECK(diag_lines(back.diags) == "");
    CHECK(back.model.rules.evidence_required_for_done);
    CHECK(back.model.rules.backdated_done_days == 7);
}

TEST_CASE("rules --enabler prints one enabler over the built-in rules, with a hint when it has no modules") {
    const Rules builtin = load_sources({}).model.rules;
    const std::string text = render_rules_yaml(builtin, "DT");
    CHECK(text.find("extends: se-am\n") != std::string::npos);
    CHECK(text.find("    # No modules: the scores of DT cannot be computed or verified. To describe\n"
                    "    # them, give its modules and their topics with weights, e.g.:\n"
                    "    # modules:\n") != std::string::npos);
    LoadResult r = load_sources({{"dt.yaml", text}});
    check_rules(r.model.rules, r.diags);
    CHECK(diag_lines(r.diags) == "");
    CHECK(r.model.rules.enablers.size() == 8);
}

namespace {

void same_names(const Names& a, const Names& b) {
    CHECK(a.th == b.th);
    CHECK(a.en == b.en);
}

/// Every value of the rules in force, compared one by one (not where they were read).
void same_rules(const Rules& a, const Rules& b) {
    CHECK(a.score_min == b.score_min);
    CHECK(a.score_max == b.score_max);
    CHECK(a.score_decimals == b.score_decimals);
    REQUIRE(a.enablers.size() == b.enablers.size());
    for (std::size_t i = 0; i < a.enablers.size(); ++i) {
        const Enabler& x = a.enablers[i];
        const Enabler& y = b.enablers[i];
        CAPTURE(x.code.value);
        CHECK(x.code.value == y.code.value);
        same_names(x.name, y.name);
        REQUIRE(x.modules.size() == y.modules.size());
        for (std::size_t m = 0; m < x.modules.size(); ++m) {
            CHECK(x.modules[m].code.value == y.modules[m].code.value);
            CHECK(x.modules[m].weight.value == y.modules[m].weight.value);
            same_names(x.modules[m].name, y.modules[m].name);
            REQUIRE(x.modules[m].topics.size() == y.modules[m].topics.size());
            for (std::size_t t = 0; t < x.modules[m].topics.size(); ++t) {
                const Topic& s = x.modules[m].topics[t];
                const Topic& u = y.modules[m].topics[t];
                CHECK(s.code.value == u.code.value);
                CHECK(s.weight.value == u.weight.value);
                same_names(s.name, u.name);
            }
        }
    }
    CHECK(a.risk_threshold == b.risk_threshold);
    REQUIRE(a.bands.size() == b.bands.size());
    for (std::size_t i = 0; i < a.bands.size(); ++i) {
        CHECK(a.bands[i].min == b.bands[i].min);
        CHECK(a.bands[i].max == b.bands[i].max);
        same_names(a.bands[i].name, b.bands[i].name);
        CHECK(a.bands[i].colour == b.bands[i].colour);
    }
    CHECK(a.report_due_working_days == b.report_due_working_days);
    CHECK(a.evidence_required_for_done == b.evidence_required_for_done);
    CHECK(a.backdated_done_days == b.backdated_done_days);
}

/// `text` as the rules file of a workspace: the rules in force there.
Rules in_force(const std::string& text) {
    LoadResult r = load_sources({{"ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: mine.yaml\n"},
                                 {"ws/mine.yaml", text}});
    check_rules(r.model.rules, r.diags);
    CHECK(diag_lines(r.diags) == "");
    return r.model.rules;
}

}  // namespace

TEST_CASE("scmplan rules, read back as a workspace's rules, gives the same rules in force, value by value") {
    // The built-in rules, and rules with a value other than the built-in one in every key.
    const Rules builtin = load_sources({}).model.rules;
    same_rules(in_force(render_rules_yaml(builtin)), builtin);
    const Rules own = in_force(
        "scmplan: 1\nkind: rules\nextends: none\n"
        "score: {min: 1, max: 9, decimals: 2}\n"
        "enablers:\n"
        "  - code: XY\n"
        "    name: {th: \"เอ็กซ์ \\\"วาย\\\"\", en: X-Y}\n"
        "    modules:\n"
        "      - {code: XY.1, weight: 0.25, name: {en: one}, topics: [{code: XY.1.1, weight: 1}]}\n"
        "      - code: XY.2\n"
        "        weight: 0.75\n"
        "        topics:\n"
        "          - {code: XY.2.1, weight: 0.5, name: {th: หนึ่ง}}\n"
        "          - {code: XY.2.2, weight: 0.5}\n"
        "  - code: Z\n"
        "risk:\n"
        "  threshold: 9\n"
        "  bands:\n"
        "    - {min: 1, max: 8, name: {th: ต่ำ, en: low}}\n"
        "    - {min: 9, max: 25, name: สูง, colour: \"#123456\"}\n"
        "report_due: {working_days_after_quarter: 11}\n"
        "evidence: required_for_done\n"
        "backdated_done_days: 45\n");
    REQUIRE(own.enablers.size() == 2);
    CHECK(own.backdated_done_days == 45);
    same_rules(in_force(render_rules_yaml(own)), own);
    // One enabler, over the built-in rules: the built-in ones with it replaced.
    Rules replaced = builtin;
    for (Enabler& e : replaced.enablers)
        if (e.code.value == "SCM") e.name.en = "Supply";
    same_rules(in_force(render_rules_yaml(replaced, "SCM")), replaced);
}

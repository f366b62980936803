// Tests of src/load/fields.cpp: a mapping is read as its spec (scmplan/format_spec.hpp)
// declares it, and a reader that strays from the spec is caught.
#include <doctest/doctest.h>

#include <stdexcept>

#include "../src/load/fields.hpp"  // private to the load layer: tested directly
#include "support.hpp"

using namespace scmplan;

namespace {

YNode parse(std::string_view text, Diagnostics& d) { return parse_yaml(text, 0, d); }

}  // namespace

TEST_CASE("Fields: a key the spec does not declare is a programming error") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("id: \"1\"\ntitle: t\n", d);
    load::Fields f(n, d, format::spec::step());
    CHECK_THROWS_AS(f.take("titel"), std::logic_error);
    CHECK_THROWS_AS(f.text("weigth"), std::logic_error);
}

TEST_CASE("Fields: a conversion other than the declared type is a programming error") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("id: \"1\"\ntitle: t\nweight: 2\n", d);
    load::Fields f(n, d, format::spec::step());
    CHECK_THROWS_AS(f.number("title"), std::logic_error);  // declared text
    CHECK_THROWS_AS(f.text("weight"), std::logic_error);   // declared number
    CHECK_THROWS_AS(f.text_list("id"), std::logic_error);  // not a list
    CHECK_THROWS_AS(f.text("evidence"), std::logic_error); // a list
    CHECK(f.number("weight")->value == 2);
}

TEST_CASE("Fields: finishing without reading every declared key is a programming error") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("th: ก\n", d);
    load::Fields f(n, d, format::spec::names());
    f.text("th");
    CHECK_THROWS_AS(f.finish(), std::logic_error);
}

TEST_CASE("Fields: required keys come from the spec") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("title: t\n", d);
    load::Fields f(n, d, format::spec::step());
    CHECK_FALSE(f.located_text("id"));  // Need::yes in the spec
    CHECK(f.text("title") == "t");
    f.date("due");  // optional: no message
    CHECK(test::diag_lines(d) == "f.yaml:1:1: E014 step is missing required key 'id'\n");
}

TEST_CASE("Fields: a choice is the model's value its text stands for in the table's pairs") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("status: planned\n", d);
    load::Fields f(n, d, format::spec::gap());
    auto s = f.choice("status", format::choices::gap_status());
    REQUIRE(s);
    CHECK(s->value == GapStatus::planned);

    YNode bad = parse("status: done\n", d);
    load::Fields g(bad, d, format::spec::gap());
    CHECK_FALSE(g.choice("status", format::choices::gap_status(), "gap status"));
    CHECK(test::diag_lines(d) == "f.yaml:1:9: E015 gap status must be open, planned or closed, not 'done'\n");
}

TEST_CASE("Fields: unknown keys are named with the closest declared key read") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("th: ก\ne: x\n", d);
    load::Fields f(n, d, format::spec::names(), "enabler name");
    f.text("th");
    f.text("en");
    f.finish();
    CHECK(test::diag_lines(d) == "f.yaml:2:1: E011 unknown key 'e' in enabler name [did you mean 'en'?]\n");
}

TEST_CASE("Fields: a number whose unquoted commas split a flow mapping's value is named as such, once") {
    // YAML reads {expense: 1,200,000 บาท} as expense: 1, then the keys 200 and
    // '000 บาท'. One error, at the first piece, saying why and how to write it.
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("{expense: 1,200,000 บาท}\n", d);
    load::Fields f(n, d, format::spec::activity_budget());
    f.text("income");
    f.text("expense");
    f.finish();
    CHECK(test::diag_lines(d) ==
          "f.yaml:1:13: E011 unknown key '200' in activity budget [a comma splits the value of 'expense': quote it "
          "(expense: \"1,200,000 บาท\")]\n");
}

TEST_CASE("Fields: an unknown key after a value without digits, or on its own line, keeps the usual hint") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("{expense: ไม่มี, อื่น}\n", d);
    load::Fields f(n, d, format::spec::activity_budget());
    f.text("income");
    f.text("expense");
    f.finish();
    CHECK(test::diag_lines(d) == "f.yaml:1:18: E011 unknown key 'อื่น' in activity budget [known keys: income, expense]\n");
    Diagnostics block(std::vector<std::string>{"f.yaml"});
    YNode m = parse("expense: 1\n200:\n", block);
    load::Fields g(m, block, format::spec::activity_budget());
    g.text("income");
    g.text("expense");
    g.finish();
    CHECK(test::diag_lines(block) == "f.yaml:2:1: E011 unknown key '200' in activity budget [known keys: income, expense]\n");
}

TEST_CASE("as_op: the table's comparisons, == read as =") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("[\"<\", \"<=\", \"=\", \"==\", \">=\", \">\", \"=>\"]\n", d);
    REQUIRE(n.items.size() == 7);
    CHECK(load::as_op(n.items[0], d, "op") == CompareOp::lt);
    CHECK(load::as_op(n.items[1], d, "op") == CompareOp::le);
    CHECK(load::as_op(n.items[2], d, "op") == CompareOp::eq);
    CHECK(load::as_op(n.items[3], d, "op") == CompareOp::eq);
    CHECK(load::as_op(n.items[4], d, "op") == CompareOp::ge);
    CHECK(load::as_op(n.items[5], d, "op") == CompareOp::gt);
    CHECK(test::diag_lines(d) == "");
    CHECK_FALSE(load::as_op(n.items[6], d, "KPI op"));
    CHECK(test::diag_lines(d) == "f.yaml:1:35: E015 KPI op must be one of < <= = >= >, not '=>'\n");
}

TEST_CASE("Fields: choices other than the table allows are a programming error") {
    Diagnostics d(std::vector<std::string>{"f.yaml"});
    YNode n = parse("status: open\n", d);
    // Reordered: "open" would silently read as closed if choices went by position.
    static constexpr format::Choice<GapStatus> reordered[] = {
        {"closed", GapStatus::open}, {"planned", GapStatus::planned}, {"open", GapStatus::closed}};
    load::Fields f(n, d, format::spec::gap());
    CHECK_THROWS_AS(f.choice("status", std::span<const format::Choice<GapStatus>>(reordered)), std::logic_error);
    // The model's texts are the table's.
    for (const auto& c : format::choices::gap_status()) CHECK(gap_status_text(c.value) == c.text);
    for (const auto& c : format::choices::measure()) CHECK(measure_text(c.value) == c.text);
    CHECK(std::string(op_text(CompareOp::eq)) == "=");
    CHECK(format::spec::gap().find("status")->allowed == format::texts(format::choices::gap_status()));
    CHECK(format::op_def().values == format::texts(format::choices::op()));
}

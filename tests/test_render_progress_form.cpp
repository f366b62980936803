// The progress form as a Workbook (src/render/progress_form.cpp): the headers
// with their keys, the rows of a unit's activities, the inputs, the hidden record.
#include <doctest/doctest.h>

#include "scmplan/progress_form.hpp"
#include "support.hpp"

using namespace scmplan;
using namespace scmplan::test;

namespace {

LoadResult two_activities() {
    return load_sources({{"p.yaml", plan_yaml()},
                         {"a1.yaml", activity_yaml("A01", "target: {text: ร้อยละ, op: \">=\", value: 80, unit: \"%\"}\n"
                                                           "reports:\n  - {quarter: 2, actual: 40, note: เริ่มแล้ว}\n")},
                         {"a2.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A02\ntitle: อื่น\nowners: [ส.คช.]\n"
                                     "period: {start: 2023-01-01, end: 2023-12-31}\n"
                                     "steps:\n  - {id: \"1\", title: หนึ่ง}\n  - {id: \"1\", title: ซ้ำ}\n"}});
}

std::string text_at(const Sheet& s, std::size_t row, std::size_t col) { return s.rows.at(row).at(col).text; }

}  // namespace

TEST_CASE("progress form: headers are the label and the key in parentheses; the key is read back") {
    CHECK(form_header("done", Lang::th) == "วันที่แล้วเสร็จ (done)");
    CHECK(form_header("done", Lang::en) == "Done on (done)");
    CHECK(form_header_key("วันที่แล้วเสร็จ (done)") == "done");
    CHECK(form_header_key("Fertig am ( done ) \n") == "done");
    CHECK(form_header_key("ไตรมาส (Q) (quarter)") == "quarter");
    CHECK(form_header_key("no key") == "");
    CHECK(form_header_key("") == "");
}

TEST_CASE("progress form: a unit's steps and the quarter's reports, inputs unlocked, the base recorded") {
    LoadResult r = two_activities();
    REQUIRE_FALSE(r.diags.has_errors());
    FormRequest req;
    req.plan = "p1";
    req.unit = "ส.ตต.";
    req.quarter = 2;
    req.workspace = "ws";
    req.made = Date::from_ymd(2023, 7, 1);
    req.files = {{"a1.yaml", "abc"}};
    Workbook wb = progress_form(r.model, req);
    REQUIRE(wb.sheets.size() == 3);
    CHECK(wb.font == "TH Sarabun New");
    const Sheet& steps = wb.sheets[0];
    CHECK(steps.name == "steps");
    REQUIRE(steps.rows.size() == 2);  // A01's two steps; A02 is ส.คช.'s
    CHECK(text_at(steps, 0, 1) == "A01");
    CHECK(text_at(steps, 1, 2) == "2");
    CHECK(steps.rows[0][6].kind == Cell::Kind::date);  // step 1 is done: its date shows
    CHECK(format_iso(steps.rows[0][6].date) == "2023-03-15");
    CHECK(steps.rows[1][6].kind == Cell::Kind::empty);
    CHECK(steps.inputs[6].kind == ColumnInput::Kind::date);
    CHECK(steps.inputs[3].kind == ColumnInput::Kind::none);  // the title is locked
    const Sheet& reports = wb.sheets[1];
    REQUIRE(reports.rows.size() == 1);
    CHECK(reports.rows[0][5].value == 40);
    CHECK(text_at(reports, 0, 6) == "เริ่มแล้ว");
    CHECK(text_at(reports, 0, 3) == "ร้อยละ (≥ 80%)");
    CHECK(reports.inputs[5].min == 0);
    CHECK(reports.inputs[5].max == 100);  // a percentage target
    const Sheet& meta = wb.sheets[2];
    CHECK(meta.hidden);
    std::vector<std::string> base;
    for (const auto& row : meta.rows)
        if (row[0].text == "base") base.push_back(row[1].text + " " + row[2].text + " " + row[3].text + "=" + row[4].text);
    CHECK(base == std::vector<std::string>{"steps p1/A01/1 done=2023-03-15", "reports p1/A01/Q2 actual=40",
                                           "reports p1/A01/Q2 note=เริ่มแล้ว"});
    CHECK(text_at(meta, 7, 0) == "file");
    CHECK(text_at(meta, 7, 2) == "abc");
}

TEST_CASE("progress form: steps that share an id are keyed ID#N, as scmplan done names them") {
    LoadResult r = two_activities();
    const Activity* a = r.model.activity("p1", "A02");
    REQUIRE(a);
    CHECK(form_step_key(*a, 0) == "1#1");
    CHECK(form_step_key(*a, 1) == "1#2");
    FormRequest req;
    req.plan = "p1";
    req.quarter = 1;
    Workbook wb = progress_form(r.model, req);
    CHECK(wb.sheets[0].rows.size() == 4);  // every unit: A01's 2 and A02's 2
    CHECK(text_at(wb.sheets[0], 3, 2) == "1#2");
}

TEST_CASE("progress form: form_step_keys names every step as form_step_key does, in one pass") {
    Activity a;
    // 1 twice, 2 once, 3 three times, and an id written with its own '#'.
    for (const char* id : {"1", "2", "1", "3", "3#2", "3", "3"}) {
        Step s;
        s.id.value = id;
        a.steps.push_back(s);
    }
    std::vector<std::string> keys = form_step_keys(a);
    CHECK(keys == std::vector<std::string>{"1#1", "2", "1#2", "3#1", "3#2", "3#2", "3#3"});
    REQUIRE(keys.size() == a.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) CHECK(keys[i] == form_step_key(a, i));
    CHECK(form_step_keys(Activity{}).empty());
}

TEST_CASE("progress form: an activity every unit owns (ทุกหน่วยงาน) is in every unit's form") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()},
                                 {"a1.yaml", activity_yaml("A01")},
                                 {"a3.yaml", "scmplan: 1\nkind: activity\nplan: p1\nid: A03\ntitle: ทุกคน\n"
                                             "owners: [ส.ธต., ทุกหน่วยงาน]\nperiod: {start: 2023-01-01, end: 2023-12-31}\n"
                                             "steps:\n  - {id: \"1\", title: หนึ่ง}\n"}});
    auto ids = [&](const std::string& unit) {
        std::vector<std::string> out;
        for (const Activity* a : form_activities(r.model, "p1", unit)) out.push_back(a->id.value);
        return out;
    };
    CHECK(ids("ส.ตต.") == std::vector<std::string>{"A01", "A03"});  // its own and every unit's
    CHECK(ids("ส.ธต.") == std::vector<std::string>{"A03"});
    CHECK(ids("ส.คช.") == std::vector<std::string>{"A03"});         // owns nothing of its own
    CHECK(ids(std::string(form_every_unit)) == std::vector<std::string>{"A03"});
    CHECK(ids("") == std::vector<std::string>{"A01", "A03"});
}

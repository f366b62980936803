// The timeline of `scmplan gantt` (src/compute/timeline.cpp) and its Mermaid
// rendering (src/render/gantt.cpp): quarters, report due dates, done vs planned,
// the as-of date, and Mermaid-safe names and ids. Expected values are worked out
// by hand from the files of plans/ and tests/fixtures/two-years (EXPECTED.md).
#include <doctest/doctest.h>

#include <regex>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "scmplan/load.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/timeline.hpp"

using namespace scmplan;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

const Model& plans_model() {
    static LoadResult r = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/plans"}, disk());
    return r.model;
}

const Model& two_years_model() {
    static LoadResult r = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/tests/fixtures/two-years"}, disk());
    return r.model;
}

const TimelineRow& row_of(const Timeline& t, const std::string& id) {
    for (const auto& g : t.groups)
        for (const auto& r : g.rows)
            if (r.activity->id.value == id) return r;
    FAIL("no row " << id);
    throw 0;
}

}  // namespace

TEST_CASE("timeline of plans/: quarters, report due dates, span, as-of") {
    const Model& m = plans_model();
    REQUIRE(m.plans.size() == 1);
    Timeline t = build_timeline(m, m.plans[0], ymd(2023, 6, 15));
    REQUIRE(t.quarters.size() == 4);
    CHECK(t.quarters[0].range.start == ymd(2023, 1, 1));
    CHECK(t.quarters[0].range.end == ymd(2023, 3, 31));
    CHECK(t.quarters[3].range.end == ymd(2023, 12, 31));
    // docs/computations.md: 12 Apr (6 Apr is Chakri Day), 11 Jul, 10 Oct, 10 Jan 2024 (1 Jan a holiday).
    CHECK(t.quarters[0].report_due == ymd(2023, 4, 12));
    CHECK(t.quarters[1].report_due == ymd(2023, 7, 11));
    CHECK(t.quarters[2].report_due == ymd(2023, 10, 10));
    CHECK(t.quarters[3].report_due == ymd(2024, 1, 10));
    // A02 starts 1 Nov 2022; the plan ends 15 Jan 2024.
    CHECK(t.span.start == ymd(2022, 11, 1));
    CHECK(t.span.end == ymd(2024, 1, 15));
    CHECK(t.as_of_in_span);
    // Groups in the order of their first activity: approval (A01), review (A02), stakeholder, customer.
    REQUIRE(t.groups.size() == 4);
    CHECK(t.groups[0].name == "approval");
    CHECK(t.groups[1].name == "review");
    CHECK(t.groups[2].name == "stakeholder");
    CHECK(t.groups[3].name == "customer");
    CHECK(t.groups[3].rows.size() == 5);
    // As of 15 Jun: A03 steps 1, 2 done (step 3 is done 23 Jun, after the date): 2/4.
    const TimelineRow& a03 = row_of(t, "A03");
    CHECK(a03.actual == doctest::Approx(50.0));
    CHECK(a03.planned == doctest::Approx(50.0));
    REQUIRE(a03.steps.size() == 4);
    CHECK(a03.steps[2].due == ymd(2023, 9, 30));
    CHECK_FALSE(a03.steps[2].done.has_value());  // done 2023-06-23 > as-of: not shown as done
    CHECK(a03.steps[3].due == ymd(2024, 1, 15));  // no due: the activity's end
    // A09: step 2 due 30 Apr, not done: overdue; 1/7 against 2/7 planned: behind.
    const TimelineRow& a09 = row_of(t, "A09");
    CHECK(a09.actual == doctest::Approx(100.0 / 7));
    CHECK(a09.planned == doctest::Approx(200.0 / 7));
    CHECK(a09.status == Status::behind);
    CHECK(a09.steps[0].done == ymd(2023, 3, 30));
    CHECK(a09.steps[1].overdue);
    CHECK_FALSE(a09.steps[2].overdue);
    // Plan as of 15 Jun 2023: 35.6% (README), planned 37.4% (as of 30 Jun too: no step due in between).
    // A03..A10 actual: 50, 50, 50, 33.33 (A06 3.1 done 16 Jun), 25, 28.57, 14.29, 33.33.
    CHECK(t.completion == doctest::Approx((50 + 50 + 50 + 200.0 / 6 + 25 + 200.0 / 7 + 100.0 / 7 + 200.0 / 6) / 8));
    CHECK(t.planned == doctest::Approx((50 + 50 + 50 + 200.0 / 6 + 25 + 200.0 / 7 + 200.0 / 7 + 200.0 / 6) / 8));
}

TEST_CASE("timeline: a step due on the as-of date is not overdue; an as-of date outside the chart") {
    const Model& m = two_years_model();
    const Plan* p = m.plan("ty-scm-2566");
    REQUIRE(p);
    Timeline t = build_timeline(m, *p, ymd(2023, 6, 30));
    const TimelineRow& a01 = row_of(t, "A01");
    CHECK(a01.actual == doctest::Approx(25.0));
    CHECK(a01.planned == doctest::Approx(100.0));
    CHECK(a01.status == Status::behind);
    CHECK(a01.steps[0].done == ymd(2023, 2, 10));
    CHECK_FALSE(a01.steps[1].done.has_value());  // done 15 Jul
    CHECK_FALSE(a01.steps[1].overdue);           // due 30 Jun = the as-of date
    Timeline later = build_timeline(m, *p, ymd(2023, 7, 1));
    CHECK(row_of(later, "A01").steps[1].overdue);
    // The span never stretches to the as-of date.
    Timeline early = build_timeline(m, *p, ymd(2022, 6, 1));
    CHECK_FALSE(early.as_of_in_span);
    CHECK(early.span.start == ymd(2023, 1, 1));
    CHECK(early.span.end == ymd(2024, 1, 10));  // the Q4 report due date
    std::string mermaid = render_gantt_mermaid(early, RenderOptions{});
    CHECK(mermaid.find(":milestone, as_of,") == std::string::npos);
    CHECK(mermaid.find("%% ข้อมูล ณ วันที่ 2022-06-01") != std::string::npos);
}

TEST_CASE("mermaid_text: characters that end a name or start a comment") {
    CHECK(mermaid_text("a: b") == "a b");
    CHECK(mermaid_text("A01 #1; x") == "A01 1 x");
    CHECK(mermaid_text("50%% done") == "50% done");
    CHECK(mermaid_text("100.0%") == "100.0%");
    CHECK(mermaid_text("two\nlines\r\n") == "two lines");
    CHECK(mermaid_text("  tabs\tand   spaces  ") == "tabs and spaces");
    CHECK(mermaid_text("แผน: ไตรมาส 1") == "แผน ไตรมาส 1");
    // Words that Mermaid reads as statements at the start of a line, and dates.
    CHECK(mermaid_text("section a") == "· section a");
    CHECK(mermaid_text("Click here") == "· Click here");
    CHECK(mermaid_text("dateFormat x") == "· dateFormat x");
    CHECK(mermaid_text("%% c") == "· % c");
    CHECK(mermaid_text("2023-01-01 start") == "· 2023-01-01 start");
    CHECK(mermaid_text("sections") == "· sections");  // conservative: any name starting with a keyword
    CHECK(mermaid_text("A section") == "A section");
    CHECK(mermaid_text("") == "");
}

TEST_CASE("gantt mermaid: unique ids, safe names, tags") {
    const Model& m = two_years_model();
    Timeline t = build_timeline(m, *m.plan("ty-scm-2566"), ymd(2023, 6, 30));
    RenderOptions o;
    o.lang = Lang::en;
    std::string text = render_gantt_mermaid(t, o);
    CHECK(text.starts_with("gantt\n"));
    CHECK(text.find("    dateFormat YYYY-MM-DD\n") != std::string::npos);
    // The title of A01 has ":", "#" and ";": gone from the task name (cut at 48 columns).
    CHECK(text.find("    A01 แผนลูกค้าสัมพันธ์ จัดกิจกรรม 1 ทุกไตรมาส (customer e… 25.0% :crit, a01, 2023-01-01, "
                    "2023-09-30\n") != std::string::npos);
    CHECK(text.find("    A01 step 1 :done, milestone, a01_1, 2023-03-31, 0d\n") != std::string::npos);
    CHECK(text.find("    A01 step 2 :active, milestone, a01_2, 2023-06-30, 0d\n") != std::string::npos);
    CHECK(text.find(":done, a03, 2023-01-01, 2023-04-30\n") != std::string::npos);
    CHECK(text.find("    ◊ Quarter 4 report due 2024-01-10 :milestone, q4_report, 2024-01-10, 0d\n") != std::string::npos);
    CHECK(text.find("    As of 2023-06-30 :milestone, as_of, 2023-06-30, 0d\n") != std::string::npos);
    // Every task line: one ':' (between name and data), ids unique.
    std::istringstream in(text);
    std::string line;
    std::set<std::string> ids;
    int tasks = 0;
    while (std::getline(in, line)) {
        if (line.find(" :") == std::string::npos || line.starts_with("    %%")) continue;
        ++tasks;
        std::string data = line.substr(line.find(" :") + 2);
        CHECK(line.find(':') == line.find(" :") + 1);
        CHECK(line.find('#') == std::string::npos);
        CHECK(line.find(';') == std::string::npos);
        // Fields: [tags…,] id, start, end (or: …, milestone, id, date, 0d): the id is third from the end.
        std::vector<std::string> fields;
        for (std::size_t pos = 0;;) {
            std::size_t comma = data.find(", ", pos);
            fields.push_back(data.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
            if (comma == std::string::npos) break;
            pos = comma + 2;
        }
        REQUIRE(fields.size() >= 3);
        CHECK(ids.insert(fields[fields.size() - 3]).second);
    }
    CHECK(ids.count("a01_2") == 1);
    CHECK(ids.count("q4_report") == 1);
    // 4 quarters + 4 report dues + as-of + 3 activities + 2 + 3 + 1 steps.
    CHECK(tasks == 18);
}

TEST_CASE("gantt svg: well-formed basics, as-of line, report markers") {
    const Model& m = two_years_model();
    Timeline t = build_timeline(m, *m.plan("ty-scm-2566"), ymd(2023, 6, 30));
    std::string svg = render_gantt_svg(t, RenderOptions{});
    CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    CHECK(svg.ends_with("</svg>\n"));
    CHECK(svg.find("class=\"asof\"") != std::string::npos);
    // The A01 title's text is XML-escaped in <title> tooltips and kept whole in the label.
    CHECK(svg.find("แผนลูกค้าสัมพันธ์: จัดกิจกรรม #1; ทุกไตรมาส") != std::string::npos);
    // The Q4 report's marker: its quarter, and its due date on the line under it.
    CHECK(std::regex_search(svg, std::regex(">ไตรมาส 4</text>\n<text x=\"[0-9.]+\" y=\"[0-9.]+\">10 ม.ค.</text>")));
    // Not counted (A03): hatched with a style (a fill attribute would lose to the class's CSS).
    CHECK(svg.find("style=\"fill: url(#notcounted)\"") != std::string::npos);
    CHECK(svg.find("fill=\"url(#notcounted)\"") == std::string::npos);
}

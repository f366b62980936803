// The translation table (labels.hpp) and the substitution of label places.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include "scmplan/render.hpp"

using namespace scmplan;

namespace {

/// The places of a label: how many "{}" and which "{N}" it has.
std::string places(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '{' && (text[i + 1] == '}' || (i + 2 < text.size() && text[i + 2] == '}')))
            out += text.substr(i, text[i + 1] == '}' ? 2 : 3);
    return out;
}

}  // namespace

TEST_CASE("every label key has a Thai and an English text, with the same places") {
    // Thai ends a sentence without a full stop: the one label empty on purpose.
    const std::set<std::string_view> empty_in_thai = {"annual.opening.end"};
    std::set<std::string_view> keys;
    for (const LabelText& l : label_table) {
        CAPTURE(l.key);
        CHECK(keys.insert(l.key).second);  // each key once
        CHECK_FALSE(l.key.empty());
        CHECK(l.text.th.empty() == (empty_in_thai.count(l.key) > 0));
        CHECK_FALSE(l.text.en.empty());
        CHECK(places(l.text.th) == places(l.text.en));
    }
    CHECK(keys.size() > 250);
}

TEST_CASE("label picks the language of its key") {
    CHECK(label("quarter", Lang::th) == "ไตรมาส");
    CHECK(label("quarter", Lang::en) == "Quarter");
    CHECK(label("docx.yes", Lang::en) == "met");  // the documents' word, not the tables' "yes"
    CHECK(label("yes", Lang::en) == "yes");
    CHECK(status_label(Status::behind, Lang::th) == "ล่าช้ากว่าแผน");
    CHECK(status_label(Status::not_started, Lang::en) == "not started");
    CHECK(gap_status_label(GapStatus::closed, Lang::en) == "closed");
}

TEST_CASE("label_with fills places in order, numbers in decimal") {
    CHECK(label_with("gaps.count", Lang::en, 3, std::size_t{5}) == "3 of 5");
    CHECK(label_with("gaps.count", Lang::th, 3, 5) == "3 จาก 5 รายการ");
    CHECK(label_with("due.rule", Lang::en, 15) == "15 working days after the quarter");
    CHECK(substitute("{} and {}", {"0.5", number_text(0.5)}) == "0.5 and 0.5");
    CHECK(number_text(80) == "80");
}

TEST_CASE("substitute: hostile values and patterns never throw and are never read as places") {
    // A value is copied as it is: its braces are not places.
    CHECK(substitute("plan {}", {"{}{0}{"}) == "plan {}{0}{");
    CHECK(label_with("views.score.no_weights", Lang::en, "{}").find("weights for {}.") != std::string::npos);
    // A pattern's lone braces, unknown places and places without a value stay.
    CHECK_NOTHROW(substitute("{", {}));
    CHECK(substitute("{", {}) == "{");
    CHECK(substitute("}{x}{", {"a"}) == "}{x}{");
    CHECK(substitute("{} {} {}", {"a"}) == "a {} {}");
    CHECK(substitute("{1} {0} {0}", {"a", "b"}) == "b a a");
    CHECK(substitute("{7}", {"a"}) == "{7}");
    CHECK(substitute("{:.1f}", {"a"}) == "{:.1f}");
}

// Tests of src/core/date_text.cpp: ISO and Thai dates as people write them,
// the messages and hints of those that are not dates, and the Thai form.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "scmplan/date_text.hpp"
#include "scmplan/text.hpp"

using scmplan::Date;
using scmplan::DateParse;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1Fu;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0Fu;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07u;
        } else {
            return false;
        }
        if (s.size() - i < len) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        i += len;
    }
    return true;
}

// A parse that must succeed with exactly `expected`.
void check_parses(std::string_view text, Date expected) {
    CAPTURE(text);
    const DateParse p = scmplan::parse_date(text);
    REQUIRE_MESSAGE(p.date.has_value(), p.error);
    CHECK(*p.date == expected);
    CHECK(p.error.empty());
}

// A parse that must fail with a message; returns it for further checks.
DateParse check_fails(std::string_view text) {
    CAPTURE(text);
    const DateParse p = scmplan::parse_date(text);
    CHECK_FALSE(p.date.has_value());
    CHECK_FALSE(p.error.empty());
    CHECK(valid_utf8(p.error));
    CHECK(valid_utf8(p.hint));
    return p;
}

}  // namespace

TEST_CASE("date_text: ISO dates that parse") {
    check_parses("2023-01-31", ymd(2023, 1, 31));
    check_parses("2024-02-29", ymd(2024, 2, 29));
    check_parses("  2023-06-30\t", ymd(2023, 6, 30));
    check_parses("2399-12-31", ymd(2399, 12, 31));
}

TEST_CASE("date_text: ISO dates that do not parse") {
    DateParse p = check_fails("2023-02-29");
    CHECK(p.error == "2023-02-29 is not a date: February 2023 has 28 days");
    check_fails("2023-13-01");
    check_fails("2023-00-10");
    check_fails("2023-04-31");
    check_fails("0000-01-01");

    p = check_fails("2023-1-5");
    CHECK(p.error == "'2023-1-5' is not a date");
    CHECK(p.hint == "write 2023-01-31 or 31 ม.ค. 2566");
    check_fails("23-01-05");
    check_fails("2023-01-05T00:00");
    CHECK(check_fails("2023/01/05").hint == "did you mean 2023-01-05?");
    check_fails("2023-01-05x");
    check_fails("+023-01-05");
}

TEST_CASE("date_text: an ISO date with a Buddhist Era year") {
    DateParse p = check_fails("2566-03-28");
    CHECK(p.error == "2566-03-28: ISO dates are written in the Common Era (CE)");
    CHECK(p.hint == "did you mean 2023-03-28?");
    p = check_fails("2400-01-01");
    CHECK(p.hint == "did you mean 1857-01-01?");
    // BE 2567 is CE 2024, a leap year.
    CHECK(check_fails("2567-02-29").hint == "did you mean 2024-02-29?");
}

TEST_CASE("date_text: Thai dates that parse") {
    check_parses("1 ม.ค. 66", ymd(2023, 1, 1));
    check_parses("15 ม.ค. 67", ymd(2024, 1, 15));
    check_parses("31 ธ.ค. 2566", ymd(2023, 12, 31));
    check_parses("1 พ.ย. 65", ymd(2022, 11, 1));
    check_parses("30 มิ.ย. 2566", ymd(2023, 6, 30));
    check_parses("29 ก.พ. 67", ymd(2024, 2, 29));
    check_parses("01 เม.ย. 66", ymd(2023, 4, 1));
    check_parses("  5   ส.ค.\t66  ", ymd(2023, 8, 5));
    check_parses("1ม.ค. 66", ymd(2023, 1, 1));
    check_parses("1 ม.ค. 2400", ymd(1857, 1, 1));
}

TEST_CASE("date_text: Thai full month names and abbreviations without dots") {
    const char* const full[] = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    const char* const abbrev[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    const char* const no_dots[] = {"มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"};
    for (int m = 1; m <= 12; ++m) {
        const Date expected = ymd(2023, m, 10);
        check_parses("10 " + std::string(full[m - 1]) + " 2566", expected);
        check_parses("10 " + std::string(abbrev[m - 1]) + " 66", expected);
        check_parses("10 " + std::string(no_dots[m - 1]) + " 66", expected);
        CHECK(scmplan::thai_month_abbrev(m) == abbrev[m - 1]);
        CHECK(scmplan::thai_month_name(m) == full[m - 1]);
    }
}

TEST_CASE("date_text: Thai digits") {
    check_parses("๑ ม.ค. ๖๖", ymd(2023, 1, 1));
    check_parses("๓๑ ธันวาคม ๒๕๖๖", ymd(2023, 12, 31));
    check_parses("๑๕ มีนาคม 2567", ymd(2024, 3, 15));
}

TEST_CASE("date_text: Thai dates that are not dates") {
    DateParse p = check_fails("31 ก.พ. 66");
    CHECK(p.error == "31 ก.พ. 66 is not a date: ก.พ. 2566 has 28 days");
    p = check_fails("30 กุมภาพันธ์ 2567");
    CHECK(p.error == "30 กุมภาพันธ์ 2567 is not a date: ก.พ. 2567 has 29 days");
    p = check_fails("31 เม.ย. 66");
    CHECK(p.error == "31 เม.ย. 66 is not a date: เม.ย. 2566 has 30 days");
    check_fails("0 ม.ค. 66");
}

TEST_CASE("date_text: Thai dates with a Common Era year") {
    const DateParse p = check_fails("1 ม.ค. 2023");
    CHECK(p.hint == "Thai dates use the Buddhist Era: did you mean 2566?");
    CHECK(p.error.find("1 ม.ค. 2023") != std::string::npos);
    CHECK(check_fails("5 มิถุนายน 2399").hint == "Thai dates use the Buddhist Era: did you mean 2942?");
}

TEST_CASE("date_text: unknown Thai month") {
    DateParse p = check_fails("1 ม.ค 66");  // missing the last dot
    CHECK(p.error == "unknown Thai month 'ม.ค'");
    CHECK(p.hint == "did you mean ม.ค.?");
    p = check_fails("1 กุมภา 66");  // colloquial short form
    CHECK(p.error == "unknown Thai month 'กุมภา'");
    CHECK(p.hint == "did you mean ก.พ.?");
    p = check_fails("1 มี.ค 66");
    CHECK(p.hint == "did you mean มี.ค.?");
    p = check_fails("1 ธันวาคมม 66");  // a typo in a full name
    CHECK(p.hint == "did you mean ธ.ค.?");
    p = check_fails("1 กด 66");  // as close to ก.พ. as to ก.ค.: no single suggestion
    CHECK(p.hint.find("did you mean") == std::string::npos);
    p = check_fails("1 foo 66");
    CHECK(p.error == "unknown Thai month 'foo'");
    CHECK(p.hint.find("ม.ค.") != std::string::npos);
    CHECK(p.hint.find("ธ.ค.") != std::string::npos);
}

TEST_CASE("date_text: a month with two letters swapped is one edit away, as a key is") {
    // "คม" is มค (ม.ค.) with its letters swapped: one edit for edit_distance of
    // text.hpp, the distance of key hints; every other month is two away.
    CHECK(scmplan::edit_distance("คม", "มค") == 1);
    DateParse p = check_fails("1 คม 66");
    CHECK(p.error == "unknown Thai month 'คม'");
    CHECK(p.hint == "did you mean ม.ค.?");
    // "ยพ" is พย (พ.ย.) swapped, and one substitution from กพ (ก.พ.): a tie, so
    // neither is suggested.
    p = check_fails("1 ยพ 66");
    CHECK(p.hint.find("did you mean") == std::string::npos);
}

TEST_CASE("date_text: strings that are not dates at all") {
    const char* const garbage[] = {
        "",          "   ",          "hello",       "ม.ค. 66",     "1 ม.ค.",    "1 ม.ค. 6",  "1 ม.ค. 566",
        "123 ม.ค. 66", "1 ม.ค. 66 x", "1 ม.ค.66",   "1 ม.ค. 256666", "2023",   "-",         "๑",
        "1 2 3",     "1 ม.ค. ๖",    "\xe0\xb9",    "\xff\xfe",  "1 \x80 66x",
    };
    for (const char* g : garbage) CHECK(check_fails(g).hint == "write 2023-01-31 or 31 ม.ค. 2566");
    CHECK(check_fails("").error == "'' is not a date");
    CHECK(check_fails("hello").error == "'hello' is not a date");
    // Day, month and year with dashes: the slashes they stand for.
    CHECK(check_fails("31-01-2023").hint == "did you mean 31/01/2023?");
}

TEST_CASE("date_text: invalid UTF-8 is never echoed raw") {
    DateParse p = check_fails("1 \xff\xfe 66");
    CHECK(p.error.rfind("unknown Thai month", 0) == 0);
    p = check_fails("\xe0\xb8" "2023-01-01");
    CHECK(p.error.find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD replaces the bad bytes
    p = check_fails(std::string_view("2023-01-0\0", 10));
    CHECK(p.error.find('\0') == std::string::npos);
}

TEST_CASE("date_text: very long input gives a short message") {
    const std::string digits(1'000'000, '1');
    DateParse p = check_fails(digits);
    CHECK(p.error.size() < 200);
    std::string month_word;
    for (int i = 0; i < 100'000; ++i) month_word += "ม.ค.";
    p = check_fails("1 " + month_word + " 66");
    CHECK(p.error.size() < 300);
    p = check_fails(std::string(100'000, ' ') + "1 ม.ค. 66 " + std::string(100'000, 'x'));
    CHECK(p.error.size() < 300);
}

TEST_CASE("date_text: every prefix and random byte strings are handled") {
    // Cutting a valid date at every byte splits multi-byte characters.
    for (std::string_view whole : {"31 ธันวาคม ๒๕๖๖", "1 ม.ค. 66", "2023-06-30"}) {
        for (std::size_t n = 0; n < whole.size(); ++n) {
            const DateParse p = scmplan::parse_date(whole.substr(0, n));
            CHECK(p.date.has_value() == p.error.empty());
            CHECK(valid_utf8(p.error));
        }
    }
    std::mt19937 rng(12345);
    const std::string alphabet = std::string("0123456789 -.\t\xe0\xb8\xb9\x90\x99\xff\x80") + "ม.ค.กพ๑";
    for (int i = 0; i < 20'000; ++i) {
        std::string s;
        const int len = static_cast<int>(rng() % 24);
        for (int k = 0; k < len; ++k) {
            s += (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
        }
        const DateParse p = scmplan::parse_date(s);
        if (p.date) {
            CHECK(p.error.empty());
            CHECK(scmplan::valid_ymd(p.date->year(), p.date->month(), p.date->day()));
        } else {
            CHECK_FALSE(p.error.empty());
            CHECK(valid_utf8(p.error));
            CHECK(valid_utf8(p.hint));
        }
    }
}

TEST_CASE("date_text: format_thai and Thai month names") {
    CHECK(scmplan::format_thai(ymd(2023, 6, 30)) == "30 มิ.ย. 2566");
    CHECK(scmplan::format_thai(ymd(2023, 1, 5)) == "5 ม.ค. 2566");
    CHECK(scmplan::format_thai(ymd(2024, 2, 29)) == "29 ก.พ. 2567");
    CHECK(scmplan::thai_month_abbrev(0).empty());
    CHECK(scmplan::thai_month_name(13).empty());
}

TEST_CASE("date_text: formatted dates parse back") {
    for (Date d = ymd(2022, 1, 1); d <= ymd(2025, 12, 31); d = d + 1) {
        const DateParse iso = scmplan::parse_date(scmplan::format_iso(d));
        const DateParse thai = scmplan::parse_date(scmplan::format_thai(d));
        REQUIRE(iso.date.has_value());
        REQUIRE(thai.date.has_value());
        CHECK(*iso.date == d);
        CHECK(*thai.date == d);
    }
}

TEST_CASE("date_text: dates read are those both forms can write (fuzz finding: 31 มกราคม 5064)") {
    // BE 5064 is CE 4521, which ISO would refuse as a BE year: so it is refused here.
    scmplan::DateParse far = scmplan::parse_date("31 มกราคม 5064");
    CHECK_FALSE(far.date);
    CHECK(far.error == "31 มกราคม 5064: years after 2942 are not read");
    CHECK(far.hint == "dates run from 1857 to 2399 CE (2400 to 2942 BE)");
    scmplan::DateParse old = scmplan::parse_date("1800-01-01");
    CHECK_FALSE(old.date);
    CHECK(old.error == "1800-01-01: years before 1857 are not read");
    // The ends of the range read in both forms and back.
    for (const char* text : {"1857-01-01", "2399-12-31", "1 ม.ค. 2400", "31 ธ.ค. 2942"}) {
        scmplan::DateParse p = scmplan::parse_date(text);
        REQUIRE_MESSAGE(p.date, text);
        CHECK(scmplan::parse_date(scmplan::format_iso(*p.date)).date == p.date);
        CHECK(scmplan::parse_date(scmplan::format_thai(*p.date)).date == p.date);
    }
}

TEST_CASE("date_text: day/month/year with slashes, in either era") {
    check_parses("31/12/2566", ymd(2023, 12, 31));  // BE: a year from 2400
    check_parses("31/12/2023", ymd(2023, 12, 31));  // CE
    check_parses("01/06/2566", ymd(2023, 6, 1));
    check_parses("1/6/2566", ymd(2023, 6, 1));
    check_parses(" 1/6/2023 ", ymd(2023, 6, 1));
    check_parses("29/2/2567", ymd(2024, 2, 29));    // BE 2567 is 2024, a leap year
    check_parses("๓๑/๑๒/๒๕๖๖", ymd(2023, 12, 31));  // Thai digits
    check_parses("31/12/2399", ymd(2399, 12, 31));  // the last CE year read
    check_parses("1/1/2400", ymd(1857, 1, 1));      // the first BE year read
}

TEST_CASE("date_text: a two-digit year is the era that puts it in 2000-2059") {
    check_parses("1/6/66", ymd(2023, 6, 1));    // 2566 BE; 2066 CE is outside
    check_parses("31/12/60", ymd(2017, 12, 31));  // 2560 BE
    check_parses("31/12/99", ymd(2056, 12, 31));  // 2599 BE
    check_parses("15/1/23", ymd(2023, 1, 15));  // 2023 CE; 2523 BE (1980) is outside
    check_parses("15/1/00", ymd(2000, 1, 15));
    check_parses("15/1/42", ymd(2042, 1, 15));  // 2542 BE is 1999: outside
    check_parses("๑/๖/๖๖", ymd(2023, 6, 1));
}

TEST_CASE("date_text: a two-digit year that both eras can read is refused, naming both") {
    DateParse p = check_fails("15/1/50");
    CHECK(p.error == "'15/1/50': the year 50 could be 2550 BE (2007) or 2050 CE");
    CHECK(p.hint == "write the year in four digits: 15/1/2550 or 15/1/2050");
    CHECK(check_fails("1/1/43").error == "'1/1/43': the year 43 could be 2543 BE (2000) or 2043 CE");
    CHECK(check_fails("1/1/59").error == "'1/1/59': the year 59 could be 2559 BE (2016) or 2059 CE");
}

TEST_CASE("date_text: slashed dates that are not dates") {
    DateParse p = check_fails("31/2/2566");
    CHECK(p.error == "31/2/2566 is not a date: ก.พ. 2566 has 28 days");
    CHECK(check_fails("31/2/2023").error == "31/2/2023 is not a date: February 2023 has 28 days");
    CHECK(check_fails("29/2/66").error == "29/2/66 is not a date: ก.พ. 2566 has 28 days");
    CHECK(check_fails("0/1/2566").error == "0/1/2566 is not a date: there is no day 0");
    CHECK(check_fails("1/0/2566").error == "1/0/2566 is not a date: there is no month 0");
    p = check_fails("1/13/2566");
    CHECK(p.error == "1/13/2566 is not a date: there is no month 13");
    CHECK(p.hint == "dates with slashes are day/month/year: did you mean 13/1/2566?");
    CHECK(check_fails("13/13/2566").hint.empty());  // swapped, still no month
    CHECK(check_fails("31/12/5000").error == "31/12/5000: years after 2942 are not read");
    CHECK(check_fails("1/1/1800").error == "1/1/1800: years before 1857 are not read");
    CHECK(check_fails("1/1/123").error == "'1/1/123' is not a date");
    check_fails("123/1/2566");
    check_fails("1//2566");
    check_fails("1/1/");
    check_fails("/1/2566");
    check_fails("1/1/2566/");
    check_fails("1/1/2566x");
}

TEST_CASE("date_text: slashed near misses get a did you mean") {
    // Month and day swapped (the American order).
    DateParse p = check_fails("12/31/2023");
    CHECK(p.error == "12/31/2023 is not a date: there is no month 31");
    CHECK(p.hint == "dates with slashes are day/month/year: did you mean 31/12/2023?");
    // Year first.
    p = check_fails("2566/12/31");
    CHECK(p.error == "'2566/12/31' is not a date: the year comes last (day/month/year)");
    CHECK(p.hint == "did you mean 31/12/2566?");
    CHECK(check_fails("2566/2/31").hint == "dates with slashes are day/month/year");
    // Other separators.
    p = check_fails("31-12-2566");
    CHECK(p.error == "'31-12-2566' is not a date");
    CHECK(p.hint == "did you mean 31/12/2566?");
    CHECK(check_fails("31.12.66").hint == "did you mean 31/12/66?");
    CHECK(check_fails("1.2-2566").hint == "write 2023-01-31 or 31 ม.ค. 2566");  // two separators
}

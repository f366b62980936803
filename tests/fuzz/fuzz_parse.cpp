// libFuzzer target: date and number parsing. The input is parsed as a date
// (ISO and Thai forms; a date that parses must format and parse back to itself)
// and used as the scalar of a step weight, an assessment score and a date in a
// small plan, which goes through loading and checking.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "scmplan/check.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 256) return 0;
    std::string text(reinterpret_cast<const char*>(data), size);
    scmplan::DateParse p = scmplan::parse_date(text);
    if (p.date) {
        for (const std::string& back : {scmplan::format_iso(*p.date), scmplan::format_thai(*p.date)}) {
            scmplan::DateParse again = scmplan::parse_date(back);
            if (!again.date || *again.date != *p.date) std::abort();  // formatting must parse back
        }
    } else if (p.error.empty()) {
        std::abort();  // a refused date must say why
    }
    std::string scalar;
    for (char c : text) scalar += (c == '\n' || c == '\r' || c == '\0') ? ' ' : c;
    std::string plan =
        "scmplan: 1\nkind: plan\nid: demo-2566\ntitle: t\norganisation: o\nenabler: SCM\nyear: 2566\n"
        "period: {start: 2023-01-01, end: 2023-12-31}\nowner: o\nbudget: b\nrationale: r\nobjectives: [o]\n"
        "benefits: [b]\noutput: o\noutcome: o\ntarget: t\n";
    std::string activity =
        "scmplan: 1\nkind: activity\nplan: demo-2566\nid: A01\ntitle: a\nowners: [o]\n"
        "period: {start: 2023-01-01, end: 2023-12-31}\nsteps:\n"
        "  - {id: \"1\", title: s, due: 2023-06-30, weight: " + scalar + "}\n"
        "  - {id: \"2\", title: s, due: 2023-06-30, weight: 1, done: " + scalar + "}\n";
    std::vector<scmplan::Source> sources{{"plan.yaml", plan}, {"A01.yaml", activity}};
    scmplan::LoadResult r = scmplan::load_sources(std::move(sources));
    scmplan::check_model(r.model, r.diags,
                         scmplan::CheckOptions{scmplan::Date::from_ymd(2023, 6, 30), std::nullopt});
    return 0;
}

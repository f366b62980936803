// Next year's plan drafted from this one (next_year.hpp).
#include "scmplan/next_year.hpp"

#include <algorithm>
#include <string>

namespace scmplan {

Date shift_years(Date d, int years) {
    const int y = d.year() + years, mo = d.month();
    return Date::from_ymd(y, mo, std::min(d.day(), days_in_month(y, mo)));
}

namespace {

/// `text` with every whole occurrence of the year `from` (as digits not part
/// of a longer number) replaced by `to`.
std::string replace_year(const std::string& text, int from, int to) {
    const std::string f = std::to_string(from), t = std::to_string(to);
    std::string out;
    std::size_t i = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < text.size()) {
        std::size_t at = text.find(f, i);
        if (at == std::string::npos) break;
        bool whole = (at == 0 || !digit(text[at - 1])) && (at + f.size() == text.size() || !digit(text[at + f.size()]));
        out.append(text, i, at - i);
        out += whole ? t : f;
        i = at + f.size();
    }
    out.append(text, i, std::string::npos);
    return out;
}

}  // namespace

NextYear next_year(const Model& m, const Plan& p, int year) {
    NextYear n;
    n.from_year = p.year.value;
    n.year = year;
    const int k = year - p.year.value;
    auto shift = [k](Located<Date>& d) { d.value = shift_years(d.value, k); };

    n.plan = p;
    std::string id = replace_year(p.id.value, p.year.value, year);
    n.plan.id.value = id != p.id.value ? id : p.id.value + "-" + std::to_string(year);
    n.plan.title = replace_year(p.title, p.year.value, year);
    n.plan.year.value = year;
    shift(n.plan.start);
    shift(n.plan.end);
    n.plan.gaps.clear();
    std::vector<std::string> carried;
    for (const Gap& g : p.gaps) {
        if (g.closed_by(p.end.value)) continue;
        Gap c = g;
        if (c.status.value == GapStatus::closed) c.status.value = GapStatus::planned;  // closed later than the plan's end
        c.closed.reset();
        carried.push_back(g.id.value);
        n.plan.gaps.push_back(std::move(c));
    }

    for (const Activity* a : m.activities_of(p.id.value)) {
        Activity c = *a;
        c.plan.value = n.plan.id.value;
        shift(c.start);
        shift(c.end);
        c.reports.clear();
        std::erase_if(c.gaps, [&](const Located<std::string>& g) {
            return std::find(carried.begin(), carried.end(), g.value) == carried.end();
        });
        for (Step& s : c.steps) {
            if (s.due) shift(*s.due);
            s.done.reset();
            s.evidence.clear();
        }
        n.activities.push_back(std::move(c));
    }

    for (const Risk* r : m.risks_of(p.id.value)) {
        Risk c = *r;
        c.plan.value = n.plan.id.value;
        for (Scale* s : {&c.likelihood, &c.impact})
            for (ScaleLevel& l : s->levels)
                if (l.when)
                    if (Date* d = std::get_if<Date>(&l.when->value)) *d = shift_years(*d, k);
        const Assessment* last = nullptr;
        for (const Assessment& a : r->assessments)
            if (!last || last->as_of.value <= a.as_of.value) last = &a;
        c.assessments.clear();
        if (last) {
            Assessment first = *last;
            first.as_of.value = n.plan.start.value;
            c.assessments.push_back(first);
        }
        n.risks.push_back(std::move(c));
    }

    if (m.workspace) {
        n.workspace = *m.workspace;
        n.workspace.holidays.clear();
    }
    return n;
}

}  // namespace scmplan

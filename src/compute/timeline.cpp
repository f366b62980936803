#include "scmplan/timeline.hpp"

#include <algorithm>

namespace scmplan {

namespace {

void widen(DateRange& r, Date d) {
    r.start = std::min(r.start, d);
    r.end = std::max(r.end, d);
}

TimelineRow make_row(const Activity& a, Date as_of, Date plan_end, DateRange& span) {
    TimelineRow row;
    row.activity = &a;
    row.actual = activity_completion(a, as_of);
    row.planned = activity_planned(a, as_of);
    row.status = activity_status(a, as_of, plan_end);
    widen(span, a.start.value);
    widen(span, a.end.value);
    for (const Step& s : a.steps) {
        TimelineStep ts;
        ts.step = &s;
        ts.due = a.due_of(s);
        if (s.done_by(as_of)) ts.done = s.done->value;
        ts.overdue = !ts.done && ts.due < as_of;
        widen(span, ts.due);
        if (s.done) widen(span, s.done->value);
        row.steps.push_back(ts);
    }
    return row;
}

}  // namespace

Timeline build_timeline(const Model& m, const Plan& p, Date as_of) {
    Timeline t;
    t.plan = &p;
    t.as_of = as_of;
    t.span = {p.start.value, p.end.value};
    Holidays holidays = m.holidays();
    for (int q = 1; q <= 4; ++q) {
        TimelineQuarter tq{q, plan_quarter(p, q), report_due(p, q, m.rules, holidays)};
        widen(t.span, tq.range.start);
        widen(t.span, tq.range.end);
        widen(t.span, tq.report_due);
        t.quarters.push_back(tq);
    }
    auto acts = m.activities_of(p.id.value);
    t.completion = plan_completion(acts, as_of);
    t.planned = plan_planned(acts, as_of);
    for (const Activity* a : acts) {
        auto g = std::find_if(t.groups.begin(), t.groups.end(),
                              [&](const TimelineGroup& x) { return x.name == a->group; });
        if (g == t.groups.end()) {
            t.groups.push_back({a->group, p.group_title(a->group), {}});
            g = t.groups.end() - 1;
        }
        g->rows.push_back(make_row(*a, as_of, p.end.value, t.span));
    }
    t.as_of_in_span = t.span.contains(as_of);
    return t;
}

std::vector<Timeline> split_timeline(const Timeline& t, std::size_t max_lines) {
    max_lines = std::max<std::size_t>(max_lines, 2);
    return split_timeline(t, static_cast<double>(max_lines), [](const TimelineRow&) { return 1.0; }, 1.0);
}

std::vector<Timeline> split_timeline(const Timeline& t, double room,
                                     const std::function<double(const TimelineRow&)>& row_size, double heading_size) {
    Timeline empty = t;
    empty.groups.clear();
    std::vector<Timeline> out{empty};
    double used = 0;
    bool any = false;  // out.back() holds a row
    for (const TimelineGroup& g : t.groups) {
        bool heading = false;  // the group's heading is in out.back()
        for (const TimelineRow& row : g.rows) {
            const double size = row_size(row);
            if (any && used + size + (heading ? 0 : heading_size) > room) {
                out.push_back(empty);
                used = 0;
                heading = false;
                any = false;
            }
            if (!heading) {
                out.back().groups.push_back({g.name, g.title, {}});
                heading = true;
                used += heading_size;
            }
            out.back().groups.back().rows.push_back(row);
            used += size;
            any = true;
        }
    }
    return out;
}

}  // namespace scmplan

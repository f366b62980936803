// Back-dated progress: a done date long before the commit that recorded it.
#include <fmt/format.h>

#include "scmplan/check.hpp"

namespace scmplan {

void check_backdated(const Model& m, const std::vector<DoneRecord>& history, Diagnostics& d) {
    const int limit = m.rules.backdated_done_days;
    for (const Activity& a : m.activities)
        for (const Step& s : a.steps) {
            if (!s.done) continue;
            for (const DoneRecord& r : history) {
                if (r.file != a.loc.file || r.step != s.id.value) continue;
                // Only the date committed: a date changed since is not recorded yet.
                if (r.done != s.done->value) break;
                int late = r.committed - r.done;
                if (late > limit)
                    d.warning(s.done->loc, "W125",
                              fmt::format("step {} of activity {} is done {} but was first recorded in commit {} "
                                          "of {}, {} days later (more than {})",
                                          s.id.value, a.id.value, format_iso(r.done), r.commit,
                                          format_iso(r.committed), late, limit),
                              "record progress when it happens (scmplan done); assessors distrust back-dated steps");
                break;
            }
        }
}

}  // namespace scmplan

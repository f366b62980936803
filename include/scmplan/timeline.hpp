// A plan's timeline as of a date: what a Gantt chart shows. One row per
// activity (its period, completion, steps), grouped by activity group; the
// plan's quarters and the due dates of the quarterly reports. Pure computation.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// One step of an activity as a milestone at its due date.
struct TimelineStep {
    const Step* step = nullptr;
    Date due;                      ///< the step's due, defaulting to the activity's end
    std::optional<Date> done;      ///< its done date, only when done on or before the as-of date
    bool overdue = false;          ///< not done as of the date and due before it
};

struct TimelineRow {
    const Activity* activity = nullptr;
    double actual = 0;   ///< completion as of the date, percent, unrounded
    double planned = 0;
    Status status = Status::not_started;
    std::vector<TimelineStep> steps;  ///< in the order of the file
};

/// Activities of one group, in id order. Groups come in the order in which their
/// first activity (by id) comes; activities without a group form the group "".
struct TimelineGroup {
    std::string name;   ///< the activities' `group` id
    std::string title;  ///< what the reader sees: the plan's name of the group (plan `groups:`), else the id
    std::vector<TimelineRow> rows;
};

struct TimelineQuarter {
    int quarter = 0;  ///< 1..4
    DateRange range;
    Date report_due;  ///< report_due() of the quarter
};

struct Timeline {
    const Plan* plan = nullptr;
    Date as_of;
    /// First and last day the chart must show: the plan's period, every
    /// activity's period, every step's due and done date, the quarters and the
    /// report due dates (never the as-of date: a chart does not stretch to today).
    DateRange span;
    bool as_of_in_span = false;
    double completion = 0;  ///< plan completion as of the date, percent, unrounded
    double planned = 0;
    std::vector<TimelineQuarter> quarters;  ///< the four quarters of the plan's year
    std::vector<TimelineGroup> groups;
};

Timeline build_timeline(const Model& m, const Plan& p, Date as_of);

/// The timeline cut into pieces of at most `max_lines` lines each, a line being
/// an activity row or a group's heading (max_lines >= 2 is assumed; less counts
/// as 2): each piece keeps the whole timeline's span, quarters, as-of date and
/// figures, so every piece is drawn to the same scale, and a group's rows that
/// go on in the next piece come under its heading again there. A heading never
/// ends a piece. The rows keep their order; a timeline that fits is one piece
/// equal to it, and one without activities is one piece without groups.
/// For pictures whose size must stay within a page (and cairo's limits).
std::vector<Timeline> split_timeline(const Timeline& t, std::size_t max_lines);

/// The same cut by size: a piece holds at most `room` (in any unit), a row
/// taking `row_size(row)` and a group's heading `heading_size`. A row that does
/// not fit even alone (with its heading) makes a piece of its own. The pieces of
/// split_timeline(t, n) are those of this with sizes 1 and room n.
std::vector<Timeline> split_timeline(const Timeline& t, double room,
                                     const std::function<double(const TimelineRow&)>& row_size, double heading_size);

}  // namespace scmplan

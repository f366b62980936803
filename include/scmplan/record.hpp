// Recording progress in an activity file: a step done, a quarterly report.
// The file is edited in place (src/load/yaml_edit.cpp): only the values
// recorded are inserted or replaced, every other byte stays as it was.
// Pure functions of the file's text; the command line reads and writes files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/date.hpp"
#include "scmplan/yaml_tree.hpp"

namespace scmplan {

struct DoneEdit {
    /// The step's id; `ID#N` is the Nth step (from 1, in the file's order)
    /// whose id is ID, for a file that gives several steps one id. An id that
    /// is itself written with a `#` is found as written first.
    std::string step;
    Date on;                            ///< the done date
    std::vector<std::string> evidence;  ///< paths or URLs to add (those already listed are skipped)
    /// Replace a different done date already recorded; without it such a
    /// step is refused (a date recorded is a fact: it moves only when asked).
    bool force = false;
    bool set_done = true;               ///< false: only the evidence is added, `done` is left as it is
};

struct ProgressEdit {
    int quarter = 0;                    ///< 1..4
    std::optional<std::string> actual;  ///< a number, as written by the user
    std::optional<std::string> note, problems, suggestions;
    std::vector<std::string> evidence;
};

/// A GAP item of a plan closed (or reopened).
struct CloseEdit {
    std::string gap;                    ///< the GAP item's id
    Date on;                            ///< the day it was closed
    std::vector<std::string> evidence;  ///< paths or URLs to add (those already listed are skipped)
    bool reopen = false;                ///< undo: `status: planned`, the date removed
    bool force = false;                 ///< replace a different closing date already recorded
};

/// A risk's levels as judged on a day.
struct AssessEdit {
    Date on;
    int likelihood = 0, impact = 0;  ///< 1..5
    std::optional<std::string> note;
    bool force = false;  ///< replace the levels of an assessment of the same day
};

/// A place of the file an error is about: what is there ("3.2#1") and its line and column.
struct RecordPlace {
    std::string what;
    std::uint32_t line = 0, column = 0;
};

struct RecordResult {
    std::optional<std::string> text;  ///< the new file text; nullopt when nothing could be recorded
    std::string error;                ///< why not
    std::string hint;                 ///< e.g. "did you mean step 3.1?"
    std::vector<RecordPlace> places;  ///< with the error: e.g. each step of an id given twice
    std::vector<std::string> changes; ///< what changed, for the user: "done: 2023-06-20"
    /// With `text` nullopt: the file holds a different value that only a
    /// forced edit replaces (exit 1, a data conflict, not a usage error).
    bool conflict = false;
    /// With no change: what is already there ("step 1 of A07 is already
    /// recorded done on 2023-04-12"), said in place of a generic message.
    std::string unchanged;
};

/// Sets `done` of the step (in the date form the file already uses: see
/// docs/cli.md) and appends the evidence not yet listed. An id that several
/// steps have is refused, with each step's place, unless written `ID#N`. A
/// step already done on another day is refused (`conflict`) unless `force`;
/// done on the same day, its date is left as written.
RecordResult record_done(std::string_view file_text, const DoneEdit& edit);

/// Sets the given values of the report of `quarter`, appending a report when
/// the activity has none for that quarter.
RecordResult record_progress(std::string_view file_text, const ProgressEdit& edit);

/// Several edits of one file at once, on one reading of it (what an import of
/// forms records): each step's DoneEdit (different steps), then each
/// quarter's ProgressEdit (different quarters). The first edit that cannot
/// be made is the result's error, and no text.
RecordResult record_edits(std::string_view file_text, const std::vector<DoneEdit>& done,
                          const std::vector<ProgressEdit>& progress);
/// The same on a file already parsed: `parsed` is the tree parse_yaml gave
/// for exactly `file_text`, without errors (a load's, kept: load.hpp
/// KeptFile), so the file is not parsed again. The result is the one above.
RecordResult record_edits(std::string_view file_text, YNode parsed, const std::vector<DoneEdit>& done,
                          const std::vector<ProgressEdit>& progress);
/// In a plan file: sets the GAP item's `status: closed` and its `closed` date
/// (in the file's date form) and appends the evidence; or, with `reopen`,
/// sets `status: planned` and removes the date. A GAP item closed on another
/// day is refused (`conflict`) unless `force`.
RecordResult record_close(std::string_view plan_text, const CloseEdit& edit);

/// In a risk file: appends an assessment `{as_of, likelihood, impact, note}`
/// to `assessments`; an assessment of the same day with other levels is
/// refused (`conflict`) unless `force`, which sets them in place.
RecordResult record_assessment(std::string_view risk_text, const AssessEdit& edit);

/// The date as the file writes dates: the form of the nearest date of the file
/// (`near` first, then the steps' `done` and `due`, then the period); ISO when
/// the file has none. A Thai form keeps a two-digit year (`20 มิ.ย. 66`) when
/// that date has one. Exposed for tests.
std::string date_in_form_of(Date d, std::string_view example);

}  // namespace scmplan

// A draft workspace read from a Word action plan (`scmplan import FILE.docx`):
// what the importer (load, plan_import.hpp) recognised, each value with where
// in the document it came from, and every piece of text it did not place.
// Plain values: render writes them as YAML files and IMPORT.md; the cli
// writes the files. A core header, so that both may see it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scmplan::draft {

/// A value and where it came from ("section 1, paragraph 24"; "table 7 row 5,
/// column ผู้รับผิดชอบ"). An empty value was not found.
struct Text {
    std::string value;
    std::string from;
    bool found() const { return !value.empty(); }
};

/// Dates as the loader reads them: the document's words when parse_date reads
/// them alone ("1 ม.ค. 66"), else an ISO date worked out (and `how` says how).
struct Date {
    std::string value;
    std::string how;  ///< "" when written as in the document
};

struct Period {
    Date start, end;
    std::string from;
    bool found() const { return !start.value.empty() && !end.value.empty(); }
};

struct Target {
    Text text;
    std::string op;  ///< ">=", "<=", or "" when the sentence states no number
    double value = 0;
    std::string unit;
};

struct Step {
    std::string id;  ///< as numbered in the document: "1", "3.1"
    Text title;
    std::string due;     ///< "(กำหนดเสร็จ DATE)" after the title, as written; "" when not given
    std::string weight;  ///< "(น้ำหนัก N)" after the title, as written; "" when not given
};

struct Activity {
    std::string id;  ///< A01, A02 … in the table's order
    Text title, description;
    std::vector<std::string> owners;
    std::string owners_from;
    Text place;
    Period period;
    Text income, expense;
    Target target;
    std::vector<Step> steps;
    std::string steps_from;  ///< how the steps were found (numbered, or one step from the target)
    /// Labelled lines of the activity's cell (the layout `scmplan plan` prints):
    /// "กลุ่มกิจกรรม : …", "ปิดช่องว่าง (GAP) : G01, G02", "ไม่นับรวม…".
    Text group;
    std::vector<std::string> gaps;
    bool counts = true;
};

struct Score {
    std::string code;  ///< SCM.1.1, SCM.1, SCM
    double value = 0;
    std::string text;  ///< as written ("1.0000")
    bool known = true;  ///< a code of the rules: written as data; else kept as a comment
};

struct Baseline {
    int year = 0;
    std::vector<Score> topics, reported;
    std::string from;
};

struct Gap {
    std::string id;  ///< G01 … in the document's order
    Text text;
    std::string status;  ///< "planned" when the table of this year's items takes it up, else "open"
    std::string status_from;
    Text action;
    std::string topic;  ///< "G01 (SCM.1.1) …": a topic code of the rules after the id; "" when none
};

struct Kpi {
    std::string id;  ///< K1 …
    Text text;
    std::string measure, op;
    double value = 0;
    std::string how;  ///< which words gave the measure
};

struct Level {
    int level = 0;
    Text label, text;
    /// "เงื่อนไข : completion ≥ 90" in the level's cell: its `when`, as written ("" when none)
    std::string when_metric, when_op, when_value;
};

struct Risk {
    std::string id = "R1";
    Text title;
    std::vector<Text> factors, mitigation, monitoring;
    Text measure;
    std::vector<Level> likelihood, impact;  ///< by level, 1 to 5
    std::string scales_from;
    std::optional<std::pair<int, int>> current, target;  ///< (likelihood, impact)
    std::string current_from, target_from;
    std::string current_as_of;  ///< "(… ประเมิน ณ DATE)" after the current level; "" when not given
};

struct Plan {
    std::string id;
    Text title, organisation, unit, enabler;
    int year = 0;
    std::string year_from;
    std::string quarters = "calendar";
    std::string quarters_from;
    bool quarters_stated = false;  ///< the document states them (else read from the period's start)
    Period period;
    Text owner;  ///< a unit code
    Text phone, fax, email;
    Text budget;
    std::vector<Text> rationale, objectives, benefits, achievements;
    Text output, outcome, target, responsible;
    Text quantitative, qualitative;
    std::vector<Baseline> baseline;
    std::vector<Gap> gaps;
    std::vector<Kpi> kpis;
};

struct Unit {
    std::string code, name;
    std::string why;  ///< where it was found
};

/// A piece of the document's text that went into no field.
struct Unplaced {
    std::string where;
    std::string text;
};

/// Who signs the plan, from the approval block ("(name)", "ตำแหน่ง position").
struct Signer {
    std::string role;  ///< prepared_by, reviewed_by, approved_by
    std::string name, position;
    std::string from;
};

struct Draft {
    Plan plan;
    std::vector<Activity> activities;
    std::vector<Risk> risks;  ///< R1 … (or the ids of the risks' headings)
    std::vector<Unit> units;            ///< registered in scmplan.yaml
    bool units_listed = false;          ///< a table of the units (code, name) gave `units`
    std::vector<Signer> signatures;     ///< the signers the approval block names, in its order
    std::vector<Unit> not_registered;   ///< owner codes left out of the registry, and why
    std::vector<Unplaced> unplaced;
    std::vector<std::string> notes;     ///< readings a person should check, one sentence each
    std::string source;                 ///< the document's name, for IMPORT.md
    std::string rules_yaml;             ///< the rules file read with the document (--rules), written as rules.yaml
};

}  // namespace scmplan::draft

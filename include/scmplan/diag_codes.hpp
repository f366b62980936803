// The diagnostic codes: one table of every code scmplan reports, with its
// severity and a line of meaning. docs/diagnostics.md's list of codes is
// generated from it and its tables of codes are compared with it, and every
// code is named in src/ only by its constant (tests/test_core_diag_codes.cpp).
// DiagCode::E015 names a code in code. Codes are stable: never reuse or
// renumber one (CONTRIBUTING.md, "Adding a check").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace scmplan {

enum class Severity { error, warning };

/// X(code, severity, meaning): the table, in the order of docs/diagnostics.md.
#define SCMPLAN_DIAGNOSTIC_CODES(X)                                                                          \
    X(E001, error, "a path or file could not be read, or is not a regular file or folder")                   \
    X(E002, error, "bytes that are not text: invalid UTF-8, a control character, a non-character")           \
    X(E003, error, "YAML syntax")                                                                            \
    X(E004, error, "a YAML feature scmplan files do not use: anchor, alias, tag, second document")           \
    X(E005, error, "a limit: a file over 1 MiB, nesting deeper than 64 levels")                             \
    X(E006, error, "an id, code, unit or key that is not one line of visible text")                         \
    X(E010, error, "not a scmplan file: empty, not a mapping, no or another 'scmplan' version, no kind")    \
    X(E011, error, "a key that this kind of mapping does not have")                                         \
    X(E012, error, "the same key twice in one mapping")                                                     \
    X(E013, error, "a value of the wrong type")                                                             \
    X(E014, error, "a required key missing or empty, or a key that another one needs")                      \
    X(E015, error, "a value out of its range or not among the allowed ones")                                \
    X(E016, error, "a date that cannot be read or does not exist")                                          \
    X(E017, error, "risk levels: outside 1-5, twice in a scale, a scale without exactly 1 to 5")            \
    X(E020, error, "something defined twice")                                                               \
    X(E021, error, "a reference to something that does not exist")                                          \
    X(E030, error, "weights of siblings that do not sum to 1")                                              \
    X(E031, error, "a module or topic code that does not start with its parent's")                          \
    X(E032, error, "risk bands outside 1-25, or with a hole or an overlap")                                 \
    X(E040, error, "a risk at or over the threshold without mitigation or monitoring")                      \
    X(W101, warning, "a reported score that differs from the one its parts give")                           \
    X(W102, warning, "a reported score that cannot be verified: topics missing")                            \
    X(W103, warning, "an owner that is not in the workspace's units")                                       \
    X(W104, warning, "an activity's period outside its plan's")                                             \
    X(W105, warning, "an activity without steps")                                                           \
    X(W106, warning, "two steps of an activity with the same id")                                           \
    X(W107, warning, "a step due outside its activity's period")                                            \
    X(W108, warning, "a step marked done after the as-of date")                                             \
    X(W109, warning, "an actual value reported for a target without a value")                               \
    X(W110, warning, "a holiday listed twice")                                                              \
    X(W112, warning, "a scale with some conditions that is not derivable")                                  \
    X(W113, warning, "a risk with no assessment and no derivable scale")                                    \
    X(W114, warning, "a direction control or invisible character in text")                                  \
    X(W115, warning, "two ids of one kind that look alike")                                                 \
    X(W116, warning, "a step marked done before its activity starts")                                       \
    X(W117, warning, "a gap closed before the plan's period starts")                                        \
    X(W118, warning, "two assessments of one risk on one date with different levels")                      \
    X(W120, warning, "a counting activity without the report of a quarter already due")                     \
    X(W121, warning, "a year of report due dates without any holiday listed")                               \
    X(W122, warning, "no holidays listed at all")                                                           \
    X(E050, error, "an evidence path that leaves the workspace")                                            \
    X(E051, error, "an evidence URL that is not http or https with a host")                                 \
    X(E052, error, "an evidence file that cannot go into an archive")                                       \
    X(W123, warning, "an evidence file that does not exist")                                                \
    X(W124, warning, "a done step without the evidence the rules require")                                  \
    X(W125, warning, "check --git: a done date long before the commit that recorded it")                   \
    X(W126, warning, "check --git: a shallow history")                                                      \
    X(W127, warning, "check --git: a history that cannot be read")                                          \
    X(W128, warning, "check --git: a commit dated outside the years dates are read in")                   \
    X(W129, warning, "a holiday removed from the calendar that the calendar does not have")                \
    X(W130, warning, "an activity's group that its plan's groups do not name")                            \
    X(E080, error, "import: a form that cannot be read as a progress form")                               \
    X(E081, error, "import: a form's header: an unknown column, one twice, a key column missing")         \
    X(E082, error, "import: a row naming a plan, activity, step or quarter that does not exist")          \
    X(E083, error, "import: a cell that cannot be read: a date, a number out of range, an evidence path") \
    X(E084, error, "import: a locked cell (an id, a title, a due date) changed in the form")              \
    X(E085, error, "import: a cell that conflicts with the file: another done date, a value changed since") \
    X(E086, error, "import: two cells of the forms that disagree on one value")

/// The named constants: DiagCode::E015.
enum class DiagCode : std::uint8_t {
#define SCMPLAN_DIAG_CODE_ENUM(code, severity, meaning) code,
    SCMPLAN_DIAGNOSTIC_CODES(SCMPLAN_DIAG_CODE_ENUM)
#undef SCMPLAN_DIAG_CODE_ENUM
};

/// One row of the table.
struct DiagCodeInfo {
    DiagCode code;
    std::string_view name;  ///< "E015"
    Severity severity;
    std::string_view meaning;
};

inline constexpr DiagCodeInfo diag_code_table[] = {
#define SCMPLAN_DIAG_CODE_ROW(code, severity, meaning) {DiagCode::code, #code, Severity::severity, meaning},
    SCMPLAN_DIAGNOSTIC_CODES(SCMPLAN_DIAG_CODE_ROW)
#undef SCMPLAN_DIAG_CODE_ROW
};

/// Every code, in the table's order.
constexpr std::span<const DiagCodeInfo> diag_codes() { return diag_code_table; }

constexpr const DiagCodeInfo& diag_code_info(DiagCode c) { return diag_code_table[static_cast<std::size_t>(c)]; }

/// "E015".
constexpr std::string_view code_name(DiagCode c) { return diag_code_info(c).name; }

/// The code named `name` ("E015"), if the table has it.
constexpr std::optional<DiagCode> diag_code_named(std::string_view name) {
    for (const DiagCodeInfo& i : diag_code_table)
        if (i.name == name) return i.code;
    return std::nullopt;
}

}  // namespace scmplan

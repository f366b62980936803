// `scmplan import FORM.xlsx…`: filled progress forms (progress_form.hpp)
// applied to the activity files in place, all or nothing (docs/forms.md).
// import_form_read.cpp reads the forms into changes and problems;
// cmd_import_form.cpp applies the changes or reports the problems.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "command.hpp"
#include "scmplan/diag_codes.hpp"
#include "scmplan/model.hpp"
#include "scmplan/xlsx_read.hpp"

namespace scmplan::cli {

/// Reads every form of `forms`, checks every cell against the workspace of
/// `paths` (none: discovered) and the other forms, and either reports every
/// problem as `FORM.xlsx:SHEET!CELL: error[E08x]: …` and writes nothing (exit
/// 1), or applies the changes through the editor of `done` and `progress`
/// (record.hpp, a FileEdit per file), or with --dry-run prints their diff.
/// Fills `out` and returns it.
Output& import_forms(const Invocation& inv, Output& out, const std::vector<std::string>& forms,
                     const std::vector<std::string>& paths);

/// A problem of a form, at a cell ("q3.xlsx:steps!G7"), a sheet's header or the whole file.
struct FormProblem {
    std::string where;  ///< "q3.xlsx:steps!G7", "q3.xlsx"; shown as it is (already escaped)
    DiagCode code;
    std::string message, hint;
    std::size_t order = 0;  ///< the form's place on the command line, then the cell's (row, column)
    std::uint64_t cell = 0;
};

/// One value a form gives to an activity file.
struct FormChange {
    std::string file;      ///< the activity file, as the model names it
    std::string activity;  ///< the activity's id
    std::string step;      ///< the step's key (3.2#2) for `done` and a step's evidence; "" for a report
    int quarter = 0;       ///< a report's quarter
    std::string key;       ///< done, evidence, actual, note, problems, suggestions
    std::string value;     ///< ISO date, number as written back, text, one evidence entry
    std::string where;     ///< the cell it comes from
};

/// What the forms say, read and checked against one model.
struct FormReading {
    std::vector<FormProblem> problems;
    std::vector<FormChange> changes;  ///< each target once (the same value from two forms is one change)
    std::vector<std::string> notes;   ///< "q3.xlsx was made from an older state of …"
};

/// A form's bytes as read, its name as shown, and its workbook once read
/// (read_book): the cells need no model, so the import reads them while the
/// workspace loads.
struct FormFile {
    std::string shown;
    std::string bytes;
    std::optional<XlsxBook> book;  ///< set by read_book; nullopt with `error` when the file is no workbook
    std::string error;             ///< why read_xlsx could not read it
    bool read = false;             ///< read_book has run
};

/// Reads the workbook of `form` (read_xlsx) into form.book, or form.error;
/// form.bytes are released. read_forms calls it for a form not read yet.
void read_book(FormFile& form);

/// Reads the forms against the model (`hashes`: each activity file's SHA-256
/// now, by the model's file name; `root`: the workspace root the forms name
/// files from). Every problem of every form is collected.
FormReading read_forms(std::vector<FormFile>& forms, const Model& m, const std::string& root,
                       const std::map<std::string, std::string>& hashes, const std::string& cwd);

}  // namespace scmplan::cli

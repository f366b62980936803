// Diagnostics are values: collected while loading and checking, sorted, then
// printed together by the command line layer.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "scmplan/diag_codes.hpp"

namespace scmplan {

/// A position in a source file: index into the loaded file table, 1-based line and
/// column. Columns count Unicode code points (what an editor shows), not bytes.
struct Loc {
    std::uint32_t file = 0;
    std::uint32_t line = 0;  ///< 0 = no position (whole file or built-in data)
    std::uint32_t column = 0;
};

/// The file of a diagnostic that names none: a problem of the command line or
/// of the whole run (printed as "scmplan:").
inline constexpr std::uint32_t no_file = std::numeric_limits<std::uint32_t>::max();

struct Diagnostic {
    /// Index into the file table of the Diagnostics that holds it (as Loc::file
    /// into the model's); no_file when it names no file. The path is
    /// Diagnostics::file_name(d).
    std::uint32_t file = no_file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    Severity severity = Severity::error;
    DiagCode code = DiagCode::E001;  ///< a constant of the table of codes (diag_codes.hpp)
    std::string message;
    std::string hint;  ///< optional: how to fix it ("did you mean …?")
};

/// The paths of the loaded files, shared read-only by every holder.
using FileTable = std::shared_ptr<const std::vector<std::string>>;

/// Collects diagnostics against a table of file paths (Loc::file and
/// Diagnostic::file index it). The table is shared, immutable, by every copy:
/// a Diagnostics can be moved or copied away from the model it was made with
/// and still names the right files. A path not in the table (a path that
/// could not be read, the files of another workspace appended) is added to a
/// copy of it, at the end, so the indexes already given stay valid.
class Diagnostics {
public:
    Diagnostics() = default;
    explicit Diagnostics(FileTable files) : m_files(std::move(files)) {}
    explicit Diagnostics(std::vector<std::string> files) { set_files(std::move(files)); }

    void set_files(std::vector<std::string> files) {
        m_files = std::make_shared<const std::vector<std::string>>(std::move(files));
    }
    const FileTable& file_table() const { return m_files; }
    /// The path of the file `d` names; "" when it names none.
    const std::string& file_name(const Diagnostic& d) const;
    /// The index of `path` in the table; added when it is not there.
    std::uint32_t file_index(const std::string& path);
    /// Reports `code`, an error code (E…); warning() a warning code (W…). A code
    /// of the other severity is a programming error (std::logic_error).
    void error(Loc at, DiagCode code, std::string message, std::string hint = {});
    void warning(Loc at, DiagCode code, std::string message, std::string hint = {});
    /// Adds `d`, whose `file` indexes this table (or is no_file).
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    /// Adds `d` about the file `path` (which joins the table).
    void add(Diagnostic d, const std::string& path);
    /// Adds the diagnostics of `other`, their files named as `other` names them.
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return m_items; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    /// Sorts by file path (byte order), line, column, then code and message —
    /// an order that does not depend on the order in which files were read —
    /// and drops exact repeats.
    void sort();

private:
    void push(Severity s, Loc at, DiagCode code, std::string message, std::string hint);

    FileTable m_files;
    std::vector<Diagnostic> m_items;
};

}  // namespace scmplan

// Diagnostics are values: collected while loading and checking, sorted, then
// printed together by the command line layer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace scmplan {

/// A position in a source file: index into the loaded file table, 1-based line and
/// column. Columns count Unicode code points (what an editor shows), not bytes.
struct Loc {
    std::uint32_t file = 0;
    std::uint32_t line = 0;  ///< 0 = no position (whole file or built-in data)
    std::uint32_t column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
    std::string file;  ///< path as given by the user; "" for command-level problems
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    Severity severity = Severity::error;
    std::string code;  ///< stable: E… for errors, W… for warnings (docs/diagnostics.md)
    std::string message;
    std::string hint;  ///< optional: how to fix it ("did you mean …?")
};

/// Orders by file, line, column, then code and message: a stable order that does
/// not depend on the order in which files were read.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

/// The paths of the loaded files, shared read-only by every holder.
using FileTable = std::shared_ptr<const std::vector<std::string>>;

/// Collects diagnostics against a table of file paths (Loc::file indexes it).
/// The table is shared, immutable, by every copy: a Diagnostics can be moved or
/// copied away from the model it was made with and still names the right files.
class Diagnostics {
public:
    Diagnostics() = default;
    explicit Diagnostics(FileTable files) : m_files(std::move(files)) {}
    explicit Diagnostics(std::vector<std::string> files) { set_files(std::move(files)); }

    void set_files(std::vector<std::string> files) {
        m_files = std::make_shared<const std::vector<std::string>>(std::move(files));
    }
    const FileTable& file_table() const { return m_files; }
    void error(Loc at, std::string code, std::string message, std::string hint = {});
    void warning(Loc at, std::string code, std::string message, std::string hint = {});
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return m_items; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    /// Sorts into the stable order and drops exact repeats.
    void sort();

private:
    void push(Severity s, Loc at, std::string code, std::string message, std::string hint);

    FileTable m_files;
    std::vector<Diagnostic> m_items;
};

}  // namespace scmplan

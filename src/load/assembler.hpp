// Per-file results merged into one model, in file order: the files' values,
// the choice of rules, and the sorting that lets the model bisect.
// Private to the load layer.
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "scmplan/load.hpp"

namespace scmplan::load {

/// What one file contributes; merged into the model in file order. The file's
/// plan, activity, … is moved from here straight into the model's vectors (no
/// heap block of its own that would leave a hole in the heap once merged).
struct FileResult {
    std::vector<Diagnostic> diags;
    bool io_error = false;
    bool unread = false;  ///< nothing could be read from it (bytes, YAML, header)
    Loc workspace_loc;
    std::variant<std::monostate, WorkspaceFile, Rules, Plan, Activity, Risk> value;
    std::optional<KeptFile> kept;  ///< when the load keeps its files' trees (load_files' `keep`)
};

/// Merges per-file results into the model, in file order, as they come.
class Assembler {
public:
    /// `reader` resolves the links of the workspace's `rules:` path
    /// (place_rules_file); nullptr for files held in memory (lexical check only).
    Assembler(LoadResult& result, const FileReader* reader) : m_result(result), m_reader(reader) {}

    /// Moves the file's diagnostics and value into the result (the file after
    /// the previous one given).
    void add(FileResult part);

    /// After the last file: picks the rules (E020, E021), fills the defaults a
    /// rules file left out, stable-sorts plans, activities and risks by id and
    /// sets Model::sorted.
    void finish();

private:
    LoadResult& m_result;
    const FileReader* m_reader;
    std::vector<Rules> m_rules;
};

}  // namespace scmplan::load

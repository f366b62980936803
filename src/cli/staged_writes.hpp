// Many files written as write_output writes each one (output_file.hpp), but
// flushed to the disk together: a form's import rewrites thousands of files,
// and one fsync each cost seconds of waiting. Each new content goes to its
// temporary file beside its target (stage), then every staged file is
// flushed at once (sync: one syncfs per file system), and only then is each
// renamed over its target (publish). A file is never replaced by one that is
// not on the disk yet, and nothing is replaced before every new content is
// written. Temporary files not published are removed, also on a signal.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <functional>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan::cli {

class StagedWrites {
public:
    StagedWrites() = default;
    StagedWrites(const StagedWrites&) = delete;
    StagedWrites& operator=(const StagedWrites&) = delete;
    ~StagedWrites();  ///< removes the temporary files staged and not published

    /// Writes `content` to a temporary file beside `path` (through a link, with
    /// the mode and owner write_output keeps), not yet flushed. False, with
    /// write_output's sentence in `error`, when it cannot; its number is size() - 1.
    bool stage(const std::string& path, std::string_view content, std::string& error);
    /// Flushes every staged file to the disk. False, with `error`, when that fails.
    bool sync(std::string& error);
    /// Asks `before_rename` (as write_output does), then renames the staged
    /// file `i` over its target. False, with `error` set and the temporary
    /// file removed, when `before_rename` refuses or the rename fails.
    bool publish(std::size_t i, std::string& error, const std::function<bool(std::string& error)>& before_rename = {});
    std::size_t size() const { return m_files.size(); }

private:
    struct Staged {
        std::string path, target, temp;
        dev_t device = 0;   ///< the file system the temporary file is on (sync)
        bool done = false;  ///< published or removed
    };
    std::deque<Staged> m_files;        ///< a deque: its elements (and names) never move
    std::vector<const char*> m_armed;  ///< every temporary file made: the signals remove them (gone ones harmlessly)
};

}  // namespace scmplan::cli

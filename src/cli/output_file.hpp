// Writing the output: to standard output, or to a file so that readers never
// see a partial one and nothing but a regular file is ever replaced.
#pragma once

#include <signal.h>
#include <sys/stat.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace scmplan::cli {

/// Writes `content` (any bytes: text or a binary format) for `-o path`:
/// - "-" is standard output;
/// - a new path, or an existing regular file, is written to a temporary file
///   beside it, flushed and renamed over it. An existing file keeps its
///   permission bits and, where the process may set them, its owner and group;
///   a file without any write permission is refused (even for root); other
///   hard links to it keep the previous content (the name is replaced, not the
///   file's bytes);
/// - a symbolic link is written through: its final target is replaced as above
///   and the link stays; a link to nothing is refused;
/// - a folder, device, FIFO or socket is refused: never opened, never replaced.
/// A SIGINT, SIGTERM, SIGHUP or SIGQUIT during the write removes the temporary
/// file and exits 128 + the signal's number. On failure the temporary is
/// removed, an existing file is left intact, `error` says why ("cannot write
/// PATH: …"), and false is returned.
/// `before_rename`, when given, is asked just before the rename (the new
/// content written and flushed): when it returns false the temporary file is
/// removed, nothing is replaced, and `error` is the reason it set.
bool write_output(const std::string& path, std::string_view content, std::string& error,
                  const std::function<bool(std::string& error)>& before_rename = {});

/// The temporary file's name pattern (for mkstemp) beside `target`, in its
/// folder: `.NAME.tmp-XXXXXX`, or, when that would be longer than a file name
/// may be (255 bytes: a name of 80 Thai letters is 240 bytes), `.` + a hash of
/// the name + `.tmp-XXXXXX`. Hidden (and not named `*.yaml`), so the loader
/// never takes it for a workspace file. Every writer makes its temporary file
/// by this name.
std::string temp_name_for(const std::string& target);

/// write_output with the bytes written by `fill` into the temporary file's
/// descriptor (open for reading and writing, at offset 0): for output too large
/// to hold in memory. `fill` may seek; on failure it sets `why` and returns
/// false, and nothing is written. `before_rename` as for write_output.
bool write_output_with(const std::string& path, const std::function<bool(int fd, std::string& why)>& fill,
                       std::string& error, const std::function<bool(std::string& error)>& before_rename = {});

/// What write_output replaces for `path`: the file itself, or the final
/// target of a symbolic link (`path` then), and whether it exists (`st` its
/// status). nullopt, with write_output's sentence in `error`, for what it
/// refuses (a folder, a device, a read-only file, a link to nothing …).
struct OutputTarget {
    std::string path;
    bool exists = false;
    struct stat st {};
};
std::optional<OutputTarget> output_target(const std::string& path, std::string& error);
/// Gives the new file open at `fd` the mode (and, where allowed, the owner)
/// write_output gives it for `t`; false when chmod fails (errno set).
bool keep_mode(int fd, const OutputTarget& t);

/// Writes all of `content` to the file descriptor (retrying short writes and
/// EINTR); on failure sets `error` to strerror and returns false.
bool write_fd(int fd, std::string_view content, std::string& error);

/// The cleanup that write_output arms around its temporary file, exposed for
/// tests: while armed, the signals above unlink `path` and exit 128 + N.
void arm_temp_cleanup(const std::string& path);
void disarm_temp_cleanup();
/// The same for a list of temporary files (staged_writes.hpp): while `n` is
/// not 0, the signals unlink each of `paths` too. `paths` must stay valid
/// until the list is armed again (n = 0 disarms it).
void arm_temp_list_cleanup(const char* const* paths, std::size_t n);

/// The signals above blocked on the calling thread (and on the threads it
/// starts meanwhile) from construction, when `hold`, until release() or
/// destruction; one that came meanwhile is handled then. For a thread that
/// lets another make temporary files (arm_temp_list_cleanup): the handler
/// must not run while that thread changes the list it reads.
class SignalsHeld {
public:
    explicit SignalsHeld(bool hold = true);
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;
    ~SignalsHeld() { release(); }
    void release();

private:
    sigset_t m_old{};
    bool m_held = false;
};

/// The bytes of the file at `path` into `text`; false when it cannot be read.
bool read_whole_file(const std::string& path, std::string& text);
/// The bytes of the file open as `fd`, from its start (pread: the descriptor's
/// offset is left as it was), into `text`; false when it cannot be read.
bool read_fd_whole(int fd, std::string& text);

}  // namespace scmplan::cli

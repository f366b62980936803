// What the fuzz targets share: running the real command line in process, and a
// workspace built on disk from a small tar-like bundle.
//
// Bundle format (text, so that the fuzzer's dictionary applies): a sequence of
// entries, each starting at a line "=== NAME" and running to the next such line.
//   === path/to/file.yaml   a regular file; the bytes up to the next entry
//                           (NUL bytes included) are its content
//   === path/to/folder/     a folder
//   === path -> target      a symbolic link
//   === path |              a FIFO
// Input that does not start with "=== " is one file, plan.yaml. Names are kept
// inside the scratch folder: empty, "." and ".." parts are dropped; a link target
// may start with one "../" (a link out of the workspace, still in scratch).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scmplan::fuzz {

/// Runs `scmplan args[1..]` in process (args[0] is the program name) and returns
/// its exit code. Standard output and error go wherever the process's do.
int run_cli(const std::vector<std::string>& args);

/// A scratch folder made once per process (under $TMPDIR or /tmp), and the
/// process's working folder from then on. LLVMFuzzerInitialize (defined with
/// these) makes it and sets SCMPLAN_TODAY=2023-06-15.
const std::string& scratch_dir();

/// Empties the scratch folder, then writes the bundle into scratch/ws/.
void write_bundle(std::string_view bundle);

/// Removes everything in the scratch folder but `keep` (a top-level name).
void clear_scratch(const std::string& keep = {});

}  // namespace scmplan::fuzz

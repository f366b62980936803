// The process exit codes, in one place (docs/cli.md).
#pragma once

namespace scmplan {

enum ExitCode : int {
    exit_ok = 0,          ///< success; warnings allowed
    exit_data_error = 1,  ///< the data has errors (or warnings under --strict)
    exit_usage = 2,       ///< bad command line
    exit_io = 3,          ///< a file could not be read or written
    exit_internal = 70,   ///< an unexpected internal failure: a bug (EX_SOFTWARE of sysexits.h)
};

/// Killed by signal N while writing -o FILE: the exit status is this + N, as a
/// shell reports a process that a signal ended.
inline constexpr int exit_signal_base = 128;

}  // namespace scmplan

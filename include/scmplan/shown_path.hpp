// How a path is shown: every path scmplan prints or writes (diagnostics, diff
// headers, the `workspace` column of JSON and CSV, evidence messages, the
// confirmation of `done`) goes through this one function.
#pragma once

#include <string>
#include <string_view>

namespace scmplan {

/// `path` as scmplan shows it, run from the folder `cwd`: relative to `cwd`
/// when it is that folder (".") or lies below it, else absolute; lexically
/// normal either way (no "." or ".." components, no repeated or trailing "/").
/// A relative `path` is read against `cwd`.
///
/// Lexical, as discovery reads paths: no file system is asked. `cwd` is the
/// current folder as the system reports it (getcwd: links resolved), so a
/// relative path names what the system opens; an absolute path written through
/// a link to the current folder (/tmp/link/a.yaml when /tmp/link leads to it)
/// lies outside it lexically and is shown absolute, as written. When `cwd` is
/// empty or not absolute (the current folder was removed), `path` is only made
/// lexically normal. An empty `path` stays empty.
std::string shown_path(std::string_view path, std::string_view cwd);

}  // namespace scmplan

// A unified diff of two texts, as `diff -u` prints it, for --dry-run.
#pragma once

#include <string>
#include <string_view>

namespace scmplan {

/// The changes from `before` to `after` as a unified diff with three lines of
/// context, headed `--- a/PATH` / `+++ b/PATH` as git heads its diffs (`PATH`
/// as shown_path shows it: relative to the current folder, so that `git apply`
/// and `patch -p1` run there find the file), or `--- PATH` / `+++ PATH` when
/// PATH is absolute (a file outside the current folder: an "a/" before it
/// would name another file); "" when the texts are equal.
/// Lines keep their ends as written (a CR of CRLF stays); a last line without
/// a line end is followed by `\ No newline at end of file`.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace scmplan

// Readers of one file kind each: a checked YAML mapping in, a model struct out.
// Private to the load layer.
#pragma once

#include "fields.hpp"

namespace scmplan::load {

WorkspaceFile read_workspace(Fields& top, Diagnostics& d);
/// A file that does not say `extends: none` starts from builtin_rules().
Rules read_rules(Fields& top, Diagnostics& d);
/// The built-in SE-AM rules, read once (thread-safe); their source is "<built-in>".
const Rules& builtin_rules();
Plan read_plan(Fields& top, Diagnostics& d);
Activity read_activity(Fields& top, Diagnostics& d);
Risk read_risk(Fields& top, Diagnostics& d);

}  // namespace scmplan::load

namespace scmplan::load {
/// Reads `period: {start, end}` (required) of a plan or an activity; `period`
/// is the spec of its mapping.
void read_period(Fields& f, Diagnostics& d, Located<Date>& start, Located<Date>& end,
                 const format::MapSpec& period);
/// Reads `evidence:` (a list of paths, URLs or `{path|url, title, date}`) of a
/// step or a quarterly report; `owner` names it in messages ("step").
std::vector<Evidence> read_evidence(Fields& f, Diagnostics& d, const std::string& owner);
}  // namespace scmplan::load

// Gantt charts of a plan's timeline: Mermaid `gantt` text and a standalone SVG.
// Pure functions from a computed Timeline to text.
#pragma once

#include <string>
#include <string_view>

#include "scmplan/render.hpp"
#include "scmplan/timeline.hpp"

namespace scmplan {

/// A Mermaid `gantt` diagram (no Markdown fence): one section for the quarters,
/// the report due dates (◊ milestones) and the as-of date, then one section per
/// activity group with a bar per activity and a milestone per step.
/// Tags: an activity is `done`, `active` (on track) or `crit` (behind or overdue);
/// a step is `done`, `crit` (overdue) or `active` (not due yet).
/// Mermaid's `todayMarker` cannot be set to a given date, so it is turned off and
/// the as-of date is a milestone of its own. End dates are inclusive
/// (`inclusiveEndDates`), as in the plan files.
std::string render_gantt_mermaid(const Timeline& t, const RenderOptions& o);

/// A standalone SVG picture (UTF-8, with the XML declaration): months across,
/// quarter boundaries, a bar per activity overlaid with its completion, step
/// ticks (filled when done), ◊ report due markers, the as-of line and a legend.
std::string render_gantt_svg(const Timeline& t, const RenderOptions& o);

// ---- building blocks (tested on their own) ---------------------------------

/// Text made safe as a Mermaid task, section or title name: `:`, `;` and `#`
/// (which end a name or start a comment) become spaces, `%%` (a comment) a single
/// `%`, line breaks spaces; runs of spaces collapse and the ends are trimmed.
std::string mermaid_text(std::string_view s);

}  // namespace scmplan

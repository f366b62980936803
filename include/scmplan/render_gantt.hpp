// Gantt charts of a plan's timeline: Mermaid `gantt` text and a standalone SVG.
// Pure functions from a computed Timeline to text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

/// The layout of the SVG timeline. `screen`: the plan's title on top, a month
/// 62 px wide, 12 px text, as wide as the months need (at least 1100 px).
/// `print`: drawn at its print size, timeline_print_width_px() wide, the
/// months sharing what the labels leave, 13 px text (9.75 pt at 100 %), no
/// plan title (the document names the plan above it); a page of
/// print_timeline_pages() is at most timeline_print_height_px() tall.
enum class GanttLayout { screen, print };

/// A standalone SVG picture (UTF-8, with the XML declaration): months across,
/// quarter boundaries, a bar per activity overlaid with its completion, step
/// ticks (filled when done), ◊ report due markers, the as-of line and a legend.
/// Group headings show the group's title (the plan's name for it); activity
/// labels (id and title) are wrapped over as many lines as they need, never cut
/// (but by picture_text); the plan id is nowhere in the picture.
std::string render_gantt_svg(const Timeline& t, const RenderOptions& o, GanttLayout layout = GanttLayout::screen);

/// The print size of a timeline picture in CSS px (1/96 inch): the text width
/// of the Word report's landscape page (24.7 cm), and the height left there for
/// a picture under the heading and above the caption.
double timeline_print_width_px();
double timeline_print_height_px();

/// The timeline cut (split_timeline) into pieces whose print layout each fits
/// timeline_print_height_px(): the row heights are those of their wrapped
/// labels. Every piece keeps the whole timeline's scale and legend.
std::vector<Timeline> print_timeline_pages(const Timeline& t, const RenderOptions& o);

// ---- building blocks (tested on their own) ---------------------------------

/// Text made safe as a Mermaid task, section or title name: `:`, `;` and `#`
/// (which end a name or start a comment) become spaces, `%%` (a comment) a single
/// `%`, line breaks spaces; runs of spaces collapse and the ends are trimmed.
std::string mermaid_text(std::string_view s);

}  // namespace scmplan

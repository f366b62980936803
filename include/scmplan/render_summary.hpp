// Renderers of the summary of many plans (scmplan summary).
#pragma once

#include <string>
#include <vector>

#include "scmplan/render.hpp"
#include "scmplan/summary.hpp"

namespace scmplan {

/// The columns of the CSV and TSV forms, in order (docs/cli.md).
extern const char* const summary_columns;

/// One row per plan, then the organisation × enabler matrix of completion.
std::string render_summary_md(const std::vector<PlanSummary>& rows, const RenderOptions& o);
/// One row per plan, CSV or TSV (o.tsv).
std::string render_summary_csv(const std::vector<PlanSummary>& rows, const RenderOptions& o);
/// An array with one object per plan.
std::string render_summary_json(const std::vector<PlanSummary>& rows);
/// The organisation × enabler matrix as an SVG heat map (red 0% to green 100%).
std::string render_matrix_svg(const CompletionMatrix& m, const RenderOptions& o);

}  // namespace scmplan

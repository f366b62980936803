// The reports as .docx files: the pictures rendered from the project's own SVG
// (librsvg), the document parts (render_docx.hpp) and the zip container
// (zip.hpp) put together. Bytes out; no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan {

/// The .docx of the quarterly or as-of reports, with each plan's timeline and
/// risk heat map as pictures. Deterministic: the same inputs (and fonts) give
/// the same bytes. nullopt with `error` when a picture or the zip fails.
std::optional<std::string> report_docx(const std::vector<PlanReport>& reports, const Model& m,
                                       const RenderOptions& o, std::string& error);

/// The .docx of the year-end summaries.
std::optional<std::string> annual_docx(const std::vector<AnnualReport>& reports, const Model& m,
                                       const RenderOptions& o, std::string& error);

}  // namespace scmplan

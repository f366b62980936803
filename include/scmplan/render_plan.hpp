// The action plan itself (`scmplan plan`) as Markdown, HTML and Word: the
// published plan's sections, headings and table columns, worded once
// (src/render/plan_blocks.cpp) and laid out for each format, every text
// escaped for it. docs/plan-document.md lists the headings and columns.
#pragma once

#include <string>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/next_year.hpp"
#include "scmplan/picture.hpp"
#include "scmplan/plan_document.hpp"
#include "scmplan/render.hpp"

namespace scmplan {

/// One plan after the other, separated by a rule.
std::string render_plan_md(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o);

/// One HTML page; each plan's risk profile an inline SVG picture.
std::string render_plan_html(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o);

/// The Word document: A4, the wide tables (12.2, 12.3) on landscape pages, each
/// plan's risk profile a picture; one plan after the other, each on a new page.
DocxDocument render_plan_docx(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o);

/// Next year's draft as YAML files (path relative to the new workspace,
/// content): scmplan.yaml, then <plan-id>/plan.yaml, activities/<ID>.yaml and
/// risks/<ID>.yaml; clean YAML in the format tables' key order, each file's
/// first line naming its schema in .scmplan/schemas/ as `init` writes them.
std::vector<std::pair<std::string, std::string>> next_year_files(const NextYear& n);

/// The workspace's name with the old year replaced by the new one.
std::string replace_name_year(const std::string& name, const NextYear& n);

}  // namespace scmplan

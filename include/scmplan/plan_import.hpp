// Recognising a Word action plan in the SE-AM template (docs/import.md):
// the paragraphs and tables of docx_read.hpp become a draft workspace
// (plan_draft.hpp), each value with its place in the document, every piece
// of text that went into no field listed.
#pragma once

#include <optional>
#include <string>

#include "scmplan/docx_read.hpp"
#include "scmplan/model.hpp"
#include "scmplan/plan_draft.hpp"

namespace scmplan {

struct PlanImportOptions {
    std::string plan_id;  ///< "" for the default: the enabler in lower case and the year ("scm-2566")
    std::string source;   ///< the document's name, for IMPORT.md
};

/// The draft, or nullopt and `error` when the document is not an action plan
/// (no section of the template's was found, or neither its activity table).
/// `rules` gives the enablers' codes and topic names.
std::optional<draft::Draft> import_action_plan(const DocxContent& doc, const Rules& rules,
                                               const PlanImportOptions& options, std::string& error);

}  // namespace scmplan

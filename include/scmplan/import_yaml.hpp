// A draft workspace (plan_draft.hpp) written as scmplan's YAML files and its
// IMPORT.md: pure functions, keys in the order of the format's tables, every
// text a double-quoted scalar (JSON escapes, valid YAML), so that any Thai or
// hostile text loads back exactly as it was read.
#pragma once

#include <string>
#include <vector>

#include "scmplan/plan_draft.hpp"

namespace scmplan {

/// One file of the draft: its path under the workspace folder ('/'-separated) and content.
struct DraftFile {
    std::string path;
    std::string content;
};

/// scmplan.yaml, PLAN/plan.yaml, PLAN/activities/A01.yaml …, PLAN/risks/R1.yaml
/// and PLAN/IMPORT.md, in that order.
std::vector<DraftFile> draft_files(const draft::Draft& d);

std::string draft_workspace_yaml(const draft::Draft& d);
std::string draft_plan_yaml(const draft::Draft& d);
std::string draft_activity_yaml(const draft::Draft& d, const draft::Activity& a);
std::string draft_risk_yaml(const draft::Draft& d, const draft::Risk& r);
/// IMPORT.md: for every field where it came from, the readings to check, and
/// every piece of text that was not placed (render/import_md.cpp).
std::string draft_import_md(const draft::Draft& d);

}  // namespace scmplan

// The evidence of a plan, as the assessor asks for it: every GAP item, its
// SE-AM topic, the activities that address it, their steps and their evidence,
// and what is missing. Pure computation over the model.
#pragma once

#include <string>
#include <vector>

#include "scmplan/model.hpp"

namespace scmplan {

struct StepEvidence {
    const Step* step = nullptr;
    bool missing = false;  ///< done without any evidence
};

struct ActivityEvidence {
    const Activity* activity = nullptr;
    std::vector<StepEvidence> steps;  ///< every step, in file order
    /// Evidence of the quarterly reports, with their quarter, in file order.
    std::vector<std::pair<int, const Evidence*>> reports;
    bool has_evidence = false;  ///< any step or report has some
};

struct GapEvidence {
    const Gap* gap = nullptr;
    const Topic* topic = nullptr;  ///< the rules' topic of the gap, or null
    std::vector<ActivityEvidence> activities;  ///< those whose `gaps` list it, in id order
    bool missing = false;  ///< none of its activities has any evidence
};

struct EvidenceView {
    const Plan* plan = nullptr;
    std::vector<GapEvidence> gaps;           ///< in the plan's order
    std::vector<ActivityEvidence> without_gap;  ///< activities that list no gap of the plan
    int done_steps = 0;
    /// The done steps without evidence, activity by activity in id order, steps in file order.
    std::vector<std::pair<const Activity*, const Step*>> done_without_evidence;
    /// Every evidence path (not URL) once, in order of first mention: what an archive holds.
    std::vector<std::string> files;
};

EvidenceView evidence_view(const Model& m, const Plan& p);

}  // namespace scmplan

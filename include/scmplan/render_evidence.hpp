// Renderers of the evidence view (src/render/evidence_view.cpp): Markdown (the
// assessor's listing, also the index of the evidence archive), CSV and JSON.
#pragma once

#include <string>
#include <vector>

#include "scmplan/evidence.hpp"
#include "scmplan/render.hpp"

namespace scmplan {

/// Per plan: each GAP item with its topic, the activities that address it, their
/// steps (done date, evidence as links relative to the workspace root, so that
/// they work beside the workspace's files and inside the archive), then what is
/// missing. `absent`: evidence files that were not found, listed at the end;
/// `skipped`: what an archive leaves out on purpose, with why, listed after
/// them (names from the disk are shown escaped, so the index is valid UTF-8).
std::string render_evidence_md(const std::vector<EvidenceView>& views, const RenderOptions& o,
                               const std::vector<std::string>& absent = {},
                               const std::vector<SkippedEvidence>& skipped = {});
/// plan,gap,topic,activity,source,step,title,done,kind,evidence,evidence_title,evidence_date,missing
/// and the plan's identity (plan_id_columns), as CSV (CRLF, RFC 4180) or TSV
/// (o.tsv): one row per evidence, and one for each step without any.
std::string render_evidence_csv(const std::vector<EvidenceView>& views, const RenderOptions& o);
std::string render_evidence_json(const std::vector<EvidenceView>& views);

/// A Markdown link to a path or URL: `[text](<target>)`, text escaped, `<` `>`
/// and spaces in the target percent-encoded.
std::string md_link(std::string_view text, std::string_view target);

}  // namespace scmplan

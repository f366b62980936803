// The reports as Word documents (WordprocessingML): pure functions from the
// computed reports and their chart data to the parts of a .docx package, with
// its pictures drawn as SVG and captioned (picture.hpp's DocxDocument). The
// PNGs and the zip container are made in src/pack/ (docx.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/picture.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan {

/// The .docx of a quarterly or as-of report, one plan after the other, each
/// starting on a new page. `charts[i]` belongs to `reports[i]` (fewer: those
/// plans have no pictures): its timeline pages (one figure, continued over as
/// many landscape pages as it has pieces) and its heat map are drawn, sized on
/// the page by the size each SVG declares, and listed in the document's
/// pictures in the order of their parts (word/media/imageN.png).
DocxDocument render_report_docx(const std::vector<PlanReport>& reports, const std::vector<ReportChartData>& charts,
                                const Model& m, const RenderOptions& o);

/// The .docx of the year-end summary (report --annual); it has no picture.
DocxDocument render_annual_docx(const std::vector<AnnualReport>& reports, const Model& m, const RenderOptions& o);

/// The executive summary of one report as sentences: the first is the plan's
/// completion against plan; then one per fact of SummaryFacts (behind, overdue,
/// KPIs, risks, next quarter), each naming the activities, KPIs or risks.
struct SummaryText {
    std::string lead;                  ///< one paragraph
    std::vector<std::string> bullets;  ///< one bullet each
    /// items[i]: the sub-items of bullets[i] (the steps past due, what falls
    /// due next quarter), one line each under it; most bullets have none.
    std::vector<std::vector<std::string>> items;
    /// The steps past their due date as a short table under the bullet
    /// bullets[*steps_overdue_at]: step (activity id, step id, title), owners
    /// (marked when not a listed unit), due date, days past due.
    std::optional<std::size_t> steps_overdue_at;
    std::vector<std::vector<std::string>> steps_overdue;
};
SummaryText executive_summary(const PlanReport& r, const Model& m, Lang lang);

/// How a derived (or assessed) risk level was set, in words, with the level's
/// name and text from the scale: "ระดับ 2 (น้อย: …) เพราะกิจกรรม A01 แล้วเสร็จเมื่อ
/// 24 เม.ย. 2566 ไม่ช้ากว่า 30 เม.ย. 2566".
std::string level_in_words(const LevelDecision& d, const Scale& s, Date as_of, Lang lang);

}  // namespace scmplan

// The reports as Word documents (WordprocessingML): pure functions from the
// computed reports (and pictures already rasterised) to the parts of a .docx
// package. The zip container and the PNGs are made in src/pack/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"
#include "scmplan/zip.hpp"

namespace scmplan {

/// A PNG picture and its size on the page.
struct DocxImage {
    std::string png;          ///< bytes of the PNG file
    double width_pt = 0;      ///< size on the page before fitting to the text width
    double height_pt = 0;
    std::string description;  ///< alternative text
};

/// The pictures of one plan's report: its timeline and its risk heat map.
struct ReportPictures {
    /// The timeline in pieces, each fitting a landscape page (split_timeline):
    /// one figure, continued over as many pages as it has pieces.
    std::vector<DocxImage> timeline;
    std::optional<DocxImage> heat_map;  ///< absent when the plan has no risk
};

/// The parts of the .docx of a quarterly or as-of report, one plan after the
/// other, each starting on a new page; `pictures[i]` belongs to `reports[i]`
/// (fewer pictures: those plans have none). [Content_Types].xml comes first.
std::vector<ZipEntry> render_report_docx(const std::vector<PlanReport>& reports, const Model& m,
                                         const RenderOptions& o, const std::vector<ReportPictures>& pictures);

/// The parts of the .docx of the year-end summary (report --annual).
std::vector<ZipEntry> render_annual_docx(const std::vector<AnnualReport>& reports, const Model& m,
                                         const RenderOptions& o);

/// The executive summary of one report as sentences: the first is the plan's
/// completion against plan; then one per fact of SummaryFacts (behind, overdue,
/// KPIs, risks, next quarter), each naming the activities, KPIs or risks.
struct SummaryText {
    std::string lead;                  ///< one paragraph
    std::vector<std::string> bullets;  ///< one bullet each
};
SummaryText executive_summary(const PlanReport& r, const Model& m, Lang lang);

/// How a derived (or assessed) risk level was set, in words, with the level's
/// name and text from the scale: "ระดับ 2 (น้อย: …) เพราะกิจกรรม A01 แล้วเสร็จเมื่อ
/// 24 เม.ย. 2566 ไม่ช้ากว่า 30 เม.ย. 2566".
std::string level_in_words(const LevelDecision& d, const Scale& s, Date as_of, Lang lang);

}  // namespace scmplan

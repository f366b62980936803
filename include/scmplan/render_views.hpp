// Renderers of the views of views.hpp: the risk register (Markdown, CSV, JSON,
// SVG heat map), GAP traceability and the score table. Pure functions to text;
// --lang affects Markdown and SVG only (CSV and JSON are contracts).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/model.hpp"
#include "scmplan/render.hpp"
#include "scmplan/views.hpp"

namespace scmplan {

// ---- risk (src/render/risk_view.cpp) -----------------------------------------

std::string render_risk_md(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o);
/// plan,risk,title,as_of,likelihood,impact,score,band,over_threshold,derived,
/// target_likelihood,target_impact,likelihood_basis,impact_basis (CRLF, RFC 4180).
std::string render_risk_csv(const std::vector<RiskRegister>& regs, const RenderOptions& o);
std::string render_risk_json(const std::vector<RiskRegister>& regs, const Model& m);
/// One SVG picture: a heat map per plan, stacked, with axis labels, markers and a legend.
std::string render_risk_svg(const std::vector<RiskRegister>& regs, const Model& m, const RenderOptions& o);
/// The heat map of one plan, as render_risk_svg({reg}, m, o) draws it.
std::string render_risk_svg(const RiskRegister& reg, const Model& m, const RenderOptions& o);

/// The heat map as a GFM table: likelihood rows 5→1, impact columns 1→5; each cell
/// its score and the markers "● R1" (current) and "◎ R1" (target).
std::string heat_map_md(const HeatMap& map, Lang lang);

// ---- gaps (src/render/gaps_view.cpp) -----------------------------------------

std::string render_gaps_md(const std::vector<GapsView>& views, const RenderOptions& o);
/// plan,as_of,gap,topic,status,closed,closed_by_as_of,uncovered,activities,activities_pct,
/// completion_pct,text (CRLF, RFC 4180).
std::string render_gaps_csv(const std::vector<GapsView>& views, const RenderOptions& o);
std::string render_gaps_json(const std::vector<GapsView>& views);

// ---- score (src/render/score_view.cpp) ---------------------------------------

std::string render_score_md(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o);
/// plan,year,kind,code,weight,enabler_uplift,uplift_rank,score,reported,mismatch,change,what_if
/// (CRLF, RFC 4180).
std::string render_score_csv(const std::vector<ScoreView>& views, const Model& m, const RenderOptions& o);
std::string render_score_json(const std::vector<ScoreView>& views, const Model& m);

// ---- building blocks ----------------------------------------------------------

/// Text made safe for XML character data and attribute values: & < > " ' escaped;
/// every code point XML 1.0 forbids and every non-character dropped, invalid
/// bytes too (drop_not_xml in text_safety.hpp). Every writer of XML (docx, svg,
/// html) escapes through it.
std::string xml_escape(std::string_view s);
/// A score rounded to `decimals` places (half away from zero), all decimals shown: "1.0400".
std::string format_score(double x, int decimals);
/// A signed change with `decimals` places: "+0.1104", "-0.0400", "0.0000".
std::string format_change(double x, int decimals);

}  // namespace scmplan

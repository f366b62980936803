// Texts shared by the risk register's renderers (risk_view.cpp, risk_svg.cpp).
#pragma once

#include <string>
#include <vector>

#include "scmplan/compute.hpp"
#include "scmplan/labels.hpp"
#include "scmplan/model.hpp"

namespace scmplan {

/// The band's name in `lang`, or "–" for no band.
const std::string& band_name(const RiskBand* b, Lang lang);
/// "3", or "–" for an unknown level (0).
std::string level_text(int level);
/// "R1, R2": the ids of the risks.
std::string risk_ids(const std::vector<const Risk*>& risks);
/// The label key saying how a risk's levels were set: derived, assessed, mixed or unknown.
LabelKey basis_key(const RiskResult& r);

}  // namespace scmplan

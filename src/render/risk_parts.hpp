// Texts shared by the risk register's renderers (risk_view.cpp, risk_svg.cpp,
// the sheets and the Word report's sentences).
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
/// A number of a metric with the metric's unit: "40.8%", "15.0 จุด", "12 days".
std::string with_metric_unit(MetricUnit unit, const std::string& number, Lang lang);
/// A measured value of a number metric as the reports print it: days whole,
/// percent and points to one decimal, with the unit.
std::string metric_value_text(MetricUnit unit, double value, Lang lang);
/// The label key saying how a risk's levels were set: derived, assessed, mixed or unknown.
LabelKey basis_key(const RiskResult& r);

}  // namespace scmplan

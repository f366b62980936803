// The fuzzed path, shared by the libFuzzer target and the regression test:
// bytes → one or more files (split at NUL bytes) → load → check → every report
// renderer. Nothing here may crash, hang, or throw, whatever the bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/check.hpp"
#include "scmplan/load.hpp"
#include "scmplan/render.hpp"
#include "scmplan/report.hpp"

namespace scmplan::fuzz {

/// Returns the number of diagnostics, so callers can assert on it.
inline std::size_t run_one(std::string_view data) {
    std::vector<Source> sources;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data[i] == '\0') {
            sources.push_back({"f" + std::to_string(sources.size()) + ".yaml", std::string(data.substr(start, i - start))});
            start = i + 1;
        }
    }
    LoadResult r = load_sources(std::move(sources));
    check_model(r.model, r.diags, CheckOptions{Date::from_ymd(2023, 6, 30), std::nullopt});
    if (!r.diags.has_errors() && !r.model.plans.empty()) {
        for (int q = 1; q <= 4; ++q) {
            ReportRequest req;
            req.date = ReportDate::of_quarter(q);
            auto reports = build_reports(r.model, req);
            RenderOptions o;
            (void)render_report_md(reports, r.model, o);
            o.excel = true;
            (void)render_report_csv(reports, o);
            (void)render_report_json(reports, r.model);
            o.lang = Lang::en;
            (void)render_status(reports, o);
        }
    }
    return r.diags.items().size();
}

}  // namespace scmplan::fuzz

// Several workspaces in one run, and the filters that choose their plans
// (--plan, --organisation, --enabler, --year): what every command that shows
// plans shares.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "formats.hpp"
#include "scmplan/load.hpp"
#include "scmplan/report.hpp"

namespace scmplan::cli {

/// --plan ID (repeatable), --organisation TEXT, --enabler CODE, --year BE.
std::vector<OptionSpec> opt_filters();

/// The spec with its --plan option replaced, in place, by opt_filters().
CommandSpec with_filters(CommandSpec spec);

/// What the filters ask for; an empty field matches every plan.
struct PlanFilter {
    std::vector<std::string> ids;
    std::string organisation;  ///< the organisation's name, or a part of it (case-insensitive)
    std::string enabler;
    std::optional<int> year;   ///< BE
    bool matches(const Plan& p) const;
};

/// Reads the filters; a --year that is not a BE year is a usage error (nullopt, out filled).
std::optional<PlanFilter> read_filter(const Invocation& inv, Output& out);

/// The plans one workspace contributes, in plan id order.
struct WorkspacePlans {
    const Model* model = nullptr;
    std::vector<const Plan*> plans;
};

/// The plans of every workspace that pass the filter; workspaces without one
/// are left out. A filter that matches no plan at all is a usage error with
/// the closest value as a hint ("did you mean"), as is a set of filters that
/// together match nothing; no plan at all is a data error. On error: nullopt, out filled.
std::optional<std::vector<WorkspacePlans>> choose_plans(const std::vector<LoadResult>& workspaces,
                                                        const PlanFilter& filter, Output& out);

/// The reports of one workspace's chosen plans, in plan id order; only those
/// plans are computed.
std::vector<PlanReport> chosen_reports(const WorkspacePlans& w, const ReportRequest& req);

/// The BE years of the chosen plans, ascending, each once.
std::vector<int> years_of(const std::vector<WorkspacePlans>& chosen);

/// A quarter is a quarter of a plan's own year: with plans of several years
/// and no --year, `--quarter` is ambiguous (usage error, exit 2, with a hint).
bool quarter_unambiguous(const std::vector<WorkspacePlans>& chosen, const PlanFilter& filter, Output& out);

/// Joins the outputs rendered for each workspace into one: CSV and TSV keep
/// the first header line only, JSON arrays become one array, other formats
/// (Markdown, SVG, terminal text) follow each other.
std::string join_outputs(Format format, const std::vector<std::string>& parts);

/// Renders `format` for each chosen workspace (`table_of` gives the formats of
/// one) and joins the parts with join_outputs. Several workspaces in a format
/// that cannot be joined (FormatInfo::joinable) are a usage error (exit 2) with a
/// hint to choose one; a failed render is exit 3. Fills out and returns it.
Output& render_each(const std::vector<WorkspacePlans>& chosen,
                    const std::function<std::vector<FormatEntry>(const WorkspacePlans&)>& table_of,
                    Format format, Output& out);

}  // namespace scmplan::cli

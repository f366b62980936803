#include "workspaces.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "common.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/text.hpp"

namespace scmplan::cli {

std::vector<OptionSpec> opt_filters() {
    OptionSpec plan = opt_plan();
    plan.help = "only this plan (repeatable; in every workspace that has it)";
    plan.repeatable = true;
    return {plan,
            {"--organisation", "", "TEXT", "only the plans of this organisation (its name or a part of it)", {}},
            {"--enabler", "", "CODE", "only the plans of this enabler (SCM, DT, …)", {}, Complete::enablers},
            {"--year", "", "BE", "only the plans of this year (Buddhist era, e.g. 2566)", {}}};
}

CommandSpec with_filters(CommandSpec spec) {
    auto it = std::find_if(spec.options.begin(), spec.options.end(), [](const OptionSpec& o) { return o.name == "--plan"; });
    if (it == spec.options.end()) return spec;
    it = spec.options.erase(it);
    auto filters = opt_filters();
    spec.options.insert(it, filters.begin(), filters.end());
    return spec;
}

namespace {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// A list for a hint: at most 8 values, then "…".
std::string some(const std::set<std::string>& values) {
    std::vector<std::string> v;
    for (const auto& s : values) {
        if (v.size() == 8) {
            v.push_back("…");
            break;
        }
        v.push_back(s);
    }
    return fmt::format("{}", fmt::join(v, ", "));
}

}  // namespace

bool PlanFilter::matches(const Plan& p) const {
    if (!ids.empty() && std::find(ids.begin(), ids.end(), p.id.value) == ids.end()) return false;
    if (!enabler.empty() && p.enabler.value != enabler) return false;
    if (year && p.year.value != *year) return false;
    if (!organisation.empty() && ascii_lower(p.organisation).find(ascii_lower(organisation)) == std::string::npos)
        return false;
    return true;
}

std::optional<PlanFilter> read_filter(const Invocation& inv, Output& out) {
    PlanFilter f;
    f.ids = inv.list("--plan");
    if (f.ids.empty())
        if (auto id = inv.value("--plan")) f.ids.push_back(*id);
    f.organisation = inv.value("--organisation").value_or("");
    f.enabler = inv.value("--enabler").value_or("");
    if (auto y = inv.value("--year")) {
        int year = 0;
        auto [end, ec] = std::from_chars(y->data(), y->data() + y->size(), year);
        if (ec != std::errc() || end != y->data() + y->size() || year < 2400 || year > 2700) {
            usage(out, fmt::format("--year must be a Buddhist-era year such as 2566, not '{}'", *y),
                  ec == std::errc() && year > 1900 && year < 2200
                      ? fmt::format("{} CE is {} BE", year, year + 543)
                      : "");
            return std::nullopt;
        }
        f.year = year;
    }
    return f;
}

std::optional<std::vector<WorkspacePlans>> choose_plans(const std::vector<LoadResult>& workspaces,
                                                        const PlanFilter& filter, Output& out) {
    std::set<std::string> ids, organisations, enablers, years;
    std::size_t total = 0;
    for (const auto& w : workspaces)
        for (const Plan& p : w.model.plans) {
            ++total;
            ids.insert(p.id.value);
            organisations.insert(p.organisation);
            enablers.insert(p.enabler.value);
            years.insert(std::to_string(p.year.value));
        }
    if (total == 0) {
        out.err += workspaces.size() > 1 ? "scmplan: error: the workspaces have no plan\n"
                                         : "scmplan: error: the workspace has no plan\n";
        out.exit_code = exit_data_error;
        return std::nullopt;
    }
    const char* where = workspaces.size() > 1 ? "in the workspaces" : "in the workspace";
    auto unknown = [&](const std::string& option, const std::string& what, const std::string& value,
                       const std::set<std::string>& known) {
        std::vector<std::string> list(known.begin(), known.end());
        std::string near = closest_match(value, list);
        usage(out, fmt::format("{}: no {} '{}' {}", option, what, value, where),
              near.empty() ? fmt::format("{}: {}", what == "plan" ? "plans" : what + "s", some(known))
                           : fmt::format("did you mean '{}'?", near));
        return std::nullopt;
    };
    for (const auto& id : filter.ids)
        if (!ids.count(id)) return unknown("--plan", "plan", id, ids);
    if (!filter.enabler.empty() && !enablers.count(filter.enabler))
        return unknown("--enabler", "enabler", filter.enabler, enablers);
    if (filter.year && !years.count(std::to_string(*filter.year)))
        return unknown("--year", "year", std::to_string(*filter.year), years);
    if (!filter.organisation.empty()) {
        bool any = std::any_of(organisations.begin(), organisations.end(), [&](const std::string& o) {
            return ascii_lower(o).find(ascii_lower(filter.organisation)) != std::string::npos;
        });
        if (!any) return unknown("--organisation", "organisation", filter.organisation, organisations);
    }
    std::vector<WorkspacePlans> chosen;
    for (const auto& w : workspaces) {
        WorkspacePlans wp{&w.model, {}};
        for (const Plan& p : w.model.plans)
            if (filter.matches(p)) wp.plans.push_back(&p);
        if (!wp.plans.empty()) chosen.push_back(std::move(wp));
    }
    if (chosen.empty()) {
        usage(out, "no plan matches all of the filters together",
              "each matches some plan; drop one of --plan, --organisation, --enabler, --year");
        return std::nullopt;
    }
    return chosen;
}

std::vector<PlanReport> chosen_reports(const WorkspacePlans& w, const ReportRequest& req) {
    if (w.plans.size() == w.model->plans.size()) return build_reports(*w.model, req);
    // Only the chosen plans are computed (a year of five, say), each by its id.
    std::vector<PlanReport> reports;
    ReportRequest one = req;
    for (const Plan* p : w.plans) {
        one.plan_id = p->id.value;
        for (PlanReport& r : build_reports(*w.model, one))
            if (r.plan == p) reports.push_back(std::move(r));
    }
    return reports;
}

std::vector<int> years_of(const std::vector<WorkspacePlans>& chosen) {
    std::set<int> years;
    for (const auto& w : chosen)
        for (const Plan* p : w.plans) years.insert(p->year.value);
    return {years.begin(), years.end()};
}

bool quarter_unambiguous(const std::vector<WorkspacePlans>& chosen, const PlanFilter& filter, Output& out) {
    if (filter.year) return true;
    std::vector<int> years = years_of(chosen);
    if (years.size() <= 1) return true;
    usage(out, fmt::format("--quarter: the plans are of {} years ({}); a quarter is of one plan year", years.size(),
                           fmt::join(years, ", ")),
          fmt::format("add --year, e.g. --year {}", years.back()));
    return false;
}

std::string join_outputs(Format format, const std::vector<std::string>& parts) {
    if (parts.size() == 1) return parts.front();
    std::string out;
    if (format == Format::json) {
        // Each part is a pretty-printed array: "[\n  …\n]" or "[]".
        std::vector<std::string_view> inner;
        for (std::string_view p : parts) {
            while (!p.empty() && p.back() == '\n') p.remove_suffix(1);
            if (p.size() > 4 && p.starts_with("[\n") && p.ends_with("\n]")) inner.push_back(p.substr(2, p.size() - 4));
        }
        if (inner.empty()) return "[]\n";
        return fmt::format("[\n{}\n]\n", fmt::join(inner, ",\n"));
    }
    const bool table = format == Format::csv || format == Format::tsv;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string_view p = parts[i];
        if (table && i > 0) {
            auto nl = p.find('\n');
            p = nl == std::string_view::npos ? std::string_view() : p.substr(nl + 1);
        } else if (!table && i > 0 && format == Format::md) out += "\n---\n\n";
        out += p;
    }
    return out;
}

Output& render_each(const std::vector<WorkspacePlans>& chosen,
                    const std::function<std::vector<FormatEntry>(const WorkspacePlans&)>& table_of,
                    Format format, Output& out) {
    if (chosen.size() > 1 && !format_info(format).joinable)
        return usage(out, fmt::format("plans of {} workspaces are chosen: a {} file shows those of one", chosen.size(),
                                      format_name(format)),
                     "choose them with --plan, --organisation or --enabler, or give one workspace");
    std::vector<std::string> parts;
    for (const WorkspacePlans& w : chosen) {
        Output part;
        if (render_output(table_of(w), format, part).exit_code != exit_ok) {
            out.err += part.err;
            return out.ending(part.exit_code);
        }
        parts.push_back(std::move(part.out));
        for (auto& f : part.files) out.files.push_back(std::move(f));
    }
    out.out = join_outputs(format, parts);
    return out;
}

}  // namespace scmplan::cli

// scmplan score: baseline scores by topic and year, computed vs reported
// aggregates, the uplift of each topic, and a what-if (--set).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "commands.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/exit_codes.hpp"
#include "scmplan/json_writer.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/text.hpp"
#include "scmplan/views.hpp"

namespace scmplan::cli {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// "SCM.1.3=2,SCM.2.5=1.8" → settings; the syntax only (topics and ranges need the rules).
std::optional<std::vector<TopicSetting>> parse_settings(const std::string& text, Output& out) {
    std::vector<TopicSetting> settings;
    const std::string example = "e.g. --set SCM.1.3=2,SCM.2.5=1.8 (one --set, entries separated by commas)";
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        std::string_view item = trim(std::string_view(text).substr(start, comma - start));
        start = comma + 1;
        if (item.empty()) {
            usage(out, fmt::format("--set: empty entry in '{}'", text), example);
            return std::nullopt;
        }
        std::size_t eq = item.find('=');
        if (eq == std::string_view::npos) {
            usage(out, fmt::format("--set: '{}' is not TOPIC=VALUE", item), example);
            return std::nullopt;
        }
        std::string_view topic = trim(item.substr(0, eq)), value = trim(item.substr(eq + 1));
        double x = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
        if (topic.empty() || value.empty() || ec != std::errc() || end != value.data() + value.size() ||
            !std::isfinite(x)) {
            usage(out,
                  topic.empty() ? fmt::format("--set: '{}' names no topic", item)
                                : fmt::format("--set: the score of {} must be a number, not '{}'", topic, value),
                  example);
            return std::nullopt;
        }
        for (const TopicSetting& s : settings)
            if (s.topic == topic) {
                usage(out, fmt::format("--set: {} is set twice", topic), "give each topic once");
                return std::nullopt;
            }
        settings.push_back({std::string(topic), x});
    }
    return settings;
}

/// Every setting names a topic of the selected plans' enablers and a score within the rules' range.
bool settings_valid(const std::vector<TopicSetting>& settings, const Model& m, const std::vector<const Plan*>& plans,
                    Output& out) {
    std::vector<std::string> topics;
    for (const Plan* p : plans) {
        if (const Enabler* e = m.rules.enabler(p->enabler.value))
            for (const Module& mod : e->modules)
                for (const Topic& t : mod.topics)
                    if (std::find(topics.begin(), topics.end(), t.code.value) == topics.end())
                        topics.push_back(t.code.value);
    }
    for (const TopicSetting& s : settings) {
        if (std::find(topics.begin(), topics.end(), s.topic) == topics.end()) {
            std::string near;
            for (const auto& t : topics)
                if (lower(t) == lower(s.topic)) near = t;
            if (near.empty()) near = closest_match(s.topic, topics);
            usage(out, fmt::format("--set: no topic '{}' in the plan's enabler", s.topic),
                  near.empty() ? (topics.empty() ? std::string("the rules give no topics for this plan's enabler")
                                                 : fmt::format("topics: {}", fmt::join(topics, ", ")))
                               : fmt::format("did you mean '{}'?", near));
            return false;
        }
        if (s.value < m.rules.score_min || s.value > m.rules.score_max) {
            usage(out,
                  fmt::format("--set: the score of {} must be within {}–{}, not {}", s.topic,
                              format_number(m.rules.score_min), format_number(m.rules.score_max),
                              format_number(s.value)));
            return false;
        }
    }
    return true;
}

Output run_score(const Invocation& inv) {
    Output out;
    std::vector<TopicSetting> settings;
    if (auto set = inv.value("--set")) {
        auto parsed = parse_settings(*set, out);
        if (!parsed) return out;
        settings = std::move(*parsed);
    }
    auto sel = select_plans(inv, out, false);
    if (!sel) return out;
    for (const WorkspacePlans& w : sel->chosen)
        if (!settings_valid(settings, *w.model, w.plans, out)) return out.ending(exit_usage);
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            const Model& m = *w.model;
            auto views = std::make_shared<std::vector<ScoreView>>();
            for (const Plan* p : w.plans) views->push_back(score_view(m, *p, settings));
            return std::vector<FormatEntry>{
                {Format::md, always([views, &m, &o] { return render_score_md(*views, m, o); })},
                {Format::csv, always([views, &m, &o] { return render_score_csv(*views, m, o); })},
                {Format::tsv, always([views, &m, &o] { return render_score_csv(*views, m, o); })},
                {Format::json, always([views, &m] { return render_score_json(*views, m); })},
                {Format::xlsx, xlsx([views, &m, &o] { return score_workbook(*views, m, o); })},
                {Format::html, always([views, &m, &o] {
                     return render_workbook_html(score_workbook(*views, m, o), {}, {});
                 })}};
        },
        sel->format, out);
}

}  // namespace

CommandSpec score_command() {
    return with_filters({"score",
            "baseline scores by topic and year, computed vs reported aggregates, uplift per topic, what-if",
            {opt_plan(),
             {"--set", "", "TOPIC=VALUE,…",
              "what-if: replace topic scores of the latest baseline year, e.g. SCM.1.3=2,SCM.2.5=1.8 "
              "(one --set; separate entries with commas)",
              {}},
             format_option("score"),
             opt_lang(),
             opt_excel(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_score,
            true,
            {{"scmplan score", "baseline scores by topic and year, computed vs reported"},
             {"scmplan score --set SCM.1.3=2,SCM.2.5=1.8", "what-if: the uplift with two topic scores raised"}}});
}

}  // namespace scmplan::cli

// A new workspace for `scmplan init`: the embedded templates (templates/),
// their {{PLACEHOLDERS}}, and the files they become. Pure: no I/O; the command
// line writes the files.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan::cli {

/// What a new workspace is for.
struct InitSettings {
    std::string enabler;       ///< an enabler code of the rules, e.g. "SCM"
    std::string enabler_name;  ///< its Thai name, e.g. "การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า"
    int year = 0;              ///< the plan's year, Buddhist Era (2400–2700)
    /// The plan counts quarters from October (the Thai fiscal year: fiscal
    /// 2568 runs from 1 Oct 2567 to 30 Sep 2568); else the calendar year.
    bool fiscal = false;
};

/// One file of a new workspace. `path` is relative to the workspace's root,
/// with '/' between folders.
struct InitFile {
    std::string path;
    std::string content;
};

/// The plan id of a new workspace: the enabler code in lower case, each run of
/// other characters than a–z and 0–9 as one '-', then '-' and the year:
/// ("SCM", 2567) → "scm-2567", ("RM&IC", 2567) → "rm-ic-2567". It matches the
/// plan id pattern [a-z0-9][a-z0-9-]* whenever the code has a letter or digit.
std::string init_plan_id(std::string_view enabler, int year);

/// The values of the templates' placeholders: ENABLER, ENABLER_NAME, YEAR (BE),
/// YEAR_CE, YEAR_BEFORE (BE), PLAN_ID, QUARTERS (calendar or fiscal), START
/// and END (the plan's period, the calendar or fiscal year, as ISO dates),
/// Q1_END and Q3_END (the last days of its first and third quarters),
/// LAST_DONE (an example done date near its end), and
/// HOLIDAY_CE and HOLIDAY_LATE_CE: the CE years of the plan's January–September
/// and October–December holidays (the year before for a fiscal plan).
std::map<std::string, std::string> init_placeholders(const InitSettings& s);

struct Substituted {
    std::string text;
    std::vector<std::string> unknown;  ///< placeholders without a value, in order of appearance
};

/// Replaces each `{{NAME}}` (NAME: A–Z, 0–9 and _, at least one) by its value.
/// A placeholder without a value is kept as written and listed in `unknown`;
/// any other brace is text and kept.
Substituted substitute_placeholders(std::string_view text, const std::map<std::string, std::string>& values);

/// The files of a new workspace, in writing order: scmplan.yaml,
/// <plan-id>/plan.yaml, <plan-id>/activities/A01.yaml, <plan-id>/risks/R1.yaml
/// from the templates, then .scmplan/schemas/<kind>.schema.json, the schemas
/// that the modelines on the first line of each YAML file name: `schemas` holds
/// their texts in the order of format::kind_names() (the renderer's
/// schema_json), or is empty for none.
std::vector<InitFile> init_files(const InitSettings& s, std::span<const std::string> schemas);

struct YearParse {
    std::optional<int> year;  ///< set when the text is a year 2400–2700
    std::string error;        ///< otherwise what is wrong
    std::string hint;         ///< and, for a Common Era year, the Buddhist Era one
};

/// Reads a year of the Buddhist Era written in ASCII digits: 2400 to 2700, the
/// range the loader accepts for a plan's year.
YearParse parse_be_year(std::string_view text);

}  // namespace scmplan::cli

#include "workspace_init.hpp"

#include <fmt/format.h>

#include <charconv>

#include "scmplan/date.hpp"
#include "scmplan/format_spec.hpp"

namespace scmplan {

// Generated from templates/*.yaml by cmake/embed.cmake (CMakeLists.txt).
std::string_view embedded_template_workspace();
std::string_view embedded_template_plan();
std::string_view embedded_template_activity();
std::string_view embedded_template_risk();

}  // namespace scmplan

namespace scmplan::cli {

namespace {

bool is_name_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::string init_plan_id(std::string_view enabler, int year) {
    std::string id;
    for (char c : enabler) {
        char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
        if (keep) id += lower;
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    if (!id.empty() && id.back() != '-') id += '-';
    return id + std::to_string(year);
}

std::map<std::string, std::string> init_placeholders(const InitSettings& s) {
    const int ce = s.year - be_offset;
    // A fiscal year starts on 1 October of the calendar year before.
    const int first = s.fiscal ? ce - 1 : ce;
    return {
        {"ENABLER", s.enabler},
        {"ENABLER_NAME", s.enabler_name.empty() ? s.enabler : s.enabler_name},
        {"YEAR", std::to_string(s.year)},
        {"YEAR_CE", fmt::format("{:04}", ce)},
        {"YEAR_BEFORE", std::to_string(s.year - 1)},
        {"PLAN_ID", init_plan_id(s.enabler, s.year)},
        {"QUARTERS", s.fiscal ? "fiscal" : "calendar"},
        {"START", s.fiscal ? fmt::format("{:04}-10-01", first) : fmt::format("{:04}-01-01", ce)},
        {"END", s.fiscal ? fmt::format("{:04}-09-30", ce) : fmt::format("{:04}-12-31", ce)},
        {"Q1_END", s.fiscal ? fmt::format("{:04}-12-31", first) : fmt::format("{:04}-03-31", ce)},
        {"Q3_END", s.fiscal ? fmt::format("{:04}-06-30", ce) : fmt::format("{:04}-09-30", ce)},
        {"LAST_DONE", fmt::format("{:04}-{}", ce, s.fiscal ? "09-20" : "12-20")},
        {"HOLIDAY_CE", fmt::format("{:04}", ce)},
        {"HOLIDAY_LATE_CE", fmt::format("{:04}", first)},
    };
}

Substituted substitute_placeholders(std::string_view text, const std::map<std::string, std::string>& values) {
    Substituted out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = text.find("{{", i);
        if (open == std::string_view::npos) break;
        std::size_t end = open + 2;
        while (end < text.size() && is_name_char(text[end])) ++end;
        bool placeholder = end > open + 2 && text.substr(end, 2) == "}}";
        out.text.append(text.substr(i, open - i));
        if (!placeholder) {  // "{{" that opens no placeholder: text
            out.text += text[open];
            i = open + 1;
            continue;
        }
        std::string name(text.substr(open + 2, end - open - 2));
        if (auto it = values.find(name); it != values.end()) {
            out.text += it->second;
        } else {
            out.text.append(text.substr(open, end + 2 - open));
            out.unknown.push_back(name);
        }
        i = end + 2;
    }
    if (i < text.size()) out.text.append(text.substr(i));
    return out;
}

std::vector<InitFile> init_files(const InitSettings& s, std::span<const std::string> schemas) {
    const auto values = init_placeholders(s);
    const std::string& id = values.at("PLAN_ID");
    std::vector<InitFile> files = {
        {"scmplan.yaml", substitute_placeholders(embedded_template_workspace(), values).text},
        {id + "/plan.yaml", substitute_placeholders(embedded_template_plan(), values).text},
        {id + "/activities/A01.yaml", substitute_placeholders(embedded_template_activity(), values).text},
        {id + "/risks/R1.yaml", substitute_placeholders(embedded_template_risk(), values).text},
    };
    for (std::size_t i = 0; i < schemas.size() && i < format::kind_names().size(); ++i)
        files.push_back({fmt::format(".scmplan/schemas/{}.schema.json", format::kind_names()[i]), schemas[i]});
    return files;
}

YearParse parse_be_year(std::string_view text) {
    YearParse p;
    int year = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || text[0] == '-') {
        p.error = fmt::format("'{}' is not a year", text);
        p.hint = "write the year of the Buddhist Era in digits, e.g. 2567";
        return p;
    }
    if (year < 2400) {
        p.error = fmt::format("{} is not a year of the Buddhist Era (2400–2700)", year);
        if (year + be_offset >= 2400 && year + be_offset <= 2700)
            p.hint = fmt::format("years are Buddhist Era: did you mean {}?", year + be_offset);
        return p;
    }
    if (year > 2700) {
        p.error = fmt::format("{} is out of range: the year is 2400 to 2700 (Buddhist Era)", year);
        return p;
    }
    p.year = year;
    return p;
}

}  // namespace scmplan::cli

// The closed sets of values the command line offers, typed: the output format
// (output_format.hpp has its table), --color and --charts. Each value is named
// once, in its table; the option's choices, its help and its completions come
// from the table, and commands receive the value decided before they run
// (Invocation), never the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan::cli {

/// The output formats (output_format.hpp: their table).
enum class Format { text, md, csv, tsv, json, github, mermaid, svg, xlsx, html, docx };

/// --color WHEN.
enum class ColorWhen { automatic, always, never };

/// report --embed --charts KIND: how the timeline and the heat map are shown.
enum class Charts {
    mermaid,   ///< Mermaid and a table, in the Markdown
    files,     ///< SVG pictures beside -o FILE
    data_uri,  ///< SVG pictures inside the Markdown
};

/// A value of a closed set: its name on the command line and what the help says
/// after it ("(default: on a terminal)"; "" for nothing).
template <class E>
struct Choice {
    E value;
    std::string_view name;
    std::string_view note;
};

/// The values of --color and --charts, in the order the help lists them (the
/// first is the default).
const std::vector<Choice<ColorWhen>>& color_choices();
const std::vector<Choice<Charts>>& charts_choices();

/// "a, b or c": a list in prose, as the help says it.
std::string prose_list(const std::vector<std::string>& items);
/// "name (note)".
std::string fmt_choice(std::string_view name, std::string_view note);

/// The names of a table's values, and its help: each name with its note.
template <class E>
std::vector<std::string> choice_names(const std::vector<Choice<E>>& table) {
    std::vector<std::string> names;
    for (const auto& c : table) names.emplace_back(c.name);
    return names;
}
template <class E>
std::string choice_help(const std::vector<Choice<E>>& table) {
    std::vector<std::string> items;
    for (const auto& c : table) items.push_back(c.note.empty() ? std::string(c.name) : fmt_choice(c.name, c.note));
    return prose_list(items);
}
/// The value named `name` in `table`; nullopt for another name.
template <class E>
std::optional<E> choice_named(const std::vector<Choice<E>>& table, std::string_view name) {
    for (const auto& c : table)
        if (c.name == name) return c.value;
    return std::nullopt;
}

}  // namespace scmplan::cli

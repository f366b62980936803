#include "choices.hpp"

namespace scmplan::cli {

const std::vector<Choice<ColorWhen>>& color_choices() {
    static const std::vector<Choice<ColorWhen>> table{
        {ColorWhen::automatic, "auto", "default: on a terminal"},
        {ColorWhen::always, "always", ""},
        {ColorWhen::never, "never", ""},
    };
    return table;
}

const std::vector<Choice<Charts>>& charts_choices() {
    static const std::vector<Choice<Charts>> table{
        {Charts::mermaid, "mermaid", "default; and the heat map as a table"},
        {Charts::files, "files", "SVG pictures beside -o FILE"},
        {Charts::data_uri, "data-uri", "SVG pictures inside the Markdown"},
    };
    return table;
}

std::string prose_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
        out += items[i];
    }
    return out;
}

std::string fmt_choice(std::string_view name, std::string_view note) {
    return std::string(name) + " (" + std::string(note) + ")";
}

}  // namespace scmplan::cli

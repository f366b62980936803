#include "output_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace scmplan::cli {

namespace {

// Extension → format. Two extensions may name one format (.htm, .html); the
// first one listed for a format is the one suggested in messages.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> extensions{{
    {".docx", "docx"},
    {".xlsx", "xlsx"},
    {".html", "html"},
    {".htm", "html"},
    {".md", "md"},
    {".csv", "csv"},
    {".tsv", "tsv"},
    {".json", "json"},
    {".svg", "svg"},
    {".mmd", "mermaid"},
}};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

const OptionSpec* format_option(const CommandSpec& spec) {
    for (const auto& o : spec.options)
        if (o.name == "--format") return &o;
    return nullptr;
}

/// The first extension of a format (".md", ".mmd"), or "" (text, github).
std::string extension_of(std::string_view format) {
    for (const auto& [e, f] : extensions)
        if (f == format) return std::string(e);
    return "";
}

}  // namespace

std::string format_of_extension(std::string_view path) {
    auto slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return "";  // no extension, or a hidden file's name
    std::string ext = lower_ascii(name.substr(dot));
    for (const auto& [e, f] : extensions)
        if (e == ext) return std::string(f);
    return "";
}

bool is_binary_format(std::string_view format) { return format == "docx" || format == "xlsx"; }

std::string settle_output_format(const CommandSpec& spec, Invocation& inv, std::string& hint) {
    const OptionSpec* opt = format_option(spec);
    if (!opt) return "";
    auto file = inv.declares("--output") ? inv.value("--output") : std::nullopt;
    auto given = inv.value("--format");
    if (file) {
        std::string wanted = format_of_extension(*file);
        const bool writable = std::find(opt->choices.begin(), opt->choices.end(), wanted) != opt->choices.end();
        if (!wanted.empty() && given && *given != wanted) {
            std::string ext = extension_of(*given);
            std::string rename = ext.empty() ? "" : fmt::format("name the file …{}", ext);
            hint = writable ? fmt::format("{}{}drop --format to write {}", rename, rename.empty() ? "" : ", or ", wanted)
                            : fmt::format("{}{}{} writes {}", rename, rename.empty() ? "" : "; ", spec.name,
                                          fmt::join(opt->choices, ", "));
            return fmt::format("-o {} asks for {}, but --format says {}", *file, wanted, *given);
        }
        if (!wanted.empty() && !given) {
            if (!writable) {
                hint = fmt::format("{} writes {}", spec.name, fmt::join(opt->choices, ", "));
                return fmt::format("{} cannot write {} (asked for by -o {})", spec.name, wanted, *file);
            }
            inv.values["--format"] = wanted;
        }
        return "";
    }
    if (given && is_binary_format(*given) && inv.env.stdout_is_tty) {
        hint = fmt::format("write it to a file: -o FILE.{}, or redirect standard output", *given);
        return fmt::format("{} is a binary format and standard output is a terminal", *given);
    }
    return "";
}

}  // namespace scmplan::cli

#include "output_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace scmplan::cli {

const std::vector<FormatInfo>& format_table() {
    // The order is the order of every command's list (check: text, json, github;
    // gantt: mermaid, svg; report: md … docx), the first a command offers its default.
    static const std::vector<FormatInfo> table{
        {Format::text, "text", {}, false, false, {"check"}},
        {Format::md, "md", {".md"}, false, true, {"plan", "report", "summary", "risk", "gaps", "score", "evidence"}},
        {Format::csv, "csv", {".csv"}, false, true, {"report", "summary", "risk", "gaps", "score", "evidence"}},
        {Format::tsv, "tsv", {".tsv"}, false, true, {"report", "summary", "risk", "gaps", "score", "evidence"}},
        {Format::json, "json", {".json"}, false, true,
         {"check", "report", "summary", "risk", "gaps", "score", "evidence"}},
        {Format::github, "github", {}, false, false, {"check"}},
        {Format::mermaid, "mermaid", {".mmd"}, false, false, {"gantt"}},
        {Format::svg, "svg", {".svg"}, false, false, {"summary", "gantt", "risk"}},
        {Format::xlsx, "xlsx", {".xlsx"}, true, false, {"report", "risk", "gaps", "score", "form"}},
        {Format::html, "html", {".html", ".htm"}, false, false, {"plan", "report", "risk", "gaps", "score"}},
        {Format::docx, "docx", {".docx"}, true, false, {"plan", "report"}},
    };
    return table;
}

const FormatInfo& format_info(Format f) {
    for (const FormatInfo& i : format_table())
        if (i.format == f) return i;
    throw std::logic_error("a format without an entry in the format table");
}

std::string_view format_name(Format f) { return format_info(f).name; }

std::optional<Format> format_named(std::string_view name) {
    for (const FormatInfo& i : format_table())
        if (i.name == name) return i.format;
    return std::nullopt;
}

std::vector<Format> formats_of(std::string_view command) {
    std::vector<Format> out;
    for (const FormatInfo& i : format_table())
        if (std::find(i.commands.begin(), i.commands.end(), command) != i.commands.end()) out.push_back(i.format);
    return out;
}

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The names of formats, in order.
std::vector<std::string> names_of(const std::vector<Format>& formats) {
    std::vector<std::string> out;
    for (Format f : formats) out.emplace_back(format_name(f));
    return out;
}

}  // namespace

std::optional<Format> format_of_extension(std::string_view path) {
    auto slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;  // no extension, or a hidden file's name
    std::string ext = lower_ascii(name.substr(dot));
    for (const FormatInfo& i : format_table())
        if (std::find(i.extensions.begin(), i.extensions.end(), ext) != i.extensions.end()) return i.format;
    return std::nullopt;
}

OptionSpec format_option(std::string_view command, std::string_view default_note,
                         const std::vector<std::pair<Format, std::string_view>>& notes) {
    std::vector<Format> formats = formats_of(command);
    std::vector<std::string> items;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        std::string item(format_name(formats[i]));
        std::string note = i == 0 ? "default" + std::string(default_note) : "";
        for (const auto& [f, text] : notes)
            if (f == formats[i]) note += (note.empty() ? "" : "; ") + std::string(text);
        items.push_back(note.empty() ? item : fmt_choice(item, note));
    }
    return {"--format", "", "FORMAT", prose_list(items), names_of(formats)};
}

std::string resolve_output_format(const CommandSpec& spec, Invocation& inv, std::string& hint) {
    if (!inv.declares("--format")) return "";
    const std::vector<Format> offered = formats_of(spec.name);
    if (offered.empty()) throw std::logic_error(fmt::format("{} has --format but no format in the table", spec.name));
    auto offers = [&](Format f) { return std::find(offered.begin(), offered.end(), f) != offered.end(); };
    const std::string writes = fmt::format("{} writes {}", spec.name, fmt::join(names_of(offered), ", "));

    // The parser checked --format against the choices; a name it let through
    // that the table does not know is the command's default.
    std::optional<Format> given;
    if (auto text = inv.value("--format")) given = format_named(*text);
    auto file = inv.declares("--output") ? inv.value("--output") : std::nullopt;
    std::optional<Format> wanted = file ? format_of_extension(*file) : std::nullopt;
    inv.format = given ? *given : offered.front();
    if (wanted && given && *given != *wanted) {
        const FormatInfo& g = format_info(*given);
        std::string rename = g.extensions.empty() ? "" : fmt::format("name the file …{}", g.extensions.front());
        hint = offers(*wanted) ? fmt::format("{}{}drop --format to write {}", rename, rename.empty() ? "" : ", or ",
                                             format_name(*wanted))
                               : fmt::format("{}{}{}", rename, rename.empty() ? "" : "; ", writes);
        return fmt::format("-o {} asks for {}, but --format says {}", *file, format_name(*wanted), g.name);
    }
    if (wanted && !given) {
        if (!offers(*wanted)) {
            hint = writes;
            return fmt::format("{} cannot write {} (asked for by -o {})", spec.name, format_name(*wanted), *file);
        }
        inv.format = *wanted;
    }
    if (!file && given && format_info(*given).binary && inv.env.stdout_is_tty) {
        hint = fmt::format("write it to a file: -o FILE.{}, or redirect standard output", format_name(*given));
        return fmt::format("{} is a binary format and standard output is a terminal", format_name(*given));
    }
    return "";
}

}  // namespace scmplan::cli

// Charts in Markdown as image references (report --embed --charts files|data-uri),
// for converters that cannot draw Mermaid: pandoc, word processors, most viewers.
#include <fmt/format.h>

#include "scmplan/render_annual.hpp"

namespace scmplan {

std::string svg_data_uri(std::string_view svg) {
    static constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out = "data:image/svg+xml;base64,";
    out.reserve(out.size() + (svg.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < svg.size(); i += 3) {
        unsigned n = static_cast<unsigned char>(svg[i]) << 16 | static_cast<unsigned char>(svg[i + 1]) << 8 |
                     static_cast<unsigned char>(svg[i + 2]);
        out += {digits[n >> 18 & 63], digits[n >> 12 & 63], digits[n >> 6 & 63], digits[n & 63]};
    }
    if (std::size_t rest = svg.size() - i; rest > 0) {
        unsigned n = static_cast<unsigned char>(svg[i]) << 16;
        if (rest == 2) n |= static_cast<unsigned char>(svg[i + 1]) << 8;
        out += digits[n >> 18 & 63];
        out += digits[n >> 12 & 63];
        out += rest == 2 ? digits[n >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

namespace {

/// Alt text: brackets and backslashes escaped, so the text cannot end the reference.
std::string alt_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '[' || c == ']' || c == '\\') out += '\\';
        if (c == '\n' || c == '\r') c = ' ';
        out += c;
    }
    return out;
}

/// A link target: in <…> when it holds spaces, parentheses or angle brackets
/// (CommonMark), those brackets escaped.
std::string link_target(std::string_view s) {
    if (s.find_first_of(" ()<>") == std::string_view::npos) return std::string(s);
    std::string out = "<";
    for (char c : s) {
        if (c == '<' || c == '>') out += '\\';
        out += c;
    }
    return out + ">";
}

}  // namespace

std::string render_report_embed_images(const std::vector<MdImage>& images) {
    std::string out;
    for (const MdImage& i : images)
        out += fmt::format("## {0}\n\n![{0}]({1})\n\n", alt_text(i.caption), link_target(i.target));
    return out;
}

}  // namespace scmplan

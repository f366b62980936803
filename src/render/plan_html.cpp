// The action plan document as one HTML page (render_plan.hpp), in the frame
// and style sheet of every HTML document (html_document.cpp).
#include <fmt/format.h>

#include <numeric>

#include "plan_blocks.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_plan.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

namespace {

using plan_doc::Block;
using Kind = Block::Kind;

// The plan's own rules, after the common style sheet: a centred title block,
// the timeline's shaded months, the approval block without borders.
constexpr const char* plan_style = R"(
header.plan { text-align: center; margin-bottom: 1.2em; }
header.plan h1 { font-size: 1.4em; }
header.plan p { margin: .1em 0; }
td.month { background: #8fa8c8; }
td.c, th.c { text-align: center; }
table.timeline { font-size: .7em; }
table.timeline th.c { white-space: nowrap; }
table.signatures, table.signatures td, table.signatures th { border: none; text-align: center; }
table.signatures thead th { background: none; }
td p, th p { margin: 0; }
)";

std::string lines_html(const std::vector<std::string>& lines) {
    if (lines.size() == 1) return html_text(lines.front());
    std::string out;
    for (const std::string& l : lines) out += "<p>" + html_text(l) + "</p>";
    return out;
}

std::string cell_html(const plan_doc::Cell& c, const char* tag) {
    std::string cls;
    if (c.shaded) cls += " month";
    if (c.center) cls += " c";
    std::string attrs = cls.empty() ? "" : fmt::format(" class=\"{}\"", cls.substr(1));
    if (c.span > 1) attrs += fmt::format(" colspan=\"{}\"", c.span);
    std::string text = lines_html(c.lines);
    if (c.bold && std::string_view(tag) == "td") text = "<strong>" + text + "</strong>";
    return fmt::format("<{0}{1}>{2}</{0}>", tag, attrs, text);
}

std::string table_html(const plan_doc::Table& t) {
    std::string cls = t.borderless ? " class=\"signatures\"" : t.columns.size() > 10 ? " class=\"timeline\"" : "";
    std::string out = fmt::format("<table{}>\n", cls);
    if (!t.shares.empty()) {
        const int total = std::accumulate(t.shares.begin(), t.shares.end(), 0);
        out += "<colgroup>";
        for (int share : t.shares) out += fmt::format("<col style=\"width: {:.1f}%\">", 100.0 * share / total);
        out += "</colgroup>\n";
    }
    out += "<thead>\n";
    if (!t.group.empty()) {
        out += "<tr>";
        for (const plan_doc::Cell& g : t.group) out += cell_html(g, "th");
        out += "</tr>\n";
    }
    out += "<tr>";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        out += fmt::format("<th{}>{}</th>", i < t.wrap.size() && !t.wrap[i] ? " class=\"c\"" : "",
                           html_text(t.columns[i]));
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (const plan_doc::Cell& c : row) out += cell_html(c, "td");
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

void render_one(std::string& out, const PlanDocument& d, const Model& m, const RenderOptions& o, std::size_t index) {
    out += "<article>\n";
    bool in_header = false;
    for (const Block& b : plan_doc::plan_blocks(d, m, o.lang)) {
        if (in_header && b.kind != Kind::line) {
            out += "</header>\n";
            in_header = false;
        }
        switch (b.kind) {
            case Kind::title:
                out += fmt::format("<header class=\"plan\">\n<h1>{}</h1>\n", html_text(b.text));
                in_header = true;
                break;
            case Kind::line: out += fmt::format("<p>{}</p>\n", html_text(b.text)); break;
            case Kind::heading: out += fmt::format("<h2>{}</h2>\n", html_text(b.text)); break;
            case Kind::subheading: out += fmt::format("<h3>{}</h3>\n", html_text(b.text)); break;
            case Kind::paragraph: out += fmt::format("<p>{}</p>\n", html_text(b.text)); break;
            case Kind::lead:
                out += fmt::format("<p><strong>{}</strong> : {}</p>\n", html_text(b.text), html_text(b.value));
                break;
            case Kind::numbered:
            case Kind::bullets: {
                const char* tag = b.kind == Kind::numbered ? "ol" : "ul";
                out += fmt::format("<{}>\n", tag);
                for (const std::string& item : b.items) out += fmt::format("<li>{}</li>\n", html_text(item));
                out += fmt::format("</{}>\n", tag);
                break;
            }
            case Kind::table: out += table_html(b.table); break;
            case Kind::risk_profile:
                out += fmt::format("<figure>{}</figure>\n",
                                   inline_svg(render_risk_svg(d.risk_profile, m, o), fmt::format("plan{}-", index + 1)));
                break;
        }
    }
    if (in_header) out += "</header>\n";
    out += "</article>\n";
}

}  // namespace

std::string render_plan_html(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o) {
    std::string body;
    for (std::size_t i = 0; i < docs.size(); ++i) render_one(body, docs[i], m, o, i);
    std::string title = docs.size() == 1 ? docs.front().plan->title : label("plan.s12", o.lang);
    return html_document(o.lang, title, body, plan_style);
}

}  // namespace scmplan

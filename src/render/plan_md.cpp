// The action plan document as GitHub-flavoured Markdown (render_plan.hpp).
#include <fmt/format.h>

#include "md_table.hpp"
#include "plan_blocks.hpp"
#include "scmplan/render_plan.hpp"
#include "scmplan/render_views.hpp"

namespace scmplan {

namespace {

using plan_doc::Block;
using Kind = Block::Kind;

/// Text of a paragraph or list item: a cell's escaping, and a line that would
/// start a heading, a list, a quote or a rule made plain.
std::string md_text(std::string_view s) {
    std::string out = md_cell(s);
    std::size_t digits = out.find_first_not_of("0123456789");
    bool ordered = digits != std::string::npos && digits > 0 && (out[digits] == '.' || out[digits] == ')') &&
                   (digits + 1 == out.size() || out[digits + 1] == ' ');
    if (ordered) out.insert(digits, "\\");
    else if (!out.empty() && std::string_view("#-+*>=_~`").find(out.front()) != std::string_view::npos)
        out.insert(0, "\\");
    return out;
}

std::string cell_text(const plan_doc::Cell& c) {
    std::string joined;
    for (std::size_t i = 0; i < c.lines.size(); ++i) joined += (i ? "\n" : "") + c.lines[i];
    std::string text = md_cell(joined);
    return c.bold && !text.empty() ? "**" + text + "**" : text;
}

std::string table_md(const plan_doc::Table& t) {
    std::vector<std::string> names = t.columns;
    std::size_t col = 0;
    for (const plan_doc::Cell& g : t.group)
        for (int k = 0; k < g.span && col < names.size(); ++k, ++col)
            names[col] = (g.lines.empty() ? "" : g.lines.front() + ": ") + names[col];
    std::vector<MdTable::Column> cols;
    for (const std::string& n : names) cols.push_back({md_cell(n), MdTable::Align::left});
    MdTable md(std::move(cols));
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const plan_doc::Cell& c : row) {
            cells.push_back(cell_text(c));
            for (int k = 1; k < c.span; ++k) cells.emplace_back();
        }
        md.row(std::move(cells));
    }
    return md.str();
}

void render_one(std::string& out, const PlanDocument& d, const Model& m, Lang lang) {
    for (const Block& b : plan_doc::plan_blocks(d, m, lang)) {
        switch (b.kind) {
            case Kind::title: out += fmt::format("# {}\n\n", md_cell(b.text)); break;
            case Kind::line: out += fmt::format("**{}**\n\n", md_cell(b.text)); break;
            case Kind::heading: out += fmt::format("## {}\n\n", md_cell(b.text)); break;
            case Kind::subheading: out += fmt::format("### {}\n\n", md_cell(b.text)); break;
            case Kind::paragraph: out += md_text(b.text) + "\n\n"; break;
            case Kind::lead: out += fmt::format("**{}** : {}\n\n", md_cell(b.text), md_cell(b.value)); break;
            case Kind::numbered:
                for (std::size_t i = 0; i < b.items.size(); ++i)
                    out += fmt::format("{}. {}\n", i + 1, md_text(b.items[i]));
                out += "\n";
                break;
            case Kind::bullets:
                for (const std::string& item : b.items) out += fmt::format("- {}\n", md_text(item));
                out += "\n";
                break;
            case Kind::table: out += table_md(b.table) + "\n"; break;
            case Kind::risk_profile: out += heat_map_md(d.risk_profile.map, lang) + "\n"; break;
        }
    }
}

}  // namespace

std::string render_plan_md(const std::vector<PlanDocument>& docs, const Model& m, const RenderOptions& o) {
    std::string out;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (i) out += "\n---\n\n";
        render_one(out, docs[i], m, o.lang);
    }
    return out;
}

}  // namespace scmplan

// GAP items × activities traceability: Markdown, CSV, JSON.
#include <fmt/format.h>

#include "scmplan/json_writer.hpp"
#include "json_parts.hpp"
#include "scmplan/render_views.hpp"
#include "md_table.hpp"

namespace scmplan {

namespace {

std::string status_label(const GapTrace& t, Lang lang) {
    if (t.gap->status.value == GapStatus::closed && !t.closed_by_as_of) return label("views.gaps.closed_later", lang);
    return gap_status_label(t.gap->status.value, lang);
}

std::string kpi_met(const KpiResult& k, Lang lang) {
    return k.met ? "✅ " + label("yes", lang) : "⬜ " + label("no", lang);
}

void kpi_md(std::string& out, const GapsView& v, Lang lang) {
    out += fmt::format("## {}\n\n", label("views.gaps.kpi", lang));
    out += label_with("gaps.closed", lang, gaps_closed_count(static_cast<std::size_t>(v.closed), v.taken_up, v.total, lang)) +
           "\n\n";
    if (v.kpis.empty()) {
        out += label("views.gaps.kpi.none", lang) + "\n\n";
        return;
    }
    using Align = MdTable::Align;
    MdTable t({{"", Align::left}, {label("kpi", lang), Align::left}, {label("criterion", lang), Align::left},
               {label("result", lang), Align::right}, {label("met", lang), Align::left}});
    for (const KpiResult& k : v.kpis)
        t.row({md_cell(k.kpi->id.value), md_cell(k.kpi->text),
               fmt::format("{} {}", op_symbol(k.kpi->op), format_number(k.kpi->value.value)),
               k.value ? format_number(*k.value) : "–", kpi_met(k, lang)});
    out += t.str() + "\n";
}

void table_md(std::string& out, const GapsView& v, Lang lang) {
    out += fmt::format("## {}\n\n", label("views.gaps.table", lang));
    if (v.gaps.empty()) {
        out += label("views.gaps.no_gaps", lang) + "\n\n";
        return;
    }
    using Align = MdTable::Align;
    MdTable table({{"", Align::left}, {label("views.gaps.topic", lang), Align::left}, {label("status", lang), Align::left},
                   {label("views.gaps.closed_on", lang), Align::left}, {label("views.gaps.text", lang), Align::left},
                   {label("views.gaps.activities", lang), Align::left},
                   {label("views.gaps.completion", lang), Align::right}});
    bool uncounted = false;
    for (const GapTrace& t : v.gaps) {
        const Gap& g = *t.gap;
        std::string acts;
        for (const GapActivity& ga : t.activities) {
            bool counts = ga.activity->counts;
            uncounted = uncounted || !counts;
            acts += fmt::format("{}{}{} ({}%)", acts.empty() ? "" : "<br>", md_cell(ga.activity->id.value),
                                counts ? "" : "†", format_pct(ga.completion));
        }
        std::string status = status_label(t, lang);
        if (t.uncovered) status = "⚠️ " + status;
        table.row({md_cell(g.id.value), g.topic ? md_cell(g.topic->value) : "–", status,
                   g.closed ? format_date(g.closed->value, lang) : "–", md_cell(g.text), acts.empty() ? "–" : acts,
                   t.completion ? format_pct(*t.completion) + "%" : "–"});
    }
    out += table.str() + "\n";
    if (uncounted) out += fmt::format("† {}\n\n", label("counts.no", lang));
}

void uncovered_md(std::string& out, const GapsView& v, Lang lang) {
    out += fmt::format("## {}\n\n", label("views.gaps.uncovered", lang));
    bool any = false;
    for (const GapTrace& t : v.gaps)
        if (t.uncovered) {
            out += fmt::format("- {}{}: {}\n", md_cell(t.gap->id.value),
                               t.gap->topic ? " (" + md_cell(t.gap->topic->value) + ")" : "", md_cell(t.gap->text));
            any = true;
        }
    if (!any) out += fmt::format("- {}\n", label("none", lang));
    out += fmt::format("\n## {}\n\n", label("views.gaps.without_gap", lang));
    for (const Activity* a : v.without_gap) out += fmt::format("- {}: {}\n", md_cell(a->id.value), md_cell(a->title));
    if (v.without_gap.empty()) out += fmt::format("- {}\n", label("none", lang));
    out += "\n";
}

}  // namespace

std::string render_gaps_md(const std::vector<GapsView>& views, const RenderOptions& o) {
    Lang lang = o.lang;
    std::string out;
    for (std::size_t k = 0; k < views.size(); ++k) {
        const GapsView& v = views[k];
        if (k) out += "\n---\n\n";
        out += fmt::format("# {} — {} {}\n\n", label("views.gaps.title", lang), label("as_of", lang),
                           format_date(v.as_of, lang));
        out += fmt::format("**{}** ({})\n\n", md_cell(v.plan->title), md_cell(v.plan->id.value));
        kpi_md(out, v, lang);
        table_md(out, v, lang);
        uncovered_md(out, v, lang);
        out += fmt::format("_{}_\n", label("generated", lang));
    }
    return out;
}

std::string render_gaps_csv(const std::vector<GapsView>& views, const RenderOptions& o) {
    std::string out = table_header("plan,as_of,gap,topic,status,closed,closed_by_as_of,uncovered,activities,activities_pct,"
                                   "completion_pct,text," + plan_id_columns(), o);
    auto f = [&](std::string_view s) { return table_cell(s, o); };
    for (const GapsView& v : views)
        for (const GapTrace& t : v.gaps) {
            const Gap& g = *t.gap;
            std::string acts, pcts;
            for (const GapActivity& ga : t.activities) {
                acts += (acts.empty() ? "" : ";") + ga.activity->id.value;
                pcts += (pcts.empty() ? "" : ";") + format_pct(ga.completion);
            }
            std::vector<std::string> cells = {
                f(v.plan->id.value),
                format_iso(v.as_of),
                f(g.id.value),
                g.topic ? f(g.topic->value) : "",
                gap_status_text(g.status.value),
                g.closed ? format_iso(g.closed->value) : "",
                t.closed_by_as_of ? "true" : "false",
                t.uncovered ? "true" : "false",
                f(acts),
                pcts,
                t.completion ? format_pct(*t.completion) : "",
                f(g.text),
            };
            append_plan_id(cells, *v.plan, o);
            out += table_row(cells, o);
        }
    return out;
}

std::string render_gaps_json(const std::vector<GapsView>& views) {
    JsonWriter w;
    w.begin_array();
    for (const GapsView& v : views) {
        w.begin_object();
        w.field("plan", v.plan->id.value);
        json_plan_id_fields(w, *v.plan);
        w.field("as_of", format_iso(v.as_of));
        w.field("total", v.total);
        w.field("closed", v.closed);
        w.key("kpis");
        w.begin_array();
        for (const KpiResult& k : v.kpis) {
            w.begin_object();
            w.field("id", k.kpi->id.value);
            w.field("op", op_text(k.kpi->op));
            w.key("target");
            w.number(k.kpi->value.value);
            w.key("value");
            if (k.value) w.number(*k.value);
            else w.null();
            w.field("met", k.met);
            w.end_object();
        }
        w.end_array();
        w.key("gaps");
        w.begin_array();
        for (const GapTrace& t : v.gaps) {
            const Gap& g = *t.gap;
            w.begin_object();
            w.field("id", g.id.value);
            w.key("topic");
            if (g.topic) w.value(g.topic->value);
            else w.null();
            w.field("status", gap_status_text(g.status.value));
            w.key("closed");
            if (g.closed) w.value(format_iso(g.closed->value));
            else w.null();
            w.field("closed_by_as_of", t.closed_by_as_of);
            w.field("text", g.text);
            w.key("activities");
            w.begin_array();
            for (const GapActivity& ga : t.activities) {
                w.begin_object();
                w.field("id", ga.activity->id.value);
                w.field("counts", ga.activity->counts);
                w.key("completion");
                w.number(ga.completion, 1);
                w.end_object();
            }
            w.end_array();
            w.key("completion");
            if (t.completion) w.number(*t.completion, 1);
            else w.null();
            w.field("uncovered", t.uncovered);
            w.end_object();
        }
        w.end_array();
        w.key("uncovered");
        w.begin_array();
        for (const GapTrace& t : v.gaps)
            if (t.uncovered) w.value(t.gap->id.value);
        w.end_array();
        w.key("activities_without_gap");
        w.begin_array();
        for (const Activity* a : v.without_gap) w.value(a->id.value);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    return w.str();
}

}  // namespace scmplan

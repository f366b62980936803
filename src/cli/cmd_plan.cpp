// scmplan plan: the action plan itself, as the published plan lays it out
// (docs/plan-document.md), in Markdown, HTML or Word.
#include "commands.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "scmplan/docx.hpp"
#include "scmplan/plan_document.hpp"
#include "scmplan/render_plan.hpp"

namespace scmplan::cli {

namespace {

Output run_plan(const Invocation& inv) {
    Output out;
    auto sel = select_plans(inv, out, false);
    if (!sel) return out;
    const RenderOptions& o = sel->render;
    return render_each(
        sel->chosen,
        [&](const WorkspacePlans& w) {
            const Model& m = *w.model;
            auto docs = std::make_shared<std::vector<PlanDocument>>();
            for (const Plan* p : w.plans) docs->push_back(plan_document(m, *p));
            return std::vector<FormatEntry>{
                {Format::md, always([docs, &m, &o] { return render_plan_md(*docs, m, o); })},
                {Format::html, always([docs, &m, &o] { return render_plan_html(*docs, m, o); })},
                {Format::docx, [docs, &m, &o](std::string& error) -> std::optional<std::string> {
                     std::optional<std::string> bytes = docx_file(render_plan_docx(*docs, m, o), error);
                     if (!bytes) error = "cannot make the docx file: " + error;
                     return bytes;
                 }},
            };
        },
        sel->format, out);
}

}  // namespace

CommandSpec plan_command() {
    return with_filters({"plan",
            "the action plan itself: sections 1-13 as published, scores, GAP items, steps, timeline, risks, signatures",
            {opt_plan(),
             format_option("plan"),
             opt_lang(),
             opt_output(),
             opt_color(),
             opt_quiet()},
            run_plan,
            true,
            {{"scmplan plan -o plan.docx", "the action plan as a Word document, ready to sign"},
             {"scmplan plan --lang en --format html -o plan.html", "in English, as a web page"}}});
}

}  // namespace scmplan::cli

// The report's pictures read at print size (docs/pictures.md): every <text> of
// every picture of the Word report is at least 9 pt where the document places
// it; titles are wrapped, not cut; groups show their names; no plan id.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <pugixml.hpp>

#include <cmath>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "scmplan/load.hpp"
#include "scmplan/render_charts.hpp"
#include "scmplan/render_docx.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/render_html.hpp"
#include "scmplan/render_views.hpp"
#include "scmplan/timeline.hpp"
#include "support.hpp"

using namespace scmplan;

namespace {

const Model& plans_model() {
    static LoadResult r = load_paths({std::string(SCMPLAN_SOURCE_DIR) + "/plans"}, disk());
    return r.model;
}

/// A length in user units: "13", "13px", "9.75pt" (CSS: 1pt = 4/3 px).
double css_length(std::string_view v) {
    const std::string s(v);
    char* end = nullptr;
    double x = std::strtod(s.c_str(), &end);
    std::string unit = end ? std::string(end) : "";
    if (unit.starts_with("pt")) return x * 4.0 / 3.0;
    return x;
}

/// The font size an element states: its font-size attribute, or font-size in its style.
std::optional<double> own_font_size(const pugi::xml_node& n) {
    static const std::regex in_style("font-size\\s*:\\s*([0-9.]+(px|pt)?)");
    std::smatch m;
    std::string style = n.attribute("style").value();
    if (std::regex_search(style, m, in_style)) return css_length(m[1].str());
    if (auto a = n.attribute("font-size")) return css_length(a.value());
    return std::nullopt;
}

/// How much a transform attribute scales text (rotate and translate do not).
double transform_scale(std::string_view t) {
    static const std::regex scale("scale\\(\\s*([-0-9.]+)(?:[ ,]+([-0-9.]+))?\\s*\\)");
    static const std::regex matrix("matrix\\(\\s*([-0-9.]+)[ ,]+([-0-9.]+)[ ,]+([-0-9.]+)[ ,]+([-0-9.]+)");
    const std::string s(t);
    std::smatch m;
    double k = 1;
    if (std::regex_search(s, m, scale)) {
        double a = std::abs(std::stod(m[1].str()));
        double b = m[2].matched ? std::abs(std::stod(m[2].str())) : a;
        k *= std::min(a, b);
    }
    if (std::regex_search(s, m, matrix)) {
        double a = std::stod(m[1].str()), b = std::stod(m[2].str()), c = std::stod(m[3].str()),
               d = std::stod(m[4].str());
        k *= std::min(std::hypot(a, b), std::hypot(c, d));
    }
    return k;
}

struct PrintedText {
    std::string text;
    double pt = 0;  ///< its font size on paper
};

/// Every <text> of an SVG placed `placed_width_pt` wide, with its font size on
/// paper: the size it inherits or states (CSS default 16 px), times the scales
/// of its and its ancestors' transforms, times the placed width over the
/// viewBox's width (the width attribute when there is no viewBox).
std::vector<PrintedText> printed_texts(const std::string& svg, double placed_width_pt) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(svg.c_str()));
    pugi::xml_node root = doc.child("svg");
    REQUIRE(root);
    double view_w = 0;
    if (auto vb = root.attribute("viewBox")) {
        double x, y, w, h;
        REQUIRE(std::sscanf(vb.value(), "%lf %lf %lf %lf", &x, &y, &w, &h) == 4);
        view_w = w;
    } else {
        view_w = css_length(root.attribute("width").value());
    }
    REQUIRE(view_w > 0);
    const double pt_per_unit = placed_width_pt / view_w;
    std::vector<PrintedText> out;
    for (const pugi::xpath_node& x : doc.select_nodes("//*[local-name()='text']")) {
        pugi::xml_node n = x.node();
        double size = 16, scale = 1;
        bool found = false;
        for (pugi::xml_node a = n; a && a.type() == pugi::node_element; a = a.parent()) {
            if (!found)
                if (auto s = own_font_size(a)) {
                    size = *s;
                    found = true;
                }
            scale *= transform_scale(a.attribute("transform").value());
        }
        out.push_back({n.child_value(), size * scale * pt_per_unit});
    }
    return out;
}

/// The Word report of plans/ for quarter 2: its pictures and, for each, the
/// width (pt) the document gives it.
struct PlacedPictures {
    std::vector<Picture> pictures;
    std::vector<double> width_pt;
};

PlacedPictures word_report(Lang lang) {
    const Model& m = plans_model();
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    std::vector<PlanReport> reports = build_reports(m, req);
    REQUIRE(reports.size() == 1);
    RenderOptions o;
    o.lang = lang;
    DocxDocument doc = render_report_docx(reports, report_chart_data(m, reports), m, o);
    std::string document;
    for (const ZipEntry& part : doc.parts)
        if (part.name == "word/document.xml") document = part.data;
    PlacedPictures out;
    static const std::regex extent("<wp:extent cx=\"([0-9]+)\"");
    for (auto it = std::sregex_iterator(document.begin(), document.end(), extent); it != std::sregex_iterator(); ++it)
        out.width_pt.push_back(std::stod((*it)[1].str()) / 12700.0);  // EMU
    for (const DocxPicture& p : doc.pictures) out.pictures.push_back(p.picture);
    REQUIRE(out.width_pt.size() == out.pictures.size());
    return out;
}

std::string all_text(const std::vector<PrintedText>& texts) {
    std::string out;
    for (const auto& t : texts) out += t.text;
    return out;
}

std::string without_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

}  // namespace

TEST_CASE("printed_texts: sizes inherited, stated in a style, scaled by a transform and by the placement") {
    const std::string svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 400 200\" font-size=\"12\">"
        "<text>a</text><text style=\"font-size: 20px\">b</text><g transform=\"scale(0.5)\"><text font-size=\"18\">c</text></g>"
        "<text font-size=\"9pt\" transform=\"rotate(-90 5 5)\">d</text></svg>";
    auto t = printed_texts(svg, 200);  // 400 units on 200 pt: 0.5 pt a unit
    REQUIRE(t.size() == 4);
    CHECK(t[0].pt == doctest::Approx(6));
    CHECK(t[1].pt == doctest::Approx(10));
    CHECK(t[2].pt == doctest::Approx(4.5));
    CHECK(t[3].pt == doctest::Approx(6));  // 9 pt = 12 units
}

TEST_CASE("report docx of plans/: every text of every picture is at least 9 pt on the page") {
    for (Lang lang : {Lang::th, Lang::en}) {
        CAPTURE(lang == Lang::th ? "th" : "en");
        PlacedPictures placed = word_report(lang);
        // The timeline on landscape pages (one picture each), then the heat map.
        REQUIRE(placed.pictures.size() >= 2);
        for (std::size_t i = 0; i < placed.pictures.size(); ++i) {
            CAPTURE(i);
            auto texts = printed_texts(placed.pictures[i].svg, placed.width_pt[i]);
            REQUIRE(texts.size() > 10);
            for (const auto& t : texts) {
                CAPTURE(t.text);
                CHECK(t.pt >= 9.0);
            }
        }
        // The timeline's pages (all but the heat map) fit the landscape
        // picture box: each is placed at 100 % of its own size.
        for (std::size_t i = 0; i + 1 < placed.pictures.size(); ++i) {
            std::smatch w;
            REQUIRE(std::regex_search(placed.pictures[i].svg, w, std::regex("<svg[^>]* width=\"([0-9.]+)\"")));
            CHECK(placed.width_pt[i] == doctest::Approx(std::stod(w[1].str()) * 0.75).epsilon(0.001));
        }
    }
}

TEST_CASE("timeline pictures of plans/: titles wrapped whole, groups by their names, no plan id") {
    const Model& m = plans_model();
    const Plan& p = m.plans.at(0);
    Timeline t = build_timeline(m, p, Date::from_ymd(2023, 6, 30));
    std::vector<std::string> svgs{render_gantt_svg(t, {}), render_gantt_svg(t, {}, GanttLayout::print)};
    for (const Timeline& page : print_timeline_pages(t, {})) svgs.push_back(render_gantt_svg(page, {}, GanttLayout::print));
    REQUIRE(svgs.size() >= 3);
    std::string pages_text;  // the print pages' texts, together
    for (std::size_t i = 0; i < svgs.size(); ++i) {
        CAPTURE(i);
        auto texts = printed_texts(svgs[i], 100);
        std::string text = all_text(texts);
        CHECK(text.find("…") == std::string::npos);
        CHECK(svgs[i].find(p.id.value) == std::string::npos);
        for (const auto& x : texts) CHECK(x.text != "customer");
        if (i >= 2) pages_text += without_spaces(text);
        if (i < 2) {
            // Each whole picture shows every activity's whole title and every group's name.
            for (const Activity* a : m.activities_of(p.id.value)) CHECK(without_spaces(text).find(without_spaces(a->title)) != std::string::npos);
            for (const auto& [id, name] : p.groups) CHECK(text.find(name) != std::string::npos);
        }
    }
    // The pages together show every activity, each once.
    for (const Activity* a : m.activities_of(p.id.value)) {
        const std::string title = without_spaces(a->title);
        std::size_t at = pages_text.find(title);
        CHECK(at != std::string::npos);
        CHECK(pages_text.find(title, at + 1) == std::string::npos);
    }
}

TEST_CASE("heat map of plans/: no plan id; several plans are named by their titles") {
    const Model& m = plans_model();
    RiskRegister reg = risk_register(m, m.plans.at(0), Date::from_ymd(2023, 6, 30));
    std::string one = render_risk_svg(reg, m, {});
    CHECK(one.find(m.plans[0].id.value) == std::string::npos);
    Model two = m;
    two.plans.push_back(m.plans[0]);
    two.plans[1].id.value = "second-plan";
    two.plans[1].title = "แผนที่สอง";
    two.sorted = false;  // built by hand: linear lookups
    RiskRegister reg2 = risk_register(two, two.plans[1], Date::from_ymd(2023, 6, 30));
    std::string both = render_risk_svg(std::vector<RiskRegister>{reg, reg2}, two, {});
    CHECK(both.find("second-plan") == std::string::npos);
    CHECK(both.find(m.plans[0].id.value) == std::string::npos);
    CHECK(both.find(">แผนที่สอง</text>") != std::string::npos);
}

TEST_CASE("print_timeline_pages: 40 activities with long titles make pages that each fit the print box") {
    Model m = plans_model();
    const Activity base = m.activities.at(0);
    m.activities.clear();
    for (int i = 1; i <= 40; ++i) {
        Activity a = base;
        a.id.value = fmt::format("B{:02}", i);
        a.group = i <= 25 ? "approval" : "customer";
        std::string title;
        for (int w = 0; w < i % 7 + 1; ++w) title += "การพัฒนาผลิตภัณฑ์เพื่อสร้างมูลค่าเพิ่ม ";
        a.title = title;
        m.activities.push_back(a);
    }
    Timeline t = build_timeline(m, m.plans.at(0), Date::from_ymd(2023, 6, 30));
    auto pages = print_timeline_pages(t, {});
    CHECK(pages.size() > 4);
    std::size_t rows = 0;
    std::string last;
    for (const Timeline& page : pages) {
        std::string svg = render_gantt_svg(page, {}, GanttLayout::print);
        std::smatch h;
        REQUIRE(std::regex_search(svg, h, std::regex("<svg[^>]* height=\"([0-9.]+)\"")));
        CHECK(std::stod(h[1].str()) <= timeline_print_height_px());
        for (const auto& g : page.groups)
            for (const auto& row : g.rows) {
                CHECK(row.activity->id.value > last);  // in order, each once
                last = row.activity->id.value;
                ++rows;
            }
        for (const auto& x : printed_texts(svg, timeline_print_width_px() * 0.75)) CHECK(x.pt >= 9.0);
    }
    CHECK(rows == 40);
}

TEST_CASE("report html of plans/: the timeline prints as its print pages on landscape pages, the screen layout on a screen") {
    const Model& m = plans_model();
    ReportRequest req;
    req.date = ReportDate::of_quarter(2);
    std::vector<PlanReport> reports = build_reports(m, req);
    RenderOptions o;
    std::vector<ReportChartData> data = report_chart_data(m, reports);
    std::vector<ReportCharts> charts = render_report_charts(data, m, o);
    const std::size_t pages = print_timeline_pages(data.at(0).timeline, o).size();
    REQUIRE(pages >= 2);
    REQUIRE(charts.at(0).timeline_pages.size() == pages);
    std::string html = render_report_html(reports, m, o, charts);
    std::size_t prints = 0;
    for (std::size_t at = 0; (at = html.find("<figure class=\"print\">", at)) != std::string::npos; ++at) ++prints;
    CHECK(prints == pages);
    CHECK(html.find("<figure class=\"screen\">") != std::string::npos);
    CHECK(html.find("@page wide { size: A4 landscape; margin: 2cm 2cm 2cm 3cm; }") != std::string::npos);
    CHECK(html.find("figure.print { display: block; page: wide;") != std::string::npos);
    // A print page is as wide as the landscape page's text (29.7 - 3 - 2 cm, 935 px): at 100 % its
    // 13 px text is 9.75 pt.
    for (const Picture& p : charts[0].timeline_pages) {
        CHECK(timeline_print_width_px() <= (29.7 - 5) / 2.54 * 96);
        for (const auto& x : printed_texts(p.svg, timeline_print_width_px() * 0.75)) CHECK(x.pt >= 9.0);
    }
}

// The evidence view (src/compute/evidence.cpp), its renderers
// (src/render/evidence_view.cpp), the zip writer and the unified diff.
#include <doctest/doctest.h>

#include "scmplan/diff.hpp"
#include "scmplan/evidence.hpp"
#include "scmplan/render_evidence.hpp"
#include "scmplan/zip.hpp"
#include "support.hpp"

using namespace scmplan;
using namespace scmplan::test;

namespace {

LoadResult two_gaps() {
    std::string plan = plan_yaml("gaps:\n"
                                 "  - {id: G1, topic: SCM.1.1, text: ช่องว่างหนึ่ง, action: ทำ, status: planned}\n"
                                 "  - {id: G2, topic: SCM.2.1, text: ช่องว่างสอง, action: ทำ, status: planned}\n");
    std::string a1 = "scmplan: 1\nkind: activity\nplan: p1\nid: A1\ntitle: ก\nowners: [ส.ตต.]\n"
                     "period: {start: 2023-01-01, end: 2023-12-31}\ngaps: [G1]\nsteps:\n"
                     "  - {id: \"1\", title: ข, done: 2023-03-15, evidence: [evidence/a b.pdf, {url: \"https://x.org\", title: \"ประกาศ [1]\"}]}\n"
                     "  - {id: \"2\", title: ค, done: 2023-04-01}\n"
                     "  - {id: \"3\", title: ง}\n"
                     "reports:\n  - {quarter: 1, evidence: [evidence/q1.pdf]}\n";
    std::string a2 = "scmplan: 1\nkind: activity\nplan: p1\nid: A2\ntitle: จ\nowners: [ส.ตต.]\n"
                     "period: {start: 2023-01-01, end: 2023-12-31}\nsteps:\n"
                     "  - {id: \"1\", title: ฉ, done: 2023-05-01}\n";
    return load_sources({{"p.yaml", plan}, {"a1.yaml", a1}, {"a2.yaml", a2}});
}

}  // namespace

TEST_CASE("evidence_view: gaps, activities, what is missing") {
    LoadResult r = two_gaps();
    REQUIRE(diag_lines(r.diags) == "");
    EvidenceView v = evidence_view(r.model, r.model.plans.at(0));
    REQUIRE(v.gaps.size() == 2);
    CHECK(v.gaps[0].activities.size() == 1);
    CHECK(!v.gaps[0].missing);
    CHECK(v.gaps[1].activities.empty());
    CHECK(v.gaps[1].missing);
    REQUIRE(v.without_gap.size() == 1);
    CHECK(v.without_gap[0].activity->id.value == "A2");
    CHECK(v.done_steps == 3);             // A1 1 and 2, A2 1
    REQUIRE(v.done_without_evidence.size() == 2);  // A1 2, A2 1
    CHECK(v.done_without_evidence[0].first->id.value == "A1");
    CHECK(v.done_without_evidence[0].second->id.value == "2");
    CHECK(v.done_without_evidence[1].first->id.value == "A2");
    CHECK(v.files == std::vector<std::string>{"evidence/a b.pdf", "evidence/q1.pdf"});
}

TEST_CASE("render_evidence_md: links that work in the archive, missing steps marked") {
    LoadResult r = two_gaps();
    EvidenceView v = evidence_view(r.model, r.model.plans.at(0));
    RenderOptions o;
    o.lang = Lang::en;
    CHECK(render_evidence_md({v}, o, {"evidence/q1.pdf"}) ==
          "# Evidence: แผนทดสอบ (p1)\n\n"
          "## G1 · SCM.1.1 Stakeholder strategy\n\n"
          "ช่องว่างหนึ่ง\n\n"
          "| Activity | Step | Done | Evidence |\n|---|---|---|---|\n"
          "| A1 | 1 ข | 2023-03-15 | [evidence/a b.pdf](<evidence/a%20b.pdf>)<br>[ประกาศ \\[1\\]](<https://x.org>) |\n"
          "| A1 | 2 ค | 2023-04-01 | ⚠️ no evidence |\n"
          "| A1 | 3 ง | – | – |\n"
          "| A1 | quarterly report 1 | | [evidence/q1.pdf](<evidence/q1.pdf>) |\n\n"
          "## G2 · SCM.2.1 Customer and market strategy\n\n"
          "ช่องว่างสอง\n\n"
          "⚠️ no activity addresses this GAP item\n\n"
          "## Activities without a GAP item\n\n"
          "| Activity | Step | Done | Evidence |\n|---|---|---|---|\n"
          "| A2 | 1 ฉ | 2023-05-01 | ⚠️ no evidence |\n\n"
          "## Missing\n\n"
          "- done steps without evidence (2/3): A1 step 2, A2 step 1\n"
          "- GAP items whose activities have no evidence: G2\n\n"
          "## Evidence files not found (not in this archive)\n\n"
          "- evidence/q1.pdf\n\n");
}

TEST_CASE("render_evidence_csv: one row per evidence, one per step without, each with the plan's identity") {
    LoadResult r = two_gaps();
    EvidenceView v = evidence_view(r.model, r.model.plans.at(0));
    const std::string id = ",,องค์กรทดสอบ,SCM,2566,แผนทดสอบ";  // workspace (none: loaded from memory) … plan_title
    CHECK(render_evidence_csv({v}, {}) ==
          "plan,gap,topic,activity,source,step,title,done,kind,evidence,evidence_title,evidence_date,missing,"
          "workspace,organisation,enabler,year,plan_title\r\n"
          "p1,G1,SCM.1.1,A1,step,1,ข,2023-03-15,path,evidence/a b.pdf,,," + id + "\r\n"
          "p1,G1,SCM.1.1,A1,step,1,ข,2023-03-15,url,https://x.org,ประกาศ [1],," + id + "\r\n"
          "p1,G1,SCM.1.1,A1,step,2,ค,2023-04-01,,,,,done_without_evidence" + id + "\r\n"
          "p1,G1,SCM.1.1,A1,step,3,ง,,,,,," + id + "\r\n"
          "p1,G1,SCM.1.1,A1,report,1,,,path,evidence/q1.pdf,,," + id + "\r\n"
          "p1,G2,SCM.2.1,,,,,,,,,,gap_without_activity" + id + "\r\n"
          "p1,,,A2,step,1,ฉ,2023-05-01,,,,,done_without_evidence" + id + "\r\n");
    RenderOptions tsv;
    tsv.tsv = true;
    const std::string out = render_evidence_csv({v}, tsv);
    CHECK(out.substr(0, out.find('\n')) ==
          "plan\tgap\ttopic\tactivity\tsource\tstep\ttitle\tdone\tkind\tevidence\tevidence_title\tevidence_date\t"
          "missing\tworkspace\torganisation\tenabler\tyear\tplan_title");
    CHECK(out.find("p1\tG2\tSCM.2.1\t\t\t\t\t\t\t\t\t\tgap_without_activity\t\tองค์กรทดสอบ\tSCM\t2566\tแผนทดสอบ\n") !=
          std::string::npos);
}

TEST_CASE("md_link: text escaped, target percent-encoded where Markdown would break") {
    CHECK(md_link("a|b*c", "x y/<z>.pdf") == "[a\\|b\\*c](<x%20y/%3Cz%3E.pdf>)");
}

TEST_CASE("write_zip: a local header per entry, names flagged UTF-8, the data deflated") {
    std::string error;
    auto z = write_zip({{"ชุด/index.md", std::string(1000, 'a')}}, error);
    REQUIRE_MESSAGE(z, error);
    const std::string& b = *z;
    auto u16 = [&](std::size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(b[at])) |
                                            static_cast<unsigned>(static_cast<unsigned char>(b[at + 1])) << 8; };
    CHECK(b.substr(0, 4) == "PK\x03\x04");
    CHECK((u16(6) & 0x800) != 0);  // general purpose bit 11: UTF-8 name
    CHECK(u16(8) == 8);            // deflate
    CHECK(b.substr(30, u16(26)) == "ชุด/index.md");
    CHECK(b.find("PK\x05\x06") != std::string::npos);  // the end of the central directory
    CHECK(b.size() < 300);  // 1000 bytes of 'a' compress
    std::string again_error;
    CHECK(write_zip({{"ชุด/index.md", std::string(1000, 'a')}}, again_error) == z);  // reproducible
}

TEST_CASE("unified_diff: hunks with three lines of context, as diff -u") {
    CHECK(unified_diff("a\nb\n", "a\nb\n", "f") == "");
    CHECK(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nX\n5\n6\n7\n8\n", "f.yaml") ==
          "--- a/f.yaml\n+++ b/f.yaml\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+X\n 5\n 6\n 7\n");
    CHECK(unified_diff("a\nb", "a\nb\nc", "f") ==
          "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n");
    CHECK(unified_diff("", "x\n", "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
    // Two changes far apart: two hunks.
    std::string a, b;
    for (int i = 1; i <= 20; ++i) {
        a += std::to_string(i) + "\n";
        b += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
    }
    CHECK(unified_diff(a, b, "f") ==
          "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
}

TEST_CASE("unified_diff: an absolute path (a file outside the current folder) is headed without a/ and b/") {
    CHECK(unified_diff("a\n", "b\n", "/w/plans/A07.yaml") ==
          "--- /w/plans/A07.yaml\n+++ /w/plans/A07.yaml\n@@ -1 +1 @@\n-a\n+b\n");
}

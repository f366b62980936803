// Tests of src/compute/scores.cpp with the seed's published SCM table (2562–2564).
// Every expected value below is worked out by hand in the comments.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "scmplan/compute.hpp"

using namespace scmplan;

namespace {

Topic topic(const std::string& code, double w) {
    Topic t;
    t.code.value = code;
    t.weight.value = w;
    return t;
}

// SCM with the weights of docs/domain.md: modules 0.5/0.5; SCM.1.x 0.1/0.2/0.7;
// SCM.2.x 0.2/0.1/0.2/0.2/0.3.
Enabler scm() {
    Enabler e;
    e.code.value = "SCM";
    Module m1;
    m1.code.value = "SCM.1";
    m1.weight.value = 0.5;
    m1.topics = {topic("SCM.1.1", 0.1), topic("SCM.1.2", 0.2), topic("SCM.1.3", 0.7)};
    Module m2;
    m2.code.value = "SCM.2";
    m2.weight.value = 0.5;
    m2.topics = {topic("SCM.2.1", 0.2), topic("SCM.2.2", 0.1), topic("SCM.2.3", 0.2), topic("SCM.2.4", 0.2),
                 topic("SCM.2.5", 0.3)};
    e.modules = {m1, m2};
    return e;
}

using Entries = std::vector<std::pair<Located<std::string>, Located<double>>>;

Entries entries(const std::vector<std::pair<std::string, double>>& kv, std::uint32_t first_line = 0) {
    Entries out;
    std::uint32_t line = first_line;
    for (const auto& [k, v] : kv) {
        Located<std::string> key{k, {0, line, 5}};
        Located<double> val{v, {0, line, 14}};
        out.emplace_back(key, val);
        if (line) ++line;
    }
    return out;
}

// topics: SCM.1.1..SCM.1.3 then SCM.2.1..SCM.2.5
Baseline baseline(int year, const std::vector<double>& t, const std::vector<std::pair<std::string, double>>& reported,
                  std::uint32_t reported_line = 0) {
    static const char* codes[] = {"SCM.1.1", "SCM.1.2", "SCM.1.3", "SCM.2.1", "SCM.2.2", "SCM.2.3", "SCM.2.4", "SCM.2.5"};
    Baseline b;
    b.year.value = year;
    std::vector<std::pair<std::string, double>> kv;
    for (std::size_t i = 0; i < t.size(); ++i) kv.emplace_back(codes[i], t[i]);
    b.topics = entries(kv);
    b.reported = entries(reported, reported_line);
    return b;
}

Baseline y2562() {
    return baseline(2562, {1.0000, 1.0000, 1.0000, 1.1250, 1.0000, 1.4584, 1.6000, 1.2125},
                    {{"SCM.1", 1.0000}, {"SCM.2", 1.3004}, {"SCM", 1.1502}}, 20);
}
Baseline y2563() {
    return baseline(2563, {1.0000, 1.2000, 1.0000, 1.2500, 1.2000, 1.1750, 1.6000, 1.3167},
                    {{"SCM.1", 1.0000}, {"SCM.2", 1.3200}, {"SCM", 1.1800}}, 30);
}
Baseline y2564() {
    return baseline(2564, {1.0000, 1.3833, 1.1500, 1.2500, 1.2000, 1.3333, 1.6000, 1.4750},
                    {{"SCM.1", 1.1817}, {"SCM.2", 1.3992}, {"SCM", 1.2904}}, 40);
}

const ScoreComparison* find(const std::vector<ScoreComparison>& v, int year, const std::string& code) {
    for (const auto& c : v)
        if (c.year == year && c.code == code) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("module_score and enabler_score: 2562") {
    Enabler e = scm();
    Baseline b = y2562();
    // SCM.1 = 0.1*1 + 0.2*1 + 0.7*1 = 1.0
    REQUIRE(module_score(e.modules[0], b));
    CHECK(*module_score(e.modules[0], b) == doctest::Approx(1.0).epsilon(1e-12));
    // SCM.2 = 0.2*1.1250 + 0.1*1.0000 + 0.2*1.4584 + 0.2*1.6000 + 0.3*1.2125
    //       = 0.2250 + 0.1000 + 0.29168 + 0.3200 + 0.36375 = 1.30043
    CHECK(*module_score(e.modules[1], b) == doctest::Approx(1.30043).epsilon(1e-12));
    // SCM = 0.5*1.0 + 0.5*1.30043 = 1.150215 (unrounded) -> 1.1502
    REQUIRE(enabler_score(e, b));
    CHECK(*enabler_score(e, b) == doctest::Approx(1.150215).epsilon(1e-12));
}

TEST_CASE("module_score and enabler_score: 2563") {
    Enabler e = scm();
    Baseline b = y2563();
    // SCM.1 = 0.1*1 + 0.2*1.2 + 0.7*1 = 0.1 + 0.24 + 0.7 = 1.04
    CHECK(*module_score(e.modules[0], b) == doctest::Approx(1.04).epsilon(1e-12));
    // SCM.2 = 0.2*1.25 + 0.1*1.2 + 0.2*1.175 + 0.2*1.6 + 0.3*1.3167
    //       = 0.25 + 0.12 + 0.235 + 0.32 + 0.39501 = 1.32001
    CHECK(*module_score(e.modules[1], b) == doctest::Approx(1.32001).epsilon(1e-12));
    // SCM = 0.5*1.04 + 0.5*1.32001 = 0.52 + 0.660005 = 1.180005 -> 1.1800
    CHECK(*enabler_score(e, b) == doctest::Approx(1.180005).epsilon(1e-12));
}

TEST_CASE("module_score and enabler_score: 2564") {
    Enabler e = scm();
    Baseline b = y2564();
    // SCM.1 = 0.1*1 + 0.2*1.3833 + 0.7*1.15 = 0.1 + 0.27666 + 0.805 = 1.18166 -> 1.1817
    CHECK(*module_score(e.modules[0], b) == doctest::Approx(1.18166).epsilon(1e-12));
    // SCM.2 = 0.2*1.25 + 0.1*1.2 + 0.2*1.3333 + 0.2*1.6 + 0.3*1.475
    //       = 0.25 + 0.12 + 0.26666 + 0.32 + 0.4425 = 1.39916 -> 1.3992
    CHECK(*module_score(e.modules[1], b) == doctest::Approx(1.39916).epsilon(1e-12));
    // SCM = 0.5*1.18166 + 0.5*1.39916 = 0.59083 + 0.69958 = 1.29041 -> 1.2904
    CHECK(*enabler_score(e, b) == doctest::Approx(1.29041).epsilon(1e-12));
}

TEST_CASE("module_score: the weights matter") {
    Enabler e = scm();
    Baseline b = y2563();
    // Swap SCM.1.2's and SCM.1.3's weights: 0.1*1 + 0.7*1.2 + 0.2*1 = 1.14 instead of 1.04.
    e.modules[0].topics[1].weight.value = 0.7;
    e.modules[0].topics[2].weight.value = 0.2;
    CHECK(*module_score(e.modules[0], b) == doctest::Approx(1.14).epsilon(1e-12));
    // Module weights 0.25/0.75 on 2562: 0.25*1.0 + 0.75*1.30043 = 1.2253225
    Enabler e2 = scm();
    e2.modules[0].weight.value = 0.25;
    e2.modules[1].weight.value = 0.75;
    CHECK(*enabler_score(e2, y2562()) == doctest::Approx(1.2253225).epsilon(1e-12));
}

TEST_CASE("module_score / enabler_score: a missing topic, a module without topics") {
    Enabler e = scm();
    Baseline b = y2562();
    b.topics.erase(b.topics.begin() + 5);  // drop SCM.2.3
    CHECK(module_score(e.modules[0], b));  // SCM.1 unaffected
    CHECK_FALSE(module_score(e.modules[1], b));
    CHECK_FALSE(enabler_score(e, b));

    Module empty;
    empty.code.value = "SCM.3";
    CHECK_FALSE(module_score(empty, y2562()));
    Enabler with_empty = scm();
    with_empty.modules.push_back(empty);
    CHECK_FALSE(enabler_score(with_empty, y2562()));
}

TEST_CASE("compare_scores: the seed's three years") {
    Enabler e = scm();
    Plan p;
    p.baseline = {y2562(), y2563(), y2564()};
    std::vector<ScoreComparison> all = compare_scores(e, p);

    // Order: per baseline entry, the modules in order, then the enabler.
    REQUIRE(all.size() == 9);
    const char* order[] = {"SCM.1", "SCM.2", "SCM"};
    const int years[] = {2562, 2563, 2564};
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].year == years[i / 3]);
        CHECK(all[i].code == order[i % 3]);
        CHECK(all[i].computed);
        CHECK(all[i].reported);
        CHECK(all[i].missing.empty());
    }

    SUBCASE("2562: all agree at 4 decimals") {
        for (const char* code : order) CHECK_FALSE(find(all, 2562, code)->mismatch(4));
        const ScoreComparison* s = find(all, 2562, "SCM");
        CHECK(*s->computed == doctest::Approx(1.150215).epsilon(1e-12));  // unrounded
        CHECK(*s->reported == 1.1502);
        // the reported figure's location is carried: SCM is the 3rd reported entry, from line 20
        CHECK(s->reported_loc.line == 22);
        CHECK(s->reported_loc.column == 14);
    }
    SUBCASE("2563: only SCM.1 (published 1.0000, topics give 1.0400) mismatches") {
        const ScoreComparison* m1 = find(all, 2563, "SCM.1");
        CHECK(m1->mismatch(4));
        CHECK(*m1->computed == doctest::Approx(1.04).epsilon(1e-12));
        CHECK(*m1->reported == 1.0);
        CHECK(m1->reported_loc.line == 30);
        CHECK_FALSE(find(all, 2563, "SCM.2")->mismatch(4));  // 1.32001 -> 1.3200
        CHECK_FALSE(find(all, 2563, "SCM")->mismatch(4));    // 1.180005 -> 1.1800
        // At 1 decimal 1.04 -> 1.0 = 1.0: the decimals matter.
        CHECK_FALSE(m1->mismatch(1));
        CHECK(m1->mismatch(2));  // 1.04 vs 1.00
    }
    SUBCASE("2564: all agree at 4 decimals") {
        for (const char* code : order) CHECK_FALSE(find(all, 2564, code)->mismatch(4));
        // but the published figures are rounded: at 5 decimals SCM.1 1.18166 vs 1.18170 differ
        CHECK(find(all, 2564, "SCM.1")->mismatch(5));
    }
}

TEST_CASE("compare_scores: missing topics and unreported aggregates") {
    Enabler e = scm();
    Plan p;
    Baseline b = y2562();
    b.topics.erase(b.topics.begin() + 5);  // SCM.2.3
    b.topics.erase(b.topics.begin() + 1);  // SCM.1.2
    b.reported.erase(b.reported.begin() + 1);  // SCM.2 not reported
    p.baseline = {b};
    std::vector<ScoreComparison> all = compare_scores(e, p);
    REQUIRE(all.size() == 3);

    CHECK(all[0].code == "SCM.1");
    CHECK_FALSE(all[0].computed);
    CHECK(all[0].missing == std::vector<std::string>{"SCM.1.2"});
    CHECK(all[0].reported);
    CHECK_FALSE(all[0].mismatch(4));  // nothing computed: no mismatch

    CHECK(all[1].code == "SCM.2");  // included even though nothing is reported
    CHECK_FALSE(all[1].computed);
    CHECK_FALSE(all[1].reported);
    CHECK(all[1].missing == std::vector<std::string>{"SCM.2.3"});
    CHECK_FALSE(all[1].mismatch(4));

    CHECK(all[2].code == "SCM");
    CHECK_FALSE(all[2].computed);
    CHECK(all[2].missing == std::vector<std::string>{"SCM.1.2", "SCM.2.3"});
}

TEST_CASE("compare_scores: computed but not reported is never a mismatch") {
    Enabler e = scm();
    Plan p;
    Baseline b = y2563();
    b.reported.clear();
    p.baseline = {b};
    auto all = compare_scores(e, p);
    REQUIRE(all.size() == 3);
    for (const auto& c : all) {
        CHECK(c.computed);
        CHECK_FALSE(c.reported);
        CHECK_FALSE(c.mismatch(4));
    }
    Plan none;
    CHECK(compare_scores(e, none).empty());
}

TEST_CASE("ScoreComparison::mismatch") {
    ScoreComparison c;
    CHECK_FALSE(c.mismatch(4));
    c.computed = 1.150215;
    CHECK_FALSE(c.mismatch(4));
    c.reported = 1.1502;
    CHECK_FALSE(c.mismatch(4));
    c.reported = 1.1503;
    CHECK(c.mismatch(4));
    CHECK_FALSE(c.mismatch(3));  // 1.150 vs 1.150
    c.computed.reset();
    CHECK_FALSE(c.mismatch(4));
}

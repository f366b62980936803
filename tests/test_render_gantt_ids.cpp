// Mermaid ids of the gantt chart (src/render/gantt.cpp, IdMaker): ids that all
// look alike once reduced to ASCII get the next free suffix, also when an id
// written in the data already ends like a suffix.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scmplan/load.hpp"
#include "scmplan/render_gantt.hpp"
#include "scmplan/timeline.hpp"
#include "support.hpp"

using namespace scmplan;

TEST_CASE("gantt mermaid ids: Thai ids reduced alike, and an id that looks like a suffix") {
    // ก1, ข1, ค1 all become ___1 (each Thai letter is 3 bytes, each '_');
    // and A_2 (as written) is taken before A's second look-alike a.
    std::vector<Source> files{{"plan.yaml", test::plan_yaml()}};
    for (std::string id : {"ก1", "ข1", "ค1", "A_2", "A", "A9"}) {
        std::string text = test::activity_yaml(id);
        if (id == "A9") text.replace(text.find("id: A9"), 6, "id: a");  // 'a' lower-cases like A
        files.push_back({id + ".yaml", text});
    }
    LoadResult r = load_sources(std::move(files));
    REQUIRE_FALSE(r.diags.has_errors());
    Timeline t = build_timeline(r.model, *r.model.plan("p1"), Date::from_ymd(2023, 6, 30));
    std::string text = render_gantt_mermaid(t, RenderOptions{});
    auto has = [&](const std::string& id) { return text.find(", " + id + ", ") != std::string::npos; };
    // In natural id order: A (a; its steps a_1, a_2), A_2 (a_2 is taken by a
    // step: a_2_2), a (a, a_2 taken: a_3), ก1 (___1; steps ___1_1, ___1_2),
    // ข1 (___1_2 taken: ___1_3), ค1 (___1_4). Each activity has two steps.
    for (const char* id : {"a", "a_1", "a_2", "a_2_2", "a_2_2_1", "a_3", "___1", "___1_1", "___1_2", "___1_3",
                           "___1_3_1", "___1_4", "___1_4_2"})
        CHECK_MESSAGE(has(id), id);
    CHECK_FALSE(has("a_4"));
    CHECK_FALSE(has("___1_5"));
}

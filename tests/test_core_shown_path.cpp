// How paths are shown (src/core/shown_path.cpp): relative inside the current
// folder, absolute outside it, normal either way.
#include <doctest/doctest.h>

#include "scmplan/shown_path.hpp"

using namespace scmplan;

TEST_CASE("shown_path: inside the current folder, relative and normal") {
    CHECK(shown_path("plans/a.yaml", "/w") == "plans/a.yaml");
    CHECK(shown_path("./kpt-hcm-2567/plan.yaml", "/w") == "kpt-hcm-2567/plan.yaml");
    CHECK(shown_path("plans//a.yaml", "/w") == "plans/a.yaml");
    CHECK(shown_path("/w/plans/a.yaml", "/w") == "plans/a.yaml");     // absolute, but below
    CHECK(shown_path("a/b/../c.yaml", "/w") == "a/c.yaml");
    CHECK(shown_path("../w/plans", "/w") == "plans");                   // out and back in
}

TEST_CASE("shown_path: the current folder itself is '.'") {
    CHECK(shown_path(".", "/w") == ".");
    CHECK(shown_path("./", "/w") == ".");
    CHECK(shown_path("/w", "/w") == ".");
    CHECK(shown_path("plans/..", "/w") == ".");
}

TEST_CASE("shown_path: outside the current folder, absolute") {
    CHECK(shown_path("../..", "/w/plans/fio") == "/w");
    CHECK(shown_path("../../fio/activities/A02.yaml", "/w/plans/fio/risks") == "/w/plans/fio/activities/A02.yaml");
    CHECK(shown_path("/etc/passwd", "/w") == "/etc/passwd");
    CHECK(shown_path("/w2/a.yaml", "/w") == "/w2/a.yaml");  // a sibling sharing the name's start
    CHECK(shown_path("../../../../..", "/w/x") == "/");     // ".." stops at the root
}

TEST_CASE("shown_path: a trailing separator is dropped, in the path and in the folder") {
    CHECK(shown_path("plans/", "/w") == "plans");
    CHECK(shown_path("plans/fio/", "/w/") == "plans/fio");
    CHECK(shown_path("/x/y/", "/w/") == "/x/y");
}

TEST_CASE("shown_path: the root as the current folder and as the path") {
    CHECK(shown_path("/etc/hosts", "/") == "etc/hosts");
    CHECK(shown_path("/", "/") == ".");
    CHECK(shown_path("/", "/w") == "/");
    CHECK(shown_path("..", "/") == ".");
}

TEST_CASE("shown_path: a current folder reached through a link is the one the system reports") {
    // The shell says /tmp/link (a link to /real/ws); getcwd says /real/ws.
    // Relative paths are what the system opens, so they stay relative; a path
    // written through the link is outside /real/ws lexically: shown as written.
    CHECK(shown_path("plans/a.yaml", "/real/ws") == "plans/a.yaml");
    CHECK(shown_path("/real/ws/plans", "/real/ws") == "plans");
    CHECK(shown_path("/tmp/link/plans", "/real/ws") == "/tmp/link/plans");
    CHECK(shown_path("../ws/plans", "/real/ws") == "plans");
}

TEST_CASE("shown_path: an unknown current folder only normalises") {
    CHECK(shown_path("./a/../b.yaml", "") == "b.yaml");
    CHECK(shown_path("../x/", "") == "../x");
    CHECK(shown_path("", "/w").empty());
}

// run_each (src/cli/run_each.hpp): every step once, on several threads or
// on this one, and a step's exception thrown to the caller.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "run_each.hpp"

using scmplan::cli::run_each;

TEST_CASE("run_each: every step runs once, whatever the threads") {
    for (std::size_t n : {0u, 1u, 7u, 8u, 100u, 1001u})
        for (std::size_t threads : {0u, 1u, 2u, 16u}) {
            std::vector<std::atomic<int>> runs(n);
            run_each(n, [&](std::size_t i) { ++runs[i]; }, threads);
            for (std::size_t i = 0; i < n; ++i) CHECK(runs[i] == 1);
        }
}

TEST_CASE("run_each: a step's exception reaches the caller once every thread has ended") {
    std::atomic<int> done{0};
    CHECK_THROWS_AS(run_each(
                        200,
                        [&](std::size_t i) {
                            if (i == 57) throw std::runtime_error("step 57");
                            ++done;
                        },
                        4),
                    std::runtime_error);
    // The other threads' steps (i % 4 != 1) all ran: run_each waited for
    // them; the throwing thread's later steps did not.
    CHECK(done >= 150);
    CHECK(done < 200);
    CHECK_THROWS_AS(run_each(3, [](std::size_t) { throw std::runtime_error("alone"); }, 4), std::runtime_error);
}

// A loop whose steps are independent, run on several threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace scmplan::cli {

/// Calls job(i) for every i in [0, n), on up to `threads` threads (0: one a
/// core), thread t taking t, t + threads, …; returns when every call has
/// returned. Fewer than 8 steps a thread are not worth a thread's start:
/// then fewer threads, or none (the calls in order on this one). A call's
/// exception ends its thread's calls (the other threads' go on) and is
/// thrown here once every thread has ended (the first thread's, if several).
template <class Job>
void run_each(std::size_t n, Job job, std::size_t threads = 0) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, n / 8);
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) job(i);
        return;
    }
    std::vector<std::future<void>> pool;
    for (std::size_t t = 0; t < threads; ++t)
        pool.push_back(std::async(std::launch::async, [&job, t, threads, n] {
            for (std::size_t i = t; i < n; i += threads) job(i);
        }));
    for (auto& f : pool) f.wait();
    for (auto& f : pool) f.get();
}

}  // namespace scmplan::cli

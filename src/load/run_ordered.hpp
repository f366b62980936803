// The ordered pool of the loader: jobs on every core, results in index order.
// Private to the load layer.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace scmplan::load {

/// Runs job(i) for i in [0, n) on all cores and hands each result to sink(i,
/// result) in index order, as soon as it and all before it are done: the
/// outcome does not depend on scheduling. At most `window` results wait
/// for their turn (a thread that would run further ahead waits), so memory
/// beyond what sink keeps is bounded by the window, not by n. sink runs on
/// one thread at a time (whichever finished the result next in line).
template <class Job, class Sink>
void run_ordered(std::size_t n, Job job, Sink sink) {
    std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, (n + 7) / 8);  // small workspaces: no thread start-up cost
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) sink(i, job(i));
        return;
    }
    const std::size_t window = 16 * threads;
    using Result = std::invoke_result_t<Job&, std::size_t>;
    std::vector<std::optional<Result>> slots(window);
    std::mutex mu;
    std::condition_variable room;  // the window moved on
    std::size_t next_job = 0, next_sink = 0;
    bool sinking = false;
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mu);
                room.wait(lock, [&] { return next_job >= n || next_job < next_sink + window; });
                if (next_job >= n) return;
                i = next_job++;
            }
            Result r = job(i);
            std::unique_lock lock(mu);
            slots[i % window] = std::move(r);
            if (sinking) continue;  // the thread that is sinking takes it
            sinking = true;
            while (next_sink < n && slots[next_sink % window]) {
                Result ready = std::move(*slots[next_sink % window]);
                slots[next_sink % window].reset();
                lock.unlock();
                sink(next_sink, std::move(ready));
                lock.lock();
                ++next_sink;
                room.notify_all();
            }
            sinking = false;
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

}  // namespace scmplan::load

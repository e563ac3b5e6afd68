// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <thread>
#include <vector>

namespace Usage {

/** Runs f(0) … f(count - 1) at once, f(0) on the calling thread, and returns when all are done. */
template <typename F> void runParallel(std::size_t count, F&& f)
{
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < count; ++i)
        pool.emplace_back(f, i);
    if (count > 0)
        f(std::size_t(0));
    for (auto& t : pool)
        t.join();
}

} // namespace Usage

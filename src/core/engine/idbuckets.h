// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace Usage {

/**
 * Request id hashes, in buckets by their top six bits: each bucket's repeats are counted on their own, in a table
 * that fits in the cache, and buckets grow in small steps without copying one big array.
 */
class IdBuckets
{
public:
    void add(std::uint64_t hash)
    {
        std::vector<std::uint64_t>& b = m_buckets[hash >> 58];
        if (b.size() == b.capacity())
            b.reserve(std::max<size_t>(64, b.size() + b.size() / 2));
        b.push_back(hash);
        ++m_count;
    }
    size_t size() const { return m_count; }
    void clear();

    /**
     * How many hashes of all sets repeat an earlier one, bucket by bucket on up to `threads` threads; empties the
     * sets. The sets' buckets are joined one bucket at a time, so no second copy of all hashes is made.
     */
    static std::int64_t countRepeatsAndClear(std::vector<IdBuckets>& sets, int threads);

private:
    static constexpr size_t kBuckets = 64;
    std::array<std::vector<std::uint64_t>, kBuckets> m_buckets;
    size_t m_count = 0;
};

} // namespace Usage

// SPDX-License-Identifier: MIT
#include "core/engine/idbuckets.h"

#include "core/parallel.h"

namespace Usage {
namespace {

    /**
     * How many values repeat an earlier one, with an open-addressing set: the values are hashes already, so their
     * low bits are the slot. `table` is reused scratch.
     */
    std::int64_t countRepeatsHashed(const std::vector<std::uint64_t>& values, std::vector<std::uint64_t>& table)
    {
        size_t size = 64;
        while (size < values.size() * 2)
            size *= 2;
        table.assign(size, 0); // 0 marks a free slot; the value 0 is counted on the side
        const size_t mask = size - 1;
        std::int64_t repeats = 0;
        bool zeroSeen = false;
        for (const std::uint64_t v : values) {
            if (v == 0) {
                repeats += zeroSeen ? 1 : 0;
                zeroSeen = true;
                continue;
            }
            for (size_t i = size_t(v) & mask;; i = (i + 1) & mask) {
                if (table[i] == v) {
                    ++repeats;
                    break;
                }
                if (table[i] == 0) {
                    table[i] = v;
                    break;
                }
            }
        }
        return repeats;
    }

} // namespace

void IdBuckets::clear()
{
    for (auto& b : m_buckets)
        std::vector<std::uint64_t>().swap(b);
    m_count = 0;
}

std::int64_t IdBuckets::countRepeatsAndClear(std::vector<IdBuckets>& sets, int threads)
{
    size_t total = 0;
    for (const IdBuckets& set : sets)
        total += set.m_count;
    const size_t n = kBuckets;
    const size_t workers = total > 100000 ? std::clamp<size_t>(size_t(threads), 1, 8) : 1;
    std::vector<std::int64_t> repeats(workers, 0);
    auto count = [&](size_t w) {
        std::vector<std::uint64_t> joined;
        std::vector<std::uint64_t> table;
        for (size_t i = w; i < n; i += workers) {
            std::vector<std::uint64_t>* only = nullptr;
            size_t parts = 0;
            for (IdBuckets& set : sets) {
                if (!set.m_buckets[i].empty()) {
                    only = &set.m_buckets[i];
                    ++parts;
                }
            }
            if (parts == 1) {
                repeats[w] += countRepeatsHashed(*only, table);
            } else if (parts > 1) {
                joined.clear();
                for (IdBuckets& set : sets)
                    joined.insert(joined.end(), set.m_buckets[i].begin(), set.m_buckets[i].end());
                repeats[w] += countRepeatsHashed(joined, table);
            }
            for (IdBuckets& set : sets)
                std::vector<std::uint64_t>().swap(set.m_buckets[i]);
        }
    };
    runParallel(workers, count);
    for (IdBuckets& set : sets)
        set.m_count = 0;
    std::int64_t sum = 0;
    for (const std::int64_t r : repeats)
        sum += r;
    return sum;
}

} // namespace Usage

// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"

#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace Usage {

/**
 * Maps an instant to the start of its hour, day or week bucket in a time zone, DST-correct. Computed intervals are
 * cached, so the time-sorted records of a log cost one comparison each. Not thread-safe: one per thread.
 */
class BucketIndex
{
public:
    BucketIndex(const QTimeZone& zone, Granularity granularity);

    /** Start (UTC epoch ms) of the bucket holding ms. */
    std::int64_t bucketStart(std::int64_t ms)
    {
        if (ms >= m_last.start && ms < m_last.end)
            return m_last.start;
        return lookup(ms);
    }

    /** The bucket [start, end) holding ms, without caching (also used to enumerate buckets of a range). */
    static std::pair<std::int64_t, std::int64_t> bucketOf(const QTimeZone& zone, Granularity g, std::int64_t ms);

private:
    struct Interval
    {
        std::int64_t start = 1;
        std::int64_t end = 0; // empty
    };
    std::int64_t lookup(std::int64_t ms);

    QTimeZone m_zone;
    Granularity m_granularity;
    Interval m_last;
    std::vector<Interval> m_known; // sorted by start, disjoint
};

} // namespace Usage

// SPDX-License-Identifier: MIT
#include "core/bucketindex.h"

#include <QDateTime>

#include <algorithm>

namespace Usage {

BucketIndex::BucketIndex(const QTimeZone& zone, Granularity granularity)
    // a zone of our own: QTimeZone is reentrant, not thread-safe, and each thread owns one BucketIndex
    : m_zone(zone.isValid() && zone != QTimeZone::utc() ? QTimeZone(zone.id()) : QTimeZone::utc())
    , m_granularity(granularity)
{
}

std::pair<std::int64_t, std::int64_t> BucketIndex::bucketOf(const QTimeZone& zone, Granularity g, std::int64_t ms)
{
    constexpr std::int64_t kHour = 3600 * 1000;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (g == Granularity::Hour) {
        // floor in local wall time; an hour repeated by a DST change is two buckets
        const std::int64_t offsetMs = std::int64_t(zone.offsetFromUtc(utc)) * 1000;
        const std::int64_t local = ms + offsetMs;
        std::int64_t rem = local % kHour;
        if (rem < 0)
            rem += kHour;
        const std::int64_t start = ms - rem;
        std::int64_t end = start + kHour;
        // a transition inside the hour (zones with half-hour DST) ends the bucket early
        const QTimeZone::OffsetData next = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC));
        if (next.atUtc.isValid() && next.atUtc.toMSecsSinceEpoch() < end && next.atUtc.toMSecsSinceEpoch() > ms)
            end = next.atUtc.toMSecsSinceEpoch();
        return { start, end };
    }
    QDate date = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    int days = 1;
    if (g == Granularity::Week) {
        date = date.addDays(1 - date.dayOfWeek()); // ISO weeks start on Monday
        days = 7;
    }
    return { date.startOfDay(zone).toMSecsSinceEpoch(), date.addDays(days).startOfDay(zone).toMSecsSinceEpoch() };
}

std::int64_t BucketIndex::lookup(std::int64_t ms)
{
    auto it = std::upper_bound(
        m_known.begin(), m_known.end(), ms, [](std::int64_t v, const Interval& iv) { return v < iv.start; });
    if (it != m_known.begin()) {
        const Interval& prev = *(it - 1);
        if (ms < prev.end) {
            m_last = prev;
            return prev.start;
        }
    }
    const auto [start, end] = bucketOf(m_zone, m_granularity, ms);
    const Interval iv { start, end };
    m_known.insert(std::upper_bound(m_known.begin(), m_known.end(), start,
                       [](std::int64_t v, const Interval& x) { return v < x.start; }),
        iv);
    m_last = iv;
    return start;
}

} // namespace Usage

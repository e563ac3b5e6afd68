// SPDX-License-Identifier: MIT
#include "models/wallclock.h"

#include <algorithm>

namespace WallClock {

namespace {

    constexpr qint64 kDayMs = 24 * 3600 * 1000;

    qint64 offsetMsAt(const QTimeZone& zone, qint64 ms)
    {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) * 1000;
    }

} // namespace

QDateTime wall(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

QDateTime fromUtcMs(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms + offsetMsAt(zone, ms), QTimeZone::utc());
}

qint64 toUtcMs(const QDateTime& wallTime, const QTimeZone& zone, Bound bound)
{
    const qint64 naive = QDateTime(wallTime.date(), wallTime.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    // offsets in force a day either side; no zone changes its offset twice within a day
    const qint64 before = offsetMsAt(zone, naive - kDayMs);
    const qint64 after = offsetMsAt(zone, naive + kDayMs);
    qint64 candidates[2];
    int found = 0;
    for (qint64 offset : { before, after }) {
        const qint64 t = naive - offset;
        if (offsetMsAt(zone, t) == offset && (found == 0 || candidates[0] != t))
            candidates[found++] = t;
    }
    if (found > 0) {
        const auto [lo, hi] = std::minmax(candidates[0], candidates[found - 1]);
        return bound == Bound::Start ? lo : hi;
    }
    // a gap: the wall time does not exist; the clocks jumped at the transition before naive - before
    const qint64 probe = naive - before;
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData transition =
            zone.previousTransition(QDateTime::fromMSecsSinceEpoch(probe + 1, QTimeZone::utc()));
        if (transition.atUtc.isValid())
            return transition.atUtc.toMSecsSinceEpoch();
    }
    return probe;
}

} // namespace WallClock

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

/** The date range presets of the window and the wall-time range each one means at a given moment in a zone. */
namespace RangePreset {

enum Preset { Custom, LastHour, Today, Last24Hours, Last7Days, Last30Days, ThisMonth, LastMonth, AllTime, Count };

/** Start and end as naive wall times (see WallClock), both inclusive to the second; invalid for AllTime. */
struct WallRange
{
    QDateTime start;
    QDateTime end;
};

/**
 * The range of a preset at nowMs in zone. "Last hour" and "Last 24 hours" count elapsed time; "Last 7/30 days"
 * start at the same wall time 7/30 calendar days back (so across a DST change they last an hour more or less);
 * Today, This month and Last month cover whole calendar days from 00:00:00 to 23:59:59.
 */
WallRange compute(Preset preset, qint64 nowMs, const QTimeZone& zone);

QString displayName(Preset preset);
/** Stable key for settings: "last-hour", "today", ... */
QString key(Preset preset);
Preset fromKey(const QString& key, Preset fallback);

} // namespace RangePreset

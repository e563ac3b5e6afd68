// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>

/**
 * Wall time <-> instants in a chosen zone. Qt 6.4's QDateTimeEdit has no time-zone property, so the date pickers
 * hold naive wall time (a QDateTime in Qt::UTC used as a plain date and time) and these functions convert.
 */
namespace WallClock {

enum class Bound { Start, End };

/**
 * The instant (UTC epoch ms) at which the zone's clocks show wall's date and time. When the clocks go back and the
 * time occurs twice, Start takes the earlier instant and End the later (the range covers the whole hour); when the
 * clocks jump forward over it, both take the first instant after the gap.
 */
qint64 toUtcMs(const QDateTime& wall, const QTimeZone& zone, Bound bound);

/** What the zone's clocks show at ms, as naive wall time (Qt::UTC spec). */
QDateTime fromUtcMs(qint64 ms, const QTimeZone& zone);

/** A naive wall time from a date and a time. */
QDateTime wall(QDate date, QTime time);

} // namespace WallClock

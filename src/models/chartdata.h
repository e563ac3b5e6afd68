// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

/**
 * The figures behind the charts, computed from raw numbers (never display text) and free of widgets, so each rule
 * (top N plus Others, stacks, time buckets in a zone, unique labels) is tested on its own.
 */
namespace ChartData {

/** One bar of a per-group chart: a row of the result, or the Others bar that sums the rows after the top N. */
struct GroupBar
{
    QString id; ///< the row's full id; empty for Others (and for the row without a value)
    int resultRow = -1; ///< index into UsageResult::rows; -1 for Others
    int memberCount = 1; ///< rows summed into this bar
    Usage::Totals totals;

    bool isOthers() const { return resultRow < 0; }
};

/**
 * The topN rows of rows[indices] by cost (largest first, ties in the result's order; rows in the result's order,
 * cost descending then id, as UsageResult::rows are), then one Others bar with the
 * rest when there is a rest (a rest of a single row is shown as that row). The bars' totals add up to
 * indexedTotals, the totals of all the indexed rows (known to the caller: Others is what the named bars leave).
 */
QList<GroupBar> topGroups(
    const QList<Usage::GroupUsage>& rows, const QList<int>& indices, int topN, const Usage::Totals& indexedTotals);

/** text with its middle replaced by "…", keeping head leading and tail trailing characters. */
QString elideMiddle(const QString& text, int head, int tail);

/**
 * Labels for texts of at most maxChars characters where possible: long texts lose their middle and keep a tail;
 * where two labels would be equal the tails grow until they differ (or a " #n" suffix tells them apart), because a
 * category axis drops duplicates. Texts that are equal to begin with get the suffix as well.
 */
QStringList uniqueElidedLabels(const QStringList& texts, int maxChars);

/**
 * Bucket width for a span of time: hours up to 3 days, days up to 120 days, weeks beyond; never finer than the
 * finest width the data has.
 */
Usage::Granularity autoGranularity(qint64 spanMs, Usage::Granularity finest);

/** How fine a granularity is: Hour < Day < Week. */
inline int fineness(Usage::Granularity g)
{
    return int(g);
}

/** One step of a cost-over-time chart: [startMs, endMs) in UTC epoch ms, with its wall-time label in the zone. */
struct TimeBucket
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    Usage::Totals totals;
    QString label;
};

/**
 * Sums the sparse series (bucket starts of a finer or equal width in zone) into buckets of width g in zone, dense
 * from the first bucket with data to the last one (empty buckets in between are zero). Labels are wall time in the
 * zone and unique: an hour repeated by a DST change carries its UTC offset.
 */
QList<TimeBucket> timeBuckets(
    const QList<QList<Usage::BucketTotals>>& series, const QTimeZone& zone, Usage::Granularity g);

/** A count in compact form for axes: "950", "12.5k", "3.2M", "1.1G". */
QString compactCount(double value);

/** A scale for a token axis whose largest value is max: divide by divisor, then show with the suffix. */
struct CountScale
{
    double divisor = 1;
    QString suffix;
};
CountScale countScale(double max);

} // namespace ChartData

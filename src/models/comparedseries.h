// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * A row's cost over time beside the comparison range's, as the detail panel draws them: bucket i of the comparison
 * range (counted from the bucket holding its start) is placed on bucket i of the current range, so both lines share
 * the current range's time axis.
 */
class ComparedSeries
{
    Q_DECLARE_TR_FUNCTIONS(ComparedSeries)
public:
    /** One bucket of the previous period, placed on the current range's bucket at the same offset. */
    struct PreviousBucket
    {
        qint64 startMs = 0; ///< the current range's bucket it is drawn at
        qint64 previousStartMs = 0; ///< its own bucket in the comparison range
        Usage::Totals totals;
        friend bool operator==(const PreviousBucket&, const PreviousBucket&) = default;
    };

    ComparedSeries() = default;
    /** row's series and, when query has a comparison, its previous series aligned by offset from the range starts. */
    ComparedSeries(const Usage::GroupUsage& row, const Usage::UsageQuery& query);

    const QList<Usage::BucketTotals>& current() const { return m_current; }
    const QList<PreviousBucket>& previous() const { return m_previous; }
    bool hasComparison() const { return m_hasComparison; }
    bool isEmpty() const { return m_current.isEmpty() && m_previous.isEmpty(); }

    /** The hover text of the current range's bucket startMs: its cost and the previous period's at that offset. */
    QString toolTip(qint64 startMs) const;

    /**
     * Places each bucket of previous (starts of buckets of width g in zone, ascending) on the bucket at the same
     * offset from currentStartMs's bucket as it has from previousStartMs's bucket.
     */
    static QList<PreviousBucket> align(const QList<Usage::BucketTotals>& previous, const QTimeZone& zone,
        Usage::Granularity g, qint64 previousStartMs, qint64 currentStartMs);

private:
    QString bucketText(qint64 startMs) const;
    /** The comparison range's bucket at the same offset as the current range's bucket startMs. */
    qint64 previousBucketOf(qint64 startMs) const;

    QList<Usage::BucketTotals> m_current;
    QList<PreviousBucket> m_previous;
    QTimeZone m_zone = QTimeZone::utc();
    Usage::Granularity m_granularity = Usage::Granularity::Day;
    bool m_hasComparison = false;
    qint64 m_currentStartMs = 0; ///< where the offsets count from, when there is a comparison
    qint64 m_previousStartMs = 0;
};

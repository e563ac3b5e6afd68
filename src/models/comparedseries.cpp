// SPDX-License-Identifier: MIT
#include "models/comparedseries.h"

#include "models/displayformat.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

ComparedSeries::ComparedSeries(const Usage::GroupUsage& row, const Usage::UsageQuery& query)
    : m_current(row.series)
    , m_zone(query.zone)
    , m_granularity(query.granularity)
    , m_hasComparison(query.hasComparison())
{
    if (!m_hasComparison)
        return;
    // an open current range (custom comparisons allow one) starts at its first bucket with data
    m_previousStartMs = *query.compareStartMs;
    m_currentStartMs = m_previousStartMs;
    if (query.startMs)
        m_currentStartMs = *query.startMs;
    else if (!row.series.isEmpty())
        m_currentStartMs = row.series.constFirst().startMs;
    m_previous = align(row.previousSeries, m_zone, m_granularity, m_previousStartMs, m_currentStartMs);
}

QList<ComparedSeries::PreviousBucket> ComparedSeries::align(const QList<Usage::BucketTotals>& previous,
    const QTimeZone& zone, Usage::Granularity g, qint64 previousStartMs, qint64 currentStartMs)
{
    QList<PreviousBucket> out;
    out.reserve(previous.size());
    // walk both ranges' buckets in step: calendar buckets (days across DST, weeks) differ in length
    auto from = Usage::bucketBounds(zone, g, previousStartMs);
    auto to = Usage::bucketBounds(zone, g, currentStartMs);
    for (const Usage::BucketTotals& bucket : previous) {
        if (bucket.startMs < from.first)
            continue; // before the comparison range: not a bucket of it
        while (bucket.startMs >= from.second) {
            from = Usage::bucketBounds(zone, g, from.second);
            to = Usage::bucketBounds(zone, g, to.second);
        }
        if (!out.isEmpty() && out.constLast().startMs == to.first) {
            out.last().totals.add(bucket.totals); // a finer series: its buckets add up
            continue;
        }
        out.append({ to.first, from.first, bucket.totals });
    }
    return out;
}

qint64 ComparedSeries::previousBucketOf(qint64 startMs) const
{
    auto from = Usage::bucketBounds(m_zone, m_granularity, m_currentStartMs);
    auto to = Usage::bucketBounds(m_zone, m_granularity, m_previousStartMs);
    while (startMs >= from.second) {
        from = Usage::bucketBounds(m_zone, m_granularity, from.second);
        to = Usage::bucketBounds(m_zone, m_granularity, to.second);
    }
    return to.first;
}

QString ComparedSeries::bucketText(qint64 startMs) const
{
    if (m_granularity == Usage::Granularity::Hour)
        return DisplayFormat::dateTime(startMs, m_zone);
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date(), QLocale::ShortFormat);
}

QString ComparedSeries::toolTip(qint64 startMs) const
{
    const auto current = std::find_if(
        m_current.cbegin(), m_current.cend(), [startMs](const Usage::BucketTotals& b) { return b.startMs == startMs; });
    const Usage::Sum cost = current == m_current.cend() ? 0 : current->totals.costNanos;
    QString text = tr("%1: %2").arg(bucketText(startMs), DisplayFormat::money(double(cost)));
    if (!m_hasComparison)
        return text;
    const auto previous = std::find_if(
        m_previous.cbegin(), m_previous.cend(), [startMs](const PreviousBucket& b) { return b.startMs == startMs; });
    const Usage::Sum previousCost = previous == m_previous.cend() ? 0 : previous->totals.costNanos;
    const qint64 previousStart = previous == m_previous.cend() ? previousBucketOf(startMs) : previous->previousStartMs;
    return text + QLatin1Char('\n')
        + tr("Previous period (%1): %2").arg(bucketText(previousStart), DisplayFormat::money(double(previousCost)));
}

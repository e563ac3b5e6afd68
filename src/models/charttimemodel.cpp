// SPDX-License-Identifier: MIT
#include "models/charttimemodel.h"

#include "models/usagetablemodel.h"

#include <limits>

ChartTimeModel::ChartTimeModel(QObject* parent)
    : ChartSourceModel(parent)
{
}

ChartTimeModel::~ChartTimeModel() = default;

void ChartTimeModel::setSelectedRows(const QList<int>& resultRows)
{
    if (resultRows == m_selected)
        return;
    m_selected = resultRows;
    if (m_scope == Scope::SelectedRows)
        refresh();
}

void ChartTimeModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refresh();
}

void ChartTimeModel::setGranularity(std::optional<Usage::Granularity> g)
{
    if (g == m_chosen)
        return;
    m_chosen = g;
    refresh();
}

Usage::Granularity ChartTimeModel::finestGranularity() const
{
    return m_source ? m_source->result().query.granularity : Usage::Granularity::Day;
}

QTimeZone ChartTimeModel::zone() const
{
    return m_source ? m_source->result().query.zone : QTimeZone::utc();
}

void ChartTimeModel::compute()
{
    QList<QList<Usage::BucketTotals>> series;
    if (m_source && m_source->hasResult()) {
        const Usage::UsageResult& result = m_source->result();
        const QList<int>& visible = m_source->visibleRows();
        const QList<int>& rows = m_scope == Scope::ShownRows ? visible : m_selected;
        if (m_scope == Scope::ShownRows && visible.size() == result.rows.size() && !result.series.isEmpty()) {
            // every row is shown: the result's own series is their sum (and the only one the API's bucketed
            // queries have), at a fraction of the work
            series = { result.series };
        } else {
            series.reserve(rows.size());
            for (int row : rows) {
                if (row >= 0 && row < result.rows.size() && !result.rows[row].series.isEmpty())
                    series.append(result.rows[row].series);
            }
        }
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QList<Usage::BucketTotals>& one : std::as_const(series)) {
        if (one.isEmpty())
            continue;
        first = std::min(first, one.constFirst().startMs);
        last = std::max(last, one.constLast().startMs);
    }
    const Usage::Granularity finest = finestGranularity();
    Usage::Granularity g = finest;
    if (m_chosen)
        g = ChartData::fineness(*m_chosen) < ChartData::fineness(finest) ? finest : *m_chosen;
    else if (m_source && m_source->result().query.startMs && m_source->result().query.endMs)
        g = ChartData::autoGranularity(*m_source->result().query.endMs - *m_source->result().query.startMs, finest);
    else if (first <= last) // an open range: the data's own span
        g = ChartData::autoGranularity(last - first, finest);

    m_granularity = g;
    m_buckets = ChartData::timeBuckets(series, zone(), g);
}

Usage::Totals ChartTimeModel::total() const
{
    Usage::Totals sum;
    for (const ChartData::TimeBucket& bucket : m_buckets)
        sum.add(bucket.totals);
    return sum;
}

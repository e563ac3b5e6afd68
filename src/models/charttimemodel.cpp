// SPDX-License-Identifier: MIT
#include "models/charttimemodel.h"

#include "models/displayformat.h"
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
        rebuild();
}

void ChartTimeModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    rebuild();
}

void ChartTimeModel::setGranularity(std::optional<Usage::Granularity> g)
{
    if (g == m_chosen)
        return;
    m_chosen = g;
    rebuild();
}

Usage::Granularity ChartTimeModel::finestGranularity() const
{
    return m_source ? m_source->result().query.granularity : Usage::Granularity::Day;
}

QTimeZone ChartTimeModel::zone() const
{
    return m_source ? m_source->result().query.zone : QTimeZone::utc();
}

void ChartTimeModel::rebuild()
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

    beginResetModel();
    m_granularity = g;
    m_buckets = ChartData::timeBuckets(series, zone(), g);
    endResetModel();
}

Usage::Totals ChartTimeModel::total() const
{
    Usage::Totals sum;
    for (const ChartData::TimeBucket& bucket : m_buckets)
        sum.add(bucket.totals);
    return sum;
}

int ChartTimeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int ChartTimeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ChartTimeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChartData::TimeBucket& bucket = m_buckets[index.row()];
    if (role == EndRole)
        return bucket.endMs;
    switch (index.column()) {
    case Start:
        if (role == Qt::DisplayRole)
            return bucket.label;
        if (role == Qt::ToolTipRole)
            return tr("%1 to %2 (%3)")
                .arg(DisplayFormat::dateTime(bucket.startMs, zone()), DisplayFormat::dateTime(bucket.endMs, zone()),
                    DisplayFormat::zoneName(zone()));
        if (role == RawValueRole)
            return bucket.startMs;
        return {};
    case Cost:
        if (role == Qt::DisplayRole)
            return DisplayFormat::money(double(bucket.totals.costNanos));
        if (role == Qt::ToolTipRole)
            return DisplayFormat::moneyExact(bucket.totals.costNanos);
        if (role == RawValueRole)
            return bucket.totals.costNanos;
        return {};
    case Requests:
    case Tokens: {
        const qint64 value = index.column() == Requests ? bucket.totals.requests : bucket.totals.totalTokens();
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return DisplayFormat::count(value);
        if (role == RawValueRole)
            return value;
        return {};
    }
    default:
        return {};
    }
}

QVariant ChartTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Start");
    case Cost:
        return tr("Cost");
    case Requests:
        return tr("Requests");
    case Tokens:
        return tr("Tokens");
    default:
        return {};
    }
}

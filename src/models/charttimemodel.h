// SPDX-License-Identifier: MIT
#pragma once

#include "models/chartdata.h"
#include "models/chartsourcemodel.h"

#include <optional>

/**
 * The steps of the cost-over-time chart: the series of the rows a UsageTableModel shows (or of chosen rows), summed
 * into hour, day or week buckets in the result's time zone, with labels computed in that zone. Follows the table.
 */
class ChartTimeModel : public ChartSourceModel
{
    Q_OBJECT
public:
    enum class Scope { ShownRows, SelectedRows };

    explicit ChartTimeModel(QObject* parent = nullptr);
    ~ChartTimeModel() override;

    /** Rows (indices into the result's rows) for Scope::SelectedRows. */
    void setSelectedRows(const QList<int>& resultRows);
    const QList<int>& selectedRows() const { return m_selected; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    /** A fixed bucket width, or nullopt (the default) to choose it by the query's range, or the data's span when the
     *  range is open. */
    void setGranularity(std::optional<Usage::Granularity> g);
    std::optional<Usage::Granularity> chosenGranularity() const { return m_chosen; }
    /** The width in use: the chosen one, never finer than the result's series. */
    Usage::Granularity granularity() const { return m_granularity; }
    /** The finest width the result's series allow (the query's). */
    Usage::Granularity finestGranularity() const;
    QTimeZone zone() const;

    const QList<ChartData::TimeBucket>& buckets() const { return m_buckets; }
    /** Sum of all buckets. */
    Usage::Totals total() const;

private:
    void compute() override;

    QList<int> m_selected;
    Scope m_scope = Scope::ShownRows;
    std::optional<Usage::Granularity> m_chosen;
    Usage::Granularity m_granularity = Usage::Granularity::Day;
    QList<ChartData::TimeBucket> m_buckets;
};

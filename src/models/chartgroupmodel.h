// SPDX-License-Identifier: MIT
#pragma once

#include "models/chartdata.h"
#include "models/chartsourcemodel.h"

/**
 * The bars of the per-group charts: the top N of the rows a UsageTableModel shows (after its filter), by cost, and
 * one Others bar, so the bars add up to the table's totals line. Follows the table as its rows change.
 */
class ChartGroupModel : public ChartSourceModel
{
    Q_OBJECT
public:
    explicit ChartGroupModel(QObject* parent = nullptr);
    ~ChartGroupModel() override;

    /** Named bars before Others (default 15). */
    void setTopN(int n);
    int topN() const { return m_topN; }
    /** Longest label in characters before the middle is elided (default 28). */
    void setMaxLabelChars(int chars);

    /** Largest first; Others, when there is one, last. */
    const QList<ChartData::GroupBar>& bars() const { return m_bars; }
    /** Unique, middle-elided labels, one per bar. */
    const QStringList& labels() const { return m_labels; }
    /** The bar's full name: its id, "(none)" or "Others (12 rows)". */
    static QString name(const ChartData::GroupBar& bar);
    /** Sum of all bars: the totals of the rows the table shows. */
    Usage::Totals total() const;
    bool hasCacheTokens() const;

    /** Text for the Others bar: "Others (12 rows)". */
    static QString othersLabel(int memberCount);
    /** Label of a row that has no value for the grouping. */
    static QString noneLabel();

private:
    void compute() override;

    QList<ChartData::GroupBar> m_bars;
    QStringList m_labels;
    int m_topN = 15;
    int m_maxLabelChars = 28;
};

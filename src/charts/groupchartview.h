// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartview.h"
#include "models/chartdata.h"

class ChartGroupModel;

/**
 * A chart with one item per bar of a ChartGroupModel (the top N rows and Others). Hovering an item reads out its
 * exact figures; clicking it selects its row in the table.
 */
class GroupChartView : public ChartView
{
    Q_OBJECT
public:
    using ChartView::ChartView;

    void setGroups(ChartGroupModel* groups);

protected:
    ChartGroupModel* groups() const { return m_groups; }
    /** The grouping's name for titles: "user", "model", "provider" or the property. */
    QString groupTitle() const;
    bool isSelected(const ChartData::GroupBar& bar) const;
    /** A category axis on the left with the bars' labels (largest on top) and valueAxis at the bottom. */
    void addBarAxes(QChart* chart, QAbstractBarSeries* series, QValueAxis* valueAxis) const;

    QString itemText(int bar) const override;
    void activateItem(int bar) override;

private:
    ChartGroupModel* m_groups = nullptr;
};

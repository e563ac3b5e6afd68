// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"
#include "models/comparedseries.h"

#include <QWidget>

#include <memory>

class ModelBreakdownModel;
class QChart;
class QChartView;
class QDateTimeAxis;

namespace Ui {
class DetailPanel;
}

/** The selected row in depth: its per-model breakdown, first and last request, and its cost over time. */
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget* parent = nullptr);
    ~DetailPanel() override;

    /** Shows row (of a result with the given query); nullptr clears the panel. */
    void setGroup(const Usage::GroupUsage* row, const Usage::UsageQuery& query, bool hasTimes,
        const Usage::PricingSummary& pricing = {});
    ModelBreakdownModel* breakdownModel() const { return m_breakdown; }
    /** What the chart draws: the row's cost over time and, with a comparison, the previous period's. */
    const ComparedSeries& comparedSeries() const { return m_compared; }
    /** The hover text of the chart's bucket nearest to x (the chart's x value); empty without a chart. */
    QString toolTipAt(double x) const;

private:
    void updateChart(const Usage::GroupUsage* row, const Usage::UsageQuery& query);
    void costBesideModel();
    /** Sets the date axis's tick count to the labels that fit the plot's width whole. */
    void fitDateTicks();
    static int dateLabelWidth(const QDateTimeAxis* axis);
    void showToolTip(const QPointF& point, bool state);

    std::unique_ptr<Ui::DetailPanel> ui;
    ModelBreakdownModel* m_breakdown;
    QChartView* m_chartView;
    ComparedSeries m_compared;
    QList<std::pair<double, qint64>> m_points; ///< x of each drawn bucket and its start in the current range
};

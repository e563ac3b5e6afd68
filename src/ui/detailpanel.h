// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

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

private:
    void updateChart(const Usage::GroupUsage* row, const Usage::UsageQuery& query);
    void costBesideModel();
    /** Sets the date axis's tick count to the labels that fit the plot's width whole. */
    void fitDateTicks();
    static int dateLabelWidth(const QDateTimeAxis* axis);

    std::unique_ptr<Ui::DetailPanel> ui;
    ModelBreakdownModel* m_breakdown;
    QChartView* m_chartView;
};

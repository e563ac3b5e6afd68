// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ChartsPanel;
}

class ChartGroupModel;
class ChartTimeModel;
class ChartView;
class MoversChart;
class QChart;
class QChartView;
class UsageTableModel;

/**
 * Charts of the rows a UsageTableModel shows: cost per group (top N and Others), tokens per group, cost over time
 * the share of cost and, for a comparison, the movers, one page each, with their controls. They follow the table's rows
 * and filter, read raw numbers from the chart models, and save as PNG or SVG or copy to the clipboard.
 */
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { CostPerGroup, TokensPerGroup, CostOverTime, CostShare, Movers, WhatIf };
    Q_ENUM(Kind)

    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    void setSourceModel(UsageTableModel* table);
    ChartGroupModel* groupModel() const { return m_groups; }
    ChartTimeModel* timeModel() const { return m_time; }
    MoversChart* moversChart() const;
    /** Whether the Movers page can be chosen: only for a result with a comparison. */
    bool hasMovers() const;
    /** True when the table's result is priced (the what-if chart has figures to show). */
    bool hasPricing() const;

    void setKind(Kind kind);
    Kind kind() const;
    /** Kind for "cost", "tokens", "time", "share" or "movers" (command line and settings); false when key is unknown.
     */
    static bool kindFromKey(const QString& key, Kind* kind);
    static QString kindKey(Kind kind);

    void setTopN(int n);
    int topN() const;

    /** The rows selected in the table (indices into the result's rows): highlighted, and charted over time. */
    void setSelectedRows(const QList<int>& resultRows);
    /** Cost over time of the selected rows instead of all shown rows. */
    void setTimeOfSelectedRows(bool selected);

    /** The chart on show, rebuilt first when its data changed. */
    QChart* chart();
    QChartView* chartView() const;
    /** The exact figures under the pointer (or of the last bar hovered). */
    QString hoverText() const;

    /** Writes the chart as PNG, or as SVG when path ends in .svg; false with error set when it fails. */
    bool saveChart(const QString& path, QString* error);
    void copyChart();

Q_SIGNALS:
    /** A bar or slice of a row was clicked (index into the result's rows). */
    void rowActivated(int resultRow);

private:
    ChartView* currentView() const;
    QList<ChartView*> views() const;
    void updateControls();
    /** Shows the Movers tab when the table's result has a comparison, and leaves it when not. */
    void updateMoversTab();
    void showReadout(const QString& text);
    void chooseSaveFile();

    std::unique_ptr<Ui::ChartsPanel> ui;
    ChartGroupModel* m_groups;
    ChartTimeModel* m_time;
    UsageTableModel* m_table = nullptr;
    QList<int> m_selected;
};

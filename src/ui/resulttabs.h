// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class ChartsPanel;
class QSettings;
class ResultsView;
class TotalsModel;
class UsageTableModel;

namespace Ui {
class ResultTabs;
}

/** The two views of the rows shown, as tabs: the table and the charts, whose selections follow each other. */
class ResultTabs : public QWidget
{
    Q_OBJECT
public:
    explicit ResultTabs(QWidget* parent = nullptr);
    ~ResultTabs() override;

    /** The models both views show; not owned. Call once. */
    void setModels(UsageTableModel* table, TotalsModel* totals);
    ResultsView* resultsView() const;
    ChartsPanel* chartsPanel() const;

    void showTable();
    void showCharts();
    /** Shows a view by name: "table", "charts", or a chart (ChartsPanel::kindKey); false for any other name. */
    bool showView(const QString& name);
    /** The selected rows' cost over time, on the Charts tab. */
    void showSelectionInCharts();

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

private:
    void updateChartSelection();

    std::unique_ptr<Ui::ResultTabs> ui;
};

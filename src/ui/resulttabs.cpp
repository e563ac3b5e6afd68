// SPDX-License-Identifier: MIT
#include "ui/resulttabs.h"

#include "charts/chartspanel.h"
#include "ui/resultsview.h"
#include "ui_resulttabs.h"

#include <QSettings>

ResultTabs::ResultTabs(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultTabs>())
{
    ui->setupUi(this);
}

ResultTabs::~ResultTabs() = default;

void ResultTabs::setModels(UsageTableModel* table, TotalsModel* totals)
{
    ui->resultsView->setModels(table, totals);
    // the charts show the rows the table shows; the table's selection is highlighted there, and a click on a bar
    // selects its row in the table
    ui->chartsPanel->setSourceModel(table);
    connect(ui->resultsView, &ResultsView::selectedRowsChanged, this, &ResultTabs::updateChartSelection);
    connect(ui->resultsView, &ResultsView::showInChartsRequested, this, &ResultTabs::showSelectionInCharts);
    connect(ui->chartsPanel, &ChartsPanel::rowActivated, ui->resultsView, &ResultsView::selectResultRow);
}

ResultsView* ResultTabs::resultsView() const
{
    return ui->resultsView;
}

ChartsPanel* ResultTabs::chartsPanel() const
{
    return ui->chartsPanel;
}

void ResultTabs::showTable()
{
    ui->viewTabs->setCurrentWidget(ui->resultsView);
}

void ResultTabs::showCharts()
{
    ui->viewTabs->setCurrentWidget(ui->chartsTab);
}

bool ResultTabs::showView(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("table")) {
        showTable();
        return true;
    }
    if (key == QLatin1String("charts")) {
        showCharts();
        return true;
    }
    ChartsPanel::Kind kind {};
    if (!ChartsPanel::kindFromKey(key, &kind))
        return false;
    ui->chartsPanel->setKind(kind);
    showCharts();
    return true;
}

void ResultTabs::showSelectionInCharts()
{
    updateChartSelection();
    ui->chartsPanel->setTimeOfSelectedRows(true);
    ui->chartsPanel->setKind(ChartsPanel::Kind::CostOverTime);
    showCharts();
}

void ResultTabs::updateChartSelection()
{
    ui->chartsPanel->setSelectedRows(ui->resultsView->selectedResultRows());
}

void ResultTabs::saveSettings(QSettings& settings) const
{
    ui->resultsView->saveSettings(settings);
    settings.setValue(QStringLiteral("view/tab"),
        ui->viewTabs->currentWidget() == ui->chartsTab ? QStringLiteral("charts") : QStringLiteral("table"));
    // the charts panel's own keys, through its public API
    settings.setValue(QStringLiteral("charts/kind"), ChartsPanel::kindKey(ui->chartsPanel->kind()));
    settings.setValue(QStringLiteral("charts/bars"), ui->chartsPanel->topN());
}

void ResultTabs::restoreSettings(const QSettings& settings)
{
    ui->resultsView->restoreSettings(settings);
    ChartsPanel::Kind kind {};
    if (ChartsPanel::kindFromKey(settings.value(QStringLiteral("charts/kind")).toString(), &kind))
        ui->chartsPanel->setKind(kind);
    bool ok = false;
    const int bars = settings.value(QStringLiteral("charts/bars")).toInt(&ok);
    if (ok && bars >= 1 && bars <= 100)
        ui->chartsPanel->setTopN(bars);
    showView(settings.value(QStringLiteral("view/tab")).toString()); // anything else keeps the table
}

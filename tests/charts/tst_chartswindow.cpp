// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/mainwindow.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

/** The charts inside the main window: they follow the table, and the table follows a click on a bar. */

namespace {

int lineSeries(ChartsPanel* charts)
{
    const auto series = charts->chart()->series();
    return int(std::count_if(series.begin(), series.end(),
        [](QAbstractSeries* s) { return s->type() != QAbstractSeries::SeriesTypeScatter; }));
}

} // namespace

class TestChartsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartswindow"));
        QFile::remove(QSettings().fileName());
    }
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }

    void chartsFollowTheTableAndSelectItsRows()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.openFiles({ QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl") });
        QVERIFY(shown.wait(30000));
        UsageTableModel* table = window.tableModel();
        ChartsPanel* charts = window.chartsPanel();
        QVERIFY(charts);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        QVERIFY(!charts->isVisible()); // the table comes first

        QVERIFY(!window.showView(QStringLiteral("pie")));
        QVERIFY(window.showView(QStringLiteral("share")));
        QVERIFY(charts->isVisible());
        QCOMPARE(charts->kind(), ChartsPanel::Kind::CostShare);
        QVERIFY(window.showView(QStringLiteral("cost")));
        QCOMPARE(charts->kind(), ChartsPanel::Kind::CostPerGroup);
        QCOMPARE(charts->groupModel()->total(), table->visibleTotals());

        // the filter box narrows the rows; the bars follow and still add up to the totals line
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("user_1"));
        QTRY_VERIFY(table->rowCount() < int(table->result().rows.size()));
        QCOMPARE(charts->groupModel()->total(), table->visibleTotals());
        QVERIFY(charts->chart()->title().contains(QString::number(table->rowCount())));

        // a click on a bar selects its row in the table (the second costliest is drawn second from the top)
        const ChartData::GroupBar second = charts->groupModel()->bars().at(1);
        auto* bars = qobject_cast<QAbstractBarSeries*>(charts->chart()->series().value(0));
        QVERIFY(bars);
        Q_EMIT bars->clicked(int(charts->groupModel()->bars().size()) - 2, bars->barSets().constFirst());
        auto* view = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QCOMPARE(view->currentIndex().data(UsageTableModel::ResultRowRole).toInt(), second.resultRow);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        // ... and the selection comes back to the charts
        QCOMPARE(charts->timeModel()->selectedRows(), QList<int> { second.resultRow });

        // show in charts: the selected rows' cost over time
        QVERIFY(window.showView(QStringLiteral("table")));
        view->selectionModel()->select(
            table->index(0, UsageColumn::Id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        window.showSelectionInCharts();
        QVERIFY(charts->isVisible());
        QCOMPARE(charts->kind(), ChartsPanel::Kind::CostOverTime);
        QCOMPARE(charts->timeModel()->scope(), ChartTimeModel::Scope::SelectedRows);
        QCOMPARE(charts->timeModel()->total().costNanos,
            table->groupAt(0).totals.costNanos + table->result().rows[second.resultRow].totals.costNanos);
        QCOMPARE(lineSeries(charts), 1); // a partial last bucket adds a scatter point
    }

    void selectingTheRowsInTheTableChartsThemOverTime()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.openFiles({ QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl") });
        QVERIFY(shown.wait(30000));
        UsageTableModel* table = window.tableModel();
        ChartsPanel* charts = window.chartsPanel();
        auto* view = window.findChild<QTableView*>(QStringLiteral("tableView"));
        view->selectionModel()->select(QItemSelection(table->index(1, 0), table->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(window.showView(QStringLiteral("time")));
        charts->setTimeOfSelectedRows(true);
        const qint64 expected = table->groupAt(1).totals.costNanos + table->groupAt(2).totals.costNanos;
        QCOMPARE(charts->timeModel()->total().costNanos, expected);
        QCOMPARE(lineSeries(charts), 1); // a partial last bucket adds a scatter point
    }
};

QTEST_MAIN(TestChartsWindow)
#include "tst_chartswindow.moc"

// SPDX-License-Identifier: MIT
// The window with a comparison: the "Compare with" choice, the change columns, the totals line, the status line
// and the movers chart, from a dump with requests in two months.
#include "charts/chartspanel.h"
#include "charts/moverschart.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/alerteditor.h"
#include "ui/compareselector.h"
#include "ui/detailpanel.h"
#include "ui/mainwindow.h"
#include "ui/rangeselector.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// October 2025 against September 2025: alice rose, bob fell, carol is new, dave is gone
const char* const kDump = R"({"request_user_id":"alice","cost":0.5,"request_created_at":"2025-10-02T10:00:00.000Z"}
{"request_user_id":"alice","cost":0.25,"request_created_at":"2025-10-20T10:00:00.000Z"}
{"request_user_id":"bob","cost":0.1,"request_created_at":"2025-10-05T10:00:00.000Z"}
{"request_user_id":"carol","cost":0.2,"request_created_at":"2025-10-30T23:00:00.000Z"}
{"request_user_id":"alice","cost":0.5,"request_created_at":"2025-09-02T10:00:00.000Z"}
{"request_user_id":"bob","cost":0.3,"request_created_at":"2025-09-10T10:00:00.000Z"}
{"request_user_id":"bob","cost":0.1,"request_created_at":"2025-09-30T23:59:59.000Z"}
{"request_user_id":"dave","cost":0.3,"request_created_at":"2025-09-01T00:00:00.000Z"}
{"request_user_id":"erin","cost":9,"request_created_at":"2025-08-31T23:59:59.000Z"}
)";

/** The status line's text (its label is named "Status" for screen readers). */
QString statusText(const MainWindow& window)
{
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->accessibleName() == QStringLiteral("Status"))
            return label->text();
    }
    return {};
}

QDateTime wall(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

/** Makes the row of id the table's current row, which the detail panel shows. */
void selectRow(QTableView* view, const QString& id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(UsageTableModel::IdRole).toString() == id)
            view->setCurrentIndex(index);
    }
}

/** The detail panel chart's line named name; nullptr when it has none. */
QLineSeries* detailLine(const MainWindow& window, const QString& name)
{
    const QChart* chart = window.findChild<DetailPanel*>()->findChild<QChartView*>()->chart();
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries*>(series);
    }
    return nullptr;
}

/** Where the detail chart draws the day starting at UTC midnight: its wall time on the date axis. */
double dayX(int y, int m, int d)
{
    return double(QDateTime(QDate(y, m, d), QTime(0, 0)).toMSecsSinceEpoch());
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void init() { QFile::remove(QSettings().fileName()); }
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }

    void allTimeHasNothingToCompareWith()
    {
        MainWindow window;
        auto* compare = window.findChild<CompareSelector*>();
        QVERIFY(compare);
        auto* combo = compare->findChild<QComboBox*>(QStringLiteral("modeCombo"));
        window.rangeSelector()->setPreset(RangePreset::AllTime);
        QVERIFY(!combo->isEnabled());
        QVERIFY(combo->toolTip().contains(QStringLiteral("All time")));
        window.rangeSelector()->setPreset(RangePreset::Last7Days);
        QVERIFY(combo->isEnabled());
    }

    void comparesTwoMonths()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDump);
        file.close();

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.rangeSelector()->setPreset(RangePreset::Custom);
        window.rangeSelector()->setWallRange(wall(2025, 10, 1, 0, 0, 0), wall(2025, 10, 30, 23, 59, 59));
        auto* compare = window.findChild<CompareSelector*>();
        compare->setMode(Usage::CompareMode::PreviousPeriod);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);

        UsageTableModel* model = window.tableModel();
        const Usage::UsageQuery& query = model->result().query;
        QVERIFY(query.hasComparison());
        // 30 days before 2025-10-01: all of September
        QCOMPARE(*query.compareStartMs, wall(2025, 9, 1, 0, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(*query.compareEndMs, wall(2025, 10, 1, 0, 0, 0).toMSecsSinceEpoch() - 1);
        QCOMPARE(model->rowCount(), 4);
        auto cell = [model](const char* id, int column, int role = Qt::DisplayRole) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(UsageTableModel::IdRole).toString() == QString::fromUtf8(id))
                    return model->index(row, column).data(role);
            }
            return QVariant();
        };
        // money below $1 shows three significant digits
        QCOMPARE(cell("alice", UsageColumn::Cost).toString(), QStringLiteral("$0.750"));
        QCOMPARE(cell("alice", UsageColumn::PreviousCost).toString(), QStringLiteral("$0.500"));
        QCOMPARE(cell("alice", UsageColumn::CostChange).toString(), QStringLiteral("▲ +$0.250"));
        QCOMPARE(cell("alice", UsageColumn::CostChangeRatio).toString(), QStringLiteral("▲ +50.0%"));
        QCOMPARE(cell("alice", UsageColumn::CountChange).toString(), QStringLiteral("▲ +1"));
        QCOMPARE(cell("bob", UsageColumn::PreviousRequests).toString(), QStringLiteral("2"));
        QCOMPARE(cell("bob", UsageColumn::CostChange, UsageTableModel::RawValueRole).toLongLong(), -300'000'000);
        QCOMPARE(cell("bob", UsageColumn::CostChangeRatio).toString(), QStringLiteral("▼ -75.0%"));
        QCOMPARE(cell("carol", UsageColumn::CostChangeRatio).toString(), QStringLiteral("new"));
        QVERIFY(!cell("carol", UsageColumn::CostChangeRatio, UsageTableModel::RawValueRole).isValid());
        QCOMPARE(cell("dave", UsageColumn::Cost).toString(), QStringLiteral("$0.00"));
        QCOMPARE(cell("dave", UsageColumn::CostChangeRatio).toString(), QStringLiteral("▼ -100.0%"));

        auto* view = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QVERIFY(view);
        QVERIFY(!view->isColumnHidden(UsageColumn::CostChange));
        QVERIFY(!view->isColumnHidden(UsageColumn::CostChangeRatio));

        // the totals line: both periods and the change
        auto total = [&window](int column) { return window.totalsModel()->index(0, column).data().toString(); };
        QCOMPARE(total(UsageColumn::Cost), QStringLiteral("$1.05"));
        QCOMPARE(total(UsageColumn::PreviousCost), QStringLiteral("$1.20"));
        QCOMPARE(total(UsageColumn::CostChange), QStringLiteral("▼ -$0.150"));
        QCOMPARE(total(UsageColumn::CostChangeRatio), QStringLiteral("▼ -12.5%"));
        QCOMPARE(total(UsageColumn::CountChange), QStringLiteral("0"));
        QVERIFY2(statusText(window).contains(QStringLiteral("1 new, 1 gone")), qPrintable(statusText(window)));

        // the movers: increases largest first, then decreases with the largest at the bottom (ties by id)
        ChartsPanel* charts = window.chartsPanel();
        QVERIFY(charts->hasMovers());
        charts->setKind(ChartsPanel::Kind::Movers);
        QCOMPARE(charts->kind(), ChartsPanel::Kind::Movers);
        QVERIFY(charts->chart());
        MoversChart* movers = charts->moversChart();
        QStringList ids;
        for (const Mover& m : movers->items())
            ids.append(m.id);
        QCOMPARE(ids,
            QStringList(
                { QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("bob") }));
        QCOMPARE(movers->items().at(2).changeNanos(), -300'000'000);
        // a click on a bar selects its row
        movers->activateItem(3);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data(UsageTableModel::IdRole).toString(), QStringLiteral("bob"));

        // alerts from the query panel: above $0.70 (alice) or a rise above 0.5 (carol, new; alice's is 0.5 exactly)
        auto* alerts = window.findChild<AlertEditor*>();
        QVERIFY(alerts);
        Usage::AlertRule rule;
        rule.costAboveNanos = 700'000'000;
        rule.changeAboveNanos = 500'000'000;
        alerts->setRule(rule);
        QCOMPARE(model->alertRule(), rule);
        QVERIFY(cell("alice", UsageColumn::Id, UsageTableModel::AlertRole).toBool());
        QVERIFY(cell("carol", UsageColumn::Cost, UsageTableModel::AlertRole).toBool());
        QVERIFY(!cell("bob", UsageColumn::Cost, UsageTableModel::AlertRole).toBool());
        QVERIFY(cell("carol", UsageColumn::Cost, Qt::BackgroundRole).isValid());
        QCOMPARE(model->alertCount(), 2);
        QVERIFY2(statusText(window).contains(QStringLiteral("cross an alert")), qPrintable(statusText(window)));
        alerts->setRule({});
        QCOMPARE(model->alertCount(), 0);
        QVERIFY(!statusText(window).contains(QStringLiteral("cross an alert")));

        // the export of the view carries the comparison columns
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window.exportVisibleRows(csv, ResultExport::Format::Csv));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QVERIFY(
            lines.constFirst().endsWith(",previous_count,previous_cost,cost_change,cost_change_ratio,count_change"));
        QVERIFY2(
            lines.at(1).startsWith("alice,") && lines.at(1).endsWith(",1,0.5,0.25,0.5,1"), lines.at(1).constData());

        // the detail panel: bob's cost over time and September's on October's days at the same offset
        selectRow(view, QStringLiteral("bob"));
        auto* detail = window.findChild<DetailPanel*>();
        QCOMPARE(detail->comparedSeries().current().size(), 1);
        QLineSeries* current = detailLine(window, QStringLiteral("Cost"));
        QVERIFY(current);
        QCOMPARE(current->points(), QList<QPointF>({ QPointF(dayX(2025, 10, 5), 0.1) }));
        QLineSeries* previous = detailLine(window, QStringLiteral("Previous period"));
        QVERIFY(previous);
        QCOMPARE(
            previous->points(), QList<QPointF>({ QPointF(dayX(2025, 10, 10), 0.3), QPointF(dayX(2025, 10, 30), 0.1) }));
        QCOMPARE(previous->pen().style(), Qt::DashLine);
        QVERIFY(current->chart()->legend()->isVisible());
        // hovering shows both periods' costs of a day
        QCOMPARE(detail->toolTipAt(dayX(2025, 10, 10)),
            QStringLiteral("10/10/25: $0.00\nPrevious period (9/10/25): $0.300"));
        QCOMPARE(detail->toolTipAt(dayX(2025, 10, 5) + 3600000.0),
            QStringLiteral("10/5/25: $0.100\nPrevious period (9/5/25): $0.00"));
        // dave, gone: September's line alone
        selectRow(view, QStringLiteral("dave"));
        QVERIFY(detailLine(window, QStringLiteral("Cost"))->points().isEmpty());
        QCOMPARE(detailLine(window, QStringLiteral("Previous period"))->points(),
            QList<QPointF>({ QPointF(dayX(2025, 10, 1), 0.3) }));

        // switched off: the columns and the movers go away
        compare->setMode(Usage::CompareMode::None);
        QVERIFY(window.runQuery());
        QTRY_COMPARE(ended.count(), 2);
        QVERIFY(!model->result().query.hasComparison());
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(view->isColumnHidden(UsageColumn::CostChange));
        QVERIFY(view->isColumnHidden(UsageColumn::PreviousCost));
        QVERIFY(!charts->hasMovers());
        QCOMPARE(charts->kind(), ChartsPanel::Kind::CostPerGroup);
        QVERIFY(!statusText(window).contains(QStringLiteral("gone")));
        // and the detail panel draws the current period alone, without a legend
        selectRow(view, QStringLiteral("bob"));
        QVERIFY(!detailLine(window, QStringLiteral("Previous period")));
        QCOMPARE(
            detailLine(window, QStringLiteral("Cost"))->points(), QList<QPointF>({ QPointF(dayX(2025, 10, 5), 0.1) }));
        QVERIFY(!detailLine(window, QStringLiteral("Cost"))->chart()->legend()->isVisible());
    }

    void choiceIsRemembered()
    {
        {
            MainWindow window;
            window.rangeSelector()->setPreset(RangePreset::Last30Days);
            auto* compare = window.findChild<CompareSelector*>();
            compare->setMode(Usage::CompareMode::Custom);
            compare->setCustomWallRange(wall(2024, 1, 1, 0, 0, 0), wall(2024, 1, 31, 23, 59, 59));
            window.saveSettings();
        }
        MainWindow window;
        window.restoreSettings();
        auto* compare = window.findChild<CompareSelector*>();
        QCOMPARE(compare->mode(), Usage::CompareMode::Custom);
        Usage::UsageQuery query;
        query.startMs = 0;
        query.endMs = 1;
        QString problem;
        QVERIFY(compare->apply(query, &problem));
        QCOMPARE(*query.compareStartMs, wall(2024, 1, 1, 0, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(*query.compareEndMs, wall(2024, 2, 1, 0, 0, 0).toMSecsSinceEpoch() - 1);
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"

// SPDX-License-Identifier: MIT
#include "models/figurecell.h"
#include "models/rowfilter.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/columnlayout.h"
#include "ui/columnsizer.h"
#include "ui/resultsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

Usage::GroupUsage group(const QString& id, qint64 requests, qint64 costNanos)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.requests = requests;
    g.totals.promptTokens = requests * 100;
    g.totals.completionTokens = requests * 10;
    g.totals.costNanos = costNanos;
    return g;
}

/** Rows under a cent and a total over a million dollars: the figures that were cut off. */
Usage::UsageResult bigResult(int extraRows = 0)
{
    Usage::UsageResult r;
    r.rows = { group(QStringLiteral("alice@example.com"), 123456, 1234567890123456),
        group(QStringLiteral("bob"), 7, 1234), group(QStringLiteral("carol"), 3, 987654321), group(QString(), 1, 0) };
    for (int i = 0; i < extraRows; ++i)
        r.rows.append(group(QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0')), 1 + i, 1000000 * (i + 1)));
    r.sortRows();
    return r;
}

struct Fixture
{
    UsageTableModel model;
    TotalsModel totals { &model };
    ResultsView view;
    Fixture()
    {
        view.setModels(&model, &totals);
        view.resize(900, 600);
    }
    QTableView* table() const { return view.tableView(); }
    QTableView* totalsView() const { return view.findChild<QTableView*>(QStringLiteral("totalsView")); }
    void show(const Usage::UsageResult& result)
    {
        model.setResult(result);
        view.showResult();
    }
    QString currentId() const
    {
        return table()->selectionModel()->currentIndex().data(UsageTableModel::IdRole).toString();
    }
    bool select(const QString& id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(UsageTableModel::IdRole).toString() == id) {
                table()->selectionModel()->setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }
};

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void columnsFitTheirWidestText_data()
    {
        QTest::addColumn<int>("asyncThreshold");
        QTest::newRow("on the GUI thread") << 1000000;
        QTest::newRow("on a worker thread") << 0;
    }

    void columnsFitTheirWidestText()
    {
        QFETCH(int, asyncThreshold);
        Fixture f;
        f.view.columnSizer()->setAsyncThreshold(asyncThreshold);
        QSignalSpy fitted(f.view.columnSizer(), &ColumnSizer::fitted);
        // a first, small result sizes the columns; a later, bigger one must widen them
        Usage::UsageResult small;
        small.rows = { group(QStringLiteral("x"), 1, 10) };
        f.show(small);
        QTRY_COMPARE(fitted.count(), 1);
        f.show(bigResult(300));
        QTRY_COMPARE(fitted.count(), 2);
        // and a filter changes the totals label ("Total (1 of 304 rows)")
        QVERIFY(f.model.setFilter(RowFilter(QStringLiteral("alice"), false, 0)));
        QVERIFY(f.model.setFilter(RowFilter()));
        const QFontMetrics metrics(f.table()->font());
        QFont italic = f.table()->font();
        italic.setItalic(true);
        const Usage::UsageResult& result = f.model.result();
        for (int column = 0; column < UsageColumn::Count; ++column) {
            if (f.table()->isColumnHidden(column))
                continue; // not reported by this result
            int widest = 0;
            for (const Usage::GroupUsage& row : result.rows) {
                const QString text = column == UsageColumn::Id
                    ? row.id
                    : FigureCell::display(column,
                        { row.totals, row.firstMs, row.lastMs, row.hasTimes(), row.pricing, false },
                        f.model.allTotals().costNanos, result.query.zone);
                widest = std::max(widest,
                    row.id.isEmpty() && column == UsageColumn::Id
                        ? QFontMetrics(italic).horizontalAdvance(QStringLiteral("(none)"))
                        : metrics.horizontalAdvance(text));
            }
            QVERIFY2(f.table()->columnWidth(column) >= f.view.columnSizer()->widthFor(widest),
                qPrintable(QStringLiteral("column %1").arg(column)));
            const QModelIndex total = f.totals.index(0, column);
            const QFont bold = total.data(Qt::FontRole).value<QFont>().resolve(f.totalsView()->font());
            QVERIFY(f.totalsView()->columnWidth(column)
                >= f.view.columnSizer()->widthFor(QFontMetrics(bold).horizontalAdvance(total.data().toString())));
        }
        // "$1,234,567.89" and "Total (304 rows)" fit
        QCOMPARE(f.totals.index(0, UsageColumn::Cost).data().toString(), QStringLiteral("$1,234,614.03"));
    }

    void selectionSurvivesAFilterThatKeepsTheRow()
    {
        Fixture f;
        f.show(bigResult());
        QVERIFY(f.select(QStringLiteral("carol")));
        auto* title = f.view.findChild<QLabel*>(QStringLiteral("titleLabel"));
        QVERIFY(title->text().contains(QStringLiteral("carol")));
        QVERIFY(f.model.setFilter(RowFilter(QStringLiteral("c"), false, 0))); // alice@example.com, carol
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.currentId(), QStringLiteral("carol"));
        QCOMPARE(f.table()->selectionModel()->selectedRows().size(), 1);
        QVERIFY(title->text().contains(QStringLiteral("carol")));
        f.table()->sortByColumn(UsageColumn::Id, Qt::AscendingOrder);
        QCOMPARE(f.currentId(), QStringLiteral("carol"));
        // a filter that hides the row drops it
        QVERIFY(f.model.setFilter(RowFilter(QStringLiteral("bob"), false, 0)));
        QVERIFY(f.table()->selectionModel()->selectedRows().isEmpty());
    }

    void frozenColumnStaysAligned()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(bigResult(400));
        QTableView* frozen = f.view.frozenView();
        QVERIFY(frozen && frozen->isVisible());
        QCOMPARE(frozen->selectionModel(), f.table()->selectionModel());
        const auto aligned = [&] {
            QCOMPARE(frozen->verticalScrollBar()->value(), f.table()->verticalScrollBar()->value());
            for (int row : { 0, f.model.rowCount() / 2, f.model.rowCount() - 1 }) {
                QCOMPARE(frozen->visualRect(f.model.index(row, UsageColumn::Id)).top(),
                    f.table()->visualRect(f.model.index(row, UsageColumn::Cost)).top());
            }
            QCOMPARE(frozen->columnWidth(UsageColumn::Id), f.table()->columnWidth(UsageColumn::Id));
            QCOMPARE(f.table()->horizontalHeader()->visualIndex(UsageColumn::Id), 0);
        };
        f.table()->verticalScrollBar()->setValue(f.table()->verticalScrollBar()->maximum() / 2);
        aligned();
        f.table()->sortByColumn(UsageColumn::Id, Qt::AscendingOrder);
        aligned();
        QVERIFY(f.model.setFilter(RowFilter(QStringLiteral("user01"), false, 0)));
        aligned();
        f.table()->verticalScrollBar()->setValue(f.table()->verticalScrollBar()->maximum());
        f.show(bigResult(200));
        aligned();
        frozen->verticalScrollBar()->setValue(3);
        aligned();
        // moving another column in front puts the group column back first
        f.table()->horizontalHeader()->moveSection(f.table()->horizontalHeader()->visualIndex(UsageColumn::Cost), 0);
        aligned();
    }

    void copyGivesExactTextAndHtml()
    {
        Fixture f;
        f.show(bigResult());
        ColumnLayout* layout = f.view.columnLayout();
        for (int column = UsageColumn::PromptTokens; column < UsageColumn::Count; ++column)
            layout->setColumnShown(column, false);
        layout->setColumnShown(UsageColumn::Cost, true);
        QHeaderView* header = f.table()->horizontalHeader();
        header->moveSection(header->visualIndex(UsageColumn::Cost), 1);
        QVERIFY(f.select(QStringLiteral("bob")));
        QApplication::clipboard()->clear();
        f.view.copySelection();
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QCOMPARE(data->text(), QStringLiteral("User\tCost\tRequests\nbob\t0.000001234\t7\n"));
        QCOMPARE(data->html(),
            QStringLiteral("<table>\n<tr><th>User</th><th>Cost</th><th>Requests</th></tr>\n"
                           "<tr><td>bob</td><td>0.000001234</td><td>7</td></tr>\n</table>\n"));
        f.view.copyAll();
        QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("User\tCost\tRequests\nalice@example.com\t1234567.890123456\t123456\n"
                           "carol\t0.987654321\t3\nbob\t0.000001234\t7\n\t0\t1\n"));
        // Ctrl+Shift+C on the table
        QAction* copyTable = f.table()->findChild<QAction*>(QStringLiteral("copyTableAction"));
        QVERIFY(copyTable);
        QCOMPARE(copyTable->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    }

    void modelStaysCleanWithHiddenColumns()
    {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester totalsTester(&f.totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.show(bigResult(50));
        ColumnLayout* layout = f.view.columnLayout();
        layout->setColumnShown(UsageColumn::Requests, false);
        layout->setColumnShown(UsageColumn::CostShare, false);
        QVERIFY(f.table()->isColumnHidden(UsageColumn::Requests));
        QVERIFY(f.totalsView()->isColumnHidden(UsageColumn::Requests));
        QVERIFY(f.model.setFilter(RowFilter(QStringLiteral("user"), false, 0)));
        f.table()->sortByColumn(UsageColumn::Requests, Qt::AscendingOrder);
        f.show(bigResult(10));
        QVERIFY(f.table()->isColumnHidden(UsageColumn::CostShare));
        layout->showAll();
        QVERIFY(!f.table()->isColumnHidden(UsageColumn::Requests));
        QVERIFY(f.table()->isColumnHidden(UsageColumn::FirstRequest)); // not reported by this result
        layout->setColumnShown(UsageColumn::Id, false); // the group column stays
        QVERIFY(!f.table()->isColumnHidden(UsageColumn::Id));
    }

    void layoutIsRememberedPerGrouping()
    {
        QSettings settings;
        {
            Fixture f;
            f.show(bigResult());
            f.view.columnLayout()->setColumnShown(UsageColumn::Requests, false);
            f.table()->setColumnWidth(UsageColumn::Cost, 321);
            Usage::UsageResult byModel = bigResult();
            byModel.query.groupBy.key = Usage::GroupKey::Model;
            f.show(byModel);
            QVERIFY(!f.table()->isColumnHidden(UsageColumn::Requests));
            f.view.columnLayout()->setColumnShown(UsageColumn::CostShare, false);
            f.show(bigResult());
            QVERIFY(f.table()->isColumnHidden(UsageColumn::Requests));
            QVERIFY(!f.table()->isColumnHidden(UsageColumn::CostShare));
            QCOMPARE(f.table()->columnWidth(UsageColumn::Cost), 321);
            f.view.saveSettings(settings);
        }
        Fixture f;
        f.view.restoreSettings(settings);
        f.show(bigResult());
        QVERIFY(f.table()->isColumnHidden(UsageColumn::Requests));
        QCOMPARE(f.table()->columnWidth(UsageColumn::Cost), 321);
        Usage::UsageResult byModel = bigResult();
        byModel.query.groupBy.key = Usage::GroupKey::Model;
        f.show(byModel);
        QVERIFY(f.table()->isColumnHidden(UsageColumn::CostShare));
        QVERIFY(!f.table()->isColumnHidden(UsageColumn::Requests));
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"

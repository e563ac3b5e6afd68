// SPDX-License-Identifier: MIT
#include "models/modelbreakdownmodel.h"
#include "models/rowfilter.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace {

/** A QStringList from UTF-8 literals (the build forbids implicit casts from char*). */
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

Usage::GroupUsage group(const QString& id, qint64 requests, qint64 prompt, qint64 completion, qint64 costNanos)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.requests = requests;
    g.totals.promptTokens = prompt;
    g.totals.completionTokens = completion;
    g.totals.costNanos = costNanos;
    g.firstMs = 1000 * requests;
    g.lastMs = 2000 * requests;
    return g;
}

/** Five rows whose numeric and text orders differ ("10" < "9" as text, 10 > 9 as numbers). */
Usage::UsageResult sampleResult()
{
    Usage::UsageResult r;
    r.rows = { group(QStringLiteral("alice"), 9, 900, 90, 5000000000),
        group(QStringLiteral("bob"), 10, 100, 10, 2500000000), group(QStringLiteral("Carol"), 100, 50, 5, 1250000000),
        group(QStringLiteral("dave"), 2, 20000, 2, 1250000000), group(QString(), 1, 1, 1, 0) };
    r.rows[4].totals.requestsWithoutCost = 1;
    r.sortRows();
    r.hasRequestTimes = true;
    return r;
}

QStringList ids(const UsageTableModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, UsageColumn::Id).data(UsageTableModel::IdRole).toString());
    return out;
}

} // namespace

class TestUsageTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void defaultOrderIsCostDescending()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(sampleResult());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(UsageColumn::Count));
        // ties (Carol, dave: 1.25 each) in code point order: 'C' < 'd'
        QCOMPARE(ids(model), strings({ "alice", "bob", "Carol", "dave", "" }));
    }

    void sharesTheResultsRows()
    {
        // a million rows are not copied on their way into the window: the model shares the result's lists, also
        // after working out its totals, sorting and filtering (here in the background, as for big results)
        const Usage::UsageResult result = sampleResult();
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setAsyncThreshold(0);
        model.setResult(result);
        QCOMPARE(model.result().rows.constData(), result.rows.constData());
        model.sort(UsageColumn::Id, Qt::AscendingOrder);
        QVERIFY(model.isBusy());
        model.setFilter(RowFilter(QStringLiteral("a"), false, 0));
        while (model.isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCOMPARE(ids(model), strings({ "alice", "Carol", "dave" }));
        QCOMPARE(model.result().rows.constData(), result.rows.constData());
    }

    void letsGoOfThePreviousResultInTheBackground()
    {
        // a new result replaces the previous one, which the model lets go of on a pool thread (a big one takes a
        // while to free): while the pool is held up the model still holds it; then it does not
        Usage::UsageResult first = sampleResult();
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(first);
        QVERIFY(!first.rows.isDetached()); // shared with the model
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore hold;
        pool->start([&hold] { hold.acquire(); });
        {
            // the pool is let go even when a check below fails (else the test would hang at exit)
            const auto release = qScopeGuard([&] {
                hold.release();
                pool->waitForDone();
                pool->setMaxThreadCount(threads);
            });
            model.setResult(sampleResult());
            QCOMPARE(model.rowCount(), 5);
            QVERIFY(!first.rows.isDetached()); // still queued: not freed on this thread
        }
        QVERIFY(first.rows.isDetached());
        // clear() lets go of it the same way
        Usage::UsageResult second = model.result();
        model.clear();
        pool->waitForDone();
        QVERIFY(second.rows.isDetached());
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRawValues()
    {
        UsageTableModel model;
        model.setResult(sampleResult());
        const QModelIndex cost = model.index(0, UsageColumn::Cost);
        QCOMPARE(cost.data().toString(), QStringLiteral("$5.00"));
        QCOMPARE(cost.data(Qt::ToolTipRole).toString(), QStringLiteral("$5"));
        QCOMPARE(cost.data(UsageTableModel::RawValueRole).toLongLong(), 5000000000);
        QCOMPARE(model.index(0, UsageColumn::CostShare).data().toString(), QStringLiteral("50.0%"));
        QCOMPARE(model.index(0, UsageColumn::CostShare).data(UsageTableModel::RawValueRole).toDouble(), 0.5);
        QCOMPARE(model.index(0, UsageColumn::TotalTokens).data().toString(), QStringLiteral("990"));
        QCOMPARE(model.index(3, UsageColumn::PromptTokens).data().toString(), QStringLiteral("20,000"));
        // 5 USD over 9 requests = 0.5555... USD
        QCOMPARE(model.index(0, UsageColumn::CostPerRequest).data().toString(), QStringLiteral("$0.556"));
        QCOMPARE(model.index(4, UsageColumn::Id).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(model.index(4, UsageColumn::Id).data(UsageTableModel::RawValueRole).toString(), QString());
        QCOMPARE(model.index(4, UsageColumn::RequestsWithoutCost).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, UsageColumn::FirstRequest).data().toString(), QStringLiteral("1970-01-01 00:00:09"));
        QVERIFY(!model.isColumnAvailable(UsageColumn::CacheReadTokens));
        QVERIFY(model.isColumnAvailable(UsageColumn::FirstRequest));
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
            QVERIFY2(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                qPrintable(QString::number(c)));
        }
    }

    void typedSorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        // as text "10" < "100" < "2" < "9"; as numbers 1 < 2 < 9 < 10 < 100
        QTest::addRow("requests ascending") << int(UsageColumn::Requests) << int(Qt::AscendingOrder)
                                            << strings({ "", "dave", "alice", "bob", "Carol" });
        QTest::addRow("requests descending") << int(UsageColumn::Requests) << int(Qt::DescendingOrder)
                                             << strings({ "Carol", "bob", "alice", "dave", "" });
        QTest::addRow("prompt tokens descending") << int(UsageColumn::PromptTokens) << int(Qt::DescendingOrder)
                                                  << strings({ "dave", "alice", "bob", "Carol", "" });
        // ties keep the result's order (Carol before dave) in both directions
        QTest::addRow("cost ascending") << int(UsageColumn::Cost) << int(Qt::AscendingOrder)
                                        << strings({ "", "Carol", "dave", "bob", "alice" });
        QTest::addRow("id ascending, case-insensitive")
            << int(UsageColumn::Id) << int(Qt::AscendingOrder) << strings({ "", "alice", "bob", "Carol", "dave" });
        QTest::addRow("id descending") << int(UsageColumn::Id) << int(Qt::DescendingOrder)
                                       << strings({ "dave", "Carol", "bob", "alice", "" });
        // alice 0.556, bob 0.25, Carol 0.0125, dave 0.625, none 0
        QTest::addRow("cost per request descending") << int(UsageColumn::CostPerRequest) << int(Qt::DescendingOrder)
                                                     << strings({ "dave", "alice", "bob", "Carol", "" });
    }
    void typedSorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(sampleResult());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(ids(model), expected);
    }

    void sortKeepsPersistentIndexes()
    {
        UsageTableModel model;
        model.setResult(sampleResult());
        const QPersistentModelIndex bob = model.index(1, UsageColumn::Cost);
        model.sort(UsageColumn::Requests, Qt::DescendingOrder);
        QCOMPARE(bob.row(), 1); // Carol, bob, ...
        model.sort(UsageColumn::Requests, Qt::AscendingOrder);
        QCOMPARE(bob.row(), 3);
        QCOMPARE(bob.data(UsageTableModel::IdRole).toString(), QStringLiteral("bob"));
    }

    void filteringAndTotals()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        TotalsModel totals(&model);
        QAbstractItemModelTester totalsTester(&totals);
        QCOMPARE(totals.rowCount(), 0);
        model.setResult(sampleResult());
        QCOMPARE(totals.rowCount(), 1);
        QCOMPARE(totals.index(0, UsageColumn::Requests).data(UsageTableModel::RawValueRole).toLongLong(), 122);
        QCOMPARE(totals.index(0, UsageColumn::Cost).data().toString(), QStringLiteral("$10.00"));
        QCOMPARE(totals.index(0, UsageColumn::Id).data().toString(), QStringLiteral("Total (5 rows)"));

        QVERIFY(model.setFilter(RowFilter(QStringLiteral("A"), false, 0)));
        QCOMPARE(ids(model), strings({ "alice", "Carol", "dave" }));
        QCOMPARE(model.visibleTotals().requests, 111);
        QCOMPARE(model.visibleTotals().costNanos, 7500000000);
        QCOMPARE(totals.index(0, UsageColumn::Id).data().toString(), QStringLiteral("Total (3 of 5 rows)"));
        QCOMPARE(totals.index(0, UsageColumn::Cost).data(Qt::ToolTipRole).toString(), QStringLiteral("$7.5"));
        QCOMPARE(totals.index(0, UsageColumn::CostShare).data().toString(), QStringLiteral("75.0%"));
        QCOMPARE(totals.index(0, UsageColumn::FirstRequest).data(UsageTableModel::RawValueRole).toLongLong(), 2000);
        QCOMPARE(totals.index(0, UsageColumn::LastRequest).data(UsageTableModel::RawValueRole).toLongLong(), 200000);

        QVERIFY(model.setFilter(RowFilter(QStringLiteral("^(a|b)"), true, 0)));
        QCOMPARE(ids(model), strings({ "alice", "bob" }));
        QVERIFY(!model.setFilter(RowFilter(QStringLiteral("(unclosed"), true, 0)));
        QCOMPARE(ids(model), strings({ "alice", "bob" })); // an invalid expression changes nothing

        QVERIFY(model.setFilter(RowFilter(QString(), false, 1250000000)));
        QCOMPARE(ids(model), strings({ "alice", "bob", "Carol", "dave" }));
        model.sort(UsageColumn::Requests, Qt::AscendingOrder);
        QCOMPARE(ids(model), strings({ "dave", "alice", "bob", "Carol" }));
        QCOMPARE(model.visibleTotals().costNanos, 10000000000);

        // the export of the view: shown rows in shown order
        const Usage::UsageResult visible = model.visibleResult();
        QCOMPARE(visible.rows.size(), 4);
        QCOMPARE(visible.rows[0].id, QStringLiteral("dave"));
        QCOMPARE(visible.rows[3].id, QStringLiteral("Carol"));

        model.setFilter(RowFilter(QStringLiteral("zzz"), false, 0));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(totals.index(0, UsageColumn::Cost).data().toString(), QStringLiteral("$0.00"));
        model.clear();
        QCOMPARE(totals.rowCount(), 0);
    }

    void backgroundSortAndFilter()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setAsyncThreshold(0); // every ordering runs on the worker thread
        Usage::UsageResult result;
        for (int i = 0; i < 5000; ++i)
            result.rows.append(group(QStringLiteral("user%1").arg(i), i % 97, i, 0, qint64(i) * 7919 % 10007));
        result.sortRows();
        model.setResult(result);
        QSignalSpy busy(&model, &UsageTableModel::busyChanged);
        model.sort(UsageColumn::Requests, Qt::AscendingOrder);
        QVERIFY(model.isBusy());
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(busy.count(), 2);
        qint64 previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 requests =
                model.index(row, UsageColumn::Requests).data(UsageTableModel::RawValueRole).toLongLong();
            QVERIFY(requests >= previous);
            previous = requests;
        }
        QVERIFY(model.setFilter(RowFilter(QStringLiteral("user1"), false, 0)));
        QTRY_VERIFY(!model.isBusy());
        // user1, user10..19, user100..199, user1000..1999
        QCOMPARE(model.rowCount(), 1 + 10 + 100 + 1000);
        // a newer request wins over one still running
        model.sort(UsageColumn::Id, Qt::AscendingOrder);
        model.sort(UsageColumn::Id, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.index(0, 0).data(UsageTableModel::IdRole).toString(), QStringLiteral("user1999"));
    }

    void modelBreakdown()
    {
        ModelBreakdownModel model;
        QAbstractItemModelTester tester(&model);
        Usage::ModelTotals a { QStringLiteral("gpt-4o"), {}, {} };
        a.totals.requests = 3;
        a.totals.costNanos = 12345;
        model.setModels({ a, Usage::ModelTotals {} });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ModelBreakdownModel::Cost).data().toString(), QStringLiteral("$0.0000123"));
        QCOMPARE(
            model.index(0, ModelBreakdownModel::Cost).data(Qt::ToolTipRole).toString(), QStringLiteral("$0.000012345"));
        QCOMPARE(model.index(1, ModelBreakdownModel::Model).data().toString(), QStringLiteral("(unknown)"));
        model.setModels({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"

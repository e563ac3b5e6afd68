// SPDX-License-Identifier: MIT
// RowOrdering::compute(): the filtered rows in display order for every kind of key (64-bit integers past 2^53,
// the cost-per-request ratio, case-folded ids, rows without times), ties in the result's order both ways, and
// cancellation.
#include "core/usageresult.h"
#include "models/rowordering.h"
#include "models/usagecolumn.h"

#include <QTest>

namespace {

Usage::GroupUsage row(const QString& id, qint64 requests, qint64 costNanos, qint64 firstMs = 0)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.requests = requests;
    g.totals.costNanos = costNanos;
    g.totals.promptTokens = requests * 10;
    if (firstMs > 0) {
        g.firstMs = firstMs;
        g.lastMs = firstMs + 1000;
    }
    return g;
}

/** The rows as a result holds them: cost descending. */
QList<Usage::GroupUsage> rows()
{
    return {
        row(QStringLiteral("bob"), 4, (qint64(1) << 53) + 1, 3000), // 0
        row(QStringLiteral("Alice"), 1, (qint64(1) << 53), 2000), // 1: equal as doubles, not as integers
        row(QStringLiteral("alice"), 3, 900, 0), // 2: no times
        row(QStringLiteral("\u00e9mile"), 3, 900, 1000), // 3: ties row 2 in requests and cost
        row(QStringLiteral("carol"), 0, 0, 5000), // 4: no requests
    };
}

RowOrdering::Request sortBy(int column, Qt::SortOrder order, const RowFilter& filter = {})
{
    RowOrdering::Request r;
    r.filter = filter;
    r.column = column;
    r.order = order;
    return r;
}

} // namespace

class TestRowOrdering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<int>>("expected");
        const auto asc = Qt::AscendingOrder;
        const auto desc = Qt::DescendingOrder;
        QTest::addRow("no column keeps the result's order") << -1 << asc << QList<int> { 0, 1, 2, 3, 4 };
        QTest::addRow("cost, exact above 2^53") << int(UsageColumn::Cost) << asc << QList<int> { 4, 2, 3, 1, 0 };
        QTest::addRow("cost descending, ties in result order")
            << int(UsageColumn::Cost) << desc << QList<int> { 0, 1, 2, 3, 4 };
        QTest::addRow("requests") << int(UsageColumn::Requests) << asc << QList<int> { 4, 1, 2, 3, 0 };
        QTest::addRow("total tokens descending")
            << int(UsageColumn::TotalTokens) << desc << QList<int> { 0, 2, 3, 1, 4 };
        QTest::addRow("cost per request") << int(UsageColumn::CostPerRequest) << asc << QList<int> { 4, 2, 3, 0, 1 };
        QTest::addRow("first request, rows without times last")
            << int(UsageColumn::FirstRequest) << asc << QList<int> { 3, 1, 0, 4, 2 };
        QTest::addRow("id, case-insensitive, then code points")
            << int(UsageColumn::Id) << asc << QList<int> { 1, 2, 0, 4, 3 };
        QTest::addRow("id descending") << int(UsageColumn::Id) << desc << QList<int> { 3, 4, 0, 2, 1 };
        QTest::addRow("out of range keeps the result's order")
            << int(UsageColumn::Count) << asc << QList<int> { 0, 1, 2, 3, 4 };
    }
    void orders()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<int>, expected);
        QCOMPARE(RowOrdering::compute(rows(), sortBy(column, order)), expected);
    }

    void filtersBeforeSorting()
    {
        const RowFilter filter(QStringLiteral("ali"), false, 0);
        QCOMPARE(RowOrdering::compute(rows(), sortBy(UsageColumn::Requests, Qt::DescendingOrder, filter)),
            QList<int>({ 2, 1 }));
        const RowFilter minCost(QString(), false, 900);
        QCOMPARE(RowOrdering::compute(rows(), sortBy(-1, Qt::AscendingOrder, minCost)), QList<int>({ 0, 1, 2, 3 }));
    }

    void longIdsCompareBeyondTheirPrefix()
    {
        const QList<Usage::GroupUsage> ids = { row(QStringLiteral("service-account-zulu"), 1, 1),
            row(QStringLiteral("service-account-alpha"), 1, 1), row(QStringLiteral("SERVICE-ACCOUNT-alpha"), 1, 1),
            row(QStringLiteral("service-acc"), 1, 1) };
        QCOMPARE(RowOrdering::compute(ids, sortBy(UsageColumn::Id, Qt::AscendingOrder)), QList<int>({ 3, 2, 1, 0 }));
    }

    void cancelledGivesNothing()
    {
        const std::atomic<bool> cancel { true };
        QVERIFY(RowOrdering::compute(rows(), sortBy(UsageColumn::Cost, Qt::AscendingOrder), &cancel).isEmpty());
        QVERIFY(RowOrdering::compute(rows(), sortBy(UsageColumn::Id, Qt::AscendingOrder), &cancel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRowOrdering)
#include "tst_rowordering.moc"

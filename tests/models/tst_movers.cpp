// SPDX-License-Identifier: MIT
// The "Movers" data: the N largest increases and decreases, their order, ties by id, and N.
#include "models/movers.h"

#include <QTest>

using namespace Usage;

namespace {

GroupUsage row(const char* id, qint64 cost, qint64 previous)
{
    GroupUsage g;
    g.id = QString::fromUtf8(id);
    g.totals.costNanos = cost;
    g.previous.costNanos = previous;
    return g;
}

QStringList ids(const QList<Mover>& movers)
{
    QStringList out;
    for (const Mover& m : movers)
        out.append(m.id);
    return out;
}

} // namespace

class TestMovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordering_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QStringList>("up");
        QTest::addColumn<QStringList>("down");
        QTest::newRow("n=0") << 0 << QStringList() << QStringList();
        QTest::newRow("n=1") << 1 << QStringList { QStringLiteral("new") } << QStringList { QStringLiteral("gone") };
        // ties: b and a both +5, by id; d and e both -3, by id
        QTest::newRow("n=3") << 3 << QStringList { QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b") }
                             << QStringList { QStringLiteral("gone"), QStringLiteral("d"), QStringLiteral("e") };
        QTest::newRow("n=10") << 10 << QStringList { QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b") }
                              << QStringList { QStringLiteral("gone"), QStringLiteral("d"), QStringLiteral("e") };
    }

    void ordering()
    {
        QFETCH(int, n);
        QFETCH(QStringList, up);
        QFETCH(QStringList, down);
        UsageResult r;
        r.rows = { row("b", 10, 5), row("a", 6, 1), row("same", 4, 4), row("new", 100, 0), row("e", 0, 3),
            row("d", 1, 4), row("gone", 0, 50) };
        const Movers m = Movers::of(r, n);
        QCOMPARE(ids(m.increases), up);
        QCOMPARE(ids(m.decreases), down);
        if (n > 0) {
            QCOMPARE(m.increases.front().changeNanos(), 100);
            QCOMPARE(m.decreases.front().changeNanos(), -50);
        }
    }
};

QTEST_GUILESS_MAIN(TestMovers)
#include "tst_movers.moc"

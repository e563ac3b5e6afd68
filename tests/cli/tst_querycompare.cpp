// SPDX-License-Identifier: MIT
// The command line's query with a comparison range against the loopback Helicone server: both ranges asked for,
// merged exactly, and equal to aggregate on the same records as a dump.
#include "queryfixture.h"

#include <QTest>

using namespace QueryFixture;

class TestQueryCompare : public QObject, private Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        const QStringList problems = tearDown();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void bothRangesMerged()
    {
        constexpr qint64 day = 86'400'000;
        // a in both days, b only on the second (new), c only on the first (gone), d outside both
        m_server->records = { { QStringLiteral("a"), kT0 + day + 1000, 1, 2, 12 },
            { QStringLiteral("a"), kT0 + 1000, 3, 4, 5 }, { QStringLiteral("b"), kT0 + day + 2000, 5, 6, 7 },
            { QStringLiteral("c"), kT0 + 3000, 7, 8, 4 }, { QStringLiteral("d"), kT0 - 1000, 1, 1, 100 } };
        const QStringList window { QStringLiteral("--users"), QStringLiteral("a,b,c,d"), QStringLiteral("--from"),
            QStringLiteral("2026-01-02"), QStringLiteral("--to"), QStringLiteral("2026-01-02"),
            QStringLiteral("--compare"), QStringLiteral("previous") };
        const QStringList columns { QStringLiteral("--columns"),
            QStringLiteral("group,count,prompt_tokens,cost,previous_count,previous_completion_tokens,previous_cost,"
                           "cost_change_ratio") };
        const QByteArray expected(
            "user_id,count,prompt_tokens,cost,previous_count,previous_completion_tokens,previous_cost,"
            "cost_change_ratio\n"
            "a,1,1,0.000000012,1,4,0.000000005,1.4\n"
            "b,1,5,0.000000007,0,0,0,\n"
            "c,0,0,0,1,8,0.000000004,-1\n");
        const CliRun remote = run(
            base() + window + columns + QStringList { QStringLiteral("--time-unit"), QStringLiteral("milliseconds") });
        QVERIFY2(remote.code == 0, remote.err.constData());
        QCOMPARE(remote.out, expected);
        QCOMPARE(batchRequests(), 2); // one per range
        const QString dumpFile = writeFile(QStringLiteral("dump.jsonl"), dump(m_server->records));
        const CliRun local = run(QStringList { QStringLiteral("aggregate") } + window + columns << dumpFile);
        QCOMPARE(local.code, 0);
        QCOMPARE(local.out, expected);
        // an alert after the output, on the same figures
        const CliRun alert = run(base() + window
            + QStringList { QStringLiteral("--time-unit"), QStringLiteral("milliseconds"),
                QStringLiteral("--alert-change-above"), QStringLiteral("1") });
        QCOMPARE(alert.code, 3);
        QCOMPARE(alert.out,
            QByteArray("user_id,count,cost,previous_count,previous_cost,cost_change\n"
                       "a,1,0.000000012,1,0.000000005,0.000000007\nb,1,0.000000007,0,0,0.000000007\n"
                       "c,0,0,1,0.000000004,-0.000000004\n"));
        QVERIFY2(
            alert.err.endsWith("alert: user_id=a cost=0.000000012 previous_cost=0.000000005 cost_change_ratio=1.4\n"
                               "alert: user_id=b cost=0.000000007 previous_cost=0 cost_change_ratio=\n"),
            alert.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestQueryCompare)
#include "tst_querycompare.moc"

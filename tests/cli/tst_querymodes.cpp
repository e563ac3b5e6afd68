// SPDX-License-Identifier: MIT
// The command line's query: the time unit probed once and remembered, every user listed, and a per-bucket series.
#include "queryfixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace QueryFixture;

class TestQueryModes : public QObject, private Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        const QStringList problems = tearDown();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void autoTimeUnit();
    void allUsers();
    void perBucket();
};

void TestQueryModes::autoTimeUnit()
{
    // a server that follows its documentation; requests of yesterday, inside the probe's 365 days
    m_server->reading = FakeHelicone::TimeReading::Seconds;
    const qint64 yesterday = (QDateTime::currentMSecsSinceEpoch() / 86400000 - 1) * 86400000;
    m_server->records = { { QStringLiteral("a"), yesterday + 1000, 1, 2, 5 },
        { QStringLiteral("b"), yesterday + 2000, 3, 4, 7 } };
    const QStringList args = base()
        + QStringList { QStringLiteral("--users"), QStringLiteral("a,b"), QStringLiteral("--from"),
              QString::number(yesterday / 1000), QStringLiteral("--to"), QString::number(yesterday / 1000 + 10) };
    const QByteArray expected("user_id,count,prompt_tokens,completion_tokens,cost\nb,1,3,4,0.000000007\n"
                              "a,1,1,2,0.000000005\n");
    const CliRun first = run(args);
    QVERIFY2(first.code == 0, first.err.constData());
    QCOMPARE(first.out, expected);
    QCOMPARE(m_server->received.size(), 3); // two probes (milliseconds, seconds), then the batch
    const CliRun second = run(args); // remembered for this base URL: no probe
    QCOMPARE(second.out, expected);
    QCOMPARE(m_server->received.size(), 4);
    // the window's settings file: both programs share what a probe found
    QFile settings(m_dir->filePath(QStringLiteral("config/UsageExplorer/usage-explorer.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray contents = settings.readAll();
    QVERIFY2(contents.contains("=s\n"), contents.constData());
    QVERIFY(!contents.contains(m_server->key)); // never the key
    // forced: no probe, and the documented seconds are what this server needs
    const CliRun forced = run(args + QStringList { QStringLiteral("--time-unit"), QStringLiteral("milliseconds") });
    QCOMPARE(forced.code, 1); // this server cannot read milliseconds
    QCOMPARE(m_server->received.size(), 5);
}

void TestQueryModes::allUsers()
{
    // no user list: every user through /v1/user/metrics/query, 1,000 a page; equal to aggregate on the same data
    m_server->records = makeRecords(1200);
    const QString dumpFile = writeFile(QStringLiteral("dump.jsonl"), dump(m_server->records));
    const CliRun remote = run(base());
    QVERIFY2(remote.code == 0, remote.err.constData());
    const CliRun local = run({ QStringLiteral("aggregate"), dumpFile });
    QCOMPARE(local.code, 0);
    QCOMPARE(remote.out.count('\n'), 1201);
    QCOMPARE(remote.out, local.out);
    QCOMPARE(m_server->received.size(), 2);
    const CliRun json = run(base() + QStringList { QStringLiteral("--output-format"), QStringLiteral("json") });
    const QJsonObject meta = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("range")).toObject().value(QStringLiteral("bound_rule")).toString(),
        QStringLiteral("exclusive"));
}

void TestQueryModes::perBucket()
{
    // one request per hour and per 100 users; the lines equal aggregate --per-bucket on the same data
    m_server->records = makeRecords(300);
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(userId(i));
    const QString usersFile = writeFile(QStringLiteral("users.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    const QString dumpFile = writeFile(QStringLiteral("dump.jsonl"), dump(m_server->records));
    const QStringList common { QStringLiteral("--users-file"), usersFile, QStringLiteral("--per-bucket"),
        QStringLiteral("--granularity"), QStringLiteral("hour"), QStringLiteral("--time-zone"),
        QStringLiteral("Asia/Kolkata"), QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z"),
        QStringLiteral("--to"), QStringLiteral("2026-01-01T01:59:59Z") };
    const CliRun remote = run(base() + common + QStringList { QStringLiteral("--time-unit"), QStringLiteral("ms") });
    QVERIFY2(remote.code == 0, remote.err.constData());
    QVERIFY(remote.err.contains("in no bucket")); // the warning about sub-second gaps
    const CliRun local = run(QStringList { QStringLiteral("aggregate") } + common + QStringList { dumpFile });
    QCOMPARE(local.code, 0);
    QCOMPARE(remote.out, local.out);
    QVERIFY(remote.out.startsWith("user_id,bucket_start,count,prompt_tokens,completion_tokens,cost\n"));
    QVERIFY(remote.out.contains(",2026-01-01T06:00:00+05:30,")); // a half-hour zone: buckets at :30 UTC
    QCOMPARE(m_server->received.size(), 6); // 3 buckets (00:00-00:30, 00:30-01:30, 01:30-02:00 UTC) x 2 batches
}

QTEST_GUILESS_MAIN(TestQueryModes)
#include "tst_querymodes.moc"

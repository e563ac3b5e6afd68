// SPDX-License-Identifier: MIT
// The command line's query against the loopback Helicone server: the same bytes as aggregate, options, usage
// errors, failures and partial answers.
#include "queryfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace QueryFixture;

class TestQueryCommand : public QObject, private Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        const QStringList problems = tearDown();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void sameAsAggregate_data();
    void sameAsAggregate();
    void secondsServer();
    void outputFile();
    void boundedConcurrency();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void partial();
    void help();
};

void TestQueryCommand::sameAsAggregate_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("users");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("requests");
    QTest::addRow("csv, 1 user, all time") << QStringLiteral("csv") << 1 << QString() << QString() << 1;
    QTest::addRow("csv, 250 users, whole-second window")
        << QStringLiteral("csv") << 250 << QStringLiteral("2026-01-01T00:10:00Z")
        << QStringLiteral("2026-01-01T01:00:07Z") << 3;
    QTest::addRow("json, 101 users, Unix seconds")
        << QStringLiteral("json") << 101 << QStringLiteral("1767225900") << QStringLiteral("1767227400") << 2;
}

void TestQueryCommand::sameAsAggregate()
{
    QFETCH(QString, format);
    QFETCH(int, users);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, requests);
    m_server->records = makeRecords(300);
    QStringList ids;
    for (int i = 0; i < users; ++i)
        ids.append(userId(i));
    const QString usersFile = writeFile(QStringLiteral("users.txt"), ids.join(QLatin1Char('\n')).toUtf8() + '\n');
    const QString dumpFile = writeFile(QStringLiteral("dump.jsonl"), dump(m_server->records));
    QVERIFY(!usersFile.isEmpty() && !dumpFile.isEmpty());
    QStringList common { QStringLiteral("--users-file"), usersFile, QStringLiteral("--output-format"), format };
    if (!from.isEmpty())
        common << QStringLiteral("--from") << from << QStringLiteral("--to") << to;

    const CliRun remote = run(base() + common);
    QVERIFY2(remote.code == 0, remote.err.constData());
    QVERIFY2(remote.err.isEmpty(), remote.err.constData());
    const CliRun local = run(QStringList { QStringLiteral("aggregate") } + common + QStringList { dumpFile });
    QCOMPARE(local.code, 0);
    QCOMPARE(batchRequests(), requests);
    QVERIFY(remote.out.count('\n') > 1 || format == QLatin1String("json"));
    if (format == QLatin1String("csv")) {
        QCOMPARE(remote.out, local.out);
        return;
    }
    const QJsonObject r = QJsonDocument::fromJson(remote.out).object();
    const QJsonObject l = QJsonDocument::fromJson(local.out).object();
    QVERIFY(!r.value(QStringLiteral("data")).toArray().isEmpty());
    QCOMPARE(r.value(QStringLiteral("data")), l.value(QStringLiteral("data")));
    QCOMPARE(r.value(QStringLiteral("error")), QJsonValue(QJsonValue::Null));
    const QJsonObject meta = r.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("range")).toObject().value(QStringLiteral("bound_rule")).toString(),
        QStringLiteral("inclusive-seconds"));
    QCOMPARE(l.value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("range"))
                 .toObject()
                 .value(QStringLiteral("bound_rule")),
        QJsonValue(QStringLiteral("inclusive-ms")));
    QCOMPARE(meta.value(QStringLiteral("partial")).toBool(), false);
    // the additive figures agree; cache and reasoning tokens are unknown to this endpoint (null), 0 in the dump
    const QJsonObject remoteTotals = meta.value(QStringLiteral("totals")).toObject();
    const QJsonObject localTotals =
        l.value(QStringLiteral("meta")).toObject().value(QStringLiteral("totals")).toObject();
    for (const QString& key : { QStringLiteral("count"), QStringLiteral("prompt_tokens"),
             QStringLiteral("completion_tokens"), QStringLiteral("cost"), QStringLiteral("total_tokens") })
        QCOMPARE(remoteTotals.value(key), localTotals.value(key));
    QCOMPARE(remoteTotals.value(QStringLiteral("cache_read_tokens")), QJsonValue(QJsonValue::Null));
    QVERIFY(!remote.out.contains(m_server->key)); // the key is in no export
}

void TestQueryCommand::secondsServer()
{
    m_server->records = makeRecords(20);
    m_server->reading = FakeHelicone::TimeReading::Seconds;
    m_server->secondsServerFailsOnMilliseconds = false; // it reads them as dates far in the future: no rows
    const QStringList window { QStringLiteral("--users"), QStringLiteral("u0001,u0002,u0003,u0019"),
        QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:30Z"), QStringLiteral("--to"),
        QStringLiteral("2026-01-01T00:01:30Z") };
    const CliRun ms =
        run(base() + window + QStringList { QStringLiteral("--time-unit"), QStringLiteral("milliseconds") });
    QCOMPARE(ms.code, 0);
    QCOMPARE(ms.out, QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n")); // 1970 on this server
    const CliRun seconds =
        run(base() + window + QStringList { QStringLiteral("--time-unit"), QStringLiteral("seconds") });
    QCOMPARE(seconds.code, 0);
    // u0001: 2 requests at 00:00:30 and :37; u0002: 3 at 00:01:00, :07, :14; u0003's first at 00:01:30 (inclusive);
    // user i, request k: prompt 50 + i * k, completion 3 * i + k, cost i * 777777 + k * 1000000001 + 3 nano-USD
    QCOMPARE(seconds.out,
        QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n"
                   "u0002,3,156,21,3.004666674\n"
                   "u0001,2,101,7,1.001555561\n"
                   "u0003,1,50,9,0.002333334\n"));
}

void TestQueryCommand::outputFile()
{
    m_server->records = makeRecords(3);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    const CliRun r = run(base()
        + QStringList { QStringLiteral("--users"), QStringLiteral("u0000,u0001,u0002"), QStringLiteral("-o"), path });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n"
                   "u0002,3,156,21,3.004666674\n"
                   "u0001,2,101,7,1.001555561\n"
                   "u0000,1,50,0,0.000000003\n"));
}

void TestQueryCommand::boundedConcurrency()
{
    m_server->records = makeRecords(300);
    m_server->slowMs = 50;
    QStringList ids;
    for (int i = 0; i < 300; ++i)
        ids.append(userId(i).contains(QLatin1Char(',')) ? QStringLiteral("u%1").arg(i) : userId(i));
    const CliRun r = run(base()
        + QStringList { QStringLiteral("--users"), ids.join(QLatin1Char(',')), QStringLiteral("--concurrency"),
            QStringLiteral("2") });
    QCOMPARE(r.code, 0);
    QCOMPARE(m_server->received.size(), 3);
    QVERIFY(m_server->maxInFlight <= 2);
}

void TestQueryCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("message");
    QTest::addRow("no key") << QStringList {} << false
                            << QStringLiteral("no API key: set HELICONE_API_KEY in the environment");
    QTest::addRow("key variable unset") << QStringList { QStringLiteral("--api-key-env"), QStringLiteral("OTHER_KEY") }
                                        << true << QStringLiteral("no API key: set OTHER_KEY in the environment");
    QTest::addRow("time unit") << QStringList { QStringLiteral("--time-unit"), QStringLiteral("minutes") } << true
                               << QStringLiteral("--time-unit: expected auto, seconds or milliseconds, not minutes");
    QTest::addRow("concurrency") << QStringList { QStringLiteral("--concurrency"), QStringLiteral("0") } << true
                                 << QStringLiteral("--concurrency: expected a number from 1 to 64, not 0");
    QTest::addRow("timeout") << QStringList { QStringLiteral("--timeout"), QStringLiteral("x") } << true
                             << QStringLiteral("--timeout: expected a number of seconds from 1 to 3600, not x");
    QTest::addRow("answer cap") << QStringList { QStringLiteral("--max-answer-mb"), QStringLiteral("2048") } << true
                                << QStringLiteral("--max-answer-mb: expected a number from 1 to 1024, not 2048");
    QTest::addRow("insecure") << QStringList { QStringLiteral("--base-url"), QStringLiteral("http://192.0.2.1:8585") }
                              << true
                              << QStringLiteral("refusing to send the API key unencrypted to http://192.0.2.1:8585");
    QTest::addRow("not a URL") << QStringList { QStringLiteral("--base-url"), QStringLiteral("ftp://host") } << true
                               << QStringLiteral("--base-url: not an http:// or https:// URL: ftp://host");
    QTest::addRow("per bucket without users") << QStringList { QStringLiteral("--per-bucket") } << true
                                              << QStringLiteral("--per-bucket: a time series needs a list of users");
    QTest::addRow("per bucket without a range")
        << QStringList { QStringLiteral("--per-bucket"), QStringLiteral("--users"), QStringLiteral("a") } << true
        << QStringLiteral("--per-bucket: a time series needs a start and an end");
    QStringList many;
    for (int i = 0; i < 1000; ++i)
        many.append(QStringLiteral("u%1").arg(i));
    QTest::addRow("per bucket, 210 requests without --yes") << QStringList {
        QStringLiteral("--per-bucket"), QStringLiteral("--users"), many.join(QLatin1Char(',')),
        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-21")
    } << true << QStringLiteral("--per-bucket: this series needs 210 requests (more than 200); add --yes to send them");
    QTest::addRow("granularity") << QStringList { QStringLiteral("--granularity"), QStringLiteral("month") } << true
                                 << QStringLiteral("--granularity: expected hour, day or week, not month");
    QTest::addRow("file argument") << QStringList { QStringLiteral("dump.jsonl") } << true
                                   << QStringLiteral("query takes no file arguments");
    QTest::addRow("reversed range") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-02-01"),
        QStringLiteral("--to"), QStringLiteral("2026-01-01") }
                                    << true << QStringLiteral("--to is before --from");
    QTest::addRow("bad columns") << QStringList { QStringLiteral("--columns"), QStringLiteral("nope") } << true
                                 << QStringLiteral("nope");
}

void TestQueryCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QFETCH(QString, message);
    QStringList all = base();
    if (args.contains(QStringLiteral("--base-url")))
        all = QStringList { QStringLiteral("query") };
    const CliRun r = run(all + args, {}, withKey);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_server->received.size(), 0);
}

void TestQueryCommand::failures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("wrong key") << 0 << QStringLiteral("the API key was rejected (HTTP 401: No API key found)");
    QTest::addRow("error in a 200") << 1 << QStringLiteral("the server answered with an error: Query timeout.");
    QTest::addRow("wrong types") << 2 << QStringLiteral("the answer cannot be read: data[0].count: not a number");
    QTest::addRow("nothing listening") << 3 << QStringLiteral("cannot reach http://127.0.0.1:");
}

void TestQueryCommand::failures()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    m_server->records = makeRecords(5);
    QByteArray key;
    QStringList args = base();
    switch (kind) {
    case 0:
        key = "sk-helicone-wrong00-wrong00-wrong00-wrong00";
        break;
    case 1:
        m_server->nextFaults = { FakeHelicone::Fault::ErrorIn200 };
        break;
    case 2:
        m_server->nextFaults = { FakeHelicone::Fault::WrongTypes };
        break;
    default: {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        args = QStringList { QStringLiteral("query"), QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:%1").arg(port) };
    }
    }
    const CliRun r = run(args + QStringList { QStringLiteral("--users"), QStringLiteral("u0000,u0001") }, key);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!r.err.contains(key.isEmpty() ? m_server->key : key)); // the key is in no message
}

void TestQueryCommand::partial()
{
    m_server->records = makeRecords(150);
    m_server->faultForUser.insert(userId(120), FakeHelicone::Fault::ErrorIn200);
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(userId(i));
    const QString usersFile = writeFile(QStringLiteral("users.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    const QStringList args = base()
        + QStringList { QStringLiteral("--users-file"), usersFile, QStringLiteral("--output-format"),
              QStringLiteral("json") };
    const CliRun strict = run(args);
    QCOMPARE(strict.code, 1);
    QVERIFY(strict.out.isEmpty());
    QVERIFY2(strict.err.contains("batch 2 of 2 failed: the server answered with an error: Query timeout. Try a "
                                 "shorter time range.; 50 user(s) missing: u0100, u0101, "),
        strict.err.constData());
    QVERIFY(strict.err.contains("1 batch(es) failed; nothing written (--allow-partial writes the rest)"));

    const CliRun lenient = run(args + QStringList { QStringLiteral("--allow-partial") });
    QCOMPARE(lenient.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(lenient.out).object();
    QCOMPARE(doc.value(QStringLiteral("data")).toArray().size(), 100);
    const QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(meta.value(QStringLiteral("errors")).toArray().size(), 1);
    QVERIFY(meta.value(QStringLiteral("errors")).toArray().first().toString().contains(QStringLiteral("u0149")));
}

void TestQueryCommand::help()
{
    const CliRun r = run({ QStringLiteral("query"), QStringLiteral("--help") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Usage: usage-explorer-cli query [options]\n"), r.out.constData());
    for (const char* option : { "--base-url", "--api-key-env", "--time-unit", "--concurrency", "--users-file",
             "--output-format", "--allow-insecure", "--timeout", "--max-answer-mb" })
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"

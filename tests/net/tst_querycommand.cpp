// SPDX-License-Identifier: MIT
#include "core/decimal.h"
#include "fakehelicone.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

QString userId(int i)
{
    if (i % 50 == 7)
        return QStringLiteral("jürgen,\"%1\"").arg(i); // needs CSV quoting
    return QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
}

QList<FakeRecord> makeRecords(int users)
{
    QList<FakeRecord> out;
    for (int i = 0; i < users; ++i) {
        for (int k = 0; k <= i % 4; ++k) {
            FakeRecord r;
            r.userId = userId(i);
            r.createdMs = kT0 + qint64(i) * 30000 + k * 7000;
            r.promptTokens = 50 + i * k;
            r.completionTokens = 3 * i + k;
            r.costNanos = qint64(i) * 777777 + qint64(k) * 1000000001 + 3;
            out.append(r);
        }
    }
    return out;
}

/** The same records as a Helicone JSON Lines dump, for `aggregate`. */
QByteArray dump(const QList<FakeRecord>& records)
{
    QByteArray out;
    int n = 0;
    for (const FakeRecord& r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("request_id"), QStringLiteral("req-%1").arg(++n));
        o.insert(QStringLiteral("request_created_at"),
            QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("request_user_id"), r.userId);
        o.insert(QStringLiteral("prompt_tokens"), r.promptTokens);
        o.insert(QStringLiteral("completion_tokens"), r.completionTokens);
        QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        line.chop(1); // the cost as exact decimal text, not a double
        line += ",\"cost\":" + QByteArray::fromStdString(Usage::Decimal::formatNanos(r.costNanos)) + "}\n";
        out += line;
    }
    return out;
}

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestQueryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
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
    void autoTimeUnit();
    void allUsers();
    void perBucket();

private:
    CliRun run(const QStringList& args, const QByteArray& key = {}, bool withKey = true);
    QStringList base() const;
    QString writeFile(const QString& name, const QByteArray& data);
    /** Requests to /v1/user/query that name users: the batches, not the time-unit probes. */
    int batchRequests() const;

    std::unique_ptr<FakeHelicone> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestQueryCommand::init()
{
    m_server = std::make_unique<FakeHelicone>();
    QVERIFY(m_server->listen());
    m_server->schema = std::make_unique<SchemaCheck>(QStringLiteral(UE_SHARED_DATA_DIR "/helicone-openapi.json"));
    QVERIFY(m_server->schema->isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestQueryCommand::cleanup()
{
    // every body sent validates (the server answers 422 otherwise, and the runs would have failed)
    for (const auto& r : std::as_const(m_server->received)) {
        const QStringList problems = m_server->schema->check(QJsonDocument::fromJson(r.body).object(),
            r.path == "/v1/user/metrics/query" ? QStringLiteral("UserMetricsQueryParams")
                                               : QStringLiteral("UserQueryParams"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    m_server.reset();
    m_dir.reset();
}

int TestQueryCommand::batchRequests() const
{
    int n = 0;
    for (const auto& r : std::as_const(m_server->received))
        n += r.path == "/v1/user/query" && r.body.contains("\"userIds\"");
    return n;
}

QStringList TestQueryCommand::base() const
{
    return { QStringLiteral("query"), QStringLiteral("--base-url"), m_server->url().toString() };
}

QString TestQueryCommand::writeFile(const QString& name, const QByteArray& data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

CliRun TestQueryCommand::run(const QStringList& args, const QByteArray& key, bool withKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HELICONE_API_KEY"));
    env.remove(QStringLiteral("OTHER_KEY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))); // --time-unit auto
    if (withKey)
        env.insert(QStringLiteral("HELICONE_API_KEY"), QString::fromLatin1(key.isEmpty() ? m_server->key : key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(UE_CLI_PATH), args);
    CliRun out;
    if (!process.waitForStarted())
        return out;
    // the server lives in this thread: keep its event loop running while the tool works
    QDeadlineTimer deadline(120000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return out;
    }
    out.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.out = process.readAllStandardOutput();
    out.err = process.readAllStandardError();
    return out;
}

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
             "--output-format", "--allow-insecure", "--timeout" })
        QVERIFY2(r.out.contains(option), option);
}

void TestQueryCommand::autoTimeUnit()
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
    QFile settings(m_dir->filePath(QStringLiteral("config/UsageExplorer/usage-explorer-cli.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray contents = settings.readAll();
    QVERIFY2(contents.contains("=s\n"), contents.constData());
    QVERIFY(!contents.contains(m_server->key)); // never the key
    // forced: no probe, and the documented seconds are what this server needs
    const CliRun forced = run(args + QStringList { QStringLiteral("--time-unit"), QStringLiteral("milliseconds") });
    QCOMPARE(forced.code, 1); // this server cannot read milliseconds
    QCOMPARE(m_server->received.size(), 5);
}

void TestQueryCommand::allUsers()
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

void TestQueryCommand::perBucket()
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

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"

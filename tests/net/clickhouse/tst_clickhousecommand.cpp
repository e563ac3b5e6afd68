// SPDX-License-Identifier: MIT
// `usage-explorer-cli clickhouse` end to end: its output equals `usage-explorer-cli aggregate`'s on a dump of the same
// rows, for the same options, on both engines; its errors give the documented exit codes and messages.
#include "testengines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

namespace {

constexpr int kEngines = TestEngines::kCount;
const char* const kPassword = "cli'pass\\word";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UE_TEST_CH_PASSWORD"), QString::fromUtf8(kPassword));
    env.remove(QStringLiteral("UE_TEST_UNSET"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

/** The JSON output without what differs by source and moment (meta), so data and totals can be compared. */
QByteArray withoutMeta(const QByteArray& json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("meta"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestClickHouseCommand : public QObject
{
    Q_OBJECT

    TestEngines m_engines { QString::fromUtf8(kPassword) };
    std::array<QString, kEngines> m_dump;
    QTemporaryDir m_dir;
    QString m_usersFile;

    QStringList connection(int engine) const
    {
        return { QStringLiteral("clickhouse"), QStringLiteral("--url"), m_engines.engine(engine)->url().toString(),
            QStringLiteral("--password-env"), QStringLiteral("UE_TEST_CH_PASSWORD"),
            QStringLiteral("--organization-id"), TestRecords::organizationA() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_usersFile = m_dir.filePath(QStringLiteral("users.txt"));
        QFile users(m_usersFile);
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write("alice\no'brien\nx' OR '1'='1\ny\\' OR 1=1 --\nback\\slash\n{p0:String}\nnobody\n");
        users.close();
        QString error;
        QVERIFY2(m_engines.load(TestRecords::syntheticAndFixture(), &error), qPrintable(error));
        for (int e = 0; e < kEngines; ++e) {
            // the same JSON lines are in the table (all organizations) and the dump (organization A)
            m_dump[e] = m_dir.filePath(QStringLiteral("dump-%1.jsonl").arg(e));
            QVERIFY(!m_engines.engine(e) || m_engines.writeDump(e, m_dump[e], TestRecords::organizationA()));
        }
    }

    void sameOutput_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QStringList>("options");
        for (int e = 0; e < kEngines; ++e) {
            const char* name = TestEngines::name(e);
            QTest::addRow("%s: default", name) << e << QStringList();
            QTest::addRow("%s: by model, JSON", name)
                << e
                << QStringList { QStringLiteral("--group-by"), QStringLiteral("model"),
                       QStringLiteral("--output-format"), QStringLiteral("json") };
            QTest::addRow("%s: window, Berlin hours per bucket", name)
                << e
                << QStringList { QStringLiteral("--from"), QStringLiteral("2025-10-25T20:00:00.123Z"),
                       QStringLiteral("--to"), QStringLiteral("2025-10-27"), QStringLiteral("--time-zone"),
                       QStringLiteral("Europe/Berlin"), QStringLiteral("--granularity"), QStringLiteral("hour"),
                       QStringLiteral("--per-bucket") };
            QTest::addRow("%s: users file, dedupe, columns", name)
                << e
                << QStringList { QStringLiteral("--users-file"), m_usersFile, QStringLiteral("--dedupe"),
                       QStringLiteral("--columns"), QStringLiteral("user_id,count,cost,first_request,last_request") };
            QTest::addRow("%s: users attack quoting", name)
                << e << QStringList { QStringLiteral("--users"), QStringLiteral("alice,') OR 1=1 --,bob\\") };
            QTest::addRow("%s: by provider, New York weeks, JSON", name)
                << e
                << QStringList { QStringLiteral("--group-by"), QStringLiteral("provider"),
                       QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
                       QStringLiteral("--granularity"), QStringLiteral("week"), QStringLiteral("--output-format"),
                       QStringLiteral("json") };
            QTest::addRow("%s: previous period, change columns", name)
                << e
                << QStringList { QStringLiteral("--from"), QStringLiteral("2025-10-29"), QStringLiteral("--to"),
                       QStringLiteral("2025-11-01T23:59:59.999Z"), QStringLiteral("--compare"),
                       QStringLiteral("previous"), QStringLiteral("--columns"),
                       QStringLiteral("user_id,count,cost,previous_count,previous_prompt_tokens,previous_cost,"
                                      "cost_change,cost_change_ratio,count_change") };
            QTest::addRow("%s: custom comparison by model, JSON", name)
                << e
                << QStringList { QStringLiteral("--from"), QStringLiteral("2025-10-30"), QStringLiteral("--to"),
                       QStringLiteral("2025-11-03"), QStringLiteral("--compare-from"), QStringLiteral("2025-10-25"),
                       QStringLiteral("--compare-to"), QStringLiteral("2025-10-26T12:00:00Z"),
                       QStringLiteral("--group-by"), QStringLiteral("model"), QStringLiteral("--output-format"),
                       QStringLiteral("json") };
            if (e == 1)
                QTest::addRow("%s: by property", name)
                    << e << QStringList { QStringLiteral("--group-by"), QStringLiteral("property:environment") };
        }
    }

    void sameOutput()
    {
        QFETCH(int, engine);
        QFETCH(QStringList, options);
        if (!m_engines.skip(engine).isEmpty())
            QSKIP(qPrintable(m_engines.skip(engine)));
        const Run got = run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH), connection(engine) + options);
        QVERIFY2(got.exitCode == 0, got.err.constData());
        const Run expected = run(QStringLiteral(UE_CLI_PATH),
            QStringList { QStringLiteral("aggregate"), QStringLiteral("--threads"), QStringLiteral("1") } + options
                + QStringList { m_dump[engine] });
        QVERIFY2(expected.exitCode == 0, expected.err.constData());
        if (options.contains(QStringLiteral("json"))) {
            QVERIFY(!QJsonDocument::fromJson(expected.out).object().value(QStringLiteral("data")).toArray().isEmpty());
            QCOMPARE(withoutMeta(got.out), withoutMeta(expected.out));
            // the meta names the server, database and table, and never the password
            const QJsonObject source = QJsonDocument::fromJson(got.out)
                                           .object()
                                           .value(QStringLiteral("meta"))
                                           .toObject()
                                           .value(QStringLiteral("source"))
                                           .toObject();
            QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("clickhouse"));
            QCOMPARE(source.value(QStringLiteral("url")).toString(), m_engines.engine(engine)->url().toString());
            QCOMPARE(source.value(QStringLiteral("database")).toString(), QStringLiteral("default"));
            QCOMPARE(source.value(QStringLiteral("table")).toString(), QStringLiteral("request_response_rmt"));
            QVERIFY(!got.out.contains("cli'pass"));
        } else {
            QVERIFY(expected.out.count('\n') > 1);
            QCOMPARE(got.out, expected.out);
        }
    }

    void alertsAsAggregate()
    {
        for (int engine = 0; engine < kEngines; ++engine) {
            if (!m_engines.skip(engine).isEmpty())
                continue;
            const QStringList options { QStringLiteral("--from"), QStringLiteral("2025-10-29"), QStringLiteral("--to"),
                QStringLiteral("2025-11-01"), QStringLiteral("--compare"), QStringLiteral("previous"),
                QStringLiteral("--alert-change-above"), QStringLiteral("0.2") };
            const Run got = run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH), connection(engine) + options);
            const Run expected = run(QStringLiteral(UE_CLI_PATH),
                QStringList { QStringLiteral("aggregate"), QStringLiteral("--threads"), QStringLiteral("1") } + options
                    + QStringList { m_dump[engine] });
            QCOMPARE(expected.exitCode, 3); // some group crossed: output written, then exit 3
            QCOMPARE(got.exitCode, 3);
            auto alertLines = [](const QByteArray& err) { // aggregate also warns of repeated request ids
                QList<QByteArray> lines = err.split('\n');
                lines.removeIf([](const QByteArray& line) { return !line.startsWith("alert: "); });
                return lines;
            };
            QVERIFY(alertLines(expected.err).size() > 1);
            QCOMPARE(alertLines(got.err), alertLines(expected.err));
            QCOMPARE(got.out, expected.out);
        }
    }

    void failures_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        for (int e = 0; e < kEngines; ++e) {
            const char* name = TestEngines::name(e);
            QTest::addRow("%s: wrong password", name)
                << e << QStringList { QStringLiteral("--password-env"), QStringLiteral("PATH") } << 1
                << QStringLiteral("authentication failed at ClickHouse server 127.0.0.1:");
            QTest::addRow("%s: no such user", name)
                << e << QStringList { QStringLiteral("--clickhouse-user"), QStringLiteral("nobody") } << 1
                << QStringLiteral("authentication failed");
            QTest::addRow("%s: unset password variable", name)
                << e << QStringList { QStringLiteral("--password-env"), QStringLiteral("UE_TEST_UNSET") } << 2
                << QStringLiteral("--password-env: the environment variable UE_TEST_UNSET is not set");
            QTest::addRow("%s: price book", name)
                << e << QStringList { QStringLiteral("--prices"), QStringLiteral("book.csv") } << 2
                << QStringLiteral("pricing needs per-request records: use a dump");
            QTest::addRow("%s: missing table", name)
                << e << QStringList { QStringLiteral("--table"), QStringLiteral("x'y") } << 1
                << QStringLiteral("ClickHouse server 127.0.0.1:");
        }
    }

    void failures()
    {
        QFETCH(int, engine);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!m_engines.skip(engine).isEmpty())
            QSKIP(qPrintable(m_engines.skip(engine)));
        const Run got = run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH), connection(engine) + options);
        QCOMPARE(got.exitCode, exitCode);
        QVERIFY(got.out.isEmpty());
        QVERIFY2(got.err.contains(message.toUtf8()), got.err.constData());
        QCOMPARE(got.err.count('\n'), 1); // one line
        QVERIFY(!got.err.contains(kPassword));
    }

    void withoutServer()
    {
        const Run insecure = run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH),
            { QStringLiteral("clickhouse"), QStringLiteral("--url"), QStringLiteral("http://ch.example.com:8123") });
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY2(insecure.err.contains("refusing to send the password unencrypted"), insecure.err.constData());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run refused =
            run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH), { QStringLiteral("clickhouse"), QStringLiteral("--url"), url });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("connection refused"), refused.err.constData());
        const Run noUrl = run(QStringLiteral(UE_CLICKHOUSE_CLI_PATH), { QStringLiteral("clickhouse") });
        QCOMPARE(noUrl.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseCommand)
#include "tst_clickhousecommand.moc"

// SPDX-License-Identifier: MIT
// `usage-explorer-cli requests --source clickhouse` on both engines: the same rows, in the same order, as
// `requests` over a dump of the same rows, for each sort; its SQL carries user text only as parameters.
#include "testclickhouse.h"
#include "testrecords.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

namespace {

constexpr int kEngines = 2; // 0: clickhouse-server 18.16, 1: chDB
const char* const kPassword = "req'pass\\word";

QByteArray run(const QStringList& args, int* code)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UE_TEST_CH_PASSWORD"), QString::fromUtf8(kPassword));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(UE_CLI_PATH), QStringList { QStringLiteral("requests") } + args);
    p.waitForFinished(120000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qWarning("%s", err.constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestRequestsClickHouse : public QObject
{
    Q_OBJECT

    std::array<std::unique_ptr<TestClickHouse>, kEngines> m_engines;
    std::array<QString, kEngines> m_skip;
    std::array<QString, kEngines> m_dump;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<TestRow> rows = TestRecords::synthetic();
        QString error;
        for (TestRow r : TestRecords::readFixture(QStringLiteral(UE_TEST_DATA_DIR "/helicone.jsonl"), &error)) {
            r.requestId.prepend(QStringLiteral("fixture:"));
            rows.append(r);
        }
        for (int e = 0; e < kEngines; ++e) {
            const bool legacy = e == 0;
            auto engine = std::make_unique<TestClickHouse>(
                legacy ? TestClickHouse::Kind::Server1816 : TestClickHouse::Kind::Chdb, QString::fromUtf8(kPassword));
            QString message;
            const TestClickHouse::Started started = engine->start(&message);
            if (started == TestClickHouse::Started::Missing) {
                m_skip[e] = QStringLiteral("SKIPPED: %1: %2").arg(engine->name(), message);
                qWarning("%s", qPrintable(m_skip[e]));
                continue;
            }
            QVERIFY2(started == TestClickHouse::Started::Yes, qPrintable(message));
            QVERIFY2(engine->exec(TestRecords::createTable(legacy), nullptr, &message), qPrintable(message));
            const QByteArray all = TestRecords::jsonEachRow(rows, legacy);
            QVERIFY2(
                engine->exec("INSERT INTO default.request_response_rmt FORMAT JSONEachRow\n" + all, nullptr, &message),
                qPrintable(message));
            QByteArray onlyA;
            for (const QByteArray& line : all.split('\n')) {
                if (line.contains(TestRecords::organizationA().toLatin1()))
                    onlyA += line + '\n';
            }
            m_dump[e] = m_dir.filePath(QStringLiteral("dump-%1.jsonl").arg(e));
            QFile dump(m_dump[e]);
            QVERIFY(dump.open(QIODevice::WriteOnly));
            dump.write(onlyA);
            m_engines[e] = std::move(engine);
        }
    }

    void sameAsDump_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QStringList>("options");
        const QString columns = QStringLiteral("--columns=request_id,request_created_at,user_id,model,provider,"
                                               "prompt_tokens,completion_tokens,cache_read_tokens,"
                                               "cache_write_tokens,reasoning_tokens,cost");
        for (int e = 0; e < kEngines; ++e) {
            const char* name = e == 0 ? "18.16" : "chdb";
            QTest::addRow("%s: alice by cost", name) << e << QStringList { QStringLiteral("--user=alice"), columns };
            QTest::addRow("%s: alice by time", name)
                << e << QStringList { QStringLiteral("--user=alice"), QStringLiteral("--sort=time"), columns };
            QTest::addRow("%s: alice by tokens, limit 2", name)
                << e
                << QStringList { QStringLiteral("--user=alice"), QStringLiteral("--sort=tokens"),
                       QStringLiteral("--limit=2"), columns };
            QTest::addRow("%s: without user", name) << e << QStringList { QStringLiteral("--user="), columns };
            QTest::addRow("%s: quote user, dedupe", name)
                << e << QStringList { QStringLiteral("--user=o'brien"), QStringLiteral("--dedupe"), columns };
            QTest::addRow("%s: by model, range", name)
                << e
                << QStringList { QStringLiteral("--group-by=model"), QStringLiteral("--group=gpt-4o"),
                       QStringLiteral("--from=2025-10-01"), QStringLiteral("--to=2025-10-27"), columns };
        }
    }
    void sameAsDump()
    {
        QFETCH(int, engine);
        QFETCH(QStringList, options);
        if (!m_engines[engine])
            QSKIP(qPrintable(m_skip[engine]));
        int code = -1;
        const QByteArray expected = run(options + QStringList { m_dump[engine] }, &code);
        QCOMPARE(code, 0);
        const QByteArray got = run(options
                + QStringList { QStringLiteral("--source=clickhouse"), QStringLiteral("--url"),
                    m_engines[engine]->url().toString(), QStringLiteral("--password-env=UE_TEST_CH_PASSWORD"),
                    QStringLiteral("--organization-id"), TestRecords::organizationA() },
            &code);
        QCOMPARE(code, 0);
        QVERIFY(expected.count('\n') > 1 || options.contains(QStringLiteral("--user=o'brien")));
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestRequestsClickHouse)
#include "tst_requestsclickhouse.moc"

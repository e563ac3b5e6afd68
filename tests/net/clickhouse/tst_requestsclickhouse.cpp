// SPDX-License-Identifier: MIT
// `usage-explorer-cli requests --source clickhouse` on both engines: the same rows, in the same order, as
// `requests` over a dump of the same rows, for each sort; its SQL carries user text only as parameters.
#include "testengines.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

namespace {

constexpr int kEngines = TestEngines::kCount;
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

    TestEngines m_engines { QString::fromUtf8(kPassword) };
    std::array<QString, kEngines> m_dump;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_engines.load(TestRecords::syntheticAndFixture(), &error), qPrintable(error));
        for (int e = 0; e < kEngines; ++e) {
            m_dump[e] = m_dir.filePath(QStringLiteral("dump-%1.jsonl").arg(e));
            QVERIFY(!m_engines.engine(e) || m_engines.writeDump(e, m_dump[e], TestRecords::organizationA()));
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
            const char* name = TestEngines::name(e);
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
        if (!m_engines.engine(engine))
            QSKIP(qPrintable(m_engines.skip(engine)));
        int code = -1;
        const QByteArray expected = run(options + QStringList { m_dump[engine] }, &code);
        QCOMPARE(code, 0);
        const QByteArray got = run(options
                + QStringList { QStringLiteral("--source=clickhouse"), QStringLiteral("--url"),
                    m_engines.engine(engine)->url().toString(), QStringLiteral("--password-env=UE_TEST_CH_PASSWORD"),
                    QStringLiteral("--organization-id"), TestRecords::organizationA() },
            &code);
        QCOMPARE(code, 0);
        QVERIFY(expected.count('\n') > 1 || options.contains(QStringLiteral("--user=o'brien")));
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestRequestsClickHouse)
#include "tst_requestsclickhouse.moc"

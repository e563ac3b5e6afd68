// SPDX-License-Identifier: MIT
// The price book through the real command line: aggregate's price options and columns, and the prices command.
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRun::cli;
using CliRun::Run;

QString genaiPrices()
{
    return QStringLiteral(UE_SHARED_DATA_DIR "/genai-prices.json");
}

// alice: o3 before and after its price change of 2025-06-10 (10/40 then 2/8 USD per million tokens), the second
// without a cost; bob: a model no source prices, cost 0; carol: gpt-4o-mini (0.15/0.6) with a cost.
const QByteArray kDump = "{\"request_id\":\"a1\",\"request_created_at\":\"2025-06-01 "
                         "10:00:00.000\",\"user_id\":\"alice\",\"model\":\"o3\",\"provider\":\"OPENAI\",\"prompt_"
                         "tokens\":1000,\"completion_tokens\":100,\"cost\":1000000}\n"
                         "{\"request_id\":\"a2\",\"request_created_at\":\"2025-06-20 "
                         "10:00:00.000\",\"user_id\":\"alice\",\"model\":\"o3\",\"provider\":\"OPENAI\",\"prompt_"
                         "tokens\":1000,\"completion_tokens\":100}\n"
                         "{\"request_id\":\"b1\",\"request_created_at\":\"2025-06-20 "
                         "10:00:00.000\",\"user_id\":\"bob\",\"model\":\"mystery-1\",\"provider\":\"CUSTOM\",\"prompt_"
                         "tokens\":50,\"completion_tokens\":5,\"cost\":0}\n"
                         "{\"request_id\":\"c1\",\"request_created_at\":\"2025-06-20 "
                         "10:00:00.000\",\"user_id\":\"carol\",\"model\":\"gpt-4o-mini\",\"provider\":\"OPENAI\","
                         "\"prompt_tokens\":1000,\"completion_tokens\":100,\"cost\":200000}\n";

const QByteArray kOverrides = "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,"
                              "cache_write_mtok,reasoning_mtok\nopenai,gpt-4o-mini,,,1,2,,,\n";

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dump;
    QString m_overrides;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(genaiPrices()));
        m_dump = write(QStringLiteral("dump.jsonl"), kDump);
        m_overrides = write(QStringLiteral("overrides.csv"), kOverrides);
    }

    void aggregate_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("expected");
        const QString columns = QStringLiteral("user_id,count,computed_cost,whatif_cost");
        auto row = [&](const char* name, QStringList options, const QByteArray& expected) {
            QTest::newRow(name) << options << expected;
        };
        const QByteArray header = "user_id,count,computed_cost,whatif_cost\n";
        row("o3 price change inside the range", { QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.0168\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("price date before the change",
            { QStringLiteral("--price-date"), QStringLiteral("2025-06-01"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.028\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("price date after the change",
            { QStringLiteral("--price-date"), QStringLiteral("2025-07-01"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.0056\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("swap to a cheaper model",
            { QStringLiteral("--reprice"), QStringLiteral("o3=gpt-4o-mini"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.00042\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("swap to a dearer model",
            { QStringLiteral("--reprice"), QStringLiteral("o3=o1"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.042\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("swap to an unknown model",
            { QStringLiteral("--reprice"), QStringLiteral("o3=nope"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0\ncarol,1,0.00021,0.00021\nbob,1,0,0\n");
        row("both what-if options",
            { QStringLiteral("--price-date"), QStringLiteral("2025-06-01"), QStringLiteral("--reprice"),
                QStringLiteral("gpt-4o-mini=o3"), QStringLiteral("--columns"), columns },
            header + "alice,2,0.0168,0.028\ncarol,1,0.00021,0.014\nbob,1,0,0\n");
        row("cost auto fills requests without cost, keeps cost 0",
            { QStringLiteral("--cost"), QStringLiteral("auto"), QStringLiteral("--columns"),
                QStringLiteral("user_id,cost,recorded_cost,unpriced_requests") },
            "user_id,cost,recorded_cost,unpriced_requests\nalice,0.0038,0.001,0\ncarol,0.0002,0.0002,0\n"
            "bob,0,0,1\n");
        row("cost computed",
            { QStringLiteral("--cost"), QStringLiteral("computed"), QStringLiteral("--columns"),
                QStringLiteral("user_id,cost,cost_difference") },
            "user_id,cost,cost_difference\nalice,0.0168,0.0158\ncarol,0.00021,0.00001\nbob,0,0\n");
    }

    void aggregate()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, expected);
        for (const char* threads : { "1", "2" }) {
            const Run r =
                cli(QStringList { QStringLiteral("aggregate"), QStringLiteral("--no-builtin-prices"),
                        QStringLiteral("--prices"), genaiPrices(), QStringLiteral("--threads"), QLatin1String(threads) }
                    + options + QStringList { m_dump });
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, expected);
        }
    }

    void overrideBeatsImport()
    {
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--no-builtin-prices"),
            QStringLiteral("--prices"), genaiPrices(), QStringLiteral("--prices"), m_overrides,
            QStringLiteral("--columns"), QStringLiteral("user_id,computed_cost,cost_difference"), m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("user_id,computed_cost,cost_difference\nalice,0.0168,0.0158\ncarol,0.0012,0.001\n"
                       "bob,0,0\n"));
    }

    void unpricedModelsListed()
    {
        const Run json = cli({ QStringLiteral("aggregate"), QStringLiteral("--no-builtin-prices"),
            QStringLiteral("--prices"), genaiPrices(), QStringLiteral("--output-format"), QStringLiteral("json"),
            QStringLiteral("--columns"), QStringLiteral("user_id,computed_cost"), m_dump });
        QCOMPARE(json.exitCode, 0);
        QVERIFY(
            json.out.contains("\"unpriced_models\":[{\"provider\":\"CUSTOM\",\"model\":\"mystery-1\",\"requests\":1,"
                              "\"prompt_tokens\":50,\"completion_tokens\":5}]"));
        QVERIFY(json.out.contains("\"cost_basis\":\"recorded\""));
        QVERIFY(json.out.contains("{\"kind\":\"genai-prices\",\"file\":\""));
        const Run list = cli({ QStringLiteral("prices"), QStringLiteral("--unpriced"), m_dump });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out,
            QByteArray("provider,model,requests,prompt_tokens,completion_tokens\n"
                       "CUSTOM,mystery-1,1,50,5\n"));
    }

    void pricesModel()
    {
        const Run before = cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("o3"),
            QStringLiteral("--at"), QStringLiteral("2025-06-11"), QStringLiteral("--no-builtin-prices"),
            QStringLiteral("--prices"), genaiPrices() });
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.endsWith(",openai,o3,\"or(equals:o3,equals:o3-2025-04-16)\",2025-06-10,2,8,0.5,,\n"));
        const Run none = cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("nope"),
            QStringLiteral("--no-builtin-prices"), QStringLiteral("--prices"), genaiPrices() });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("no price for nope"));
    }

    void usageErrors()
    {
        const QString bad = write(QStringLiteral("bad.csv"),
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,"
            "reasoning_mtok\nopenai,gpt-4o,,,abc,2,,,\n");
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--prices"), bad, m_dump });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad.csv: row 2: input_mtok: \"abc\" is not a decimal number"));
        QVERIFY(r.out.isEmpty());
        const Run q = cli({ QStringLiteral("query"), QStringLiteral("--cost"), QStringLiteral("computed") });
        QCOMPARE(q.exitCode, 2);
        QVERIFY(q.err.contains("pricing needs per-request records: use a dump"));
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"

// SPDX-License-Identifier: MIT
// usage-explorer-cli requests over the dumps in tests/data, through the real program.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Ran
{
    int code = -1;
    QByteArray out, err;
};

Ran run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(UE_CLI_PATH), QStringList { QStringLiteral("requests") } + args);
    Ran r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString data(const char* name)
{
    return QStringLiteral(UE_TEST_DATA_DIR "/") + QLatin1String(name);
}

const char kColumns[] = "request_id,user_id,prompt_tokens,completion_tokens,cost";

} // namespace

class TestRequestsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("clickHouse");
        for (const char* f : { "helicone.jsonl", "helicone.json", "helicone-export.csv", "dashboard.jsonl",
                 "dashboard.csv", "clickhouse.jsonl", "clickhouse.csv" })
            QTest::newRow(f) << data(f) << QByteArray(f).startsWith("clickhouse");
    }
    void everyFormat()
    {
        QFETCH(QString, file);
        QFETCH(bool, clickHouse);
        const QString columns = QLatin1String(kColumns);
        Ran r = run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--columns"), columns, file });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
            QByteArray("request_id,user_id,prompt_tokens,completion_tokens,cost\n"
                       "r1,alice,10,5,0.0015\n"
                       "r2,alice,20,6,0.00025\n"));
        r = run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--sort"), QStringLiteral("tokens"),
            QStringLiteral("--columns"), QStringLiteral("request_id"), file });
        QCOMPARE(r.out, QByteArray("request_id\nr2\nr1\n"));
        r = run({ QStringLiteral("--user"), QString(), QStringLiteral("--columns"), columns, file });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("request_id,user_id,prompt_tokens,completion_tokens,cost\nr3,,3,4,0.000001\n"));
        r = run({ QStringLiteral("--user"), QStringLiteral("bob, jr"), QStringLiteral("--columns"),
            QStringLiteral("request_id,user_id,cost"), file });
        QCOMPARE(r.out, QByteArray("request_id,user_id,cost\nr4,\"bob, jr\",") + (clickHouse ? "0" : "") + "\n");
    }

    void defaultColumnsTimeAndZone()
    {
        Ran r =
            run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--sort"), QStringLiteral("time"),
                QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), data("helicone.jsonl") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
            QByteArray("request_id,request_created_at,model,provider,prompt_tokens,completion_tokens,cost\n"
                       "r1,2025-10-01T12:00:00.000+02:00,gpt-4o,OPENAI,10,5,0.0015\n"
                       "r2,2025-10-02T12:00:00.000+02:00,gpt-4o-mini,OPENAI,20,6,0.00025\n"));
    }

    void rangeLimitAndGroup()
    {
        Ran r = run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--limit"), QStringLiteral("1"),
            QStringLiteral("--sort"), QStringLiteral("time"), QStringLiteral("--columns"), QStringLiteral("request_id"),
            data("helicone.jsonl") });
        QCOMPARE(r.out, QByteArray("request_id\nr1\n"));
        r = run(
            { QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--from"), QStringLiteral("2025-10-02"),
                QStringLiteral("--columns"), QStringLiteral("request_id"), data("helicone.jsonl") });
        QCOMPARE(r.out, QByteArray("request_id\nr2\n"));
        r = run({ QStringLiteral("--group-by"), QStringLiteral("model"), QStringLiteral("--group"),
            QStringLiteral("gpt-4o-mini"), QStringLiteral("--columns"), QStringLiteral("request_id,user_id"),
            data("clickhouse.csv") });
        QCOMPARE(r.out, QByteArray("request_id,user_id\nr2,alice\nr3,\n"));
        r = run({ QStringLiteral("--group-by"), QStringLiteral("property:environment"), QStringLiteral("--group"),
            QStringLiteral("production"), QStringLiteral("--columns"), QStringLiteral("request_id"),
            data("helicone.jsonl") });
        QCOMPARE(r.out, QByteArray("request_id\nr1\n"));
    }

    void jsonAndFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.json"));
        Ran r = run({ QStringLiteral("--user"), QStringLiteral("bob, jr"), QStringLiteral("--output-format"),
            QStringLiteral("json"), QStringLiteral("--columns"),
            QStringLiteral("request_id,user_id,prompt_tokens,cost"), QStringLiteral("-o"), out,
            data("helicone.jsonl") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            QByteArray(
                "{\"data\":[\n{\"request_id\":\"r4\",\"user_id\":\"bob, jr\",\"prompt_tokens\":0,\"cost\":null}],"
                "\"error\":null}\n"));
    }

    /** With a price book: each request at the entry in force on its date, ordered by the chosen cost basis. */
    void pricedRequests_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : { "helicone.jsonl", "helicone.json", "helicone-export.csv" })
            QTest::newRow(f) << data(f);
    }
    void pricedRequests()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString prices = dir.filePath(QStringLiteral("prices.csv"));
        QFile book(prices);
        QVERIFY(book.open(QIODevice::WriteOnly));
        book.write("provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,"
                   "reasoning_mtok\n,gpt-4o,,,2,8,,,\n,gpt-4o,,2025-10-02,3,9,,,\nopenai,gpt-4o-mini,,,100,100,,,\n");
        book.close();
        const QByteArray entry = prices.toUtf8();
        // computed: r2 (20 x 100 + 6 x 100 USD per million) before r1 (10 x 2 + 5 x 8), though r1 recorded more
        Ran r = run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--no-builtin-prices"),
            QStringLiteral("--prices"), prices, QStringLiteral("--cost"), QStringLiteral("computed"),
            QStringLiteral("--columns"), QStringLiteral("request_id,cost,recorded_cost,computed_cost,price_source"),
            file });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
            "request_id,cost,recorded_cost,computed_cost,price_source\n"
            "r2,0.0026,0.00025,0.0026,"
                + entry + ":openai/gpt-4o-mini\nr1,0.00006,0.0015,0.00006," + entry + ":gpt-4o\n");
        // auto: the recorded cost where there is one; r4 (no tokens, no cost) at the entry from 2025-10-02
        r = run({ QStringLiteral("--group-by"), QStringLiteral("model"), QStringLiteral("--group"),
            QStringLiteral("gpt-4o"), QStringLiteral("--sort"), QStringLiteral("time"), QStringLiteral("--cost"),
            QStringLiteral("auto"), QStringLiteral("--no-builtin-prices"), QStringLiteral("--prices"), prices,
            QStringLiteral("--output-format"), QStringLiteral("json"), QStringLiteral("--columns"),
            QStringLiteral("request_id,cost,computed_cost,price_source"), file });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
            "{\"data\":[\n{\"request_id\":\"r1\",\"cost\":0.0015,\"computed_cost\":0.00006,\"price_source\":\"" + entry
                + ":gpt-4o\"},\n{\"request_id\":\"r4\",\"cost\":0,\"computed_cost\":0,\"price_source\":\"" + entry
                + ":gpt-4o@2025-10-02\"}],\"error\":null}\n");
        // a pricing column alone prices with the built-in book, here left out: every request unpriced
        r = run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--no-builtin-prices"),
            QStringLiteral("--columns"), QStringLiteral("request_id,cost,computed_cost,price_source"), file });
        QCOMPARE(r.out,
            QByteArray("request_id,cost,computed_cost,price_source\nr1,0.0015,,unpriced\nr2,0.00025,,unpriced\n"));
        QCOMPARE(run({ QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--cost"),
                         QStringLiteral("guess"), file })
                     .code,
            2);
    }

    void usageErrors()
    {
        QCOMPARE(run({ data("helicone.jsonl") }).code, 2);
        QCOMPARE(run({ QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--sort"), QStringLiteral("x"),
                         data("helicone.jsonl") })
                     .code,
            2);
        QCOMPARE(run({ QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--columns"),
                         QStringLiteral("nope"), data("helicone.jsonl") })
                     .code,
            2);
        QCOMPARE(run({ QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("/nonexistent") }).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestsCommand)
#include "tst_requestscommand.moc"

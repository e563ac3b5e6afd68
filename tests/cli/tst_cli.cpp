// SPDX-License-Identifier: MIT
// usage-explorer-cli aggregate as a script sees it: exact standard output, standard error and exit codes.
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRun::cli;
using CliRun::Run;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QByteArray record(
    const char* user, int prompt, int completion, const char* cost, const char* at, const char* model = "gpt-4o")
{
    return QByteArrayLiteral("{\"request_id\":\"") + user + at + "\",\"request_user_id\":\"" + user
        + "\",\"prompt_tokens\":" + QByteArray::number(prompt)
        + ",\"completion_tokens\":" + QByteArray::number(completion) + ",\"cost\":" + cost
        + ",\"request_created_at\":\"" + at + "\",\"model\":\"" + model + "\"}\n";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dump;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dump = writeFile(m_dir, QStringLiteral("dump.jsonl"),
            record("ann", 10, 5, "0.5", "2025-10-01T10:00:00.000Z")
                + record("bob", 1, 2, "0.25", "2025-10-02T10:00:00.000Z")
                + record("ann", 20, 1, "0.00001", "2025-10-03T10:00:00.000Z", "gpt-4o-mini")
                + record("b\xC3\xA9"
                         "a",
                    3, 3, "0.25", "2025-10-03T12:00:00.000Z")
                + record("with,comma", 1, 1, "0.000000001", "2025-10-04T00:00:00.000Z"));
    }

    void csvToStdout()
    {
        const Run r = cli({ QStringLiteral("aggregate"), m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        // cost descending, then the id's UTF-8 bytes ascending ("bob" < "bé…")
        QCOMPARE(r.out,
            QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n"
                       "ann,2,30,6,0.50001\n"
                       "bob,1,1,2,0.25\n"
                       "b\xC3\xA9"
                       "a,1,3,3,0.25\n"
                       "\"with,comma\",1,1,1,0.000000001\n"));
    }

    void computesOnlyWhatItWrites()
    {
        // the same request twice: counted (and warned about) only when an output reads the count
        const QByteArray once = record("ann", 10, 5, "0.5", "2025-10-01T10:00:00.000Z");
        const QString twice = writeFile(m_dir, QStringLiteral("twice.jsonl"), once + once);
        const QByteArray csv = "user_id,count,prompt_tokens,completion_tokens,cost\nann,2,20,10,1\n";
        Run r = cli({ QStringLiteral("aggregate"), twice });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, csv);
        QCOMPARE(r.err, QByteArray());
        r = cli({ QStringLiteral("aggregate"), QStringLiteral("--full-result"), twice });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, csv);
        QCOMPARE(r.err,
            QByteArray("usage-explorer-cli: warning: 1 request id(s) appear more than once (overlapping exports?): "
                       "use de-duplication to count each request once\n"));
        r = cli({ QStringLiteral("aggregate"), QStringLiteral("--columns"), QStringLiteral("user_id,first_request"),
            twice });
        QCOMPARE(r.out, QByteArray("user_id,first_request\nann,2025-10-01T10:00:00.000+00:00\n"));
    }

    void jsonToFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--output-format"), QStringLiteral("json"),
            QStringLiteral("--users"), QStringLiteral("bob,nobody"), QStringLiteral("-o"), out, m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY2(json.startsWith("{\"data\":[{\"user_id\":\"bob\",\"count\":1,\"prompt_tokens\":1,"
                                 "\"completion_tokens\":2,\"cost\":0.25}],\"error\":null,\"meta\":{"),
            json.constData());
    }

    void windowAndZone()
    {
        // --to with a date alone means the end of that day; ISO without a zone is UTC; Unix seconds work too
        Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--from"), QStringLiteral("2025-10-02"),
            QStringLiteral("--to"), QStringLiteral("2025-10-03"), m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n"
                       "bob,1,1,2,0.25\n"
                       "b\xC3\xA9"
                       "a,1,3,3,0.25\n"
                       "ann,1,20,1,0.00001\n"));
        r = cli({ QStringLiteral("aggregate"), QStringLiteral("--from"), QStringLiteral("1759399200"),
            QStringLiteral("--to"), QStringLiteral("2025-10-02T10:00:00"), m_dump });
        QCOMPARE(r.out, QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\nbob,1,1,2,0.25\n"));
    }

    void usersFile()
    {
        const QString users = writeFile(m_dir, QStringLiteral("users.txt"), "ann\r\n\n  \nwith,comma\n");
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--users-file"), users, m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\n"
                       "ann,2,30,6,0.50001\n"
                       "\"with,comma\",1,1,1,0.000000001\n"));
    }

    void groupByModel()
    {
        const Run r =
            cli({ QStringLiteral("aggregate"), QStringLiteral("--group-by"), QStringLiteral("model"), m_dump });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("model,count,prompt_tokens,completion_tokens,cost\n"
                       "gpt-4o,4,15,11,1.000000001\n"
                       "gpt-4o-mini,1,20,1,0.00001\n"));
    }

    void skippedLinesGoToStderr()
    {
        const QString bad = writeFile(
            m_dir, QStringLiteral("bad.jsonl"), record("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z") + "{oops\n");
        const Run r = cli({ QStringLiteral("aggregate"), bad });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("user_id,count,prompt_tokens,completion_tokens,cost\nann,1,1,1,0.1\n"));
        QCOMPARE(r.err,
            "usage-explorer-cli: 1 malformed record(s) skipped\n"
            "usage-explorer-cli: skipped "
                + bad.toUtf8() + ":2: not a JSON object\n");
    }

    void threadsGiveIdenticalBytes()
    {
        const QString sample = QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl");
        const Run one = cli({ QStringLiteral("aggregate"), QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--columns"),
            QStringLiteral("user_id,count,cost,total_tokens,cache_read_tokens,first_request,"
                           "last_request,cost_share"),
            sample });
        const Run four = cli({ QStringLiteral("aggregate"), QStringLiteral("--threads"), QStringLiteral("4"),
            QStringLiteral("--columns"),
            QStringLiteral("user_id,count,cost,total_tokens,cache_read_tokens,first_request,"
                           "last_request,cost_share"),
            sample });
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.count('\n') > 10);
        QCOMPARE(four.out, one.out);
    }

    void statsGoToStderrOnly()
    {
        const Run plain = cli({ QStringLiteral("aggregate"), m_dump });
        const Run stats = cli({ QStringLiteral("aggregate"), QStringLiteral("--stats"), m_dump });
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(stats.out, plain.out);
        const QList<QByteArray> lines = stats.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QStringList phases { QStringLiteral("read"), QStringLiteral("rows"), QStringLiteral("result-alone"),
            QStringLiteral("written") };
        static const QRegularExpression shape(
            QStringLiteral("^usage-explorer-cli: stats: ([a-z-]+) [0-9]+\\.[0-9]{3} s, resident [0-9]+\\.[0-9] MiB, "
                           "peak [0-9]+\\.[0-9] MiB$"));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = shape.match(QString::fromUtf8(lines.at(i)));
            QVERIFY2(m.hasMatch(), lines.at(i).constData());
            QCOMPARE(m.captured(1), phases.at(i));
        }
    }

    void failuresKeepStdoutEmpty_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("err");
        const QString missing = QStringLiteral("/nonexistent/dump.jsonl");
        QTest::addRow("missing file") << QStringList { QStringLiteral("aggregate"), missing } << 1
                                      << QByteArray("usage-explorer-cli: /nonexistent/dump.jsonl: cannot open: No such "
                                                    "file or directory\n");
        QTest::addRow("no files") << QStringList { QStringLiteral("aggregate") } << 2
                                  << QByteArray("usage-explorer-cli: no input files (see --help)\n");
        QTest::addRow("bad group") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--group-by"),
            QStringLiteral("colour"), QStringLiteral("x") }
                                   << 2
                                   << QByteArray("usage-explorer-cli: --group-by: expected user, model, provider or "
                                                 "property:NAME, not colour\n");
        QTest::addRow("bad granularity") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--granularity"),
            QStringLiteral("month"), QStringLiteral("x") }
                                         << 2
                                         << QByteArray("usage-explorer-cli: --granularity: expected hour, day or week, "
                                                       "not month\n");
        QTest::addRow("bad threads") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--threads"),
            QStringLiteral("-1"), QStringLiteral("x") }
                                     << 2
                                     << QByteArray("usage-explorer-cli: --threads: expected a number from 0 to 1024, "
                                                   "not -1\n");
        QTest::addRow("unknown option") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--colour") } << 2
                                        << QByteArray("usage-explorer-cli: Unknown option 'colour'.\n");
        QTest::addRow("unknown command") << QStringList { QStringLiteral(
            "summarise") } << 2 << QByteArray("usage-explorer-cli: unknown command 'summarise' (see --help)\n");
        QTest::addRow("bad column") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--columns"),
            QStringLiteral("user_id,price"), QStringLiteral("x") }
                                    << 2
                                    << QByteArray("usage-explorer-cli: --columns: unknown column price (known: group, "
                                                  "bucket_start, count, prompt_tokens, completion_tokens, cost, "
                                                  "total_tokens, cache_read_tokens, cache_write_tokens, "
                                                  "reasoning_tokens, requests_without_cost, first_request, "
                                                  "last_request, cost_share, cost_per_request, previous_count, "
                                                  "previous_prompt_tokens, previous_completion_tokens, previous_cost, "
                                                  "cost_change, cost_change_ratio, count_change, recorded_cost, "
                                                  "computed_cost, cost_difference, unpriced_requests, whatif_cost)\n");
        QTest::addRow("json per bucket") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--per-bucket"),
            QStringLiteral("--output-format"), QStringLiteral("json"), QStringLiteral("x") }
                                         << 2
                                         << QByteArray("usage-explorer-cli: --per-bucket writes CSV; it cannot be "
                                                       "combined with --output-format json\n");
    }
    void failuresKeepStdoutEmpty()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, err);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, err);
    }

    void oneBadFileAmongGoodOnesFails()
    {
        const Run r = cli({ QStringLiteral("aggregate"), m_dump, QStringLiteral("/nonexistent/x.jsonl") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
    }

    void helpAndVersion()
    {
        Run r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("usage-explorer-cli " UE_VERSION_STRING "\n"));
        r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("aggregate") && r.out.contains("query"));
        r = cli({ QStringLiteral("aggregate"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: usage-explorer-cli aggregate [options] FILE...\n"), r.out.constData());
        // every option is documented
        for (const char* option :
            { "--from", "--to", "--users", "--users-file", "--group-by", "--granularity", "--time-zone", "--threads",
                "--output-format", "-o", "--dedupe", "--columns", "--bom", "--no-formula-guard", "--per-bucket" })
            QVERIFY2(r.out.contains(option), option);
        QVERIFY(r.out.contains("memory"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

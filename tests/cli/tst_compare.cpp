// SPDX-License-Identifier: MIT
// aggregate with a comparison range: both periods on every format in tests/data, the bounds of both ranges to the
// millisecond, previous-year across a leap day, the JSON meta, alerts (stderr lines, exit 3) and the usage errors.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRun::cli;
using CliRun::Run;

QByteArray record(const char* user, const char* cost, const char* at, int prompt = 1, int completion = 2)
{
    return QByteArrayLiteral("{\"request_id\":\"") + user + at + "\",\"request_user_id\":\"" + user
        + "\",\"prompt_tokens\":" + QByteArray::number(prompt)
        + ",\"completion_tokens\":" + QByteArray::number(completion) + ",\"cost\":" + cost
        + ",\"request_created_at\":\"" + at + "\",\"model\":\"gpt-4o\"}\n";
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

} // namespace

class TestCompareCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", name);
        return path;
    }

private Q_SLOTS:
    void everyFormat_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : { "helicone.jsonl", "helicone.json", "helicone-export.csv", "dashboard.jsonl",
                 "dashboard.csv", "clickhouse.jsonl", "clickhouse.csv" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyFormat()
    {
        // alice's two requests fall in the previous period only; "" and "bob, jr" in the current one only
        QFETCH(QString, file);
        const Run r = cli(args({ "aggregate", "--from", "2025-10-03", "--to", "2025-10-04", "--compare", "previous" })
            << QStringLiteral(UE_TEST_DATA_DIR "/") + file);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("user_id,count,cost,previous_count,previous_cost,cost_change\n"
                       ",1,0.000001,0,0,0.000001\n"
                       "alice,0,0,2,0.00175,-0.00175\n"
                       "\"bob, jr\",1,0,0,0,0\n"));
        const Run all =
            cli(args({ "aggregate", "--from", "2025-10-02", "--to", "2025-10-03", "--compare", "previous", "--columns",
                    "group,count,prompt_tokens,completion_tokens,cost,previous_count,previous_prompt_"
                    "tokens,previous_completion_tokens,previous_cost,cost_change,cost_change_ratio,"
                    "count_change" })
                << QStringLiteral(UE_TEST_DATA_DIR "/") + file);
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out,
            QByteArray("user_id,count,prompt_tokens,completion_tokens,cost,previous_count,previous_prompt_tokens,"
                       "previous_completion_tokens,previous_cost,cost_change,cost_change_ratio,count_change\n"
                       "alice,1,20,6,0.00025,1,10,5,0.0015,-0.00125,-0.833333333,0\n"
                       ",1,3,4,0.000001,0,0,0,0,0.000001,,1\n"));
    }

    void boundsToTheMillisecond()
    {
        const QString dump = write("bounds.jsonl",
            record("before", "1", "2025-09-30T23:59:59.999Z") + record("prevA", "2", "2025-10-01T00:00:00.000Z")
                + record("prevB", "4", "2025-10-02T23:59:59.999Z") + record("curA", "8", "2025-10-03T00:00:00.000Z")
                + record("curB", "16", "2025-10-04T23:59:59.999Z") + record("after", "32", "2025-10-05T00:00:00.000Z")
                + record("gapA", "64", "2025-09-20T00:00:00.000Z") + record("gapB", "128", "2025-09-21T23:59:59.999Z"));
        const Run r = cli(args({ "aggregate", "--from", "2025-10-03T00:00:00.000Z", "--to", "2025-10-04T23:59:59.999Z",
                              "--compare", "previous", "--columns", "group,cost,previous_cost,count_change" })
            << dump);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("user_id,cost,previous_cost,count_change\ncurB,16,0,1\ncurA,8,0,1\nprevA,0,2,-1\n"
                       "prevB,0,4,-1\n"));
        // a custom range: its own bounds, inclusive to the millisecond
        const Run custom = cli(args({ "aggregate", "--from", "2025-10-03T00:00:00.000Z", "--to",
                                   "2025-10-04T23:59:59.999Z", "--compare-from", "2025-09-20T00:00:00.000Z",
                                   "--compare-to", "2025-09-21T23:59:59.999Z", "--output-format", "json" })
            << dump);
        QCOMPARE(custom.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(custom.out).object();
        const QJsonArray data = doc.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 4);
        // exactly the requested (default comparison) columns
        QCOMPARE(data.at(0).toObject().keys(),
            args({ "cost", "cost_change", "count", "previous_cost", "previous_count", "user_id" }));
        QCOMPARE(data.at(3).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("gapB"));
        QCOMPARE(data.at(3).toObject().value(QStringLiteral("previous_cost")).toDouble(), 128.0);
        const QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
        const QJsonObject range = meta.value(QStringLiteral("range")).toObject();
        QCOMPARE(range.value(QStringLiteral("start_ms")).toInteger(), 1759449600000);
        QCOMPARE(range.value(QStringLiteral("end_ms")).toInteger(), 1759622399999);
        const QJsonObject cmp = meta.value(QStringLiteral("comparison_range")).toObject();
        QCOMPARE(cmp.value(QStringLiteral("mode")).toString(), QStringLiteral("custom"));
        QCOMPARE(cmp.value(QStringLiteral("start")).toString(), QStringLiteral("2025-09-20T00:00:00.000+00:00"));
        QCOMPARE(cmp.value(QStringLiteral("end_ms")).toInteger(), 1758499199999);
        QCOMPARE(cmp.value(QStringLiteral("new_groups")).toInteger(), 2);
        QCOMPARE(cmp.value(QStringLiteral("gone_groups")).toInteger(), 2);
        QCOMPARE(
            meta.value(QStringLiteral("previous_totals")).toObject().value(QStringLiteral("cost")).toDouble(), 192.0);
    }

    void previousYearAcrossLeapDay()
    {
        const QString dump = write("leap.jsonl",
            record("leap", "5", "2024-02-29T12:00:00.000Z") + record("feb28", "1", "2023-02-28T23:59:59.999Z")
                + record("mar1", "2", "2023-03-01T00:00:00.000Z") + record("leap", "3", "2025-02-10T00:00:00.000Z"));
        const Run day = cli(args({ "aggregate", "--from", "2024-02-29", "--to", "2024-02-29", "--compare",
                                "previous-year", "--columns", "group,cost,previous_cost" })
            << dump);
        QCOMPARE(day.exitCode, 0);
        QCOMPARE(day.out, QByteArray("user_id,cost,previous_cost\nleap,5,0\nfeb28,0,1\n"));
        const Run month = cli(args({ "aggregate", "--from", "2025-02-01", "--to", "2025-02-28", "--compare",
                                  "previous-year", "--columns", "group,cost,previous_cost,cost_change_ratio" })
            << dump);
        QCOMPARE(month.exitCode, 0);
        QCOMPARE(month.out, QByteArray("user_id,cost,previous_cost,cost_change_ratio\nleap,3,5,-0.4\n"));
    }

    void alerts()
    {
        const QString dump = write("alerts.jsonl",
            record("alice", "3", "2025-10-01T10:00:00.000Z") + record("alice", "12.5", "2025-10-02T10:00:00.000Z")
                + record("bob", "1", "2025-10-02T11:00:00.000Z") + record("carol", "1", "2025-10-01T11:00:00.000Z")
                + record("carol", "1", "2025-10-02T11:00:00.000Z"));
        const QStringList base =
            args({ "aggregate", "--from", "2025-10-02", "--to", "2025-10-02", "--compare", "previous" }) << dump;
        const QByteArray table("user_id,count,cost,previous_count,previous_cost,cost_change\n"
                               "alice,1,12.5,1,3,9.5\nbob,1,1,0,0,1\ncarol,1,1,1,1,0\n");
        const Run change = cli(base + args({ "--alert-change-above", "0.5" }));
        QCOMPARE(change.exitCode, 3);
        QCOMPARE(change.out, table);
        QCOMPARE(change.err,
            QByteArray("alert: user_id=alice cost=12.5 previous_cost=3 cost_change_ratio=3.166666667\n"
                       "alert: user_id=bob cost=1 previous_cost=0 cost_change_ratio=\n"));
        const Run cost = cli(base + args({ "--alert-cost-above", "12" }));
        QCOMPARE(cost.exitCode, 3);
        QCOMPARE(
            cost.err, QByteArray("alert: user_id=alice cost=12.5 previous_cost=3 cost_change_ratio=3.166666667\n"));
        const Run none = cli(base + args({ "--alert-cost-above", "12.5" }));
        QCOMPARE(none.exitCode, 0); // strictly above
        QCOMPARE(none.err, QByteArray());
        QCOMPARE(none.out, table);
        // above alice's ratio: only the new group, which crosses any ratio
        const Run onlyNew = cli(base + args({ "--alert-change-above", "3.2" }));
        QCOMPARE(onlyNew.exitCode, 3);
        QCOMPARE(onlyNew.err, QByteArray("alert: user_id=bob cost=1 previous_cost=0 cost_change_ratio=\n"));
        // without a comparison: the cost threshold alone
        const Run plain = cli(args({ "aggregate", "--alert-cost-above", "12", "--columns", "group,cost" }) << dump);
        QCOMPARE(plain.exitCode, 3);
        QCOMPARE(plain.out, QByteArray("user_id,cost\nalice,15.5\ncarol,2\nbob,1\n"));
        QCOMPARE(plain.err, QByteArray("alert: user_id=alice cost=15.5\n"));
        // a failure takes precedence: nothing written, exit 1
        const Run failed = cli(base
            + args({ "--alert-cost-above", "1", m_dir.filePath(QStringLiteral("no-such-file")).toUtf8().constData() }));
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.out, QByteArray());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("--compare without range") << args({ "--compare", "previous" }) << QByteArray("--compare");
        QTest::newRow("--compare without --to")
            << args({ "--from", "2025-10-01", "--compare", "previous-year" }) << QByteArray("--from and --to");
        QTest::newRow("--compare-from alone")
            << args({ "--compare-from", "2025-10-01" }) << QByteArray("--compare-from and --compare-to");
        QTest::newRow("--compare-to alone")
            << args({ "--compare-to", "2025-10-01" }) << QByteArray("--compare-from and --compare-to");
        QTest::newRow("--compare with --compare-from") << args(
            { "--from", "2025-10-01", "--to", "2025-10-02", "--compare", "previous", "--compare-from", "2025-09-01",
                "--compare-to", "2025-09-02" }) << QByteArray("--compare cannot be combined with --compare-from");
        QTest::newRow("--alert-change-above without comparison")
            << args({ "--alert-change-above", "0.5" }) << QByteArray("--alert-change-above");
        QTest::newRow("--per-bucket with comparison")
            << args({ "--from", "2025-10-01", "--to", "2025-10-02", "--compare", "previous", "--per-bucket" })
            << QByteArray("--per-bucket");
        QTest::newRow("bad mode") << args({ "--from", "2025-10-01", "--to", "2025-10-02", "--compare", "last" })
                                  << QByteArray("--compare");
        QTest::newRow("bad ratio") << args(
            { "--from", "2025-10-01", "--to", "2025-10-02", "--compare", "previous", "--alert-change-above", "x" })
                                   << QByteArray("--alert-change-above");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        const Run r = cli(QStringList { QStringLiteral("aggregate") } + arguments
            << QStringLiteral(UE_TEST_DATA_DIR "/helicone.jsonl"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains(named), r.err.constData());
    }

    void helpNamesExitCode3()
    {
        for (const char* command : { "aggregate", "query" }) {
            const Run r = cli({ QString::fromLatin1(command), QStringLiteral("--help") });
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("Exit code 3"));
            QVERIFY(r.out.contains("--compare <previous|previous-year>"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_compare.moc"

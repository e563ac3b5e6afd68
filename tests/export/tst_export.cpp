// SPDX-License-Identifier: MIT
// The exporters: exact CSV bytes (quoting, formula guard, BOM), chosen columns, JSON with meta, and per-bucket rows
// that add up in a zone with DST changes.
#include "core/export/csvexport.h"
#include "core/export/exportcell.h"
#include "core/export/exporter.h"
#include "core/logaggregation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace Usage::Export;

namespace {

GroupUsage group(const QString& id, qint64 requests, qint64 prompt, qint64 completion, qint64 costNanos)
{
    GroupUsage g;
    g.id = id;
    g.totals.requests = requests;
    g.totals.promptTokens = prompt;
    g.totals.completionTokens = completion;
    g.totals.costNanos = costNanos;
    return g;
}

/** Ids a spreadsheet or a naive CSV reader gets wrong, each with its own figures. */
UsageResult awkwardIds()
{
    UsageResult r;
    r.rows = {
        group(QStringLiteral("say \"hi\""), 1, 10, 1, 1'000'000'000),
        group(QStringLiteral("a,b"), 2, 20, 2, 500'000'000),
        group(QStringLiteral("line\nbreak"), 3, 30, 3, 250'000'000),
        group(QStringLiteral("Zoë 東京"), 4, 40, 4, 120'000'000),
        group(QStringLiteral("=HYPERLINK(\"x\")"), 5, 50, 5, 100'000'000),
        group(QStringLiteral("+1"), 6, 60, 6, 12'345'678),
        group(QStringLiteral("-2"), 7, 70, 7, 1'000'000),
        group(QStringLiteral("@SUM(A1)"), 8, 80, 8, 1),
        group(QStringLiteral("\tx"), 9, 90, 9, 0),
        group(QStringLiteral("\rx"), 1, 1, 1, 0),
        group(QString(), 1, 2, 3, 0),
    };
    return r;
}

QByteArray exported(const UsageResult& r, const Settings& s)
{
    QString error;
    const auto bytes = exportResult(r, s, &error);
    if (!bytes)
        return "ERROR: " + error.toUtf8();
    return *bytes;
}

const QByteArray kAwkwardBody = "\"say \"\"hi\"\"\",1,10,1,1\n"
                                "\"a,b\",2,20,2,0.5\n"
                                "\"line\nbreak\",3,30,3,0.25\n"
                                "Zo\xC3\xAB \xE6\x9D\xB1\xE4\xBA\xAC,4,40,4,0.12\n";

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndGuardsFormulas()
    {
        const QByteArray expected = "user_id,count,prompt_tokens,completion_tokens,cost\n" + kAwkwardBody
            + "\"'=HYPERLINK(\"\"x\"\")\",5,50,5,0.1\n"
              "'+1,6,60,6,0.012345678\n"
              "'-2,7,70,7,0.001\n"
              "'@SUM(A1),8,80,8,0.000000001\n"
              "'\tx,9,90,9,0\n"
              "\"'\rx\",1,1,1,0\n"
              ",1,2,3,0\n";
        QCOMPARE(exported(awkwardIds(), Settings {}), expected);
    }

    void csvWithoutGuardAndWithBom()
    {
        Settings s;
        s.formulaGuard = false;
        s.byteOrderMark = true;
        const QByteArray expected = "\xEF\xBB\xBFuser_id,count,prompt_tokens,completion_tokens,cost\n" + kAwkwardBody
            + "\"=HYPERLINK(\"\"x\"\")\",5,50,5,0.1\n"
              "+1,6,60,6,0.012345678\n"
              "-2,7,70,7,0.001\n"
              "@SUM(A1),8,80,8,0.000000001\n"
              "\tx,9,90,9,0\n"
              "\"\rx\",1,1,1,0\n"
              ",1,2,3,0\n";
        QCOMPARE(exported(awkwardIds(), s), expected);
    }

    void manyRowsAreWrittenInPartsWithTheSameBytes()
    {
        // 22,000 rows are written in parts side by side and joined: byte for byte the lines the same rows get in
        // exports of a few rows, quoted and guarded alike, in order
        const QByteArray header = "user_id,count,prompt_tokens,completion_tokens,cost\n";
        UsageResult many;
        QByteArray expected = header;
        for (int i = 0; i < 2000; ++i) {
            UsageResult few = awkwardIds();
            for (GroupUsage& row : few.rows)
                row.id += QString::number(i);
            many.rows += few.rows;
            expected += exported(few, Settings {}).mid(header.size());
        }
        QCOMPARE(many.rows.size(), 22000);
        QCOMPARE(expected.count('\n'), 1 + 22000 + 2000); // one id holds a line break
        QCOMPARE(exported(many, Settings {}), expected);
    }

    void guardNeverTouchesNumbers()
    {
        QCOMPARE(guardFormula("-1"), QByteArray("'-1"));
        QCOMPARE(guardFormula(""), QByteArray(""));
        QCOMPARE(guardFormula("a=b"), QByteArray("a=b"));
        // a numeric column is written as it is even when its text would start like a formula
        Settings s;
        s.columns = { Column::Cost, Column::Group };
        UsageResult r;
        r.rows = { group(QStringLiteral("-x"), 1, 0, 0, 5) };
        QCOMPARE(exported(r, s), QByteArray("cost,user_id\n0.000000005,'-x\n"));
    }

    void chosenColumnsAndDerivedFigures()
    {
        UsageResult r;
        r.hasCacheTokens = true;
        r.hasRequestTimes = true;
        r.query.zone = QTimeZone("America/New_York");
        GroupUsage a = group(QStringLiteral("a"), 3, 100, 50, 1'000'000'000);
        a.totals.cacheReadTokens = 7;
        a.totals.cacheWriteTokens = 8;
        a.totals.requestsWithoutCost = 1;
        a.firstMs = 1'736'000'000'123; // 2025-01-04T14:13:20.123Z
        a.lastMs = 1'752'000'000'000; // 2025-07-08T18:40:00Z, summer time
        GroupUsage b = group(QStringLiteral("b"), 2, 1, 1, 500'000'000);
        r.rows = { a, b };
        QString error;
        const auto columns = parseColumns(QStringLiteral("user_id,total_tokens,cache_read_tokens,cache_write_tokens,"
                                                         "reasoning_tokens,requests_without_cost,first_request,"
                                                         "last_request,cost_share,cost_per_request"),
            r.query.groupBy, &error);
        QVERIFY2(columns, qPrintable(error));
        Settings s;
        s.columns = *columns;
        // 1/1.5 = 0.6666666666… rounds to …667; 1/3 = 0.333333333(3) rounds down; reasoning unknown: empty
        QCOMPARE(exported(r, s),
            QByteArray("user_id,total_tokens,cache_read_tokens,cache_write_tokens,reasoning_tokens,"
                       "requests_without_cost,first_request,last_request,cost_share,cost_per_request\n"
                       "a,150,7,8,,1,2025-01-04T09:13:20.123-05:00,2025-07-08T14:40:00.000-04:00,0.666666667,"
                       "0.333333333\n"
                       "b,2,0,0,,0,,,0.333333333,0.25\n"));
    }

    void columnErrors_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown") << QStringLiteral("user_id,price")
                                 << QStringLiteral(
                                        "--columns: unknown column price (known: group, bucket_start, count, "
                                        "prompt_tokens, completion_tokens, cost, total_tokens, "
                                        "cache_read_tokens, cache_write_tokens, reasoning_tokens, "
                                        "requests_without_cost, first_request, last_request, cost_share, "
                                        "cost_per_request, previous_count, previous_prompt_tokens, "
                                        "previous_completion_tokens, previous_cost, cost_change, cost_change_ratio, "
                                        "count_change, recorded_cost, computed_cost, cost_difference, "
                                        "unpriced_requests, whatif_cost)");
        QTest::addRow("twice") << QStringLiteral("cost,group,cost")
                               << QStringLiteral("--columns: cost is listed twice");
        QTest::addRow("group twice") << QStringLiteral("group,user_id")
                                     << QStringLiteral("--columns: user_id is listed twice");
        QTest::addRow("empty") << QStringLiteral("cost,,count")
                               << QStringLiteral("--columns: empty column name in \"cost,,count\"");
    }
    void columnErrors()
    {
        QFETCH(QString, list);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!parseColumns(list, GroupBy {}, &got));
        QCOMPARE(got, error);
    }

    void groupColumnIsNamedAfterTheKey()
    {
        UsageResult r;
        r.query.groupBy = *GroupBy::fromString(QStringLiteral("property:environment"));
        r.rows = { group(QStringLiteral("prod"), 1, 1, 1, 1) };
        QString error;
        Settings s;
        s.columns = parseColumns(QStringLiteral("environment,count"), r.query.groupBy, &error).value();
        QCOMPARE(exported(r, s), QByteArray("environment,count\nprod,1\n"));
        r.query.groupBy = *GroupBy::fromString(QStringLiteral("model"));
        QCOMPARE(exported(r, Settings {}),
            QByteArray("model,count,prompt_tokens,completion_tokens,cost\n"
                       "prod,1,1,1,0.000000001\n"));
    }

    void subsetOfRowsInTheGivenOrder()
    {
        const UsageResult r = awkwardIds();
        QString error;
        Settings s;
        s.columns = { Column::Group, Column::Cost, Column::CostShare };
        // the share divides by the whole result (1.983345679 USD), also when only some rows are written
        QCOMPARE(exportRows(r, { 3, 1 }, s, &error).value(),
            QByteArray("user_id,cost,cost_share\n"
                       "Zo\xC3\xAB \xE6\x9D\xB1\xE4\xBA\xAC,0.12,0.060503825\n"
                       "\"a,b\",0.5,0.252099271\n"));
    }

    void jsonHasTheApiShapeAndMeta()
    {
        UsageResult r = awkwardIds();
        r.rows = r.rows.mid(0, 2);
        r.provenance.kind = SourceKind::LogFiles;
        r.provenance.files = { QStringLiteral("/data/a.jsonl.gz") };
        r.provenance.formats = { QStringLiteral("helicone-jsonl") };
        r.query.zone = QTimeZone("Europe/Berlin");
        r.query.startMs = 1'743'289'200'000; // 2025-03-30T00:00:00+01:00
        r.query.endMs = 1'743'371'999'999; // 2025-03-30T23:59:59.999+02:00
        r.recordsRead = 10;
        r.skippedRecords = 2;
        r.duplicateRequestIds = 3;
        r.fetchedAt = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000, QTimeZone::utc());
        Settings s;
        s.format = Format::Json;
        s.exportedAt = QDateTime::fromMSecsSinceEpoch(1'764'000'001'500, QTimeZone::utc());
        const QByteArray json = exported(r, s);
        QCOMPARE(json.left(json.indexOf("\"meta\"")),
            QByteArray("{\"data\":[{\"user_id\":\"say \\\"hi\\\"\",\"count\":1,\"prompt_tokens\":10,"
                       "\"completion_tokens\":1,\"cost\":1},{\"user_id\":\"a,b\",\"count\":2,\"prompt_tokens\":20,"
                       "\"completion_tokens\":2,\"cost\":0.5}],\"error\":null,"));
        QVERIFY(json.endsWith("}\n"));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
        const QJsonObject source = meta.value(QLatin1String("source")).toObject();
        QCOMPARE(source.value(QLatin1String("kind")).toString(), QStringLiteral("log-files"));
        QCOMPARE(source.value(QLatin1String("files")).toArray().first().toString(), QStringLiteral("/data/a.jsonl.gz"));
        QCOMPARE(source.value(QLatin1String("formats")).toArray().first().toString(), QStringLiteral("helicone-jsonl"));
        const QJsonObject range = meta.value(QLatin1String("range")).toObject();
        QCOMPARE(range.value(QLatin1String("start")).toString(), QStringLiteral("2025-03-30T00:00:00.000+01:00"));
        QCOMPARE(range.value(QLatin1String("end")).toString(), QStringLiteral("2025-03-30T23:59:59.999+02:00"));
        QCOMPARE(range.value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(range.value(QLatin1String("bound_rule")).toString(), QStringLiteral("inclusive-ms"));
        QCOMPARE(meta.value(QLatin1String("group_by")).toString(), QStringLiteral("user"));
        QCOMPARE(meta.value(QLatin1String("exported_at")).toString(), QStringLiteral("2025-11-24T16:00:01.500Z"));
        QCOMPARE(meta.value(QLatin1String("fetched_at")).toString(), QStringLiteral("2025-11-24T16:00:00.000Z"));
        QCOMPARE(meta.value(QLatin1String("app_version")).toString(), QStringLiteral(UE_VERSION_STRING));
        QCOMPARE(meta.value(QLatin1String("records_read")).toInt(), 10);
        QCOMPARE(meta.value(QLatin1String("skipped_lines")).toInt(), 2);
        QCOMPARE(meta.value(QLatin1String("duplicate_request_ids")).toInt(), 3);
        QCOMPARE(meta.value(QLatin1String("partial")).toBool(), false);
        QCOMPARE(meta.value(QLatin1String("rows_exported")).toInt(), 2);
        QCOMPARE(meta.value(QLatin1String("totals")).toObject().value(QLatin1String("count")).toInt(), 3);

        // a remote result names its base URL, endpoint and the API's bound rule
        r.provenance = {};
        r.provenance.kind = SourceKind::HeliconeApi;
        r.provenance.baseUrl = QStringLiteral("https://api.helicone.ai");
        r.provenance.endpoint = QStringLiteral("/v1/user/query");
        r.provenance.boundRule = QStringLiteral("inclusive-seconds");
        const QJsonObject remote =
            QJsonDocument::fromJson(exported(r, s)).object().value(QLatin1String("meta")).toObject();
        QCOMPARE(remote.value(QLatin1String("source")).toObject().value(QLatin1String("base_url")).toString(),
            QStringLiteral("https://api.helicone.ai"));
        QCOMPARE(remote.value(QLatin1String("source")).toObject().value(QLatin1String("endpoint")).toString(),
            QStringLiteral("/v1/user/query"));
        QCOMPARE(remote.value(QLatin1String("range")).toObject().value(QLatin1String("bound_rule")).toString(),
            QStringLiteral("inclusive-seconds"));
    }

    void perBucketRowsAddUpAcrossDst()
    {
        // hourly records from 2025-03-29 to 2025-03-31 and around 2025-10-26 for three users, in Berlin
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QStringList users { QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("=eve") };
        qint64 expectedNanos = 0;
        int n = 0;
        for (const qint64 dayStart : { 1'743'206'400'000LL, 1'761'350'400'000LL }) { // 2025-03-29, 2025-10-25 UTC
            for (int minute = 0; minute < 3 * 24 * 60; minute += 37, ++n) {
                const qint64 ms = dayStart + minute * 60'000LL;
                const qint64 nanos = 1'000'003LL * (n % 11 + 1);
                expectedNanos += nanos;
                file.write(
                    QStringLiteral("{\"request_id\":\"r%1\",\"request_user_id\":\"%2\",\"prompt_tokens\":%3,"
                                   "\"completion_tokens\":%4,\"cost\":%5,\"request_created_at\":\"%6\","
                                   "\"model\":\"m\"}\n")
                        .arg(n)
                        .arg(users.at(n % 3))
                        .arg(n % 7)
                        .arg(n % 5)
                        .arg(QString::fromStdString(std::to_string(nanos / 1'000'000'000) + '.'
                            + QString::number(nanos % 1'000'000'000).rightJustified(9, QLatin1Char('0')).toStdString()))
                        .arg(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                        .toUtf8());
            }
        }
        file.close();
        for (const Granularity g : { Granularity::Hour, Granularity::Day, Granularity::Week }) {
            UsageQuery query;
            query.zone = QTimeZone("Europe/Berlin");
            query.granularity = g;
            const auto outcome = aggregateFiles({ path }, query, AggregateOptions {});
            QVERIFY(!outcome.failed());
            QCOMPARE(outcome.result.recordsRead, n);
            QCOMPARE(outcome.result.totals().costNanos, expectedNanos);
            Settings s;
            s.format = Format::BucketCsv;
            s.columns = { Column::Group, Column::Count, Column::PromptTokens, Column::CompletionTokens, Column::Cost };
            const QByteArray csv = exported(outcome.result, s);
            QVERIFY2(
                csv.startsWith("user_id,bucket_start,count,prompt_tokens,completion_tokens,cost\n"), csv.constData());
            QHash<QString, Totals> sums;
            QSet<QByteArray> offsets;
            const QList<QByteArray> lines = csv.trimmed().split('\n').mid(1);
            for (const QByteArray& line : lines) {
                const QList<QByteArray> f = line.split(',');
                QCOMPARE(f.size(), 6);
                offsets.insert(f[1].right(6));
                Totals& t = sums[QString::fromUtf8(f[0]).remove(0, f[0].startsWith('\'') ? 1 : 0)];
                t.requests += f[2].toLongLong();
                t.promptTokens += f[3].toLongLong();
                t.completionTokens += f[4].toLongLong();
                t.costNanos += qRound64(f[5].toDouble() * 1e9);
            }
            for (const GroupUsage& row : outcome.result.rows) {
                QCOMPARE(sums.value(row.id).requests, row.totals.requests);
                QCOMPARE(sums.value(row.id).promptTokens, row.totals.promptTokens);
                QCOMPARE(sums.value(row.id).completionTokens, row.totals.completionTokens);
                QCOMPARE(sums.value(row.id).costNanos, row.totals.costNanos);
            }
            QCOMPARE(offsets, (QSet<QByteArray> { "+01:00", "+02:00" }));
            if (g == Granularity::Hour) {
                // the spring-forward night has no 02:00 and the autumn night has 02:00 twice
                QVERIFY(!csv.contains("2025-03-30T02:00:00"));
                QVERIFY(csv.contains("2025-03-30T01:00:00+01:00"));
                QVERIFY(csv.contains("2025-03-30T03:00:00+02:00"));
                QVERIFY(csv.contains("2025-10-26T02:00:00+02:00"));
                QVERIFY(csv.contains("2025-10-26T02:00:00+01:00"));
            }
            if (g == Granularity::Day) {
                QVERIFY(csv.contains("2025-03-30T00:00:00+01:00")); // a 23-hour day
                QVERIFY(csv.contains("2025-03-31T00:00:00+02:00"));
                QVERIFY(csv.contains("2025-10-26T00:00:00+02:00")); // a 25-hour day
                QVERIFY(csv.contains("2025-10-27T00:00:00+01:00"));
            }
        }
    }

    void perBucketRefusesPerGroupColumnsAndMissingSeries()
    {
        Settings s;
        s.format = Format::BucketCsv;
        s.columns = { Column::Group, Column::FirstRequest };
        QCOMPARE(checkSettings(s),
            QStringLiteral("first_request and last_request are per group and cannot be "
                           "exported per bucket"));
        // a result without request times (e.g. remote totals) has no series to split
        s.columns = defaultColumns();
        QCOMPARE(exported(awkwardIds(), s),
            QByteArray("ERROR: the time series of user_id \"say \"hi\"\" does not add up to its totals "
                       "(the source reports no request times)"));
        // Helicone's API answers each bucket for whole seconds: its buckets can miss a request the totals have
        UsageResult remote;
        remote.provenance.kind = SourceKind::HeliconeApi;
        remote.rows = { group(QStringLiteral("ann"), 2, 20, 2, 300) };
        remote.rows[0].series = { BucketTotals { 0, {} } };
        remote.rows[0].series[0].totals = group(QString(), 1, 10, 1, 100).totals;
        QCOMPARE(exported(remote, s),
            QByteArray("ERROR: the time series of user_id \"ann\" does not add up to its totals (Helicone's "
                       "API is asked for each bucket in whole seconds: requests in the last fraction of a second "
                       "of a bucket are in no bucket)"));
        Settings json;
        json.format = Format::Json;
        json.byteOrderMark = true;
        QCOMPARE(checkSettings(json),
            QStringLiteral("a byte-order mark applies to CSV only (JSON must not start "
                           "with one)"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"

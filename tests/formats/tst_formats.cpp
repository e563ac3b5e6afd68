// SPDX-License-Identifier: MIT
// Every log format, plain and compressed, against totals computed independently from the generated records.
#include "compress.h"
#include "core/export/exporter.h"
#include "core/logaggregation.h"
#include "testrecords.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;
using TestCompress::gzip;
using TestCompress::zstd;
using Usage::AggregateOptions;
using Usage::UsageQuery;

Q_DECLARE_METATYPE(TestRecords::Format)
Q_DECLARE_METATYPE(TestRecords::Bodies)

namespace {

enum class Compression { None, Gzip, GzipMultiMember, Zstd, ZstdMultiFrame };

QByteArray compress(Compression c, const QByteArray& data)
{
    const qsizetype half = data.size() / 2;
    switch (c) {
    case Compression::None:
        return data;
    case Compression::Gzip:
        return gzip(data);
    case Compression::GzipMultiMember:
        return gzip(data.left(half)) + gzip(data.mid(half));
    case Compression::Zstd:
        return zstd(data);
    case Compression::ZstdMultiFrame:
        return zstd(data.left(half)) + zstd(data.mid(half));
    }
    return {};
}

std::map<QString, Expected> actual(const Usage::UsageResult& result)
{
    std::map<QString, Expected> out;
    for (const auto& row : result.rows) {
        const auto& t = row.totals;
        out[row.id] = Expected { Usage::clampToInt64(t.requests), Usage::clampToInt64(t.promptTokens),
            Usage::clampToInt64(t.completionTokens), Usage::clampToInt64(t.cacheReadTokens),
            Usage::clampToInt64(t.cacheWriteTokens), Usage::clampToInt64(t.reasoningTokens),
            Usage::clampToInt64(t.costNanos), Usage::clampToInt64(t.requestsWithoutCost) };
    }
    return out;
}

QString dump(const std::map<QString, Expected>& m)
{
    QString s;
    for (const auto& [k, e] : m) {
        s += QStringLiteral("[%1] %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(k)
                 .arg(e.count)
                 .arg(e.prompt)
                 .arg(e.completion)
                 .arg(e.cacheRead)
                 .arg(e.cacheWrite)
                 .arg(e.reasoning)
                 .arg(e.cost)
                 .arg(e.withoutCost);
    }
    return s;
}

const Format kFormats[] = { Format::HeliconeJsonl, Format::HeliconeJson, Format::ExportCsv, Format::DashboardJsonl,
    Format::DashboardCsv, Format::ClickHouseJson, Format::ClickHouseCsv };

QByteArray apiCsv(const Usage::UsageResult& result)
{
    QString error;
    const auto bytes = Usage::Export::exportResult(result, Usage::Export::Settings {}, &error);
    return bytes.value_or(error.toUtf8());
}

/** Every per-group column, then every bucket: what must not depend on the number of threads. */
QByteArray allColumnsCsv(const Usage::UsageResult& result)
{
    using namespace Usage::Export;
    Settings settings;
    settings.columns.clear();
    QString error;
    for (const QString& name : knownColumnNames()) {
        if (name != QLatin1String("bucket_start"))
            settings.columns += parseColumns(name, result.query.groupBy, &error).value();
    }
    QByteArray out = exportResult(result, settings, &error).value_or(error.toUtf8());
    settings.format = Usage::Export::Format::BucketCsv;
    settings.columns.removeAll(Column::FirstRequest);
    settings.columns.removeAll(Column::LastRequest);
    out += exportResult(result, settings, &error).value_or(error.toUtf8());
    return out;
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<Bodies>("bodies");
        const std::pair<Compression, const char*> compressions[] = { { Compression::None, "plain" },
            { Compression::Gzip, "gzip" }, { Compression::GzipMultiMember, "gzip-2-members" },
            { Compression::Zstd, "zstd" }, { Compression::ZstdMultiFrame, "zstd-2-frames" } };
        for (Format f : kFormats) {
            for (const auto& [c, name] : compressions)
                QTest::addRow("%s-%s", qPrintable(formatName(f)), name) << f << c << Bodies::Long;
            // records without bodies, as ue-gen-dump writes them by default
            QTest::addRow("%s-short", qPrintable(formatName(f))) << f << Compression::None << Bodies::Short;
        }
    }

    // Same totals as computed from the records, whatever the format, compression, thread count or chunk size.
    void roundTrip()
    {
        QFETCH(Format, format);
        QFETCH(Compression, compression);
        QFETCH(Bodies, bodies);
        const QList<Record> records = randomRecords(7, 1500);
        // the file name never gives the format away
        const QString path = writeFile(QStringLiteral("dump-%1.dat").arg(QLatin1String(QTest::currentDataTag())),
            compress(compression, write(format, records, 11, bodies)));

        QByteArray firstJson;
        for (int threads : { 1, 4 }) {
            AggregateOptions options;
            options.threads = threads;
            options.blockSize = 4096; // many chunks; records cross chunk boundaries
            const auto outcome = Usage::aggregateFiles({ path }, UsageQuery {}, options);
            QVERIFY2(!outcome.failed(), qPrintable(outcome.result.errors.value(0).toString()));
            QCOMPARE(outcome.result.skippedRecords, 0);
            QCOMPARE(outcome.result.provenance.formats, QStringList { formatName(format) });
            const auto got = actual(outcome.result);
            const auto want = expectedByUser(format, records, bodies);
            QVERIFY2(got == want, qPrintable(QStringLiteral("got:\n%1\nwant:\n%2").arg(dump(got), dump(want))));
            // every column, and every bucket of the time series: byte-identical whatever the thread count
            const QByteArray json = allColumnsCsv(outcome.result);
            if (threads == 1)
                firstJson = json;
            else
                QCOMPARE(json, firstJson);
        }

        // grouped by a custom property
        UsageQuery byEnvironment;
        byEnvironment.groupBy = { Usage::GroupKey::Property, QStringLiteral("environment") };
        const auto outcome = Usage::aggregateFiles({ path }, byEnvironment, AggregateOptions {});
        QVERIFY(!outcome.failed());
        QVERIFY(actual(outcome.result) == expectedByEnvironment(format, records, bodies));
    }

    void truncatedStream_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::newRow("gzip") << Compression::Gzip;
        QTest::newRow("zstd") << Compression::Zstd;
    }

    // A truncated stream is an error naming the file; what was read before is kept and the result is partial.
    void truncatedStream()
    {
        QFETCH(Compression, compression);
        const QList<Record> records = randomRecords(3, 3000);
        const QByteArray full = compress(compression, write(Format::HeliconeJsonl, records, 5));
        const QString path = writeFile(
            QStringLiteral("truncated-%1").arg(QLatin1String(QTest::currentDataTag())), full.left(full.size() * 2 / 3));
        const auto outcome = Usage::aggregateFiles({ path }, UsageQuery {}, AggregateOptions {});
        QVERIFY(outcome.failed());
        QVERIFY(outcome.result.partial);
        QCOMPARE(outcome.result.errors.size(), 1);
        const QString expected = compression == Compression::Gzip ? QStringLiteral("the gzip stream is truncated")
                                                                  : QStringLiteral("the zstd stream is truncated");
        QCOMPARE(outcome.result.errors.first().file, path);
        QVERIFY2(
            outcome.result.errors.first().reason.endsWith(expected), qPrintable(outcome.result.errors.first().reason));
        const qint64 read = outcome.result.totals().requests;
        QVERIFY2(read > 1000 && read < 3000, qPrintable(QString::number(read)));
    }

    // Two overlapping exports: --dedupe counts each request once; without it the repeats are reported.
    void overlappingExports_data()
    {
        QTest::addColumn<Format>("format");
        for (Format f : kFormats) {
            if (f != Format::ExportCsv) // the export CLI's CSV has no request_id column
                QTest::newRow(qPrintable(formatName(f))) << f;
        }
    }

    void overlappingExports()
    {
        QFETCH(Format, format);
        const QList<Record> records = randomRecords(21, 1000);
        const QString a = writeFile(
            QStringLiteral("a-%1").arg(QLatin1String(QTest::currentDataTag())), write(format, records.mid(0, 600), 1));
        const QString b = writeFile(
            QStringLiteral("b-%1").arg(QLatin1String(QTest::currentDataTag())), write(format, records.mid(400), 2));
        AggregateOptions options;
        options.blockSize = 8192;
        const auto plain = Usage::aggregateFiles({ a, b }, UsageQuery {}, options);
        QVERIFY(!plain.failed());
        QCOMPARE(plain.result.duplicateRequestIds, 200);
        QCOMPARE(plain.result.totals().requests, 1200);
        QCOMPARE(plain.result.warnings.size(), 1);

        options.dedupe = true;
        for (int threads : { 1, 3 }) {
            options.threads = threads;
            const auto deduped = Usage::aggregateFiles({ a, b }, UsageQuery {}, options);
            QVERIFY(!deduped.failed());
            QCOMPARE(deduped.result.duplicateRequestIds, 200);
            QVERIFY(actual(deduped.result) == expectedByUser(format, records));
        }
    }

    // Unmerged ClickHouse copies of one row: the copy with the newest updated_at wins, wherever it stands.
    void newestUpdatedAtWins()
    {
        QList<Record> records = randomRecords(5, 50);
        QList<Record> stale = records.mid(0, 10);
        for (Record& r : stale) {
            r.updatedMs -= 60000;
            r.prompt += 1000; // the old figures must not count
            r.costNanos = 777;
        }
        const QString newer = writeFile(QStringLiteral("newer.jsonl"), write(Format::ClickHouseJson, records, 1));
        const QString older = writeFile(QStringLiteral("older.jsonl"), write(Format::ClickHouseJson, stale, 1));
        AggregateOptions options;
        options.dedupe = true;
        const auto outcome = Usage::aggregateFiles({ newer, older }, UsageQuery {}, options);
        QVERIFY(!outcome.failed());
        QCOMPARE(outcome.result.duplicateRequestIds, 10);
        QVERIFY(actual(outcome.result) == expectedByUser(Format::ClickHouseJson, records));
    }

    // Hand-written fixtures of each new format with totals worked out by hand.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("csv");
        // alice: 10+20 prompt, 5+6 completion, cost 0.0015 + 0.00025 USD = 1750000 nanos; "" (no user): 1 request
        const QByteArray expected = "user_id,count,prompt_tokens,completion_tokens,cost\n"
                                    "alice,2,30,11,0.00175\n"
                                    ",1,3,4,0.000001\n"
                                    "\"bob, jr\",1,0,0,0\n";
        QTest::newRow("helicone-jsonl") << QStringLiteral("helicone.jsonl") << QStringLiteral("helicone-jsonl")
                                        << expected;
        QTest::newRow("helicone-json") << QStringLiteral("helicone.json") << QStringLiteral("helicone-json")
                                       << expected;
        QTest::newRow("helicone-export-csv")
            << QStringLiteral("helicone-export.csv") << QStringLiteral("helicone-export-csv") << expected;
        QTest::newRow("dashboard-jsonl") << QStringLiteral("dashboard.jsonl") << QStringLiteral("dashboard-jsonl")
                                         << expected;
        QTest::newRow("dashboard-csv") << QStringLiteral("dashboard.csv") << QStringLiteral("dashboard-csv")
                                       << expected;
        QTest::newRow("clickhouse-jsoneachrow")
            << QStringLiteral("clickhouse.jsonl") << QStringLiteral("clickhouse-jsoneachrow") << expected;
        QTest::newRow("clickhouse-csvwithnames")
            << QStringLiteral("clickhouse.csv") << QStringLiteral("clickhouse-csvwithnames") << expected;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QByteArray, csv);
        const QString path = QStringLiteral(UE_TEST_DATA_DIR "/") + file;
        const auto outcome = Usage::aggregateFiles({ path }, UsageQuery {}, AggregateOptions {});
        QVERIFY2(!outcome.failed(), qPrintable(outcome.result.errors.value(0).toString()));
        QCOMPARE(outcome.result.provenance.formats, QStringList { format });
        QCOMPARE(outcome.result.skippedRecords, 0);
        QCOMPARE(apiCsv(outcome.result), csv);
    }

    void csvSkipsNameTheirLines()
    {
        // a ClickHouse CSV whose bad records come after a quoted line break: each skip names the record's first
        // line, on one thread and on two with many small chunks (lines are counted only for those records)
        QByteArray csv = "request_id,request_created_at,user_id,model,provider,prompt_tokens,completion_tokens,"
                         "prompt_cache_read_tokens,prompt_cache_write_tokens,reasoning_tokens,cost,properties,"
                         "updated_at\n";
        const QByteArray good = R"("r","2025-10-01 10:00:00.000","ann","m","OPENAI",1,1,0,0,0,1000,"{}",)"
                                R"("2025-10-01 10:00:00.000")"
                                "\n";
        csv += good; // line 2
        csv += R"("r2","2025-10-01 10:00:00.000","bob","m","OPENAI",1,1,0,0,0,1000,"{'a':'one)"
               "\n"
               R"(two'}","2025-10-01 10:00:00.000")"
               "\n"; // lines 3 and 4
        csv += R"("r3","2025-10-01 10:00:00.000","cat","m","OPENAI",1,1,0,0,0,1000,"{}")"
               "\n"; // line 5
        csv += R"("r4","yesterday","dan","m","OPENAI",1,1,0,0,0,1000,"{}","2025-10-01 10:00:00.000")"
               "\n"; // 6
        for (int i = 0; i < 2000; ++i)
            csv += good; // lines 7 to 2006
        csv += R"("r5","2025-10-01 10:00:00.000","eve","m","OPENAI",x,1,0,0,0,1000,"{}","2025-10-01 10:00:00.000")"
               "\n"; // line 2007
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        for (const int threads : { 1, 2 }) {
            AggregateOptions options;
            options.threads = threads;
            options.blockSize = 4096;
            const auto outcome = Usage::aggregateFiles({ path }, UsageQuery {}, options);
            QCOMPARE(outcome.result.skippedRecords, 3);
            QCOMPARE(outcome.result.diagnostics.size(), 3);
            QCOMPARE(outcome.result.diagnostics.at(0).line, 5);
            QCOMPARE(outcome.result.diagnostics.at(0).reason, QStringLiteral("expected 13 fields, found 12"));
            QCOMPARE(outcome.result.diagnostics.at(1).line, 6);
            QCOMPARE(
                outcome.result.diagnostics.at(1).reason, QStringLiteral("request_created_at: not a valid timestamp"));
            QCOMPARE(outcome.result.diagnostics.at(2).line, 2007);
            QCOMPARE(outcome.result.recordsRead, 2002);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"

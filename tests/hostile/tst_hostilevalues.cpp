// SPDX-License-Identifier: MIT
// Values out of bounds (tokens above 2^53 or negative, costs above 1,000,000 USD or negative) are
// skipped with file, line and field by every reader; sums that would pass 2^63 are held and reported, never wrapped.
#include "aggregatefiles.h"
#include "compress.h"
#include "core/decimal.h"
#include "core/export/csvexport.h"
#include "core/logaggregation.h"
#include "core/usageresult.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace TestAggregate;

namespace {

enum class Fmt { Jsonl, JsonlSlow, JsonArray, ExportCsv, DashboardJsonl, DashboardCsv, ClickHouseJson, ClickHouseCsv };

struct Values
{
    QByteArray user = "ann";
    QByteArray prompt = "10";
    QByteArray costUsd = "0.5";
    QByteArray costNanos = "500000000";
};

QByteArray jsonRecord(const Values& v, bool slow)
{
    // an escaped character in the model takes the record off the fast path
    return "{\"request_id\":\"r\",\"request_created_at\":\"2025-10-01T10:00:00.000Z\",\"request_user_id\":\"" + v.user
        + "\",\"model\":\"" + (slow ? "gpt\\u002d4o" : "gpt-4o") + "\",\"prompt_tokens\":" + v.prompt
        + ",\"completion_tokens\":1,\"cost\":" + v.costUsd + "}";
}

QByteArray dashboardMeta(const Values& v)
{
    return "{\"requestId\":\"r\",\"createdAt\":\"2025-10-01T10:00:00.000Z\",\"promptTokens\":" + v.prompt
        + ",\"completionTokens\":1,\"user\":\"" + v.user + "\",\"cost\":" + v.costUsd + "}";
}

QByteArray csvQuoted(QByteArray s)
{
    return '"' + s.replace('"', "\"\"") + '"';
}

/** A file of the format: a good record, then the record with values v; the line the second one starts on. */
QByteArray fileOf(Fmt f, const Values& v, int& line)
{
    const Values good;
    switch (f) {
    case Fmt::Jsonl:
    case Fmt::JsonlSlow:
        line = 2;
        return jsonRecord(good, f == Fmt::JsonlSlow) + '\n' + jsonRecord(v, f == Fmt::JsonlSlow) + '\n';
    case Fmt::JsonArray:
        line = 3;
        return "[\n" + jsonRecord(good, false) + ",\n" + jsonRecord(v, false) + "\n]\n";
    case Fmt::ExportCsv: {
        line = 3;
        auto row = [](const Values& x) -> QByteArray {
            return "r," + QByteArray("2025-10-01T10:00:00.000Z,") + x.user + ",gpt-4o,OPENAI," + x.prompt + ",1,"
                + x.costUsd + ",{}\n";
        };
        return "request_id,request_created_at,request_user_id,model,provider,prompt_tokens,completion_tokens,cost,"
               "request_properties\n"
            + row(good) + row(v);
    }
    case Fmt::DashboardJsonl: {
        line = 2;
        auto row = [](const Values& x) -> QByteArray {
            return "{\"_type\":\"openai-chat\",\"id\":\"r\",\"schema\":{},\"preview\":{},\"model\":\"gpt-4o\",\"raw\":{"
                   "},"
                   "\"heliconeMetadata\":"
                + dashboardMeta(x) + "}\n";
        };
        return row(good) + row(v);
    }
    case Fmt::DashboardCsv: {
        line = 3;
        auto row = [](const Values& x) -> QByteArray {
            return "openai-chat,r,{},{},gpt-4o,{}," + csvQuoted(dashboardMeta(x)) + '\n';
        };
        return "_type,id,schema,preview,model,raw,heliconeMetadata\n" + row(good) + row(v);
    }
    case Fmt::ClickHouseJson: {
        line = 2;
        auto row = [](const Values& x) -> QByteArray {
            return "{\"request_id\":\"r\",\"request_created_at\":\"2025-10-01 10:00:00.000\",\"user_id\":\"" + x.user
                + "\",\"model\":\"gpt-4o\",\"provider\":\"OPENAI\",\"prompt_tokens\":" + x.prompt
                + ",\"completion_tokens\":1,\"cost\":" + x.costNanos
                + ",\"properties\":{},\"updated_at\":\"2025-10-01 10:00:01.000\"}\n";
        };
        return row(good) + row(v);
    }
    case Fmt::ClickHouseCsv: {
        line = 3;
        auto row = [](const Values& x) -> QByteArray {
            return "\"r\",\"2025-10-01 10:00:00.000\"," + csvQuoted(x.user) + ",\"gpt-4o\",\"OPENAI\"," + x.prompt
                + ",1," + x.costNanos + ",\"{}\",\"2025-10-01 10:00:01.000\"\n";
        };
        return "\"request_id\",\"request_created_at\",\"user_id\",\"model\",\"provider\",\"prompt_tokens\","
               "\"completion_tokens\",\"cost\",\"properties\",\"updated_at\"\n"
            + row(good) + row(v);
    }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Values)
Q_DECLARE_METATYPE(Fmt)

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outOfBoundsValuesAreSkipped_data()
    {
        QTest::addColumn<Fmt>("format");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("reason");
        const struct
        {
            const char* name;
            Fmt f;
        } formats[] = { { "helicone-jsonl", Fmt::Jsonl }, { "helicone-jsonl-simdjson", Fmt::JsonlSlow },
            { "helicone-json", Fmt::JsonArray }, { "export-csv", Fmt::ExportCsv },
            { "dashboard-jsonl", Fmt::DashboardJsonl }, { "dashboard-csv", Fmt::DashboardCsv },
            { "clickhouse-json", Fmt::ClickHouseJson }, { "clickhouse-csv", Fmt::ClickHouseCsv } };
        for (const auto& f : formats) {
            Values v;
            v.prompt = "9007199254740993"; // 2^53 + 1
            QTest::addRow("%s tokens above 2^53", f.name)
                << f.f << v << QStringLiteral("prompt_tokens: 9007199254740993 exceeds 2^53");
            v = {};
            v.prompt = "-1";
            QTest::addRow("%s negative tokens", f.name) << f.f << v << QStringLiteral("prompt_tokens: negative (-1)");
            v = {};
            v.costUsd = "1000000.000000001";
            v.costNanos = "1000000000000001";
            QTest::addRow("%s cost above a million", f.name)
                << f.f << v << QStringLiteral("cost: 1000000.000000001 USD exceeds 1,000,000 USD");
            v = {};
            v.costUsd = "-0.5";
            v.costNanos = "-500000000";
            QTest::addRow("%s negative cost", f.name) << f.f << v << QStringLiteral("cost: negative (-0.5 USD)");
        }
    }

    void outOfBoundsValuesAreSkipped()
    {
        QFETCH(Fmt, format);
        QFETCH(Values, values);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        int line = 0;
        const QByteArray content = fileOf(format, values, line);
        const QString path = writeFile(dir, QStringLiteral("hostile"), content);
        const auto outcome = aggregate({ path }, {}, 1);
        QVERIFY(!outcome.failed());
        const UsageResult& r = outcome.result;
        QCOMPARE(r.errors, QList<Diagnostic>());
        QCOMPARE(r.skippedRecords, 1);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.at(0).file, path);
        QCOMPARE(r.diagnostics.at(0).line, line);
        QCOMPARE(r.diagnostics.at(0).reason, reason);
        QCOMPARE(r.totals().requests, 1);
        QCOMPARE(r.totals().promptTokens, 10);
        QCOMPARE(r.totals().costNanos, 500'000'000);
    }

    void nulInAnIdIsKeptAndNeverWrittenRaw()
    {
        QTemporaryDir dir;
        Values v;
        v.user = QByteArray("a\\u0000b"); // escaped in JSON: the id holds a NUL, as ClickHouse may store it
        int line = 0;
        const QString path = writeFile(dir, QStringLiteral("nul.jsonl"), fileOf(Fmt::Jsonl, v, line));
        const auto outcome = aggregate({ path }, {}, 1);
        QCOMPARE(outcome.result.skippedRecords, 0);
        const auto row = std::find_if(outcome.result.rows.begin(), outcome.result.rows.end(),
            [](const GroupUsage& g) { return g.id == QStringLiteral("a") + QChar(0) + QStringLiteral("b"); });
        QVERIFY(row != outcome.result.rows.end());
        const QByteArray csv = Export::toCsv(outcome.result, {});
        QVERIFY(!csv.contains('\0'));
        QVERIFY2(csv.contains("\"a\xEF\xBF\xBD"
                              "b\","),
            csv.constData());
    }

    void theBoundsThemselvesAreValid()
    {
        QTemporaryDir dir;
        Values v;
        v.prompt = "9007199254740992";
        v.costUsd = "1000000";
        int line = 0;
        const QString path = writeFile(dir, QStringLiteral("bounds.jsonl"), fileOf(Fmt::Jsonl, v, line));
        const auto outcome = aggregate({ path }, {}, 1);
        QCOMPARE(outcome.result.skippedRecords, 0);
        QCOMPARE(outcome.result.totals().promptTokens, 9'007'199'254'741'002);
        QCOMPARE(outcome.result.totals().costNanos, 1'000'000'500'000'000);
    }

    void totalsSumPastSixtyFourBits()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        Totals t;
        t.promptTokens = max - 1;
        Totals one;
        one.promptTokens = 2;
        one.costNanos = 5;
        t.add(one);
        QVERIFY(t.promptTokens == Sum(max) + 1);
        QVERIFY(t.costNanos == 5);
        Totals low;
        low.costNanos = min;
        low.subtract(one);
        QVERIFY(low.costNanos == Sum(min) - 5);
        Totals big;
        big.promptTokens = big.completionTokens = max;
        QVERIFY(big.totalTokens() == Sum(max) * 2);
        QCOMPARE(Decimal::formatIntegerQString(big.totalTokens()), QStringLiteral("18446744073709551614"));
    }

    void sumsPastTwoToTheSixtyThreeAreExact_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<QByteArray>("firstRow");
        // 1024 records of 2^53 tokens make 2^63: one more than a signed 64-bit sum holds
        QTest::newRow("one user") << 1 << QByteArray("u0,1024,9223372036854775808,");
        QTest::newRow("two users") << 2 << QByteArray("u0,512,4611686018427387904,");
    }

    void sumsPastTwoToTheSixtyThreeAreExact()
    {
        QFETCH(int, users);
        QFETCH(QByteArray, firstRow);
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 1024; ++i) {
            Values v;
            v.user = "u" + QByteArray::number(i % users);
            v.prompt = "9007199254740992";
            content += jsonRecord(v, false) + '\n';
        }
        const QString path = writeFile(dir, QStringLiteral("big.jsonl"), content);
        const auto outcome = aggregate({ path }, {}, 2);
        const UsageResult& r = outcome.result;
        QCOMPARE(r.skippedRecords, 0);
        QVERIFY(!r.partial);
        QVERIFY(r.errors.isEmpty());
        QVERIFY(r.totals().promptTokens == Sum(1) << 63);
        const QByteArray csv = Export::toCsv(r, {});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY2(lines.size() > 1 && lines.at(1).startsWith(firstRow), csv.constData());
    }

    void aRecordPastTheLimitEndsItsFile_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<bool>("mapped");
        QTest::newRow("plain, read") << false << false;
        QTest::newRow("plain, mapped") << false << true;
        QTest::newRow("zstd") << true << false;
    }

    void aRecordPastTheLimitEndsItsFile()
    {
        QFETCH(bool, compressed);
        QFETCH(bool, mapped);
        QTemporaryDir dir;
        Values v;
        v.user = QByteArray(1 << 20, 'x'); // one line of a MiB, in a file of three
        QByteArray content = jsonRecord({}, false) + '\n' + jsonRecord(v, false) + '\n' + jsonRecord({}, false) + '\n';
        if (compressed)
            content = TestCompress::zstd(content);
        const QString path = writeFile(dir, QStringLiteral("long"), content);
        AggregateOptions options;
        options.threads = 1;
        options.blockSize = 4096;
        options.mapThreshold = mapped ? 0 : SIZE_MAX;
        options.maxRecordSize = 65536;
        const UsageResult r = aggregateFiles({ path }, {}, options).result;
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(),
            path + QStringLiteral(":2: record longer than 65536 bytes (the limit; see --max-record-size)"));
        QVERIFY(r.partial);
        QCOMPARE(r.totals().requests, 1); // the line before it counts

        options.maxRecordSize = size_t(2) << 20; // within the limit, all three count
        const UsageResult whole = aggregateFiles({ path }, {}, options).result;
        QCOMPARE(whole.errors, QList<Diagnostic>());
        QCOMPARE(whole.totals().requests, 3);
    }
};

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"

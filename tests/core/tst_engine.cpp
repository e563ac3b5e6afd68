// SPDX-License-Identifier: MIT
// The engine's building blocks and its behaviour on bad input: exact decimal cost, timestamps, DST-correct buckets,
// the time window and user filter, skipped lines with file, line and reason, JSON array syntax errors, unreadable
// files and files without records.
#include "core/aggregator.h"
#include "core/bucketindex.h"
#include "core/decimal.h"
#include "core/logaggregation.h"
#include "core/timeparse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Usage;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QByteArray line(
    const char* user, int prompt, int completion, const char* cost, const char* at, const char* model = "gpt-4o")
{
    return QByteArrayLiteral("{\"request_user_id\":\"") + user + "\",\"prompt_tokens\":" + QByteArray::number(prompt)
        + ",\"completion_tokens\":" + QByteArray::number(completion) + ",\"cost\":" + cost
        + ",\"request_created_at\":\"" + at + "\",\"model\":\"" + model + "\"}";
}

/** What two ways of reading must agree on. */
QString differences(const AggregateOutcome& a, const AggregateOutcome& b)
{
    QStringList d;
    if (a.result.rows != b.result.rows)
        d << QStringLiteral("rows");
    if (a.result.series != b.result.series)
        d << QStringLiteral("series");
    if (a.result.diagnostics != b.result.diagnostics)
        d << QStringLiteral("diagnostics");
    if (a.result.errors != b.result.errors)
        d << QStringLiteral("errors");
    if (a.result.recordsRead != b.result.recordsRead || a.result.skippedRecords != b.result.skippedRecords)
        d << QStringLiteral("counts");
    if (a.result.warnings != b.result.warnings || a.result.duplicateRequestIds != b.result.duplicateRequestIds)
        d << QStringLiteral("warnings");
    return d.join(QStringLiteral(", "));
}

/**
 * Aggregates the files by read() (the default below the mapping threshold), and checks that mapping them into
 * memory gives the same outcome, with the default blocks and with blocks of 4 KiB (many chunks, records across
 * their edges).
 */
AggregateOutcome aggregate(const QStringList& files, const UsageQuery& query = {}, int threads = 2)
{
    AggregateOptions options;
    options.threads = threads;
    options.mapThreshold = SIZE_MAX;
    AggregateOutcome read = aggregateFiles(files, query, options);
    for (const size_t block : { size_t(1) << 20, size_t(4096) }) {
        options.mapThreshold = 0;
        options.blockSize = block;
        const AggregateOutcome mapped = aggregateFiles(files, query, options);
        const QString d = differences(read, mapped);
        if (!d.isEmpty())
            qFatal("mapped files (blocks of %zu bytes) read differently: %s", block, qPrintable(d));
    }
    return read;
}

const GroupUsage* findRow(const UsageResult& r, const QString& id)
{
    for (const GroupUsage& g : r.rows) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalParsing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("nanos");
        QTest::addRow("plain") << QByteArray("0.0123") << qint64(12'300'000);
        QTest::addRow("exponent") << QByteArray("1e-05") << qint64(10'000);
        QTest::addRow("upper exponent") << QByteArray("-2.5E+3") << qint64(-2'500'000'000'000);
        QTest::addRow("ten decimals, half to even down") << QByteArray("0.0000000005") << qint64(0);
        QTest::addRow("ten decimals, half to even up") << QByteArray("0.0000000015") << qint64(2);
        QTest::addRow("above half") << QByteArray("0.00000000050001") << qint64(1);
        QTest::addRow("binary-unfriendly") << QByteArray("0.1") << qint64(100'000'000);
        QTest::addRow("integer") << QByteArray("42") << qint64(42'000'000'000);
        QTest::addRow("many digits") << QByteArray("0.000216000000000000001") << qint64(216'000);
        // the fast path's edges: nine digits each side, and the forms it leaves to the general reading
        QTest::addRow("nine and nine") << QByteArray("999999999.999999999") << qint64(999'999'999'999'999'999);
        QTest::addRow("ten integer digits") << QByteArray("1000000000.5") << qint64(1'000'000'000'500'000'000);
        QTest::addRow("leading zeros") << QByteArray("000.000000001") << qint64(1);
        QTest::addRow("point without fraction") << QByteArray("3.") << qint64(3'000'000'000);
        QTest::addRow("fraction without integer") << QByteArray(".25") << qint64(250'000'000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
    }
    void decimalParsing()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, nanos);
        const auto got = Decimal::parseNanos(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY(got.has_value());
        QCOMPARE(qint64(*got), nanos);
    }

    void decimalRejects()
    {
        for (const char* bad : { "", "-", "1.2.3", "abc", "1e", "0x10", "1e400", "99999999999999999999" })
            QVERIFY2(!Decimal::parseNanos(bad), bad);
        QCOMPARE(Decimal::parseInteger("12.0").value(), 12);
        QCOMPARE(Decimal::parseInteger("1e3").value(), 1000);
        QVERIFY(!Decimal::parseInteger("1.5"));
    }

    void decimalFormatting()
    {
        QCOMPARE(Decimal::formatNanos(0), std::string("0"));
        QCOMPARE(Decimal::formatNanos(1), std::string("0.000000001"));
        QCOMPARE(Decimal::formatNanos(1'500'000'000), std::string("1.5"));
        QCOMPARE(Decimal::formatNanos(-20'000'000), std::string("-0.02"));
        QCOMPARE(Decimal::formatNanos(123'000'000'000'000), std::string("123000"));
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("Z") << QByteArray("2025-01-15T10:20:30.123Z") << qint64(1'736'936'430'123);
        QTest::addRow("micro truncated") << QByteArray("2025-01-15T10:20:30.123999Z") << qint64(1'736'936'430'123);
        QTest::addRow("no fraction") << QByteArray("2025-01-15T10:20:30Z") << qint64(1'736'936'430'000);
        QTest::addRow("offset") << QByteArray("2025-01-15T12:20:30.123+02:00") << qint64(1'736'936'430'123);
        QTest::addRow("compact offset") << QByteArray("2025-01-15T05:20:30.123-0500") << qint64(1'736'936'430'123);
        QTest::addRow("no zone is UTC") << QByteArray("2025-01-15T10:20:30.123") << qint64(1'736'936'430'123);
        QTest::addRow("ClickHouse") << QByteArray("2025-01-15 10:20:30.123") << qint64(1'736'936'430'123);
        QTest::addRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1'709'164'800'000);
    }
    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const auto got = Time::parseTimestampMs(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY(got.has_value());
        QCOMPARE(qint64(*got), ms);
        QVERIFY(!Time::parseTimestampMs("2025-02-30T00:00:00Z"));
        QVERIFY(!Time::parseTimestampMs("yesterday"));
    }

    void commandLineBounds()
    {
        QCOMPARE(Time::parseBoundMs(QStringLiteral("2025-01-31"), false).value(), 1'738'281'600'000);
        QCOMPARE(Time::parseBoundMs(QStringLiteral("2025-01-31"), true).value(), 1'738'367'999'999);
        QCOMPARE(Time::parseBoundMs(QStringLiteral("1738281600"), false).value(), 1'738'281'600'000);
        QCOMPARE(Time::parseBoundMs(QStringLiteral("2025-01-31T10:00:00+01:00"), false).value(), 1'738'314'000'000);
        QVERIFY(!Time::parseBoundMs(QStringLiteral("31/01/2025"), false));
    }

    void bucketsFollowTheZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        // 2025-03-30 in Berlin is 23 hours long, 2025-10-26 is 25 hours long
        const auto spring = BucketIndex::bucketOf(berlin, Granularity::Day, 1'743'300'000'000);
        QCOMPARE(spring.first, 1'743'289'200'000); // 2025-03-30T00:00+01:00
        QCOMPARE(spring.second - spring.first, 23 * 3'600'000LL);
        const auto autumn = BucketIndex::bucketOf(berlin, Granularity::Day, 1'761'480'000'000);
        QCOMPARE(autumn.first, 1'761'429'600'000); // 2025-10-26T00:00+02:00
        QCOMPARE(autumn.second - autumn.first, 25 * 3'600'000LL);
        // weeks start on Monday 00:00 local time
        const auto week = BucketIndex::bucketOf(berlin, Granularity::Week, 1'743'300'000'000);
        QCOMPARE(week.first, 1'742'770'800'000); // Monday 2025-03-24T00:00+01:00
        QCOMPARE(week.second, 1'743'372'000'000); // Monday 2025-03-31T00:00+02:00
        // a zone with a half-hour offset: hours start at :30 UTC
        const auto hour = BucketIndex::bucketOf(QTimeZone("Asia/Kolkata"), Granularity::Hour, 1'743'300'000'000);
        QCOMPARE(hour.first % 3'600'000, 1'800'000);
        // the cached index gives the same answers as the plain lookup
        BucketIndex index(berlin, Granularity::Hour);
        for (qint64 ms = 1'743'280'000'000; ms < 1'743'320'000'000; ms += 777'777)
            QCOMPARE(index.bucketStart(ms), BucketIndex::bucketOf(berlin, Granularity::Hour, ms).first);
    }

    void aggregatesWithTheApiMeaning()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.jsonl"),
            line("ann", 10, 5, "0.5", "2025-10-01T10:00:00.000Z") + '\n'
                + line("bob", 1, 2, "0.25", "2025-10-02T10:00:00.000Z") + '\n'
                + line("ann", 20, 1, "1e-05", "2025-10-03T10:00:00.000Z", "gpt-4o-mini") + '\n');
        const QString b = writeFile(dir, QStringLiteral("b.jsonl"),
            line("bob", 3, 4, "0.000000001", "2025-10-03T23:59:59.999Z") + '\n'
                + line("", 1, 1, "2", "2025-10-04T00:00:00.000Z") + '\n');
        const auto outcome = aggregate({ a, b });
        QVERIFY(!outcome.failed());
        const UsageResult& r = outcome.result;
        QCOMPARE(r.rows.size(), 3);
        // cost descending: the empty user id is a group of its own
        QCOMPARE(r.rows.at(0).id, QString());
        QCOMPARE(r.rows.at(1).id, QStringLiteral("ann"));
        QCOMPARE(r.rows.at(1).totals.requests, 2);
        QCOMPARE(r.rows.at(1).totals.promptTokens, 30);
        QCOMPARE(r.rows.at(1).totals.completionTokens, 6);
        QCOMPARE(r.rows.at(1).totals.costNanos, 500'010'000);
        QCOMPARE(r.rows.at(1).models.size(), 2);
        QCOMPARE(r.rows.at(1).models.at(0).model, QStringLiteral("gpt-4o"));
        QCOMPARE(r.rows.at(1).series.size(), 2);
        QCOMPARE(r.rows.at(2).totals.costNanos, 250'000'001);
        QCOMPARE(r.rows.at(2).firstMs, 1'759'399'200'000);
        QCOMPARE(r.rows.at(2).lastMs, 1'759'535'999'999);

        // the window is inclusive to the millisecond on both ends
        UsageQuery window;
        window.startMs = 1'759'399'200'000; // 2025-10-02T10:00:00.000Z
        window.endMs = 1'759'535'999'999; // 2025-10-03T23:59:59.999Z
        const auto windowed = aggregate({ a, b }, window);
        QCOMPARE(windowed.result.rows.size(), 2);
        QCOMPARE(findRow(windowed.result, QStringLiteral("bob"))->totals.requests, 2);
        QCOMPARE(findRow(windowed.result, QStringLiteral("ann"))->totals.requests, 1);
        window.endMs = *window.endMs - 1;
        QCOMPARE(findRow(aggregate({ a, b }, window).result, QStringLiteral("bob"))->totals.requests, 1);

        // a user filter keeps only those users; a requested id without records gets no row
        UsageQuery users;
        users.userIds = { QStringLiteral("bob"), QStringLiteral("nobody") };
        const auto filtered = aggregate({ a, b }, users);
        QCOMPARE(filtered.result.rows.size(), 1);
        QCOMPARE(filtered.result.rows.at(0).id, QStringLiteral("bob"));
        QCOMPARE(filtered.result.recordsRead, 5);

        // by model
        UsageQuery byModel;
        byModel.groupBy = *GroupBy::fromString(QStringLiteral("model"));
        const auto models = aggregate({ a, b }, byModel);
        QCOMPARE(models.result.rows.size(), 2);
        QCOMPARE(findRow(models.result, QStringLiteral("gpt-4o"))->totals.requests, 4);
    }

    /**
     * Grouping by provider or by a custom property, on one thread and on four: with several workers the records of
     * groups another worker owns travel to it with their provider and property (the only time those are copied).
     */
    void groupsByProviderAndProperty()
    {
        QTemporaryDir dir;
        QByteArray content;
        const char* providers[] = { "OPENAI", "ANTHROPIC", "GOOGLE" };
        const char* features[] = { "search", "chat", "autocomplete", "summary" };
        for (int i = 0; i < 240; ++i) {
            content += QByteArrayLiteral("{\"request_user_id\":\"user") + QByteArray::number(i % 17)
                + "\",\"request_created_at\":\"2025-10-0" + QByteArray::number(1 + i % 9)
                + "T10:00:00.000Z\",\"provider\":\"" + providers[i % 3] + "\",\"request_properties\":{\"feature\":\""
                + features[i % 4] + "\"},\"model\":\"m\"," + "\"prompt_tokens\":" + QByteArray::number(i)
                + ",\"completion_tokens\":1,\"cost\":0.001}\n";
        }
        const QString path = writeFile(dir, QStringLiteral("groups.jsonl"), content);
        for (const char* key : { "provider", "property:feature" }) {
            UsageQuery query;
            query.groupBy = *GroupBy::fromString(QString::fromLatin1(key));
            const auto one = aggregate({ path }, query, 1);
            const auto four = aggregate({ path }, query, 4);
            QCOMPARE(four.result.rows, one.result.rows);
            const bool byProvider = query.groupBy.key == GroupKey::Provider;
            QCOMPARE(one.result.rows.size(), byProvider ? 3 : 4);
            for (const GroupUsage& row : one.result.rows) {
                // every third (fourth) record: 80 (60) of them, prompt tokens i for i of that remainder
                const int n = byProvider ? 3 : 4;
                int remainder = -1;
                for (int k = 0; k < n; ++k) {
                    if (row.id == QLatin1String(byProvider ? providers[k] : features[k]))
                        remainder = k;
                }
                QVERIFY2(remainder >= 0, qPrintable(row.id));
                qint64 prompt = 0;
                for (int i = remainder; i < 240; i += n)
                    prompt += i;
                QCOMPARE(row.totals.requests, 240 / n);
                QCOMPARE(row.totals.promptTokens, prompt);
                QCOMPARE(row.totals.costNanos, qint64(240 / n) * 1'000'000);
            }
        }
    }

    void finishingDisjointAggregators()
    {
        // the rows of aggregators with disjoint groups (the workers' own) are built side by side and their sorted
        // runs merged: the same rows and series as one aggregator of everything, ties in cost included, for two to
        // five parts (an odd run out in a merge round) and for one big aggregator split across threads
        auto spec = std::make_shared<const AggregationSpec>(UsageQuery {});
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 t0 = 1'759'276'800'000; // 2025-10-01
        for (const int groups : { 50, 30000 }) {
            std::vector<std::string> ids, models;
            for (int g = 0; g < groups; ++g)
                ids.push_back("g" + std::to_string(g));
            for (int m = 0; m < 3; ++m)
                models.push_back("m" + std::to_string(m));
            auto feed = [&](auto&& aggregatorOf) {
                for (int g = 0; g < groups; ++g) {
                    for (int k = 0; k < 2; ++k) {
                        RequestRecord r;
                        r.userId = ids[size_t(g)];
                        r.model = models[size_t((g + k) % 3)];
                        r.createdMs = t0 + (k == 0 ? 0 : (1 + g % 3) * day);
                        r.promptTokens = g + k;
                        r.completionTokens = 1;
                        r.costNanos = (g % 7) * 1000 + k; // many groups tie in cost
                        r.hasCost = true;
                        aggregatorOf(g).add(r);
                    }
                }
            };
            Aggregator all(spec);
            feed([&all](int) -> Aggregator& { return all; });
            UsageResult expected;
            Aggregator::finish({ &all }, expected, 1);
            QCOMPARE(expected.rows.size(), groups);
            QCOMPARE(expected.recordsRead, 2 * groups);
            for (const int parts : { 1, 2, 3, 5 }) {
                for (const int threads : { 1, 4 }) {
                    std::vector<std::unique_ptr<Aggregator>> owners;
                    for (int i = 0; i < parts; ++i)
                        owners.push_back(std::make_unique<Aggregator>(spec));
                    feed([&owners, parts](int g) -> Aggregator& { return *owners[size_t((g * 7919) % parts)]; });
                    std::vector<Aggregator*> pointers;
                    for (const auto& a : owners)
                        pointers.push_back(a.get());
                    UsageResult got;
                    Aggregator::finish(pointers, got, threads);
                    QCOMPARE(got.rows, expected.rows);
                    QCOMPARE(got.series, expected.series);
                    QCOMPARE(got.recordsRead, expected.recordsRead);
                }
            }
        }
    }

    void severalFilesOnSeveralThreadsGiveOneResult()
    {
        // each worker owns the groups whose keys hash to it, in every file, and the rows of the workers' groups
        // are built side by side; a file that a syntax error sends back to one thread joins them all again
        QTemporaryDir dir;
        QByteArray first;
        for (int i = 0; i < 25000; ++i) {
            const QByteArray user = "u" + QByteArray::number(i);
            first += line(user.constData(), i % 100, 1, "0.000001", "2025-10-01T10:00:00.000Z") + '\n';
            if (i % 250 == 0)
                first += line(user.constData(), 1, 1, "0.5", "2025-10-03T10:00:00.000Z", "claude") + '\n';
        }
        QByteArray second = "[\n";
        for (int i = 0; i < 50; ++i) {
            const QByteArray user = "u" + QByteArray::number(i * 7);
            second += line(user.constData(), 1, 1, "0.25", "2025-10-02T10:00:00.000Z", "claude") + ",\n";
        }
        second += "  {\"request_user_id\": oops}\n]\n";
        QByteArray third;
        for (int i = 20000; i < 30000; ++i) {
            const QByteArray user = "u" + QByteArray::number(i);
            third += line(user.constData(), 2, 3, "0.001", "2025-10-04T10:00:00.000Z") + '\n';
        }
        const QString a = writeFile(dir, QStringLiteral("a.jsonl"), first);
        const QString b = writeFile(dir, QStringLiteral("b.json"), second);
        const QString c = writeFile(dir, QStringLiteral("c.jsonl"), third);
        for (const QStringList& files : { QStringList { a, c }, QStringList { a, b, c }, QStringList { b, c, a } }) {
            const auto one = aggregate(files, {}, 1);
            const bool withArray = files.contains(b);
            QCOMPARE(one.result.errors.size(), withArray ? 1 : 0);
            QCOMPARE(one.result.rows.size(), 30000);
            QCOMPARE(one.result.recordsRead, 25000 + 100 + 10000 + (withArray ? 50 : 0));
            QCOMPARE(one.result.totals().costNanos,
                qint64(25000) * 1'000 + qint64(100) * 500'000'000 + qint64(10000) * 1'000'000
                    + (withArray ? qint64(50) * 250'000'000 : 0));
            const GroupUsage* u0 = findRow(one.result, QStringLiteral("u0"));
            QVERIFY(u0);
            QCOMPARE(u0->totals.requests, withArray ? 3 : 2);
            QCOMPARE(u0->models.size(), 2);
            QCOMPARE(u0->series.size(), withArray ? 3 : 2);
            for (int threads : { 2, 3 }) {
                const auto many = aggregate(files, {}, threads);
                QCOMPARE(many.result.rows, one.result.rows);
                QCOMPARE(many.result.series, one.result.series);
                QCOMPARE(many.result.recordsRead, one.result.recordsRead);
            }
        }
    }

    void malformedLinesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        QByteArray content;
        content += line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z") + '\n'; // line 1
        content += "{not json\n"; // line 2
        content += "\n"; // line 3: blank lines are not records
        content += line("ann", 1, 1, "\"abc\"", "2025-10-01T10:00:00.000Z") + '\n'; // line 4: bad cost
        content += line("bob", 1, 1, "0.2", "not a time") + '\n'; // line 5: bad time
        content += line("bob", 1, 1, "0.2", "2025-10-01T10:00:00.000Z") + '\n'; // line 6
        const QString path = writeFile(dir, QStringLiteral("bad.jsonl"), content);
        const auto outcome = aggregate({ path }, {}, 1);
        QVERIFY(!outcome.failed());
        const UsageResult& r = outcome.result;
        QCOMPARE(r.skippedRecords, 3);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.totals().costNanos, 300'000'000);
        QCOMPARE(r.diagnostics.size(), 3);
        QCOMPARE(r.diagnostics.at(0).file, path);
        QCOMPARE(r.diagnostics.at(0).line, 2);
        QCOMPARE(r.diagnostics.at(1).line, 4);
        QCOMPARE(r.diagnostics.at(2).line, 5);
        QCOMPARE(r.diagnostics.at(0).toString(), path + QStringLiteral(":2: not a JSON object"));
        QCOMPARE(r.diagnostics.at(1).reason, QStringLiteral("cost: wrong type or not a number"));
        QCOMPARE(r.diagnostics.at(2).reason, QStringLiteral("request_created_at: not a valid timestamp"));
    }

    void onlyTheFirstHundredDiagnosticsAreKept()
    {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 250; ++i)
            content += line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z") + "\n{broken\n";
        const QString path = writeFile(dir, QStringLiteral("many.jsonl"), content);
        for (int threads : { 1, 2 }) {
            const auto outcome = aggregate({ path }, {}, threads);
            QCOMPARE(outcome.result.skippedRecords, 250);
            QCOMPARE(outcome.result.diagnostics.size(), 100);
            QCOMPARE(outcome.result.diagnostics.first().line, 2);
            QCOMPARE(outcome.result.diagnostics.last().line, 200);
            QCOMPARE(outcome.result.rows.value(0).totals.requests, 250);
        }
    }

    void jsonArraySyntaxErrorEndsTheFile()
    {
        QTemporaryDir dir;
        const QByteArray content = "[\n" + line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z") + ",\n"
            + line("bob", 1, 1, "0.2", "2025-10-01T10:00:00.000Z") + ",\n" + "  {\"request_user_id\": oops}\n]\n";
        const QString path = writeFile(dir, QStringLiteral("array.json"), content);
        const QString good =
            writeFile(dir, QStringLiteral("good.jsonl"), line("cid", 1, 1, "1", "2025-10-01T10:00:00.000Z") + '\n');
        const auto outcome = aggregate({ path, good });
        const UsageResult& r = outcome.result;
        QVERIFY(r.partial);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).file, path);
        QCOMPARE(r.errors.at(0).line, 4);
        QCOMPARE(r.errors.at(0).column, 3); // where the element starts
        QCOMPARE(r.errors.at(0).toString(),
            path + QStringLiteral(":4:3: invalid JSON: unexpected 'oops' as the value of request_user_id"));
        // what was read before the error stays, and the other file still counts
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.totals().costNanos, 1'300'000'000);
    }

    void jsonArrayStructureErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        const QByteArray a = line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z");
        QTest::addRow("missing comma") << "[\n" + a + "\n" + a + "\n]\n"
                                       << QStringLiteral(":3:1: expected ',' or ']' after an array element") << 1;
        QTest::addRow("not closed") << "[\n" + a + ",\n" + a + "\n"
                                    << QStringLiteral(":4:1: unexpected end of file: the JSON array is not closed")
                                    << 2;
        QTest::addRow("data after") << "[\n" + a + "\n] x\n"
                                    << QStringLiteral(":3:3: unexpected data after the end of the JSON array") << 1;
    }
    void jsonArrayStructureErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(int, requests);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("array.json"), content);
        const auto outcome = aggregate({ path });
        QVERIFY(outcome.result.partial);
        QCOMPARE(outcome.result.errors.size(), 1);
        QCOMPARE(outcome.result.errors.at(0).toString(), path + error);
        QCOMPARE(outcome.result.rows.value(0).totals.requests, requests); // what came before the error counts
    }

    void unreadableAndUnrecognisableFiles()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.jsonl"));
        const QString text = writeFile(dir, QStringLiteral("notes.txt"), "just some notes\nnothing else\n");
        const QString empty = writeFile(dir, QStringLiteral("empty.jsonl"), QByteArray());
        for (const QString& path : { missing, text, empty }) {
            const auto outcome = aggregate({ path });
            QVERIFY2(outcome.failed(), qPrintable(path));
            QCOMPARE(outcome.result.errors.size(), 1);
            QCOMPARE(outcome.result.errors.at(0).file, path);
            QVERIFY(outcome.result.rows.isEmpty());
        }
        QCOMPARE(aggregate({ missing }).result.errors.at(0).toString(),
            missing + QStringLiteral(": cannot open: No such file or directory"));
        QCOMPARE(aggregate({ text }).result.errors.at(0).toString(),
            text + QStringLiteral(": no recognisable records (not a format Usage Explorer reads)"));
    }

    void noInputCrashes()
    {
        // random bytes, truncated records and odd nesting in every shape: skipped or refused, never a crash
        QTemporaryDir dir;
        quint32 seed = 12345;
        auto next = [&seed] {
            seed = seed * 1'664'525u + 1'013'904'223u;
            return seed >> 8;
        };
        const QByteArray record = line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z");
        for (int round = 0; round < 60; ++round) {
            QByteArray content = round % 3 == 0 ? "[" : "";
            int intact = 0;
            for (int i = 0; i < 40; ++i) {
                QByteArray r = record;
                const int cut = int(next() % uint(r.size()));
                const uint damage = next() % 4;
                intact += damage == 3 ? 1 : 0;
                switch (damage) {
                case 0:
                    r.truncate(cut);
                    break;
                case 1:
                    r[cut] = char(next() % 256);
                    break;
                case 2:
                    r.insert(cut, "[[[[{{{{\"\\u12");
                    break;
                default:
                    break;
                }
                content += r + (round % 3 == 0 ? ",\n" : "\n");
            }
            const QString path = writeFile(dir, QStringLiteral("fuzz%1.json").arg(round), content);
            const auto outcome = aggregate({ path }, {}, 1 + round % 2);
            const UsageResult& r = outcome.result;
            QVERIFY(r.errors.size() <= 1); // at most the one syntax error that ends a JSON array
            QCOMPARE(r.totals().requests, r.recordsRead); // no window, no user filter: every record read counts
            if (round % 3 != 0) {
                // JSON Lines: a damaged line never takes an intact one with it
                QVERIFY2(r.recordsRead >= intact, qPrintable(QStringLiteral("%1 < %2").arg(r.recordsRead).arg(intact)));
                QVERIFY(r.errors.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"

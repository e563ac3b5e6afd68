// SPDX-License-Identifier: MIT
// aggregateFiles(): totals with the API's meaning, the time window and user filter, grouping, several files on
// several threads, skipped lines with file, line and reason, unreadable files and files without records. Every case is
// read twice, by read() and from memory-mapped blocks, which must agree.
#include "aggregatefiles.h"
#include "core/logaggregation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace TestAggregate;

namespace {

const GroupUsage* findRow(const UsageResult& r, const QString& id)
{
    for (const GroupUsage& g : r.rows) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

} // namespace

class TestLogAggregation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestLogAggregation)
#include "tst_logaggregation.moc"

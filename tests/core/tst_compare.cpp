// SPDX-License-Identifier: MIT
// Comparison ranges (previous period, previous year across leap days, custom) and aggregation of both ranges in one
// read: exact figures per group on both sides, groups only in one range, any thread count, with de-duplication.
#include "aggregatefiles.h"
#include "core/comparerange.h"
#include "core/logaggregation.h"
#include "core/timeparse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace TestAggregate;

namespace {

qint64 ms(const char* iso)
{
    return *Time::parseTimestampMs(iso);
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

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previousPeriodBounds()
    {
        // two days to the millisecond: the two days before, to the millisecond
        const MsRange r = previousPeriod(ms("2025-10-03T00:00:00.000Z"), ms("2025-10-04T23:59:59.999Z"));
        QCOMPARE(r.first, ms("2025-10-01T00:00:00.000Z"));
        QCOMPARE(r.second, ms("2025-10-02T23:59:59.999Z"));
        // one millisecond
        const MsRange one = previousPeriod(1000, 1000);
        QCOMPARE(one.first, 999);
        QCOMPARE(one.second, 999);
    }

    void previousYear_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expectedFrom");
        QTest::addColumn<QString>("expectedTo");
        QTest::newRow("29 Feb 2024 -> 28 Feb 2023") << "UTC"
                                                    << "2024-02-29T00:00:00.000Z"
                                                    << "2024-02-29T23:59:59.999Z"
                                                    << "2023-02-28T00:00:00.000Z"
                                                    << "2023-02-28T23:59:59.999Z";
        QTest::newRow("Feb 2025 -> all of Feb 2024") << "UTC"
                                                     << "2025-02-01T00:00:00.000Z"
                                                     << "2025-02-28T23:59:59.999Z"
                                                     << "2024-02-01T00:00:00.000Z"
                                                     << "2024-02-29T23:59:59.999Z";
        QTest::newRow("ms inside a day") << "UTC"
                                         << "2025-10-03T10:00:00.001Z"
                                         << "2025-10-03T10:00:00.002Z"
                                         << "2024-10-03T10:00:00.001Z"
                                         << "2024-10-03T10:00:00.002Z";
        // calendar days in the zone: March 2025 in Berlin (UTC+1) is March 2024 there
        QTest::newRow("Europe/Berlin March") << "Europe/Berlin"
                                             << "2025-02-28T23:00:00.000Z"
                                             << "2025-03-31T21:59:59.999Z"
                                             << "2024-02-29T23:00:00.000Z"
                                             << "2024-03-31T21:59:59.999Z";
    }

    void previousYear()
    {
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expectedFrom);
        QFETCH(QString, expectedTo);
        const QTimeZone tz = zone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        const MsRange r = Usage::previousYear(ms(from.toLatin1().constData()), ms(to.toLatin1().constData()), tz);
        QCOMPARE(Time::formatIsoUtc(r.first), expectedFrom);
        QCOMPARE(Time::formatIsoUtc(r.second), expectedTo);
    }

    void resolve()
    {
        UsageQuery q;
        q.compare = CompareMode::PreviousPeriod;
        QVERIFY(!resolveComparison(q)); // needs both bounds
        q.startMs = 100;
        q.endMs = 199;
        QVERIFY(resolveComparison(q));
        QCOMPARE(*q.compareStartMs, 0);
        QCOMPARE(*q.compareEndMs, 99);
        QVERIFY(q.hasComparison());
        UsageQuery c;
        c.compare = CompareMode::Custom;
        c.compareStartMs = 5;
        c.compareEndMs = 4;
        QVERIFY(!resolveComparison(c));
        c.compareEndMs = 5;
        QVERIFY(resolveComparison(c));
    }

    void bothRangesInOneRead_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("dedupe");
        QTest::newRow("1 thread") << 1 << false;
        QTest::newRow("4 threads") << 4 << false;
        QTest::newRow("dedupe") << 2 << true;
    }

    void bothRangesInOneRead()
    {
        QFETCH(int, threads);
        QFETCH(bool, dedupe);
        QTemporaryDir dir;
        QByteArray text;
        // the bounds of both ranges to the millisecond, and a record just outside each end
        text += line("before", 1, 1, "1", "2025-09-30T23:59:59.999Z") + '\n';
        text += line("prevA", 1, 2, "2", "2025-10-01T00:00:00.000Z") + '\n';
        text += line("prevB", 3, 4, "4", "2025-10-02T23:59:59.999Z") + '\n';
        text += line("curA", 5, 6, "8", "2025-10-03T00:00:00.000Z") + '\n';
        text += line("curB", 7, 8, "16", "2025-10-04T23:59:59.999Z") + '\n';
        text += line("after", 1, 1, "32", "2025-10-05T00:00:00.000Z") + '\n';
        text += line("both", 10, 1, "0.5", "2025-10-01T12:00:00.000Z") + '\n';
        text += line("both", 20, 2, "1.25", "2025-10-04T12:00:00.000Z") + '\n';
        // many more groups, so that workers own groups of their own
        for (int i = 0; i < 3000; ++i) {
            const QByteArray user = "u" + QByteArray::number(i);
            text += line(user.constData(), 1, 0, "0.000000001", "2025-10-02T01:00:00.000Z") + '\n';
            if (i % 2 == 0)
                text += line(user.constData(), 2, 0, "0.000000003", "2025-10-03T01:00:00.000Z") + '\n';
        }
        const QString file = writeFile(dir, QStringLiteral("a.jsonl"), text);
        UsageQuery q;
        q.startMs = ms("2025-10-03T00:00:00.000Z");
        q.endMs = ms("2025-10-04T23:59:59.999Z");
        q.compare = CompareMode::PreviousPeriod;
        QVERIFY(resolveComparison(q));
        UsageResult r;
        if (dedupe) {
            AggregateOptions options;
            options.threads = threads;
            options.dedupe = true;
            r = aggregateFiles({ file }, q, options).result;
        } else {
            r = aggregate({ file }, q, threads).result;
        }
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.rows.size(), 3000 + 5);
        QVERIFY(!findRow(r, QStringLiteral("before")));
        QVERIFY(!findRow(r, QStringLiteral("after")));
        // cost order: curB 16, curA 8, both 1.25, then the u's with 3 nanos, then cost 0 by id
        QCOMPARE(r.rows.at(0).id, QStringLiteral("curB"));
        QCOMPARE(r.rows.at(1).id, QStringLiteral("curA"));
        QCOMPARE(r.rows.at(2).id, QStringLiteral("both"));
        const GroupUsage* both = findRow(r, QStringLiteral("both"));
        QCOMPARE(both->totals.costNanos, 1'250'000'000);
        QCOMPARE(both->totals.promptTokens, 20);
        QCOMPARE(both->previous.costNanos, 500'000'000);
        QCOMPARE(both->previous.requests, 1);
        QCOMPARE(both->previous.promptTokens, 10);
        const GroupUsage* prevA = findRow(r, QStringLiteral("prevA"));
        QCOMPARE(prevA->totals, Totals {});
        QCOMPARE(prevA->previous.costNanos, 2'000'000'000);
        QCOMPARE(findRow(r, QStringLiteral("prevB"))->previous.costNanos, 4'000'000'000);
        QCOMPARE(findRow(r, QStringLiteral("curA"))->previous, Totals {});
        QCOMPARE(findRow(r, QStringLiteral("curB"))->totals.costNanos, 16'000'000'000);
        QCOMPARE(findRow(r, QStringLiteral("u2"))->totals.costNanos, 3);
        QCOMPARE(findRow(r, QStringLiteral("u2"))->previous.costNanos, 1);
        QCOMPARE(findRow(r, QStringLiteral("u1"))->totals.costNanos, 0);
        QCOMPARE(findRow(r, QStringLiteral("u1"))->previous.costNanos, 1);
        QCOMPARE(r.totals().costNanos, 25'250'000'000 + 1500 * 3);
        QCOMPARE(r.previousTotals().costNanos, 6'500'000'000 + 3000);
        QCOMPARE(r.newGroups(), 2); // curA, curB
        QCOMPARE(r.goneGroups(), 2 + 1500); // prevA, prevB, the odd u's
        for (qsizetype i = 1; i < r.rows.size(); ++i)
            QVERIFY(!costOrderLess(r.rows.at(i), r.rows.at(i - 1)));
        QCOMPARE(r.recordsRead, 8 + 4500);
    }
    void previousSeriesPerBucket_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("3 threads") << 3;
    }

    void previousSeriesPerBucket()
    {
        // the comparison range's cost over time per group, in the query's buckets (days in UTC here)
        QFETCH(int, threads);
        QTemporaryDir dir;
        QByteArray text;
        text += line("both", 1, 0, "9", "2025-09-30T23:59:59.999Z") + '\n'; // in neither range
        text += line("both", 1, 0, "0.5", "2025-10-01T00:00:00.000Z") + '\n';
        text += line("both", 2, 0, "0.25", "2025-10-02T01:00:00.000Z") + '\n';
        text += line("both", 3, 0, "1", "2025-10-02T23:59:59.999Z") + '\n';
        text += line("both", 4, 0, "1.25", "2025-10-04T12:00:00.000Z") + '\n';
        text += line("gone", 5, 0, "2", "2025-10-02T05:00:00.000Z") + '\n';
        text += line("new", 6, 0, "8", "2025-10-03T00:00:00.000Z") + '\n';
        const QString file = writeFile(dir, QStringLiteral("a.jsonl"), text);
        UsageQuery q;
        q.startMs = ms("2025-10-03T00:00:00.000Z");
        q.endMs = ms("2025-10-04T23:59:59.999Z");
        q.compare = CompareMode::PreviousPeriod;
        QVERIFY(resolveComparison(q));
        const UsageResult r = aggregate({ file }, q, threads).result;
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        const GroupUsage* both = findRow(r, QStringLiteral("both"));
        QCOMPARE(both->previousSeries.size(), 2);
        QCOMPARE(both->previousSeries.at(0).startMs, ms("2025-10-01T00:00:00.000Z"));
        QCOMPARE(both->previousSeries.at(0).totals.costNanos, 500'000'000);
        QCOMPARE(both->previousSeries.at(0).totals.requests, 1);
        QCOMPARE(both->previousSeries.at(1).startMs, ms("2025-10-02T00:00:00.000Z"));
        QCOMPARE(both->previousSeries.at(1).totals.costNanos, 1'250'000'000);
        QCOMPARE(both->previousSeries.at(1).totals.requests, 2);
        QCOMPARE(both->previousSeries.at(1).totals.promptTokens, 5);
        // the current series is as without a comparison
        QCOMPARE(both->series.size(), 1);
        QCOMPARE(both->series.at(0).startMs, ms("2025-10-04T00:00:00.000Z"));
        QCOMPARE(both->series.at(0).totals.costNanos, 1'250'000'000);
        const GroupUsage* gone = findRow(r, QStringLiteral("gone"));
        QVERIFY(gone->series.isEmpty());
        QCOMPARE(gone->previousSeries.size(), 1);
        QCOMPARE(gone->previousSeries.at(0).startMs, ms("2025-10-02T00:00:00.000Z"));
        QCOMPARE(gone->previousSeries.at(0).totals.costNanos, 2'000'000'000);
        QVERIFY(findRow(r, QStringLiteral("new"))->previousSeries.isEmpty());

        // hours: each record in its own bucket
        q.granularity = Granularity::Hour;
        const UsageResult hours = aggregate({ file }, q, threads).result;
        const GroupUsage* hourly = findRow(hours, QStringLiteral("both"));
        QCOMPARE(hourly->previousSeries.size(), 3);
        QCOMPARE(hourly->previousSeries.at(1).startMs, ms("2025-10-02T01:00:00.000Z"));
        QCOMPARE(hourly->previousSeries.at(1).totals.costNanos, 250'000'000);
        QCOMPARE(hourly->previousSeries.at(2).startMs, ms("2025-10-02T23:00:00.000Z"));
        QCOMPARE(hourly->previousSeries.at(2).totals.costNanos, 1'000'000'000);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"

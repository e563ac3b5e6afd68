// SPDX-License-Identifier: MIT
// The previous period's cost over time placed on the current range's buckets by offset from each range's start:
// aligned and unaligned ranges, calendar days across DST changes, a missing comparison, and the hover text.
#include "core/comparerange.h"
#include "core/timeparse.h"
#include "models/comparedseries.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Usage;

namespace {

qint64 ms(const char* iso)
{
    return *Time::parseTimestampMs(iso);
}

BucketTotals bucket(qint64 startMs, qint64 costNanos)
{
    BucketTotals b;
    b.startMs = startMs;
    b.totals.requests = 1;
    b.totals.costNanos = costNanos;
    return b;
}

ComparedSeries::PreviousBucket placed(qint64 startMs, qint64 previousStartMs, qint64 costNanos)
{
    return { startMs, previousStartMs, bucket(previousStartMs, costNanos).totals };
}

qint64 berlinMidnight(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

} // namespace

class TestComparedSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void previousPeriodDays()
    {
        UsageQuery q;
        q.startMs = ms("2025-10-03T00:00:00.000Z");
        q.endMs = ms("2025-10-04T23:59:59.999Z");
        q.compare = CompareMode::PreviousPeriod;
        QVERIFY(resolveComparison(q));
        GroupUsage row;
        row.series = { bucket(ms("2025-10-04T00:00:00Z"), 1'250'000'000) };
        row.previousSeries = { bucket(ms("2025-10-01T00:00:00Z"), 500'000'000),
            bucket(ms("2025-10-02T00:00:00Z"), 1'250'000'000) };
        const ComparedSeries s(row, q);
        QVERIFY(s.hasComparison());
        QCOMPARE(s.current(), row.series);
        const QList<ComparedSeries::PreviousBucket> expected {
            placed(ms("2025-10-03T00:00:00Z"), ms("2025-10-01T00:00:00Z"), 500'000'000),
            placed(ms("2025-10-04T00:00:00Z"), ms("2025-10-02T00:00:00Z"), 1'250'000'000),
        };
        QCOMPARE(s.previous(), expected);
        // the hover text: both periods' costs, each with its own date
        QCOMPARE(
            s.toolTip(ms("2025-10-03T00:00:00Z")), QStringLiteral("10/3/25: $0.00\nPrevious period (10/1/25): $0.500"));
        QCOMPARE(
            s.toolTip(ms("2025-10-04T00:00:00Z")), QStringLiteral("10/4/25: $1.25\nPrevious period (10/2/25): $1.25"));
    }

    void unalignedRange()
    {
        // a range starting at noon: bucket 0 of each range is the day holding its start
        UsageQuery q;
        q.startMs = ms("2025-10-03T12:00:00.000Z");
        q.endMs = ms("2025-10-05T11:59:59.999Z");
        q.compare = CompareMode::PreviousPeriod;
        QVERIFY(resolveComparison(q));
        QCOMPARE(*q.compareStartMs, ms("2025-10-01T12:00:00.000Z"));
        GroupUsage row;
        row.previousSeries = { bucket(ms("2025-10-01T00:00:00Z"), 1), bucket(ms("2025-10-03T00:00:00Z"), 3) };
        const QList<ComparedSeries::PreviousBucket> expected {
            placed(ms("2025-10-03T00:00:00Z"), ms("2025-10-01T00:00:00Z"), 1),
            placed(ms("2025-10-05T00:00:00Z"), ms("2025-10-03T00:00:00Z"), 3),
        };
        QCOMPARE(ComparedSeries(row, q).previous(), expected);
        // the bucket with no previous cost names the previous period's day at that offset
        QCOMPARE(ComparedSeries(row, q).toolTip(ms("2025-10-04T00:00:00Z")),
            QStringLiteral("10/4/25: $0.00\nPrevious period (10/2/25): $0.00"));
    }

    void previousYearAcrossDaylightSaving()
    {
        // Berlin's days: 31 March 2024 and 30 March 2025 are 23 hours long, in different places of the ranges
        UsageQuery q;
        q.zone = QTimeZone("Europe/Berlin");
        q.startMs = berlinMidnight(2025, 3, 29);
        q.endMs = berlinMidnight(2025, 4, 2) - 1;
        q.compare = CompareMode::PreviousYear;
        QVERIFY(resolveComparison(q));
        QCOMPARE(*q.compareStartMs, berlinMidnight(2024, 3, 29));
        GroupUsage row;
        row.previousSeries = { bucket(berlinMidnight(2024, 3, 29), 1), bucket(berlinMidnight(2024, 3, 31), 2),
            bucket(berlinMidnight(2024, 4, 1), 4) };
        const QList<ComparedSeries::PreviousBucket> expected {
            placed(berlinMidnight(2025, 3, 29), berlinMidnight(2024, 3, 29), 1),
            placed(berlinMidnight(2025, 3, 31), berlinMidnight(2024, 3, 31), 2),
            placed(berlinMidnight(2025, 4, 1), berlinMidnight(2024, 4, 1), 4),
        };
        QCOMPARE(ComparedSeries(row, q).previous(), expected);
    }

    void hours()
    {
        UsageQuery q;
        q.granularity = Granularity::Hour;
        q.startMs = ms("2025-10-03T00:00:00.000Z");
        q.endMs = ms("2025-10-03T23:59:59.999Z");
        q.compare = CompareMode::Custom;
        q.compareStartMs = ms("2025-09-01T06:30:00.000Z");
        q.compareEndMs = ms("2025-09-01T10:00:00.000Z");
        GroupUsage row;
        row.previousSeries = { bucket(ms("2025-09-01T06:00:00Z"), 5), bucket(ms("2025-09-01T09:00:00Z"), 7) };
        const QList<ComparedSeries::PreviousBucket> expected {
            placed(ms("2025-10-03T00:00:00Z"), ms("2025-09-01T06:00:00Z"), 5),
            placed(ms("2025-10-03T03:00:00Z"), ms("2025-09-01T09:00:00Z"), 7),
        };
        QCOMPARE(ComparedSeries(row, q).previous(), expected);
    }

    void withoutComparison()
    {
        UsageQuery q;
        q.startMs = ms("2025-10-03T00:00:00.000Z");
        q.endMs = ms("2025-10-04T23:59:59.999Z");
        GroupUsage row;
        row.series = { bucket(ms("2025-10-04T00:00:00Z"), 2'000'000'000) };
        const ComparedSeries s(row, q);
        QVERIFY(!s.hasComparison());
        QVERIFY(s.previous().isEmpty());
        QCOMPARE(s.current(), row.series);
        QCOMPARE(s.toolTip(ms("2025-10-04T00:00:00Z")), QStringLiteral("10/4/25: $2.00"));
        QVERIFY(ComparedSeries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComparedSeries)
#include "tst_comparedseries.moc"

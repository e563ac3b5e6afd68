// SPDX-License-Identifier: MIT
// BucketIndex: local-time buckets of a zone (days of 23 and 25 hours, weeks from Monday, half-hour offsets), and the
// cached index agreeing with the plain lookup.
#include "core/bucketindex.h"

#include <QTest>

using namespace Usage;

class TestBucketIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysFollowDaylightSaving_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("hours");
        // 2025-03-30 in Berlin is 23 hours long, 2025-10-26 is 25 hours long
        QTest::addRow("spring, 23 hours") << qint64(1'743'300'000'000) << qint64(1'743'289'200'000) << qint64(23);
        QTest::addRow("autumn, 25 hours") << qint64(1'761'480'000'000) << qint64(1'761'429'600'000) << qint64(25);
    }
    void daysFollowDaylightSaving()
    {
        QFETCH(qint64, ms);
        QFETCH(qint64, start);
        QFETCH(qint64, hours);
        const auto day = BucketIndex::bucketOf(QTimeZone("Europe/Berlin"), Granularity::Day, ms);
        QCOMPARE(day.first, start);
        QCOMPARE(day.second - day.first, hours * 3'600'000);
    }

    void weeksStartOnMonday()
    {
        const auto week = BucketIndex::bucketOf(QTimeZone("Europe/Berlin"), Granularity::Week, 1'743'300'000'000);
        QCOMPARE(week.first, 1'742'770'800'000); // Monday 2025-03-24T00:00+01:00
        QCOMPARE(week.second, 1'743'372'000'000); // Monday 2025-03-31T00:00+02:00
    }

    void halfHourZoneStartsHoursAtHalfPast()
    {
        const auto hour = BucketIndex::bucketOf(QTimeZone("Asia/Kolkata"), Granularity::Hour, 1'743'300'000'000);
        QCOMPARE(hour.first % 3'600'000, 1'800'000);
    }

    void cachedIndexAgreesWithLookup()
    {
        const QTimeZone berlin("Europe/Berlin");
        BucketIndex index(berlin, Granularity::Hour);
        for (qint64 ms = 1'743'280'000'000; ms < 1'743'320'000'000; ms += 777'777)
            QCOMPARE(index.bucketStart(ms), BucketIndex::bucketOf(berlin, Granularity::Hour, ms).first);
    }
};

QTEST_GUILESS_MAIN(TestBucketIndex)
#include "tst_bucketindex.moc"

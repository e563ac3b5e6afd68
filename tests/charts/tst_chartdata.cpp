// SPDX-License-Identifier: MIT
#include "models/chartdata.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <cstdint>

namespace {

constexpr qint64 kHourMs = 3600 * 1000LL;

} // namespace

/** The figures behind the charts, as pure functions: time buckets in a zone, automatic steps, labels, scales. */
class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedHourIsLabelledWithItsOffset()
    {
        // 2025-10-26 03:00 CEST -> 02:00 CET: the hour 02:00 happens twice
        const QTimeZone berlin("Europe/Berlin");
        const qint64 first = QDateTime(QDate(2025, 10, 26), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch(); // 02:30 CEST
        Usage::BucketTotals a { first - first % kHourMs, {} };
        a.totals.costNanos = 5;
        Usage::BucketTotals b { a.startMs + kHourMs, {} }; // 02:00 CET
        b.totals.costNanos = 7;
        const QList<ChartData::TimeBucket> buckets =
            ChartData::timeBuckets({ { a, b } }, berlin, Usage::Granularity::Hour);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].label, QStringLiteral("10-26 02:00 UTC+02:00"));
        QCOMPARE(buckets[1].label, QStringLiteral("10-26 02:00 UTC+01:00"));
        // the day has 25 hours
        const QList<ChartData::TimeBucket> days = ChartData::timeBuckets({ { a, b } }, berlin, Usage::Granularity::Day);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].endMs - days[0].startMs, 25 * kHourMs);
        QCOMPARE(days[0].totals.costNanos, 12);
    }

    void manySeriesSumIntoTheirBuckets()
    {
        // 300 sparse hourly series over a month with a DST change, summed into hours, days and weeks: each chart
        // bucket holds exactly the series buckets whose start lies in it (summed here one by one)
        const QTimeZone berlin("Europe/Berlin");
        const qint64 begin = QDateTime(QDate(2025, 10, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QList<QList<Usage::BucketTotals>> series;
        std::uint32_t state = 12345;
        auto next = [&state](std::uint32_t n) {
            state = state * 1664525u + 1013904223u;
            return (state >> 8) % n;
        };
        for (int s = 0; s < 300; ++s) {
            QList<Usage::BucketTotals> one;
            qint64 at = begin + qint64(next(48)) * kHourMs;
            while (at < begin + 30 * 24 * kHourMs) {
                Usage::BucketTotals b { at, {} };
                b.totals.requests = 1;
                b.totals.costNanos = qint64(next(1000));
                one.append(b);
                at += qint64(1 + next(40)) * kHourMs;
            }
            series.append(one);
        }
        for (const Usage::Granularity g :
            { Usage::Granularity::Hour, Usage::Granularity::Day, Usage::Granularity::Week }) {
            const QList<ChartData::TimeBucket> buckets = ChartData::timeBuckets(series, berlin, g);
            QVERIFY(!buckets.isEmpty());
            Usage::Totals all;
            for (qsizetype i = 0; i < buckets.size(); ++i) {
                if (i > 0)
                    QCOMPARE(buckets[i].startMs, buckets[i - 1].endMs);
                Usage::Totals expected;
                for (const QList<Usage::BucketTotals>& one : std::as_const(series)) {
                    for (const Usage::BucketTotals& b : one) {
                        if (b.startMs >= buckets[i].startMs && b.startMs < buckets[i].endMs)
                            expected.add(b.totals);
                    }
                }
                QCOMPARE(buckets[i].totals, expected);
                all.add(buckets[i].totals);
            }
            Usage::Totals sum;
            for (const QList<Usage::BucketTotals>& one : std::as_const(series)) {
                for (const Usage::BucketTotals& b : one)
                    sum.add(b.totals);
            }
            QCOMPARE(all, sum);
        }
    }

    void autoGranularity()
    {
        using G = Usage::Granularity;
        QCOMPARE(ChartData::autoGranularity(0, G::Hour), G::Hour);
        QCOMPARE(ChartData::autoGranularity(3 * 24 * kHourMs, G::Hour), G::Hour);
        QCOMPARE(ChartData::autoGranularity(3 * 24 * kHourMs + 1, G::Hour), G::Day);
        QCOMPARE(ChartData::autoGranularity(2 * kHourMs, G::Day), G::Day); // never finer than the data
        QCOMPARE(ChartData::autoGranularity(200 * 24 * kHourMs, G::Hour), G::Week);
    }

    void elidedLabelsStayUnique_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("maxChars");
        QStringList sameHead;
        for (int i = 0; i < 30; ++i)
            sameHead.append(QStringLiteral("customer-organisation-with-a-long-name-%1@example.com").arg(i));
        QTest::addRow("shared head and tail, numbered middle") << sameHead << 20;
        QStringList sameTail;
        for (int i = 0; i < 12; ++i)
            sameTail.append(QStringLiteral("%1-a-very-long-shared-suffix-that-never-changes").arg(i * 7919));
        QTest::addRow("shared tail") << sameTail << 16;
        QTest::addRow("short and long mixed")
            << QStringList { QStringLiteral("bob"), QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"),
                   QStringLiteral("abcdefghi-----123456789"), QStringLiteral("abcdefghi\u2026123456789") }
            << 19;
        QTest::addRow("equal texts") << QStringList { QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x #2") }
                                     << 10;
    }

    void elidedLabelsStayUnique()
    {
        QFETCH(QStringList, ids);
        QFETCH(int, maxChars);
        const QStringList labels = ChartData::uniqueElidedLabels(ids, maxChars);
        QCOMPARE(labels.size(), ids.size());
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (labels[i] != ids[i] && !labels[i].contains(QLatin1String(" #"))) {
                QVERIFY(labels[i].contains(QChar(0x2026)));
                // the tail is kept
                const QString tail = labels[i].section(QChar(0x2026), -1);
                QVERIFY2(ids[i].endsWith(tail), qPrintable(labels[i]));
            }
        }
    }

    void elidedLabelsKeepTheTail()
    {
        const QStringList labels =
            ChartData::uniqueElidedLabels({ QStringLiteral("sk-proj-0123456789abcdef-user-0001"),
                                              QStringLiteral("sk-proj-0123456789abcdef-user-0002") },
                16);
        QCOMPARE(labels[0], QStringLiteral("sk-pro\u2026user-0001"));
        QCOMPARE(labels[1], QStringLiteral("sk-pro\u2026user-0002"));
        QCOMPARE(ChartData::elideMiddle(QStringLiteral("short"), 2, 2), QStringLiteral("short"));
    }

    void compactCounts()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ChartData::compactCount(950), QStringLiteral("950"));
        QCOMPARE(ChartData::compactCount(12500), QStringLiteral("12.5k"));
        QCOMPARE(ChartData::compactCount(3200000), QStringLiteral("3.2M"));
        QCOMPARE(ChartData::compactCount(250000000), QStringLiteral("250M"));
        QCOMPARE(ChartData::compactCount(1.1e9), QStringLiteral("1.1G"));
        QCOMPARE(ChartData::countScale(999).divisor, 1.0);
        QCOMPARE(ChartData::countScale(1000).suffix, QStringLiteral("k"));
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"

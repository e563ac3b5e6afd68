// SPDX-License-Identifier: MIT
#include "models/rangepreset.h"
#include "models/wallclock.h"

#include <QTest>

namespace {

qint64 utcMs(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QDateTime wall(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return WallClock::wall(t.date(), t.time());
}

} // namespace

class TestRangePreset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void berlinAcrossDst_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<qint64>("startMs");
        // now: 2025-04-02T10:00:00.750Z = 12:00:00 CEST; the clocks went forward on 2025-03-30
        QTest::addRow("last hour") << int(RangePreset::LastHour) << wall("2025-04-02T11:00:00")
                                   << wall("2025-04-02T12:00:00") << utcMs("2025-04-02T09:00:00");
        QTest::addRow("today") << int(RangePreset::Today) << wall("2025-04-02T00:00:00") << wall("2025-04-02T23:59:59")
                               << utcMs("2025-04-01T22:00:00");
        QTest::addRow("last 24 hours") << int(RangePreset::Last24Hours) << wall("2025-04-01T12:00:00")
                                       << wall("2025-04-02T12:00:00") << utcMs("2025-04-01T10:00:00");
        // same wall time 7 days back, in winter time: 11:00Z, so the range lasts 6 days 23 hours
        QTest::addRow("last 7 days across DST") << int(RangePreset::Last7Days) << wall("2025-03-26T12:00:00")
                                                << wall("2025-04-02T12:00:00") << utcMs("2025-03-26T11:00:00");
        QTest::addRow("last 30 days") << int(RangePreset::Last30Days) << wall("2025-03-03T12:00:00")
                                      << wall("2025-04-02T12:00:00") << utcMs("2025-03-03T11:00:00");
        QTest::addRow("this month") << int(RangePreset::ThisMonth) << wall("2025-04-01T00:00:00")
                                    << wall("2025-04-30T23:59:59") << utcMs("2025-03-31T22:00:00");
        QTest::addRow("last month (starts in winter time)")
            << int(RangePreset::LastMonth) << wall("2025-03-01T00:00:00") << wall("2025-03-31T23:59:59")
            << utcMs("2025-02-28T23:00:00");
    }
    void berlinAcrossDst()
    {
        QFETCH(int, preset);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(qint64, startMs);
        const QTimeZone berlin("Europe/Berlin");
        const RangePreset::WallRange range =
            RangePreset::compute(RangePreset::Preset(preset), utcMs("2025-04-02T10:00:00") + 750, berlin);
        QCOMPARE(range.start, start);
        QCOMPARE(range.end, end);
        QCOMPARE(WallClock::toUtcMs(range.start, berlin, WallClock::Bound::Start), startMs);
    }

    void utcLastMonthOverYearEnd()
    {
        const auto range = RangePreset::compute(RangePreset::LastMonth, utcMs("2025-01-10T08:00:00"), QTimeZone::utc());
        QCOMPARE(range.start, wall("2024-12-01T00:00:00"));
        QCOMPARE(range.end, wall("2024-12-31T23:59:59"));
    }

    void allTimeHasNoBounds()
    {
        const auto range = RangePreset::compute(RangePreset::AllTime, 0, QTimeZone::utc());
        QVERIFY(!range.start.isValid());
        QVERIFY(!range.end.isValid());
    }

    void keys()
    {
        for (int p = 0; p < RangePreset::Count; ++p) {
            QCOMPARE(RangePreset::fromKey(RangePreset::key(RangePreset::Preset(p)), RangePreset::Custom), p);
            QVERIFY(!RangePreset::displayName(RangePreset::Preset(p)).isEmpty());
        }
        QCOMPARE(RangePreset::fromKey(QStringLiteral("bogus"), RangePreset::Last7Days), RangePreset::Last7Days);
    }
};

QTEST_GUILESS_MAIN(TestRangePreset)
#include "tst_rangepreset.moc"

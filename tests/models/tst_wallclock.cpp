// SPDX-License-Identifier: MIT
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

class TestWallClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("wall");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addRow("UTC") << "UTC" << wall("2025-03-30T02:30:00") << utcMs("2025-03-30T02:30:00")
                             << utcMs("2025-03-30T02:30:00");
        QTest::addRow("Berlin winter (+1)") << "Europe/Berlin" << wall("2025-01-15T12:00:00")
                                            << utcMs("2025-01-15T11:00:00") << utcMs("2025-01-15T11:00:00");
        QTest::addRow("Berlin summer (+2)") << "Europe/Berlin" << wall("2025-07-15T12:00:00")
                                            << utcMs("2025-07-15T10:00:00") << utcMs("2025-07-15T10:00:00");
        // clocks jump from 02:00 to 03:00 at 01:00Z: 02:30 does not exist, both bounds take the jump's instant
        QTest::addRow("Berlin gap") << "Europe/Berlin" << wall("2025-03-30T02:30:00") << utcMs("2025-03-30T01:00:00")
                                    << utcMs("2025-03-30T01:00:00");
        QTest::addRow("Berlin just before the gap") << "Europe/Berlin" << wall("2025-03-30T01:59:59")
                                                    << utcMs("2025-03-30T00:59:59") << utcMs("2025-03-30T00:59:59");
        QTest::addRow("Berlin just after the gap") << "Europe/Berlin" << wall("2025-03-30T03:00:00")
                                                   << utcMs("2025-03-30T01:00:00") << utcMs("2025-03-30T01:00:00");
        // clocks go back from 03:00 CEST to 02:00 CET: 02:30 happens at 00:30Z and again at 01:30Z
        QTest::addRow("Berlin overlap") << "Europe/Berlin" << wall("2025-10-26T02:30:00")
                                        << utcMs("2025-10-26T00:30:00") << utcMs("2025-10-26T01:30:00");
        QTest::addRow("New York gap") << "America/New_York" << wall("2025-03-09T02:15:00")
                                      << utcMs("2025-03-09T07:00:00") << utcMs("2025-03-09T07:00:00");
        QTest::addRow("New York overlap") << "America/New_York" << wall("2025-11-02T01:30:00")
                                          << utcMs("2025-11-02T05:30:00") << utcMs("2025-11-02T06:30:00");
        QTest::addRow("Kolkata (+5:30)") << "Asia/Kolkata" << wall("2025-01-01T00:00:00")
                                         << utcMs("2024-12-31T18:30:00") << utcMs("2024-12-31T18:30:00");
    }
    void toUtc()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, wall);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        QCOMPARE(WallClock::toUtcMs(wall, tz, WallClock::Bound::Start), start);
        QCOMPARE(WallClock::toUtcMs(wall, tz, WallClock::Bound::End), end);
    }

    void fromUtc()
    {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(WallClock::fromUtcMs(utcMs("2025-10-26T00:30:00"), berlin), wall("2025-10-26T02:30:00"));
        QCOMPARE(WallClock::fromUtcMs(utcMs("2025-10-26T01:30:00"), berlin), wall("2025-10-26T02:30:00"));
        QCOMPARE(WallClock::fromUtcMs(utcMs("2025-03-30T01:00:00"), berlin), wall("2025-03-30T03:00:00"));
        QCOMPARE(WallClock::fromUtcMs(utcMs("2025-03-30T00:59:59"), berlin), wall("2025-03-30T01:59:59"));
    }
};

QTEST_GUILESS_MAIN(TestWallClock)
#include "tst_wallclock.moc"

// SPDX-License-Identifier: MIT
#include "models/wallclock.h"
#include "ui/rangeselector.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QTest>

namespace {

qint64 utcMs(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

// 2025-04-02T10:00:00Z: 12:00 in Berlin, three days after the clocks went forward
const qint64 kNow = utcMs("2025-04-02T10:00:00") + 250;

} // namespace

class TestRangeSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsInBerlin_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("shownStart");
        QTest::addColumn<QString>("shownEnd");
        QTest::addColumn<qint64>("startMs");
        QTest::addColumn<qint64>("endMs");
        // the end bound takes in the whole last second shown: + 999 ms
        QTest::addRow("last hour") << int(RangePreset::LastHour) << "2025-04-02 11:00:00"
                                   << "2025-04-02 12:00:00" << utcMs("2025-04-02T09:00:00")
                                   << utcMs("2025-04-02T10:00:00") + 999;
        QTest::addRow("today") << int(RangePreset::Today) << "2025-04-02 00:00:00"
                               << "2025-04-02 23:59:59" << utcMs("2025-04-01T22:00:00")
                               << utcMs("2025-04-02T21:59:59") + 999;
        QTest::addRow("last 24 hours") << int(RangePreset::Last24Hours) << "2025-04-01 12:00:00"
                                       << "2025-04-02 12:00:00" << utcMs("2025-04-01T10:00:00")
                                       << utcMs("2025-04-02T10:00:00") + 999;
        // across the DST change: 12:00 CET on 26 March is 11:00Z, so the range is an hour short of 7 days
        QTest::addRow("last 7 days across DST")
            << int(RangePreset::Last7Days) << "2025-03-26 12:00:00"
            << "2025-04-02 12:00:00" << utcMs("2025-03-26T11:00:00") << utcMs("2025-04-02T10:00:00") + 999;
        QTest::addRow("last 30 days") << int(RangePreset::Last30Days) << "2025-03-03 12:00:00"
                                      << "2025-04-02 12:00:00" << utcMs("2025-03-03T11:00:00")
                                      << utcMs("2025-04-02T10:00:00") + 999;
        QTest::addRow("this month") << int(RangePreset::ThisMonth) << "2025-04-01 00:00:00"
                                    << "2025-04-30 23:59:59" << utcMs("2025-03-31T22:00:00")
                                    << utcMs("2025-04-30T21:59:59") + 999;
        // March starts in winter time (+1) and ends in summer time (+2)
        QTest::addRow("last month across DST")
            << int(RangePreset::LastMonth) << "2025-03-01 00:00:00"
            << "2025-03-31 23:59:59" << utcMs("2025-02-28T23:00:00") << utcMs("2025-03-31T21:59:59") + 999;
    }
    void presetsInBerlin()
    {
        QFETCH(int, preset);
        QFETCH(QString, shownStart);
        QFETCH(QString, shownEnd);
        QFETCH(qint64, startMs);
        QFETCH(qint64, endMs);
        RangeSelector selector;
        selector.setClock([] { return kNow; });
        QVERIFY(selector.setZone("Europe/Berlin"));
        selector.setPreset(RangePreset::Preset(preset));
        auto* from = selector.findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"));
        auto* to = selector.findChild<QDateTimeEdit*>(QStringLiteral("toEdit"));
        QVERIFY(from && to);
        QCOMPARE(from->text(), shownStart);
        QCOMPARE(to->text(), shownEnd);
        const auto range = selector.range();
        QVERIFY(range);
        QCOMPARE(*range->startMs, startMs);
        QCOMPARE(*range->endMs, endMs);
        QCOMPARE(range->zone, QTimeZone("Europe/Berlin"));
    }

    void allTimeIsUnbounded()
    {
        RangeSelector selector;
        selector.setPreset(RangePreset::AllTime);
        const auto range = selector.range();
        QVERIFY(range);
        QVERIFY(!range->startMs);
        QVERIFY(!range->endMs);
        // no unrelated dates: the pickers are hidden while the range is unbounded
        QVERIFY(!selector.findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"))->isVisibleTo(&selector));
    }

    void zoneChangeRecomputesPreset()
    {
        RangeSelector selector;
        selector.setClock([] { return kNow; });
        selector.setPreset(RangePreset::Today);
        QCOMPARE(*selector.range()->startMs, utcMs("2025-04-02T00:00:00"));
        QVERIFY(selector.setZone("America/New_York"));
        // 10:00Z is 06:00 EDT (-4), still 2 April
        QCOMPARE(*selector.range()->startMs, utcMs("2025-04-02T04:00:00"));
        QVERIFY(!selector.setZone("Not/AZone"));
        QCOMPARE(selector.zone(), QTimeZone("America/New_York"));
    }

    void editingAPickerMakesTheRangeCustom()
    {
        RangeSelector selector;
        selector.setClock([] { return kNow; });
        selector.setPreset(RangePreset::Today);
        auto* from = selector.findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"));
        from->setDateTime(WallClock::wall(QDate(2025, 4, 1), QTime(8, 30)));
        QCOMPARE(selector.preset(), RangePreset::Custom);
        QCOMPARE(*selector.range()->startMs, utcMs("2025-04-01T08:30:00"));
    }

    void endBeforeStartIsRefused()
    {
        RangeSelector selector;
        selector.show();
        selector.setClock([] { return kNow; });
        selector.setPreset(RangePreset::Today);
        auto* to = selector.findChild<QDateTimeEdit*>(QStringLiteral("toEdit"));
        to->setDateTime(WallClock::wall(QDate(2025, 4, 1), QTime(23, 0)));
        QString error;
        QVERIFY(!selector.range(&error));
        QCOMPARE(error,
            QStringLiteral("The end of the range (2025-04-01 23:00:00) is before its start "
                           "(2025-04-02 00:00:00)."));
        auto* label = selector.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), error);
        // equal bounds are a one-second range, not an error
        to->setDateTime(WallClock::wall(QDate(2025, 4, 2), QTime(0, 0)));
        QVERIFY(selector.range());
        QVERIFY(!label->isVisible());
    }

    void typedDateTimeCountsWhole_data()
    {
        QTest::addColumn<bool>("selectAll");
        QTest::addColumn<QString>("typed");
        QTest::addRow("over all, as shown") << true << QStringLiteral("2024-03-05 07:45:30");
        QTest::addRow("over all, short") << true << QStringLiteral("2024-3-5 7:45:30");
        QTest::addRow("over all, digits") << true << QStringLiteral("20240305074530");
        QTest::addRow("from the start") << false << QStringLiteral("2024-03-05 07:45:30");
    }
    void typedDateTimeCountsWhole()
    {
        QFETCH(bool, selectAll);
        QFETCH(QString, typed);
        RangeSelector selector;
        selector.show();
        selector.setClock([] { return kNow; });
        selector.setPreset(RangePreset::Today);
        auto* from = selector.findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"));
        from->setFocus();
        QTest::keyClick(from, selectAll ? Qt::Key_A : Qt::Key_Home, selectAll ? Qt::ControlModifier : Qt::NoModifier);
        QTest::keyClicks(from, typed);
        // every section typed counts, the year and the minutes too, before the field loses focus
        QCOMPARE(from->text(), QStringLiteral("2024-03-05 07:45:30"));
        QCOMPARE(selector.preset(), RangePreset::Custom);
        QCOMPARE(*selector.range()->startMs, utcMs("2024-03-05T07:45:30"));
    }

    void gapWallTimeInCustomRange()
    {
        RangeSelector selector;
        QVERIFY(selector.setZone("Europe/Berlin"));
        selector.setPreset(RangePreset::Custom);
        // 02:30 on 30 March 2025 does not exist in Berlin: both bounds take the jump at 01:00Z
        selector.setWallRange(
            WallClock::wall(QDate(2025, 3, 30), QTime(2, 30)), WallClock::wall(QDate(2025, 3, 30), QTime(2, 30)));
        const auto range = selector.range();
        QVERIFY(range);
        QCOMPARE(*range->startMs, utcMs("2025-03-30T01:00:00"));
        QCOMPARE(*range->endMs, utcMs("2025-03-30T01:00:00") + 999);
    }
};

QTEST_MAIN(TestRangeSelector)
#include "tst_rangeselector.moc"

// SPDX-License-Identifier: MIT
// Time: the timestamps of every dump format to UTC milliseconds, and the command line's window bounds.
#include "core/timeparse.h"

#include <QTest>

using namespace Usage;

class TestTimeParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    }

    void timestampRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("no such day") << QByteArray("2025-02-30T00:00:00Z");
        QTest::addRow("words") << QByteArray("yesterday");
    }
    void timestampRejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Time::parseTimestampMs(std::string_view(text.constData(), size_t(text.size()))));
    }

    void commandLineBounds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("endOfDay");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("date, start") << QStringLiteral("2025-01-31") << false << qint64(1'738'281'600'000);
        QTest::addRow("date, end of day") << QStringLiteral("2025-01-31") << true << qint64(1'738'367'999'999);
        QTest::addRow("epoch seconds") << QStringLiteral("1738281600") << false << qint64(1'738'281'600'000);
        QTest::addRow("with offset") << QStringLiteral("2025-01-31T10:00:00+01:00") << false
                                     << qint64(1'738'314'000'000);
    }
    void commandLineBounds()
    {
        QFETCH(QString, text);
        QFETCH(bool, endOfDay);
        QFETCH(qint64, ms);
        QCOMPARE(Time::parseBoundMs(text, endOfDay).value(), ms);
    }

    void commandLineBoundRejectsOtherDateForms() { QVERIFY(!Time::parseBoundMs(QStringLiteral("31/01/2025"), false)); }
};

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"

// SPDX-License-Identifier: MIT
#include "models/displayformat.h"

#include <QTest>

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<double>("nanos");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << 0.0 << QStringLiteral("$0.00");
        QTest::addRow("one dollar: 2 decimals") << 1e9 << QStringLiteral("$1.00");
        QTest::addRow("thousands separated") << 1234567.891e9 << QStringLiteral("$1,234,567.89");
        QTest::addRow("below $1: 3 significant digits") << 3758750.0 << QStringLiteral("$0.00376");
        QTest::addRow("0.5") << 0.5e9 << QStringLiteral("$0.500");
        QTest::addRow("1 nano-USD") << 1.0 << QStringLiteral("$0.000000001");
        // 0.9996 rounds to 1.000 at 3 significant digits, so it is shown as dollars with 2 decimals
        QTest::addRow("rounds up to a dollar") << 0.9996e9 << QStringLiteral("$1.00");
        QTest::addRow("negative") << -2.5e6 << QStringLiteral("-$0.00250");
    }
    void money()
    {
        QFETCH(double, nanos);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::money(nanos, QLocale(QLocale::English)), expected);
    }
    void moneyLocalized()
    {
        // the symbol where the locale writes it, after a no-break space in German and French
        QCOMPARE(DisplayFormat::money(1234.5e9, QLocale(QLocale::German)), QStringLiteral("1.234,50\u00A0$"));
        QCOMPARE(DisplayFormat::money(0.0123e9, QLocale(QLocale::German)), QStringLiteral("0,0123\u00A0$"));
        QCOMPARE(DisplayFormat::money(-1.69e9, QLocale(QLocale::German)), QStringLiteral("-1,69\u00A0$"));
        QCOMPARE(DisplayFormat::money(1.69e9, QLocale(QLocale::French)), QStringLiteral("1,69\u00A0$"));
        QCOMPARE(DisplayFormat::money(1.69e9, QLocale(QLocale::Japanese)), QStringLiteral("$1.69"));
        QCOMPARE(DisplayFormat::money(1.69e9, QLocale::c()), QStringLiteral("$1.69"));
    }
    void moneyAxisFormat()
    {
        // printf-style formats for charts that localize their numbers: the decimals that write the ticks' step
        // exactly (two at least once there are any), the symbol where the locale puts it
        QCOMPARE(DisplayFormat::moneyAxisFormat(0.5, QLocale(QLocale::English)), QStringLiteral("$%.2f"));
        QCOMPARE(DisplayFormat::moneyAxisFormat(0.025, QLocale(QLocale::German)), QStringLiteral("%.3f\u00A0$"));
        QCOMPARE(DisplayFormat::moneyAxisFormat(0.0002, QLocale(QLocale::French)), QStringLiteral("%.4f\u00A0$"));
        QCOMPARE(DisplayFormat::moneyAxisFormat(5, QLocale::c()), QStringLiteral("$%.0f"));
        QCOMPARE(DisplayFormat::moneyAxisFormat(0.25, QLocale::c()), QStringLiteral("$%.2f"));
        QCOMPARE(DisplayFormat::moneyAxisFormat(1e-8, QLocale::c()), QStringLiteral("$%.6f"));
    }

    void moneyExact()
    {
        QCOMPARE(DisplayFormat::moneyExact(3758750), QStringLiteral("$0.00375875"));
        QCOMPARE(DisplayFormat::moneyExact(0), QStringLiteral("$0"));
        QCOMPARE(DisplayFormat::moneyExact(-1500000000), QStringLiteral("-$1.5"));
        // the locale's decimal point and dollar, as next to it in the table
        QCOMPARE(DisplayFormat::moneyExact(3758750, QLocale(QLocale::German)), QStringLiteral("0,00375875\u00A0$"));
        QCOMPARE(DisplayFormat::moneyExact(-1500000000, QLocale(QLocale::French)), QStringLiteral("-1,5\u00A0$"));
    }
    void percent()
    {
        const QLocale en(QLocale::English);
        QCOMPARE(DisplayFormat::percent(0.1234, en), QStringLiteral("12.3%"));
        QCOMPARE(DisplayFormat::percent(0.0001, en), QStringLiteral("<0.1%"));
        QCOMPARE(DisplayFormat::percent(0, en), QStringLiteral("0.0%"));
    }
    void dateTime()
    {
        // 2025-03-30T01:30:00Z is 03:30 CEST, just after the clocks went forward in Berlin
        QCOMPARE(
            DisplayFormat::dateTime(1743298200000, QTimeZone("Europe/Berlin")), QStringLiteral("2025-03-30 03:30:00"));
        QCOMPARE(DisplayFormat::zoneName(QTimeZone::utc()), QStringLiteral("UTC"));
        QCOMPARE(DisplayFormat::zoneName(QTimeZone("Europe/Berlin")), QStringLiteral("Europe/Berlin"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"

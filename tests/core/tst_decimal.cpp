// SPDX-License-Identifier: MIT
// Decimal: exact cost in nano-USD from the texts a dump holds (with half-to-even rounding past nine decimals), the
// integer reading of token counts, and the shortest decimal text of an amount.
#include "core/decimal.h"

#include <QTest>

using namespace Usage;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseNanos_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("nanos");
        QTest::addRow("plain") << QByteArray("0.0123") << qint64(12'300'000);
        QTest::addRow("exponent") << QByteArray("1e-05") << qint64(10'000);
        QTest::addRow("upper exponent") << QByteArray("-2.5E+3") << qint64(-2'500'000'000'000);
        QTest::addRow("ten decimals, half to even down") << QByteArray("0.0000000005") << qint64(0);
        QTest::addRow("ten decimals, half to even up") << QByteArray("0.0000000015") << qint64(2);
        QTest::addRow("above half") << QByteArray("0.00000000050001") << qint64(1);
        QTest::addRow("binary-unfriendly") << QByteArray("0.1") << qint64(100'000'000);
        QTest::addRow("integer") << QByteArray("42") << qint64(42'000'000'000);
        QTest::addRow("many digits") << QByteArray("0.000216000000000000001") << qint64(216'000);
        // the fast path's edges: nine digits each side, and the forms it leaves to the general reading
        QTest::addRow("nine and nine") << QByteArray("999999999.999999999") << qint64(999'999'999'999'999'999);
        QTest::addRow("ten integer digits") << QByteArray("1000000000.5") << qint64(1'000'000'000'500'000'000);
        QTest::addRow("leading zeros") << QByteArray("000.000000001") << qint64(1);
        QTest::addRow("point without fraction") << QByteArray("3.") << qint64(3'000'000'000);
        QTest::addRow("fraction without integer") << QByteArray(".25") << qint64(250'000'000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
    }
    void parseNanos()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, nanos);
        const auto got = Decimal::parseNanos(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY(got.has_value());
        QCOMPARE(qint64(*got), nanos);
    }

    void parseNanosRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray("");
        QTest::addRow("sign only") << QByteArray("-");
        QTest::addRow("two points") << QByteArray("1.2.3");
        QTest::addRow("letters") << QByteArray("abc");
        QTest::addRow("exponent without digits") << QByteArray("1e");
        QTest::addRow("hexadecimal") << QByteArray("0x10");
        QTest::addRow("exponent out of range") << QByteArray("1e400");
        QTest::addRow("too large") << QByteArray("99999999999999999999");
    }
    void parseNanosRejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Decimal::parseNanos(std::string_view(text.constData(), size_t(text.size()))));
    }

    void parseInteger()
    {
        QCOMPARE(Decimal::parseInteger("12.0").value(), 12);
        QCOMPARE(Decimal::parseInteger("1e3").value(), 1000);
        QVERIFY(!Decimal::parseInteger("1.5"));
    }

    void formatNanos_data()
    {
        QTest::addColumn<qint64>("nanos");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("zero") << qint64(0) << QByteArray("0");
        QTest::addRow("one nano") << qint64(1) << QByteArray("0.000000001");
        QTest::addRow("trailing zeros dropped") << qint64(1'500'000'000) << QByteArray("1.5");
        QTest::addRow("negative") << qint64(-20'000'000) << QByteArray("-0.02");
        QTest::addRow("no fraction") << qint64(123'000'000'000'000) << QByteArray("123000");
    }
    void formatNanos()
    {
        QFETCH(qint64, nanos);
        QFETCH(QByteArray, text);
        QCOMPARE(Decimal::formatNanos(nanos), text.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"

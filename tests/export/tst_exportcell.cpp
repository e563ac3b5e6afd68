// SPDX-License-Identifier: MIT
// The cells of an export: time stamps with their zone's offset, and quotients rounded half to even.
#include "core/export/exportcell.h"

#include <QTest>
#include <QTimeZone>

using namespace Usage::Export;

class TestExportCell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoOffsetsAndRounding()
    {
        QCOMPARE(isoWithOffset(0, QTimeZone::utc(), false), QByteArray("1970-01-01T00:00:00+00:00"));
        QCOMPARE(isoWithOffset(1'743'296'400'000, QTimeZone("Europe/Berlin"), true),
            QByteArray("2025-03-30T03:00:00.000+02:00"));
        QCOMPARE(isoWithOffset(1'743'296'400'000, QTimeZone("Asia/Kolkata"), false),
            QByteArray("2025-03-30T06:30:00+05:30"));
        QCOMPARE(divideRounded(5, 2).value(), 2); // half to even
        QCOMPARE(divideRounded(7, 2).value(), 4);
        QCOMPARE(divideRounded(-5, 2).value(), -2);
        QVERIFY(!divideRounded(1, 0));
    }
};

QTEST_GUILESS_MAIN(TestExportCell)
#include "tst_exportcell.moc"

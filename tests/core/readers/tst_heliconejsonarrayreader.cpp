// SPDX-License-Identifier: MIT
// HeliconeJsonArrayReader, through the aggregation: a syntax error ends the file with its line, column and reason,
// what came before it counts, and the other files still count.
#include "aggregatefiles.h"
#include "core/logaggregation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace TestAggregate;

class TestHeliconeJsonArrayReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonArraySyntaxErrorEndsTheFile()
    {
        QTemporaryDir dir;
        const QByteArray content = "[\n" + line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z") + ",\n"
            + line("bob", 1, 1, "0.2", "2025-10-01T10:00:00.000Z") + ",\n" + "  {\"request_user_id\": oops}\n]\n";
        const QString path = writeFile(dir, QStringLiteral("array.json"), content);
        const QString good =
            writeFile(dir, QStringLiteral("good.jsonl"), line("cid", 1, 1, "1", "2025-10-01T10:00:00.000Z") + '\n');
        const auto outcome = aggregate({ path, good });
        const UsageResult& r = outcome.result;
        QVERIFY(r.partial);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).file, path);
        QCOMPARE(r.errors.at(0).line, 4);
        QCOMPARE(r.errors.at(0).column, 3); // where the element starts
        QCOMPARE(r.errors.at(0).toString(),
            path + QStringLiteral(":4:3: invalid JSON: unexpected 'oops' as the value of request_user_id"));
        // what was read before the error stays, and the other file still counts
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.totals().costNanos, 1'300'000'000);
    }

    void jsonArrayStructureErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        const QByteArray a = line("ann", 1, 1, "0.1", "2025-10-01T10:00:00.000Z");
        QTest::addRow("missing comma") << "[\n" + a + "\n" + a + "\n]\n"
                                       << QStringLiteral(":3:1: expected ',' or ']' after an array element") << 1;
        QTest::addRow("not closed") << "[\n" + a + ",\n" + a + "\n"
                                    << QStringLiteral(":4:1: unexpected end of file: the JSON array is not closed")
                                    << 2;
        QTest::addRow("data after") << "[\n" + a + "\n] x\n"
                                    << QStringLiteral(":3:3: unexpected data after the end of the JSON array") << 1;
    }
    void jsonArrayStructureErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(int, requests);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("array.json"), content);
        const auto outcome = aggregate({ path });
        QVERIFY(outcome.result.partial);
        QCOMPARE(outcome.result.errors.size(), 1);
        QCOMPARE(outcome.result.errors.at(0).toString(), path + error);
        QCOMPARE(outcome.result.rows.value(0).totals.requests, requests); // what came before the error counts
    }
};

QTEST_GUILESS_MAIN(TestHeliconeJsonArrayReader)
#include "tst_heliconejsonarrayreader.moc"

// SPDX-License-Identifier: MIT
// ResultParts: a run computes only the parts of a result that are asked for, with the same totals; an export says
// which parts it reads.
#include "aggregatefiles.h"
#include "core/export/exporter.h"
#include "core/logaggregation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Usage;
using namespace TestAggregate;

namespace {

QByteArray withId(const QByteArray& record, const char* requestId)
{
    QByteArray r = record;
    r.chop(1);
    return r + ",\"request_id\":\"" + requestId + "\"}\n";
}

QString dump(const QTemporaryDir& dir)
{
    return writeFile(dir, QStringLiteral("parts.jsonl"),
        withId(line("ann", 10, 5, "0.5", "2025-10-01T10:00:00.000Z"), "r1")
            + withId(line("bob", 1, 2, "0.25", "2025-10-02T10:00:00.000Z", "gpt-4o-mini"), "r2")
            + withId(line("ann", 20, 1, "0.00001", "2025-10-03T10:00:00.000Z", "gpt-4o-mini"), "r3")
            + withId(line("ann", 20, 1, "0.00001", "2025-10-03T10:00:00.000Z", "gpt-4o-mini"), "r3"));
}

UsageQuery withParts(const ResultParts& parts)
{
    UsageQuery q;
    q.parts = parts;
    return q;
}

} // namespace

class TestResultParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingByDefault()
    {
        QTemporaryDir dir;
        const auto outcome = aggregate({ dump(dir) });
        const UsageResult& r = outcome.result;
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).id, QStringLiteral("ann"));
        QCOMPARE(r.rows.at(0).models.size(), 2);
        QCOMPARE(r.rows.at(0).series.size(), 2);
        QVERIFY(r.rows.at(0).hasTimes());
        QCOMPARE(r.series.size(), 3);
        QCOMPARE(r.duplicateRequestIds, 1);
    }

    void totalsOnlySkipsTheRest_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2;
    }

    void totalsOnlySkipsTheRest()
    {
        QFETCH(int, threads);
        QTemporaryDir dir;
        const QString file = dump(dir);
        const UsageResult full = aggregate({ file }, {}, threads).result;
        const UsageResult lean = aggregate({ file }, withParts(ResultParts::totalsOnly()), threads).result;
        QCOMPARE(lean.rows.size(), full.rows.size());
        for (qsizetype i = 0; i < lean.rows.size(); ++i) {
            QCOMPARE(lean.rows.at(i).id, full.rows.at(i).id);
            QCOMPARE(lean.rows.at(i).totals, full.rows.at(i).totals);
            QVERIFY(lean.rows.at(i).models.isEmpty());
            QVERIFY(lean.rows.at(i).series.isEmpty());
            QVERIFY(!lean.rows.at(i).hasTimes());
        }
        QCOMPARE(lean.rows.at(0).totals.costNanos, 500'020'000);
        QCOMPARE(lean.rows.at(0).totals.requests, 3);
        QVERIFY(lean.series.isEmpty());
        QCOMPARE(lean.duplicateRequestIds, -1); // not counted, so not known
        QVERIFY(lean.warnings.isEmpty());
        QCOMPARE(lean.recordsRead, 4);
    }

    void eachPartAlone()
    {
        QTemporaryDir dir;
        const QString file = dump(dir);
        ResultParts parts = ResultParts::totalsOnly();
        parts.series = true;
        UsageResult r = aggregate({ file }, withParts(parts)).result;
        QCOMPARE(r.rows.at(0).series.size(), 2);
        QCOMPARE(r.rows.at(0).series.at(1).totals.requests, 2);
        QVERIFY(r.rows.at(0).models.isEmpty());

        parts = ResultParts::totalsOnly();
        parts.models = true;
        r = aggregate({ file }, withParts(parts)).result;
        QCOMPARE(r.rows.at(0).models.size(), 2);
        QCOMPARE(r.rows.at(0).models.at(0).model, QStringLiteral("gpt-4o"));
        QCOMPARE(r.rows.at(0).models.at(1).totals.requests, 2);
        QVERIFY(r.rows.at(0).series.isEmpty());

        parts = ResultParts::totalsOnly();
        parts.times = true;
        r = aggregate({ file }, withParts(parts)).result;
        QCOMPARE(r.rows.at(0).firstMs, 1'759'312'800'000); // 2025-10-01T10:00:00Z
        QCOMPARE(r.rows.at(0).lastMs, 1'759'485'600'000); // 2025-10-03T10:00:00Z

        parts = ResultParts::totalsOnly();
        parts.duplicates = true;
        r = aggregate({ file }, withParts(parts)).result;
        QCOMPARE(r.duplicateRequestIds, 1);
        QCOMPARE(r.warnings.size(), 1);
    }

    void exportsAskForWhatTheyWrite()
    {
        Export::Settings csv;
        QCOMPARE(Export::partsFor(csv), ResultParts::totalsOnly());

        Export::Settings perBucket;
        perBucket.format = Export::Format::BucketCsv;
        ResultParts expected = ResultParts::totalsOnly();
        expected.series = true;
        QCOMPARE(Export::partsFor(perBucket), expected);

        Export::Settings times;
        times.columns.append(Export::Column::LastRequest);
        expected = ResultParts::totalsOnly();
        expected.times = true;
        QCOMPARE(Export::partsFor(times), expected);

        Export::Settings json;
        json.format = Export::Format::Json;
        expected = ResultParts::totalsOnly();
        expected.duplicates = true;
        QCOMPARE(Export::partsFor(json), expected);
    }
};

QTEST_GUILESS_MAIN(TestResultParts)
#include "tst_resultparts.moc"

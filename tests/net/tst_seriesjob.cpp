// SPDX-License-Identifier: MIT
// Cost over time: one request per bucket and batch of users.
#include "clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestSeriesJob : public QObject, public ClientTesting::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void series();
    void seriesLimits();
};

void TestSeriesJob::series()
{
    m_server->records = makeRecords(200);
    // one request in the last half second of the first hour: it falls between two buckets
    m_server->records.append({ userId(3), kT0 + 3600000 - 500, 1, 1, 999 });
    UsageQuery query;
    query.userIds = firstIds(150);
    query.granularity = Granularity::Hour;
    query.startMs = kT0;
    query.endMs = kT0 + 3 * 3600000 - 1;
    QString error;
    QCOMPARE(HeliconeClient::seriesRequestCount(query, &error), 6);
    Run run(m_client.get());
    m_client->startSeries(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    const UsageResult result = run.result();
    checkBodies(6); // 3 hours x 2 batches
    // each row: one bucket per hour with requests, each adding up to the row's totals
    std::map<QString, std::map<qint64, Totals>> expected;
    for (const FakeRecord& r : std::as_const(m_server->records)) {
        if (!query.userIds.contains(r.userId) || r.createdMs % 1000 != 0)
            continue; // the sub-second request is in no bucket
        Totals& t = expected[r.userId][kT0 + (r.createdMs - kT0) / 3600000 * 3600000];
        ++t.requests;
        t.promptTokens += r.promptTokens;
        t.completionTokens += r.completionTokens;
        t.costNanos += r.costNanos;
    }
    QCOMPARE(result.rows.size(), qsizetype(expected.size()));
    QCOMPARE(result.rows.size(), 150);
    Totals all;
    std::map<qint64, Totals> allByBucket;
    for (const GroupUsage& row : result.rows) {
        std::map<qint64, Totals> got;
        Totals sum;
        for (const BucketTotals& b : row.series) {
            got[b.startMs] = b.totals;
            sum.add(b.totals);
            allByBucket[b.startMs].add(b.totals);
        }
        QCOMPARE(got, expected[row.id]);
        QCOMPARE(sum, row.totals);
        all.add(row.totals);
    }
    QCOMPARE(result.series.size(), 3);
    for (const BucketTotals& b : result.series)
        QCOMPARE(b.totals, allByBucket[b.startMs]);
    QCOMPARE(result.totals(), all);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QStringLiteral("in no bucket")));
    // user 3 lost the sub-second request: 999 nano-USD
    const auto three =
        std::find_if(result.rows.cbegin(), result.rows.cend(), [](const GroupUsage& r) { return r.id == userId(3); });
    QCOMPARE(three->totals,
        expectedTotals(m_server->records.mid(0, m_server->records.size() - 1), { userId(3) }).at(userId(3)));
    QCOMPARE(run.progressTexts().constLast(), QStringLiteral("request 6 of 6"));
    // the windows sent: [start, next start - 1 s]
    const QJsonObject first =
        QJsonDocument::fromJson(m_server->received[0].body).object().value(QStringLiteral("timeFilter")).toObject();
    QCOMPARE(first.value(QStringLiteral("startTimeUnixSeconds")).toDouble(), double(kT0));
    QCOMPARE(first.value(QStringLiteral("endTimeUnixSeconds")).toDouble(), double(kT0 + 3600000 - 1000));
}

void TestSeriesJob::seriesLimits()
{
    m_server->records = makeRecords(10);
    UsageQuery query;
    query.userIds = firstIds(1000);
    query.granularity = Granularity::Day;
    query.startMs = kT0;
    query.endMs = kT0 + 21 * 86400000 - 1; // 21 days x 10 batches
    QString error;
    QCOMPARE(HeliconeClient::seriesRequestCount(query, &error), 210);
    Run run(m_client.get());
    m_client->startSeries(query);
    QVERIFY(run.wait());
    QCOMPARE(run.failure(), QStringLiteral("the series needs 210 requests, more than 200: confirm to send them"));
    QCOMPARE(m_server->received.size(), 0);
    ClientOptions o = options();
    o.largeSeriesConfirmed = true;
    m_client->setOptions(o);
    Run confirmed(m_client.get());
    m_client->startSeries(query);
    QVERIFY(confirmed.wait());
    QVERIFY(confirmed.failed.isEmpty());
    QCOMPARE(confirmed.result().totals(), [&] {
        Totals t;
        for (const auto& [id, totals] : expectedTotals(m_server->records, query.userIds))
            t.add(totals);
        return t;
    }());
    checkBodies(210);
    UsageQuery nobody = query;
    nobody.userIds.clear();
    QCOMPARE(HeliconeClient::seriesRequestCount(nobody, &error), -1);
    QCOMPARE(error, QStringLiteral("a time series needs a list of users"));
}

QTEST_GUILESS_MAIN(TestSeriesJob)
#include "tst_seriesjob.moc"

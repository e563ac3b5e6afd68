// SPDX-License-Identifier: MIT
// Every user: POST /v1/user/metrics/query page by page.
#include "clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestMetricsJob : public QObject, public ClientTesting::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void emptyIdList_data();
    void emptyIdList();
    void allUsersInAWindow();
    void allUsersPageFails();
};

void TestMetricsJob::emptyIdList_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pages");
    QTest::addRow("2,500 users") << 2500 << 3;
    QTest::addRow("2,000 users: an empty last page") << 2000 << 3;
    QTest::addRow("10 users") << 10 << 1;
}

void TestMetricsJob::emptyIdList()
{
    QFETCH(int, users);
    QFETCH(int, pages);
    // every user: /v1/user/metrics/query page by page (its /v1/user/query answer would be 100 arbitrary users)
    m_server->records = makeRecords(users);
    m_server->numbersAsStrings = true;
    Run run(m_client.get());
    m_client->start(UsageQuery {});
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    const UsageResult result = run.result();
    QStringList all;
    for (int i = 0; i < users; ++i)
        all.append(userId(i));
    QCOMPARE(result.rows.size(), users);
    QCOMPARE(totalsOf(result), expectedTotals(m_server->records, all));
    QCOMPARE(result.provenance.endpoint, QStringLiteral("POST /v1/user/metrics/query"));
    QCOMPARE(result.provenance.boundRule, QStringLiteral("exclusive"));
    QVERIFY(result.hasRequestTimes);
    QVERIFY(result.warnings.isEmpty());
    // user i's requests are at kT0 + i minutes + k seconds, k < (i % 3) + 1
    for (const GroupUsage& row : result.rows) {
        const int i = all.indexOf(row.id);
        QCOMPARE(row.firstMs, kT0 + qint64(i) * 60000);
        QCOMPARE(row.lastMs, kT0 + qint64(i) * 60000 + (i % 3) * 1000);
    }
    checkBodies(pages);
    for (int p = 0; p < pages; ++p) {
        const QJsonObject body = QJsonDocument::fromJson(m_server->received[p].body).object();
        QCOMPARE(body.value(QStringLiteral("offset")).toInt(), p * 1000);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 1000);
        QCOMPARE(body.value(QStringLiteral("filter")).toString(), QStringLiteral("all"));
        QCOMPARE(body.value(QStringLiteral("sort")).toObject(),
            (QJsonObject { { QStringLiteral("user_id"), QStringLiteral("asc") } }));
        QCOMPARE(body.value(QStringLiteral("timeZoneDifferenceMinutes")).toInt(), 0);
        QVERIFY(!body.contains(QStringLiteral("timeFilter")));
    }
    QCOMPARE(run.progressTexts().constLast(), QStringLiteral("page %1, %2 user(s) so far").arg(pages).arg(users));
}

void TestMetricsJob::allUsersInAWindow()
{
    // the metrics endpoint's bounds are exclusive, and its count ignores the filter
    m_server->records = makeRecords(1500);
    UsageQuery query;
    query.startMs = kT0 + 100 * 60000; // user 100's first request: excluded (exclusive bound)
    query.endMs = kT0 + 1200 * 60000; // user 1200's first request: excluded
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    std::map<QString, Totals> expected;
    for (const FakeRecord& r : std::as_const(m_server->records)) {
        if (r.createdMs <= *query.startMs || r.createdMs >= *query.endMs)
            continue;
        Totals& t = expected[r.userId];
        ++t.requests;
        t.promptTokens += r.promptTokens;
        t.completionTokens += r.completionTokens;
        t.costNanos += r.costNanos;
    }
    QCOMPARE(totalsOf(run.result()), expected);
    QCOMPARE(expected.size(), size_t(1100)); // users 101..1199, and user 100's second request
    checkBodies(2);
    const QJsonObject filter =
        QJsonDocument::fromJson(m_server->received[0].body).object().value(QStringLiteral("timeFilter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("startTimeUnixSeconds")).toDouble(), double(*query.startMs / 1000));
    QCOMPARE(filter.value(QStringLiteral("endTimeUnixSeconds")).toDouble(), double(*query.endMs / 1000));
}

void TestMetricsJob::allUsersPageFails()
{
    m_server->records = makeRecords(1500);
    m_server->nextFaults = { FakeHelicone::Fault::None, FakeHelicone::Fault::ErrorIn200 };
    Run run(m_client.get());
    m_client->start(UsageQuery {});
    QVERIFY(run.wait());
    QCOMPARE(run.finished.size(), 0); // a missing page would leave unknown users out
    QCOMPARE(
        run.failure(), QStringLiteral("the server answered with an error: Query timeout. Try a shorter time range."));
}

QTEST_GUILESS_MAIN(TestMetricsJob)
#include "tst_metricsjob.moc"

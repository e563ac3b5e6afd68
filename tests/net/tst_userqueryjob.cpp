// SPDX-License-Identifier: MIT
// POST /v1/user/query in batches of 100 ids: merging, concurrency, partial results, cancelling.
#include "clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestUserQueryJob : public QObject, public ClientTesting::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void mergedTotals_data();
    void mergedTotals();
    void quirkyNumbers();
    void timeUnit();
    void boundedConcurrency();
    void errorIn200();
    void partialResult();
    void cancelAbortsAll();
    void restartIgnoresOldReplies();
};

void TestUserQueryJob::mergedTotals_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("requests");
    QTest::addRow("1") << 1 << 1;
    QTest::addRow("100") << 100 << 1;
    QTest::addRow("101") << 101 << 2;
    QTest::addRow("1000") << 1000 << 10;
}

void TestUserQueryJob::mergedTotals()
{
    QFETCH(int, users);
    QFETCH(int, requests);
    // 1,200 users on the server; the query asks for the first n plus one without data
    m_server->records = makeRecords(1200);
    QStringList ids = firstIds(users);
    if (users > 1)
        ids.replace(users - 1, QStringLiteral("nobody"));
    UsageQuery query;
    query.userIds = ids;
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    const UsageResult result = run.result();
    const auto expected = expectedTotals(m_server->records, ids);
    QCOMPARE(result.rows.size(), qsizetype(expected.size()));
    QCOMPARE(totalsOf(result), expected);
    QVERIFY(!result.partial);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.provenance.kind, SourceKind::HeliconeApi);
    QCOMPARE(result.provenance.baseUrl, m_server->url().toString());
    QCOMPARE(result.provenance.endpoint, QStringLiteral("POST /v1/user/query"));
    QCOMPARE(result.provenance.boundRule, QStringLiteral("inclusive-seconds"));
    QVERIFY(result.fetchedAt.isValid());
    QCOMPARE(result.query.userIds, ids);
    // sorted by cost descending
    for (qsizetype i = 1; i < result.rows.size(); ++i)
        QVERIFY(!costOrderLess(result.rows[i], result.rows[i - 1]));
    checkBodies(requests);
    // every id was sent exactly once
    QStringList sent;
    for (const auto& r : std::as_const(m_server->received)) {
        for (const QJsonValue& v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("userIds")).toArray())
            sent.append(v.toString());
    }
    QCOMPARE(sent, ids);
    QCOMPARE(run.progressTexts().constLast(), QStringLiteral("batch %1 of %1").arg(requests));
    QCOMPARE(run.progress.constLast().value(0).toInt(), 1000);
    if (users == 1000) {
        // exact totals over all users
        qint64 cost = 0, count = 0;
        for (const auto& [id, t] : expected) {
            cost += t.costNanos;
            count += t.requests;
        }
        QCOMPARE(result.totals().costNanos, cost);
        QCOMPARE(result.totals().requests, count);
        QCOMPARE(count, qint64(1998)); // users 0..998: (i % 3) + 1 requests each
        QCOMPARE(cost, qint64(1162115437950)); // sum of i * 1000003 + k * 123456789 + 1
    }
}

void TestUserQueryJob::quirkyNumbers()
{
    m_server->records = makeRecords(150);
    m_server->numbersAsStrings = true;
    m_server->costUsd = true;
    UsageQuery query;
    query.userIds = firstIds(150);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(totalsOf(run.result()), expectedTotals(m_server->records, query.userIds));
}

void TestUserQueryJob::timeUnit()
{
    m_server->records = makeRecords(50);
    UsageQuery query;
    query.userIds = firstIds(50);
    // users 10..19 (whole-minute steps from kT0), their later requests within the same minute included
    query.startMs = kT0 + 10 * 60000;
    query.endMs = kT0 + 19 * 60000 + 59999;
    const auto expected = expectedTotals(m_server->records, query.userIds, query.startMs, query.endMs);
    QCOMPARE(expected.size(), size_t(10));

    // today's server reads milliseconds: the default unit gets the window
    {
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QCOMPARE(totalsOf(run.result()), expected);
    }
    // documented seconds against today's server: dates in January 1970, nothing
    {
        ClientOptions o = options();
        o.timeUnit = TimeUnit::Seconds;
        m_client->setOptions(o);
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QCOMPARE(run.result().rows.size(), 0);
    }
    // a server that follows its documentation
    {
        m_server->reading = FakeHelicone::TimeReading::Seconds;
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QCOMPARE(totalsOf(run.result()), expected);
    }
    // the bounds are whole seconds: a window ending at x.999 drops nothing at x.000 and sends whole seconds
    const QJsonObject last = QJsonDocument::fromJson(m_server->received.constLast().body).object();
    QCOMPARE(last.value(QStringLiteral("timeFilter")).toObject().value(QStringLiteral("endTimeUnixSeconds")).toDouble(),
        double((kT0 + 19 * 60000 + 59000) / 1000));
}

void TestUserQueryJob::boundedConcurrency()
{
    m_server->records = makeRecords(1000);
    m_server->slowMs = 50;
    for (int limit : { 1, 3 }) {
        ClientOptions o = options();
        o.concurrency = limit;
        m_client->setOptions(o);
        m_server->maxInFlight = 0;
        m_server->received.clear();
        UsageQuery query;
        query.userIds = firstIds(1000);
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QVERIFY(run.failed.isEmpty());
        QCOMPARE(totalsOf(run.result()), expectedTotals(m_server->records, query.userIds));
        QCOMPARE(m_server->received.size(), 10);
        QVERIFY2(m_server->maxInFlight <= limit, qPrintable(QString::number(m_server->maxInFlight)));
        QVERIFY(m_server->maxInFlight >= 1);
    }
}

void TestUserQueryJob::errorIn200()
{
    m_server->records = makeRecords(10);
    m_server->nextFaults = { FakeHelicone::Fault::ErrorIn200 };
    UsageQuery query;
    query.userIds = firstIds(10);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.finished.size(), 0);
    QCOMPARE(
        run.failure(), QStringLiteral("the server answered with an error: Query timeout. Try a shorter time range."));
    checkBodies(1); // not retried
}

void TestUserQueryJob::partialResult()
{
    m_server->records = makeRecords(300);
    m_server->faultForUser.insert(userId(150), FakeHelicone::Fault::ServerError);
    ClientOptions o = options();
    o.maxAttempts = 2;
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = firstIds(250);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY(run.failed.isEmpty());
    const UsageResult result = run.result();
    QVERIFY(result.partial);
    QCOMPARE(result.errors.size(), 1);
    const QString reason = result.errors.first().reason;
    QVERIFY2(reason.startsWith(QStringLiteral("batch 2 of 3 failed: HTTP 500: Query timeout. Try a shorter time range "
                                              "or simpler filters.: timeout, after 2 attempt(s); 100 user(s) missing: "
                                              "u0100, u0101, ")),
        qPrintable(reason));
    QVERIFY2(reason.endsWith(QStringLiteral("u0198, user \"quoted\" 199")), qPrintable(reason));
    QVERIFY(reason.contains(userId(102)));
    QStringList kept = query.userIds.mid(0, 100) + query.userIds.mid(200);
    QCOMPARE(totalsOf(result), expectedTotals(m_server->records, kept));
    checkBodies(4);
}

void TestUserQueryJob::cancelAbortsAll()
{
    m_server->records = makeRecords(1000);
    m_server->slowMs = 5000;
    UsageQuery query;
    query.userIds = firstIds(1000);
    Run run(m_client.get());
    m_client->start(query);
    QTRY_COMPARE(m_server->received.size(), 6); // six in flight: the default bound
    m_client->cancel();
    QCOMPARE(run.cancelled.size(), 1);
    QVERIFY(!m_client->isRunning());
    // every connection is closed at once: the server sees its requests go
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(run.finished.size(), 0);
    QCOMPARE(run.failed.size(), 0);
    QCOMPARE(m_server->received.size(), 6);
    m_client->cancel(); // idle: nothing
    QCOMPARE(run.cancelled.size(), 1);
}

void TestUserQueryJob::restartIgnoresOldReplies()
{
    m_server->records = makeRecords(20);
    m_server->slowMs = 200;
    UsageQuery first;
    first.userIds = firstIds(10);
    UsageQuery second;
    second.userIds = firstIds(20).mid(10);
    Run run(m_client.get());
    m_client->start(first);
    QTRY_COMPARE(m_server->received.size(), 1);
    m_client->start(second);
    QVERIFY(run.wait());
    QTest::qWait(300);
    QCOMPARE(run.finished.size(), 1);
    QCOMPARE(run.cancelled.size(), 0);
    QCOMPARE(totalsOf(run.result()), expectedTotals(m_server->records, second.userIds));
}

QTEST_GUILESS_MAIN(TestUserQueryJob)
#include "tst_userqueryjob.moc"

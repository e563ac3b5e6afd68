// SPDX-License-Identifier: MIT
// Finding out whether a server reads milliseconds or seconds.
#include "clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestTimeUnitProbe : public QObject, public ClientTesting::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void probeTimeUnit_data();
    void probeTimeUnit();
    void probeRateLimitedIsNotRemembered();
    void probeAnswersAreCapped();
};

void TestTimeUnitProbe::probeTimeUnit_data()
{
    QTest::addColumn<FakeHelicone::TimeReading>("reading");
    QTest::addColumn<bool>("withRows");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addRow("today's server") << FakeHelicone::TimeReading::Milliseconds << true << TimeUnit::Milliseconds;
    QTest::addRow("documented server") << FakeHelicone::TimeReading::Seconds << true << TimeUnit::Seconds;
    QTest::addRow("no rows either way") << FakeHelicone::TimeReading::Milliseconds << false << TimeUnit::Milliseconds;
}

void TestTimeUnitProbe::probeTimeUnit()
{
    QFETCH(FakeHelicone::TimeReading, reading);
    QFETCH(bool, withRows);
    QFETCH(TimeUnit, unit);
    // the probe looks at the last 365 days: requests of yesterday
    const qint64 yesterday = (QDateTime::currentMSecsSinceEpoch() / 1000 - 86400) * 1000;
    if (withRows) {
        for (int i = 0; i < 250; ++i)
            m_server->records.append({ userId(i), yesterday + i * 1000, 10, 20, 1000 + i });
    }
    m_server->reading = reading;
    ClientOptions o = options();
    o.probeTimeUnit = true;
    o.timeUnit = unit == TimeUnit::Seconds ? TimeUnit::Milliseconds : TimeUnit::Seconds; // not what is used
    m_client->setOptions(o);
    QSignalSpy detected(m_client.get(), &HeliconeClient::timeUnitDetected);
    UsageQuery query;
    query.userIds = firstIds(250);
    query.startMs = yesterday - 3600000;
    query.endMs = yesterday + 3600000;
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.first().at(1).value<TimeUnit>(), unit);
    QCOMPARE(m_client->knownTimeUnit(m_server->url()), unit);
    QCOMPARE(run.result().rows.size(), withRows ? 250 : 0);
    checkBodies(2 + 3); // two probes, once, then three batches
    for (int i = 0; i < 2; ++i)
        QVERIFY(!QJsonDocument::fromJson(m_server->received[i].body).object().contains(QStringLiteral("userIds")));

    // remembered: the next run sends its batches at once
    m_server->received.clear();
    Run again(m_client.get());
    m_client->start(query);
    QVERIFY(again.wait());
    QCOMPARE(detected.size(), 1);
    QCOMPARE(again.result().rows.size(), withRows ? 250 : 0);
    checkBodies(3);
    // no probe without a time filter either
    m_server->received.clear();
    HeliconeClient fresh;
    fresh.setOptions(o);
    Run third(&fresh);
    UsageQuery noWindow;
    noWindow.userIds = firstIds(5);
    fresh.start(noWindow);
    QVERIFY(third.wait());
    checkBodies(1);
}

void TestTimeUnitProbe::probeRateLimitedIsNotRemembered()
{
    const qint64 yesterday = (QDateTime::currentMSecsSinceEpoch() / 1000 - 86400) * 1000;
    m_server->records = { { userId(0), yesterday, 1, 1, 1 } };
    m_server->reading = FakeHelicone::TimeReading::Seconds;
    m_server->retryAfter = "0";
    // both probes rate limited (they travel at once, in no fixed order)
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited, FakeHelicone::Fault::RateLimited };
    ClientOptions o = options();
    o.probeTimeUnit = true;
    m_client->setOptions(o);
    QSignalSpy detected(m_client.get(), &HeliconeClient::timeUnitDetected);
    UsageQuery query;
    query.userIds = { userId(0) };
    query.startMs = yesterday - 1000;
    query.endMs = yesterday + 1000;
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    // inconclusive: milliseconds for this run (an error on this server), nothing remembered
    QCOMPARE(detected.size(), 0);
    QVERIFY(!m_client->knownTimeUnit(m_server->url()));
    QCOMPARE(run.failure(),
        QStringLiteral("the server answered with an error: Cannot convert to DateTime: value out of range"));
}

void TestTimeUnitProbe::probeAnswersAreCapped()
{
    // both probe answers larger than the cap: refused like any answer, so the probe decides nothing
    const qint64 yesterday = (QDateTime::currentMSecsSinceEpoch() / 1000 - 86400) * 1000;
    m_server->records = { { userId(0), yesterday, 1, 1, 1 } };
    m_server->nextFaults = { FakeHelicone::Fault::Oversized, FakeHelicone::Fault::Oversized };
    ClientOptions o = options();
    o.probeTimeUnit = true;
    o.maxResponseBytes = 64 * 1024;
    m_client->setOptions(o);
    QSignalSpy detected(m_client.get(), &HeliconeClient::timeUnitDetected);
    UsageQuery query;
    query.userIds = { userId(0) };
    query.startMs = yesterday - 1000;
    query.endMs = yesterday + 1000;
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(detected.size(), 0);
    QVERIFY(!m_client->knownTimeUnit(m_server->url()));
    QCOMPARE(run.result().rows.size(), 1); // milliseconds for this run: today's server reads them
    checkBodies(3);
}

QTEST_GUILESS_MAIN(TestTimeUnitProbe)
#include "tst_timeunitprobe.moc"

// SPDX-License-Identifier: MIT
#include "core/comparerange.h"
#include "fakehelicone.h"
#include "net/keystore.h"
#include "sources/remoteusagesource.h"
#include "ui/sourcepanel.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using Usage::Net::MemoryKeyStore;

namespace {

const QString kKey = QStringLiteral("sk-helicone-test0a-test0b-test0c-test0d");

SourceRequest apiRequest(const QString& baseUrl, const QString& key)
{
    SourceRequest request;
    request.kind = Usage::SourceKind::HeliconeApi;
    request.api.baseUrl = baseUrl;
    request.api.key = key;
    request.api.timeUnit = Usage::Net::TimeUnit::Milliseconds; // no probe: the tests count the requests
    return request;
}

} // namespace

class TestRemoteSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("HELICONE_API_KEY"); }
    void validate();
    void options();
    void runAndCancel();
    void seriesAfterTotals();
    void previousSeriesAfterTotals();
    void automaticTimeUnitIsProbedOnceAndRemembered();
    void largeSeriesAsks();
    void panelLoadsStoredKey();
    void panelSavesTypedKey();
    void panelWithoutKeychain();
    void panelEnvironmentKey();
    void panelForgetsKey();
    void panelKeyPerServer();
};

void TestRemoteSource::validate()
{
    RemoteUsageSource source;
    QCOMPARE(source.validate(apiRequest(QStringLiteral("https://api.helicone.ai"), QString())),
        QStringLiteral("Enter your Helicone API key first (Source › API key), or set HELICONE_API_KEY."));
    QCOMPARE(source.validate(apiRequest(QStringLiteral("https://api.helicone.ai"), kKey)), QString());
    QCOMPARE(source.validate(apiRequest(QString(), kKey)), QString()); // the key's region
    QCOMPARE(source.validate(apiRequest(QStringLiteral("http://localhost:8585"), kKey)), QString());
    QCOMPARE(source.validate(apiRequest(QStringLiteral("ftp://x"), kKey)),
        QStringLiteral("The base URL is not usable: ftp://x."));
    const QString insecure = QStringLiteral("http://192.0.2.7:8585");
    QCOMPARE(source.validate(apiRequest(insecure, kKey)),
        QStringLiteral("http://192.0.2.7:8585 is plain http:// to another computer: the API key would travel "
                       "unencrypted. Use https://, or choose the URL again and confirm."));
    RemoteUsageSource::allowInsecure(insecure + QLatin1Char('/'));
    QCOMPARE(source.validate(apiRequest(insecure, kKey)), QString());
    SourceRequest byModel = apiRequest(QStringLiteral("https://api.helicone.ai"), kKey);
    byModel.query.groupBy.key = Usage::GroupKey::Model;
    QVERIFY(source.validate(byModel).startsWith(QStringLiteral("Helicone's API groups by user only")));
}

void TestRemoteSource::options()
{
    ApiSettings api;
    api.key = QStringLiteral(" sk-helicone-eu-abc1234-abc1234-abc1234-abc1234 ");
    api.timeUnit = Usage::Net::TimeUnit::Seconds;
    const Usage::Net::ClientOptions o = RemoteUsageSource::clientOptions(api);
    QCOMPARE(o.baseUrl.toString(), QStringLiteral("https://eu.api.helicone.ai"));
    QCOMPARE(o.key, QStringLiteral("sk-helicone-eu-abc1234-abc1234-abc1234-abc1234"));
    QCOMPARE(o.timeUnit, Usage::Net::TimeUnit::Seconds);
    api.baseUrl = QStringLiteral("http://localhost:8585/");
    api.timeUnit = Usage::Net::TimeUnit::Milliseconds;
    QCOMPARE(RemoteUsageSource::clientOptions(api).baseUrl.toString(), QStringLiteral("http://localhost:8585"));
    QCOMPARE(RemoteUsageSource::clientOptions(api).timeUnit, Usage::Net::TimeUnit::Milliseconds);
    QVERIFY(!RemoteUsageSource::clientOptions(api).probeTimeUnit);
    api.timeUnit = std::nullopt; // the default: probe, milliseconds when neither unit has rows
    QVERIFY(RemoteUsageSource::clientOptions(api).probeTimeUnit);
    QCOMPARE(RemoteUsageSource::clientOptions(api).timeUnit, Usage::Net::TimeUnit::Milliseconds);
    QCOMPARE(ApiSettings {}.timeUnit, TimeUnitChoice());
}

void TestRemoteSource::runAndCancel()
{
    FakeHelicone server;
    QVERIFY(server.listen());
    server.records = { { QStringLiteral("alice"), 1767225600000, 10, 5, 1500000000 },
        { QStringLiteral("bob"), 1767225601000, 1, 2, 3 }, { QStringLiteral("alice"), 1767225602000, 1, 1, 1 } };
    RemoteUsageSource source;
    SourceRequest request = apiRequest(server.url().toString(), QString::fromLatin1(server.key));
    request.query.userIds = { QStringLiteral("alice"), QStringLiteral("bob") };
    QCOMPARE(source.validate(request), QString());
    QSignalSpy finished(&source, &UsageSource::finished);
    QSignalSpy progress(&source, &UsageSource::progressChanged);
    source.start(request);
    QVERIFY(finished.wait());
    const auto result = finished.first().first().value<Usage::UsageResult>();
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].id, QStringLiteral("alice"));
    QCOMPARE(result.rows[0].totals.requests, 2);
    QCOMPARE(result.rows[0].totals.costNanos, 1500000001);
    QCOMPARE(result.rows[1].totals.costNanos, 3);
    QCOMPARE(result.provenance.kind, Usage::SourceKind::HeliconeApi);
    QVERIFY(!progress.isEmpty());

    // cancel: cancelled(), and no result after it
    server.slowMs = 2000;
    QSignalSpy cancelled(&source, &UsageSource::cancelled);
    QSignalSpy failed(&source, &UsageSource::failed);
    source.start(request);
    QTRY_COMPARE(server.received.size(), 2);
    source.cancel();
    QCOMPARE(cancelled.size(), 1);
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestRemoteSource::seriesAfterTotals()
{
    // three days, five users: the totals (1 request), then one request per day bucket
    constexpr qint64 day = 86400000;
    constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
    FakeHelicone server;
    QVERIFY(server.listen());
    QStringList ids;
    for (int u = 0; u < 5; ++u) {
        ids.append(QStringLiteral("user%1").arg(u));
        for (int d = 0; d <= u % 3; ++d)
            server.records.append({ ids.last(), t0 + d * day + u * 1000, 10, 1, 1000000 * (u + 1) + d });
    }
    server.records.append({ ids[0], t0 + day - 400, 1, 1, 7 }); // the last fraction of a second of day 1
    RemoteUsageSource source;
    SourceRequest request = apiRequest(server.url().toString(), QString::fromLatin1(server.key));
    request.query.userIds = ids;
    request.query.startMs = t0;
    request.query.endMs = t0 + 3 * day - 1;
    request.query.granularity = Usage::Granularity::Day;
    QSignalSpy finished(&source, &UsageSource::finished);
    QSignalSpy progress(&source, &UsageSource::progressChanged);
    source.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(server.received.size(), 1 + 3);
    const auto result = finished.first().first().value<Usage::UsageResult>();
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.series.size(), 3);
    qint64 seriesCost = 0;
    for (const Usage::BucketTotals& b : result.series)
        seriesCost += b.totals.costNanos;
    // the totals have every request; the buckets miss the one in the last fraction of a second of day 1
    QCOMPARE(result.totals().costNanos, seriesCost + 7);
    for (const Usage::GroupUsage& row : result.rows) {
        const int u = int(ids.indexOf(row.id));
        QCOMPARE(row.series.size(), u % 3 + 1);
        QCOMPARE(row.series.first().startMs, t0);
    }
    QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("in no bucket")));
    bool sawSeriesProgress = false;
    for (const auto& args : std::as_const(progress))
        sawSeriesProgress |= args.at(1).toString().startsWith(QStringLiteral("Cost over time: request "));
    QVERIFY(sawSeriesProgress);
}

void TestRemoteSource::previousSeriesAfterTotals()
{
    // two days against the two before: both ranges' totals, then both ranges' series (one request per day each)
    constexpr qint64 day = 86400000;
    constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
    FakeHelicone server;
    QVERIFY(server.listen());
    server.records = { { QStringLiteral("kept"), t0 - 2 * day + 1000, 1, 1, 5 },
        { QStringLiteral("kept"), t0 - day + 2000, 1, 1, 6 }, { QStringLiteral("kept"), t0 + day + 3000, 1, 1, 11 },
        { QStringLiteral("gone"), t0 - day + 4000, 1, 1, 7 } };
    RemoteUsageSource source;
    SourceRequest request = apiRequest(server.url().toString(), QString::fromLatin1(server.key));
    request.query.userIds = { QStringLiteral("kept"), QStringLiteral("gone") };
    request.query.startMs = t0;
    request.query.endMs = t0 + 2 * day - 1;
    request.query.compare = Usage::CompareMode::PreviousPeriod;
    QVERIFY(Usage::resolveComparison(request.query));
    QSignalSpy finished(&source, &UsageSource::finished);
    source.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(server.received.size(), 2 + 2 + 2);
    const auto result = finished.first().first().value<Usage::UsageResult>();
    QCOMPARE(result.rows.size(), 2);
    const Usage::GroupUsage& kept = result.rows.at(0);
    QCOMPARE(kept.id, QStringLiteral("kept"));
    QCOMPARE(kept.previous.costNanos, 11);
    QCOMPARE(kept.series.size(), 1);
    QCOMPARE(kept.series.at(0).startMs, t0 + day);
    QCOMPARE(kept.series.at(0).totals.costNanos, 11);
    QCOMPARE(kept.previousSeries.size(), 2);
    QCOMPARE(kept.previousSeries.at(0).startMs, t0 - 2 * day);
    QCOMPARE(kept.previousSeries.at(0).totals.costNanos, 5);
    QCOMPARE(kept.previousSeries.at(1).startMs, t0 - day);
    QCOMPARE(kept.previousSeries.at(1).totals.costNanos, 6);
    const Usage::GroupUsage& gone = result.rows.at(1);
    QCOMPARE(gone.id, QStringLiteral("gone"));
    QVERIFY(gone.series.isEmpty());
    QCOMPARE(gone.previousSeries.size(), 1);
    QCOMPARE(gone.previousSeries.at(0).startMs, t0 - day);
    QCOMPARE(gone.previousSeries.at(0).totals.costNanos, 7);
}

void TestRemoteSource::largeSeriesAsks()
{
    FakeHelicone server;
    QVERIFY(server.listen());
    server.records = { { QStringLiteral("u1"), 1767225600000, 1, 1, 1 } };
    QStringList ids;
    for (int i = 0; i < 1000; ++i)
        ids.append(QStringLiteral("u%1").arg(i));
    SourceRequest request = apiRequest(server.url().toString(), QString::fromLatin1(server.key));
    request.query.userIds = ids;
    request.query.startMs = 1767225600000;
    request.query.endMs = 1767225600000 + 21 * 86400000LL - 1; // 21 days x 10 batches = 210 requests
    RemoteUsageSource source;
    int asked = 0;
    bool answer = false;
    source.setLargeSeriesConfirmation([&](int requests) {
        asked = requests;
        return answer;
    });
    QSignalSpy finished(&source, &UsageSource::finished);
    source.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(asked, 210);
    QCOMPARE(server.received.size(), 10); // the totals only
    auto result = finished.last().first().value<Usage::UsageResult>();
    QVERIFY(result.series.isEmpty());
    QCOMPARE(result.warnings,
        QStringList { QStringLiteral("No cost-over-time series: it needs 210 requests and was not confirmed.") });
    answer = true;
    source.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(server.received.size(), 10 + 10 + 210);
    result = finished.last().first().value<Usage::UsageResult>();
    QCOMPARE(result.series.size(), 1);
}

void TestRemoteSource::panelLoadsStoredKey()
{
    auto* store = new MemoryKeyStore;
    store->write(QStringLiteral("api.helicone.ai"), kKey);
    SourcePanel panel;
    panel.setKeyStore(store); // before the event loop runs: the system keychain is never asked
    QTRY_COMPARE(panel.apiSettings().key, kKey);
    QCOMPARE(panel.keyOrigin(), SourcePanel::KeyOrigin::Stored);
    QCOMPARE(panel.keyStatus(), QStringLiteral("Key from memory (this session only)"));
}

void TestRemoteSource::panelSavesTypedKey()
{
    auto* store = new MemoryKeyStore;
    SourcePanel panel;
    panel.setKeyStore(store);
    panel.setKind(Usage::SourceKind::HeliconeApi);
    QTest::qWait(10);
    QCOMPARE(panel.keyStatus(), QStringLiteral("No key entered"));
    auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, kKey);
    QCOMPARE(panel.keyStatus(), QStringLiteral("Key entered for this session"));
    QTest::keyClick(edit, Qt::Key_Return); // editing ends: the key goes to the store
    QTRY_COMPARE(panel.keyOrigin(), SourcePanel::KeyOrigin::Saved);
    QCOMPARE(store->keys().value(QStringLiteral("api.helicone.ai")), kKey);
    QCOMPARE(panel.keyStatus(), QStringLiteral("Key saved in memory (this session only)"));
}

void TestRemoteSource::panelWithoutKeychain()
{
    auto* store = new MemoryKeyStore;
    store->setFailure(QStringLiteral("no system keychain is available (no D-Bus)"));
    SourcePanel panel;
    panel.setKeyStore(store);
    QTRY_VERIFY(!panel.findChild<QLabel*>(QStringLiteral("keyStatusLabel"))->toolTip().isEmpty());
    QCOMPARE(panel.keyStatus(), QStringLiteral("No key entered"));
    auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    QTest::keyClicks(edit, kKey);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(panel.keyOrigin(), SourcePanel::KeyOrigin::SessionOnly);
    QCOMPARE(panel.keyStatus(),
        QStringLiteral("Key kept for this session only: no system keychain is available (no D-Bus)"));
    QCOMPARE(panel.apiSettings().key, kKey); // still usable for this session
    QVERIFY(store->keys().isEmpty());
}

void TestRemoteSource::panelEnvironmentKey()
{
    qputenv("HELICONE_API_KEY", kKey.toLatin1());
    auto* store = new MemoryKeyStore;
    store->write(QStringLiteral("api.helicone.ai"), QStringLiteral("sk-stored"));
    SourcePanel panel;
    panel.setKeyStore(store);
    QTRY_COMPARE(panel.keyOrigin(), SourcePanel::KeyOrigin::Environment);
    QCOMPARE(panel.apiSettings().key, kKey);
    QCOMPARE(panel.keyStatus(), QStringLiteral("Key from the HELICONE_API_KEY environment variable"));
    qunsetenv("HELICONE_API_KEY");
}

void TestRemoteSource::panelForgetsKey()
{
    auto* store = new MemoryKeyStore;
    store->write(QStringLiteral("api.helicone.ai"), kKey);
    SourcePanel panel;
    panel.setKeyStore(store);
    QTRY_COMPARE(panel.apiSettings().key, kKey);
    panel.findChild<QToolButton*>(QStringLiteral("forgetKeyButton"))->click();
    QCOMPARE(panel.apiSettings().key, QString());
    QTRY_VERIFY(store->keys().isEmpty());
    QCOMPARE(panel.keyStatus(), QStringLiteral("No key entered"));
}

void TestRemoteSource::panelKeyPerServer()
{
    auto* store = new MemoryKeyStore;
    store->write(QStringLiteral("api.helicone.ai"), QStringLiteral("sk-helicone-us"));
    store->write(QStringLiteral("eu.api.helicone.ai"), QStringLiteral("sk-helicone-eu-x"));
    SourcePanel panel;
    panel.setKeyStore(store);
    QTRY_COMPARE(panel.apiSettings().key, QStringLiteral("sk-helicone-us"));
    panel.setBaseUrl(QStringLiteral("https://eu.api.helicone.ai"));
    QTRY_COMPARE(panel.apiSettings().key, QStringLiteral("sk-helicone-eu-x"));
    panel.setBaseUrl(QStringLiteral("http://localhost:8585"));
    QTest::qWait(20);
    QCOMPARE(panel.apiSettings().key, QString()); // no key stored for that server
}

void TestRemoteSource::automaticTimeUnitIsProbedOnceAndRemembered()
{
    QStandardPaths::setTestModeEnabled(true);
    TimeUnitStore().clear();
    FakeHelicone server; // reads the time filter as milliseconds, like Helicone cloud today
    QVERIFY(server.listen());
    server.records.append({ QStringLiteral("ann"), QDateTime::currentMSecsSinceEpoch() - 86400000, 10, 1, 5 });
    SourceRequest request = apiRequest(server.url().toString(), QString::fromLatin1(server.key));
    request.api.timeUnit = std::nullopt;
    request.query.userIds = { QStringLiteral("ann") };
    request.query.startMs = (QDateTime::currentMSecsSinceEpoch() - 2 * 86400000) / 1000 * 1000;
    request.query.endMs = (QDateTime::currentMSecsSinceEpoch() + 1000) / 1000 * 1000 - 1;
    {
        RemoteUsageSource source;
        QSignalSpy finished(&source, &UsageSource::finished);
        source.start(request);
        QVERIFY(finished.wait());
        QCOMPARE(server.received.size(), 2 + 1 + 3); // a probe in each unit, the totals, three day buckets
    }
    // another session: the unit comes from the settings, no probe
    RemoteUsageSource source;
    QSignalSpy finished(&source, &UsageSource::finished);
    source.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(server.received.size(), 6 + 1 + 3);
    QCOMPARE(finished.first().first().value<Usage::UsageResult>().rows.value(0).totals.requests, 1);
    QVERIFY(TimeUnitStore().unit(server.url()) == Usage::Net::TimeUnit::Milliseconds);
    TimeUnitStore().clear();
}

QTEST_MAIN(TestRemoteSource)
#include "tst_remotesource.moc"

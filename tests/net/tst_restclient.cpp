// SPDX-License-Identifier: MIT
// The REST layer through the client: status codes, retries, size cap, timeouts, redirects, TLS. The hostile
// server cases (a trickling body, a redirect loop, an echoed key) live in tests/hostile.
#include "clientfixture.h"
#include "net/netlog.h"
#include "net/restclient.h"
#include "net/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestRestClient : public QObject, public ClientTesting::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void rejectedKey_data();
    void rejectedKey();
    void validationError();
    void rateLimitedThenOk();
    void rateLimitHeaders();
    void rateLimitedForGood();
    void serverErrorRetried();
    void timeout();
    void brokenAnswers_data();
    void brokenAnswers();
    void redirectKeepsKeyHome();
    void tlsErrorsAreShown();
    void retryAfterHeaders_data();
    void retryAfterHeaders();
    void backoffDoubles();
    void hugeRetryAfterFailsAtOnce();
    void logsNeverShowTheKey();
};

void TestRestClient::rejectedKey_data()
{
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<QString>("failure");
    QTest::addRow("wrong key") << true << QStringLiteral("the API key was rejected (HTTP 401: No API key found)");
    QTest::addRow("forbidden") << false << QStringLiteral("the API key was rejected (HTTP 403: Forbidden)");
}

void TestRestClient::rejectedKey()
{
    QFETCH(bool, wrongKey);
    QFETCH(QString, failure);
    m_server->records = makeRecords(300);
    ClientOptions o = options();
    if (wrongKey)
        o.key = QStringLiteral("sk-helicone-wrong00-wrong00-wrong00-wrong00");
    else
        m_server->faultForUser.insert(userId(0), FakeHelicone::Fault::Forbidden);
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = firstIds(300);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.finished.size(), 0);
    QCOMPARE(run.failed.size(), 1);
    QCOMPARE(run.failure(), failure);
    QVERIFY(!run.failure().contains(o.key));
    QTest::qWait(50); // nothing follows the failure
    QCOMPARE(run.failed.size(), 1);
    QCOMPARE(run.finished.size(), 0);
    QVERIFY(!m_client->isRunning());
    m_server->received.clear(); // the wrong key is not the server's
}

void TestRestClient::validationError()
{
    m_server->nextFaults = { FakeHelicone::Fault::Validation };
    UsageQuery query;
    query.userIds = { QStringLiteral("a") };
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.failure(),
        QStringLiteral("the server refused the request as invalid (HTTP 422: Validation Failed: "
                       "{\"requestBody.limit\":{\"message\":\"\\\"limit\\\" is an excess property and therefore "
                       "is not allowed\",\"value\":\"limit\"}})"));
}

void TestRestClient::rateLimitedThenOk()
{
    m_server->records = makeRecords(5);
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited };
    m_server->retryAfter = "1";
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY(run.failed.isEmpty());
    QCOMPARE(totalsOf(run.result()), expectedTotals(m_server->records, query.userIds));
    QVERIFY2(run.progressTexts().contains(QStringLiteral("batch 1 of 1: rate limited, retrying in 1 s")),
        qPrintable(run.progressTexts().join(QLatin1Char('|'))));
    checkBodies(2);
}

void TestRestClient::rateLimitHeaders()
{
    m_server->records = makeRecords(5);
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited };
    m_server->retryAfter.clear();
    m_server->rateLimitReset = "1";
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY(run.failed.isEmpty());
    QVERIFY2(run.progressTexts().contains(QStringLiteral("batch 1 of 1: rate limited, retrying in 1 s")),
        qPrintable(run.progressTexts().join(QLatin1Char('|'))));
    checkBodies(2);
}

void TestRestClient::rateLimitedForGood()
{
    m_server->records = makeRecords(5);
    m_server->retryAfter = "0";
    for (int i = 0; i < 10; ++i)
        m_server->nextFaults.append(FakeHelicone::Fault::RateLimited);
    ClientOptions o = options();
    o.maxAttempts = 3;
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.failure(), QStringLiteral("rate limited (HTTP 429) after 3 attempt(s)"));
    checkBodies(3);

    // a Retry-After longer than the client waits for: not waited, the batch fails at once
    m_server->received.clear();
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited };
    m_server->retryAfter = "3600";
    Run run2(m_client.get());
    m_client->start(query);
    QVERIFY(run2.wait());
    QCOMPARE(run2.failure(), QStringLiteral("rate limited (HTTP 429); the server asks to wait 3600 s"));
    checkBodies(1);
}

void TestRestClient::serverErrorRetried()
{
    m_server->records = makeRecords(5);
    m_server->nextFaults = { FakeHelicone::Fault::ServerError, FakeHelicone::Fault::ServerError };
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QVERIFY(run.failed.isEmpty());
    QCOMPARE(totalsOf(run.result()), expectedTotals(m_server->records, query.userIds));
    checkBodies(3);

    m_server->received.clear();
    m_server->nextFaults = QList<FakeHelicone::Fault>(4, FakeHelicone::Fault::ServerError);
    Run run2(m_client.get());
    m_client->start(query);
    QVERIFY(run2.wait());
    QCOMPARE(run2.failure(),
        QStringLiteral("HTTP 500: Query timeout. Try a shorter time range or simpler filters.: timeout, after 4 "
                       "attempt(s)"));
    checkBodies(4);
}

void TestRestClient::timeout()
{
    m_server->records = makeRecords(5);
    m_server->nextFaults = { FakeHelicone::Fault::Slow };
    m_server->slowMs = 3000;
    ClientOptions o = options();
    o.timeoutMs = 300;
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.failure(), QStringLiteral("no answer within 0.3 s (timeout)"));
    checkBodies(1);
}

void TestRestClient::brokenAnswers_data()
{
    QTest::addColumn<FakeHelicone::Fault>("fault");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("failure");
    QTest::addRow("wrong types") << FakeHelicone::Fault::WrongTypes << 1
                                 << QStringLiteral("the answer cannot be read: data[0].count: not a number");
    QTest::addRow("missing field") << FakeHelicone::Fault::MissingField << 1
                                   << QStringLiteral("the answer cannot be read: data[0]: field prompt_tokens is "
                                                     "missing");
    QTest::addRow("oversized") << FakeHelicone::Fault::Oversized << 1
                               << QStringLiteral("the answer is larger than 0.0625 MB and was refused");
    QTest::addRow("oversized, no length") << FakeHelicone::Fault::OversizedNoLength << 1
                                          << QStringLiteral("the answer is larger than 0.0625 MB and was refused");
    QTest::addRow("truncated") << FakeHelicone::Fault::Truncated << 4 << QString();
    // Qt's HTTP layer itself resends a request whose connection closed before an answer: at least 4 then
    QTest::addRow("closed mid-reply") << FakeHelicone::Fault::CloseMidReply << -4 << QString();
}

void TestRestClient::brokenAnswers()
{
    QFETCH(FakeHelicone::Fault, fault);
    QFETCH(int, requests);
    QFETCH(QString, failure);
    m_server->records = makeRecords(5);
    m_server->faultForUser.insert(userId(0), fault);
    ClientOptions o = options();
    o.maxResponseBytes = 64 * 1024;
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.finished.size(), 0);
    if (failure.isEmpty()) // connection-level: retried, then the reason as Qt words it
        QVERIFY2(run.failure().startsWith(QStringLiteral("the connection was lost (")), qPrintable(run.failure()));
    else
        QCOMPARE(run.failure(), failure);
    QVERIFY2(
        run.failure().endsWith(QStringLiteral(", after 4 attempt(s)")) == failure.isEmpty(), qPrintable(run.failure()));
    checkBodies(requests);
}

void TestRestClient::redirectKeepsKeyHome()
{
    FakeHelicone other;
    QVERIFY(other.listen());
    other.records = makeRecords(5);
    for (const QString& host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        QUrl target = other.url();
        target.setHost(host);
        m_server->redirectTarget = target;
        m_server->nextFaults = { FakeHelicone::Fault::RedirectAway };
        UsageQuery query;
        query.userIds = firstIds(5);
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QCOMPARE(run.finished.size(), 0);
        QVERIFY2(run.failure().startsWith(QStringLiteral("the server redirected the request to another address")),
            qPrintable(run.failure()));
        QVERIFY(!run.failure().contains(QString::fromLatin1(m_server->key)));
        QCOMPARE(other.received.size(), 0); // the key never reached the other origin
    }
}

void TestRestClient::tlsErrorsAreShown()
{
    // https:// to a server that answers in plain HTTP: the handshake fails, and the client says so (no error is
    // ignored)
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket* socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    ClientOptions o = options();
    o.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    m_client->setOptions(o);
    UsageQuery query;
    query.userIds = { QStringLiteral("a") };
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.finished.size(), 0);
    QVERIFY2(run.failure().startsWith(QStringLiteral("the secure connection to 127.0.0.1 failed: ")),
        qPrintable(run.failure()));
}

void TestRestClient::retryAfterHeaders_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<QByteArray>("combined");
    QTest::addColumn<qint64>("ms");
    const qint64 clamped = kMaxRetryAfterSeconds * 1000;
    QTest::addRow("none") << QByteArray() << QByteArray() << QByteArray() << qint64(-1);
    QTest::addRow("seconds") << QByteArray(" 5 ") << QByteArray() << QByteArray() << qint64(5000);
    QTest::addRow("HTTP date, 90 s ahead")
        << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT") << QByteArray() << QByteArray() << qint64(90000);
    QTest::addRow("HTTP date in the past")
        << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << QByteArray() << QByteArray() << qint64(0);
    QTest::addRow("negative: ignored") << QByteArray("-3") << QByteArray() << QByteArray() << qint64(-1);
    QTest::addRow("RateLimit-Reset") << QByteArray() << QByteArray("7") << QByteArray() << qint64(7000);
    QTest::addRow("RateLimit reset=") << QByteArray() << QByteArray() << QByteArray("limit=10, remaining=0, reset=12")
                                      << qint64(12000);
    // values whose milliseconds do not fit 64 bits, or whose digits do not either: clamped, never negative
    QTest::addRow("int64 max seconds") << QByteArray("9223372036854775807") << QByteArray() << QByteArray() << clamped;
    QTest::addRow("more digits than int64")
        << QByteArray("99999999999999999999999") << QByteArray() << QByteArray() << clamped;
    QTest::addRow("huge RateLimit-Reset")
        << QByteArray() << QByteArray("99999999999999999999") << QByteArray() << clamped;
    QTest::addRow("huge reset=") << QByteArray() << QByteArray() << QByteArray("reset=99999999999999999999") << clamped;
    QTest::addRow("far HTTP date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << QByteArray() << QByteArray()
                                   << clamped;
}

void TestRestClient::retryAfterHeaders()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, reset);
    QFETCH(QByteArray, combined);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc());
    QTEST(retryAfterMs(retryAfter, reset, combined, now), "ms");
}

void TestRestClient::backoffDoubles()
{
    // base << (attempt - 1), plus a jitter of at most base / 2; the exponent stops growing at 10
    for (const auto& [attempt, floor] :
        { std::pair { 1, 100 }, { 2, 200 }, { 4, 800 }, { 11, 102400 }, { 40, 102400 } }) {
        const qint64 ms = backoffMs(attempt, 100);
        QVERIFY2(ms >= floor && ms <= floor + 50, qPrintable(QString::number(ms)));
    }
}

void TestRestClient::hugeRetryAfterFailsAtOnce()
{
    m_server->records = makeRecords(5);
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited };
    m_server->retryAfter = "99999999999999999999";
    UsageQuery query;
    query.userIds = firstIds(5);
    Run run(m_client.get());
    m_client->start(query);
    QVERIFY(run.wait());
    QCOMPARE(run.failure(), QStringLiteral("rate limited (HTTP 429); the server asks to wait 1000000000 s"));
    checkBodies(1);
}

namespace {

QStringList g_messages;

void keepMessage(QtMsgType, const QMessageLogContext& context, const QString& text)
{
    if (qstrcmp(context.category, "ue.net") == 0)
        g_messages.append(text);
}

} // namespace

void TestRestClient::logsNeverShowTheKey()
{
    // silent by default
    QCOMPARE(QLatin1String(lcNet().categoryName()), QLatin1String("ue.net"));
    QVERIFY(!lcNet().isDebugEnabled());
    QVERIFY(!lcNet().isInfoEnabled());
    QVERIFY(lcNet().isWarningEnabled());
    // enabled: a retry and a refused redirect are logged; the key, echoed by the server too, never is
    QLoggingCategory::setFilterRules(QStringLiteral("ue.net.debug=true\nue.net.info=true"));
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    m_server->records = makeRecords(5);
    m_server->retryAfter = "0";
    m_server->redirectTarget = QUrl(QStringLiteral("http://127.0.0.2:1"));
    m_server->nextFaults = { FakeHelicone::Fault::RateLimited, FakeHelicone::Fault::EchoAuthorization };
    UsageQuery query;
    query.userIds = firstIds(5);
    for (int i = 0; i < 2; ++i) {
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        m_server->nextFaults = { FakeHelicone::Fault::RedirectAway };
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(g_messages.size() >= 2, qPrintable(g_messages.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(g_messages.cbegin(), g_messages.cend(),
        [](const QString& m) { return m.contains(QStringLiteral("retrying in")); }));
    QVERIFY(std::any_of(g_messages.cbegin(), g_messages.cend(),
        [](const QString& m) { return m.contains(QStringLiteral("redirect refused")); }));
    for (const QString& message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QString::fromLatin1(m_server->key)), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"

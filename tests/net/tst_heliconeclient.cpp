// SPDX-License-Identifier: MIT
#include "fakehelicone.h"
#include "net/heliconeapi.h"
#include "net/heliconeclient.h"
#include "schemacheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Usage;
using namespace Usage::Net;

namespace {

constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

/** Ids with a few awkward ones: spaces, quotes, non-ASCII, an e-mail address. */
QString userId(int i)
{
    switch (i % 97) {
    case 5:
        return QStringLiteral("user \"quoted\" %1").arg(i);
    case 11:
        return QStringLiteral("jürgen-%1@example.org").arg(i);
    case 13:
        return QStringLiteral("名前-%1").arg(i);
    default:
        return QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
    }
}

/** n users, user i with (i % 3) + 1 requests at whole seconds; costs chosen to test exactness. */
QList<FakeRecord> makeRecords(int users)
{
    QList<FakeRecord> out;
    for (int i = 0; i < users; ++i) {
        for (int k = 0; k <= i % 3; ++k) {
            FakeRecord r;
            r.userId = userId(i);
            r.createdMs = kT0 + qint64(i) * 60000 + k * 1000;
            r.promptTokens = 100 + i + k;
            r.completionTokens = 7 * i + k;
            r.costNanos = qint64(i) * 1000003 + k * 123456789 + 1; // 1 nano-USD precision matters
            out.append(r);
        }
    }
    return out;
}

std::map<QString, Totals> expectedTotals(const QList<FakeRecord>& records, const QStringList& ids,
    std::optional<qint64> startMs = {}, std::optional<qint64> endMs = {})
{
    std::map<QString, Totals> out;
    for (const FakeRecord& r : records) {
        if (!ids.contains(r.userId))
            continue;
        if ((startMs && r.createdMs < *startMs) || (endMs && r.createdMs > *endMs))
            continue;
        Totals& t = out[r.userId];
        ++t.requests;
        t.promptTokens += r.promptTokens;
        t.completionTokens += r.completionTokens;
        t.costNanos += r.costNanos;
    }
    return out;
}

std::map<QString, Totals> totalsOf(const UsageResult& result)
{
    std::map<QString, Totals> out;
    for (const GroupUsage& row : result.rows)
        out[row.id] = row.totals;
    return out;
}

QStringList firstIds(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids.append(userId(i));
    return ids;
}

/** Runs the client until it reports; the spies tell how. */
struct Run
{
    explicit Run(HeliconeClient* client)
        : finished(client, &HeliconeClient::finished)
        , failed(client, &HeliconeClient::failed)
        , cancelled(client, &HeliconeClient::cancelled)
        , progress(client, &HeliconeClient::progressChanged)
    {
    }
    bool wait(int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (finished.isEmpty() && failed.isEmpty() && cancelled.isEmpty() && !deadline.hasExpired())
            QTest::qWait(5);
        return !finished.isEmpty() || !failed.isEmpty() || !cancelled.isEmpty();
    }
    UsageResult result() const { return finished.value(0).value(0).value<UsageResult>(); }
    QString failure() const { return failed.value(0).value(0).toString(); }
    QStringList progressTexts() const
    {
        QStringList out;
        for (const QList<QVariant>& args : progress)
            out.append(args.value(1).toString());
        return out;
    }
    QSignalSpy finished, failed, cancelled, progress;
};

} // namespace

class TestHeliconeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void baseUrls();
    void bodies();
    void parseAnswer_data();
    void parseAnswer();
    void parseErrors_data();
    void parseErrors();

    void mergedTotals_data();
    void mergedTotals();
    void quirkyNumbers();
    void timeUnit();
    void emptyIdList_data();
    void emptyIdList();
    void allUsersInAWindow();
    void allUsersPageFails();
    void probeTimeUnit_data();
    void probeTimeUnit();
    void rateLimitHeaders();
    void seriesBucketsInAZone();
    void series();
    void seriesLimits();
    void tlsErrorsAreShown();
    void probeRateLimitedIsNotRemembered();
    void boundedConcurrency();
    void errorIn200();
    void rejectedKey_data();
    void rejectedKey();
    void validationError();
    void rateLimitedThenOk();
    void rateLimitedForGood();
    void serverErrorRetried();
    void timeout();
    void brokenAnswers_data();
    void brokenAnswers();
    void redirectKeepsKeyHome();
    void partialResult();
    void cancelAbortsAll();
    void restartIgnoresOldReplies();

private:
    ClientOptions options() const;
    void checkBodies(int expectedRequests = -1);

    std::unique_ptr<SchemaCheck> m_schema;
    std::unique_ptr<FakeHelicone> m_server;
    std::unique_ptr<HeliconeClient> m_client;
};

void TestHeliconeClient::initTestCase()
{
    m_schema = std::make_unique<SchemaCheck>(QStringLiteral(UE_SHARED_DATA_DIR "/helicone-openapi.json"));
    QVERIFY2(m_schema->isValid(), "cannot read helicone-openapi.json");
    // the checker itself: it must refuse what the server refuses
    QVERIFY(
        !m_schema->check(QJsonObject { { QStringLiteral("limit"), 5 } }, QStringLiteral("UserQueryParams")).isEmpty());
    QVERIFY(
        !m_schema
             ->check(QJsonObject { { QStringLiteral("userIds"), QJsonArray { 1 } } }, QStringLiteral("UserQueryParams"))
             .isEmpty());
    QVERIFY(!m_schema
                 ->check(QJsonObject { { QStringLiteral("timeFilter"),
                             QJsonObject { { QStringLiteral("startTimeUnixSeconds"), QStringLiteral("1") },
                                 { QStringLiteral("endTimeUnixSeconds"), 2 } } } },
                     QStringLiteral("UserQueryParams"))
                 .isEmpty());
    QVERIFY(!m_schema
                 ->check(QJsonObject { { QStringLiteral("timeFilter"),
                             QJsonObject { { QStringLiteral("startTimeUnixSeconds"), 1 } } } },
                     QStringLiteral("UserQueryParams"))
                 .isEmpty());
}

void TestHeliconeClient::init()
{
    m_server = std::make_unique<FakeHelicone>();
    QVERIFY(m_server->listen());
    m_server->schema = std::make_unique<SchemaCheck>(QStringLiteral(UE_SHARED_DATA_DIR "/helicone-openapi.json"));
    m_client = std::make_unique<HeliconeClient>();
    m_client->setOptions(options());
}

void TestHeliconeClient::cleanup()
{
    // every body any test sent validates against UserQueryParams
    if (m_server)
        checkBodies();
    m_client.reset();
    m_server.reset();
}

ClientOptions TestHeliconeClient::options() const
{
    ClientOptions o;
    o.baseUrl = m_server->url();
    o.key = QString::fromLatin1(m_server->key);
    o.backoffBaseMs = 10;
    o.timeoutMs = 10000;
    return o;
}

void TestHeliconeClient::checkBodies(int expectedRequests)
{
    if (expectedRequests >= 0)
        QCOMPARE(m_server->received.size(), expectedRequests);
    for (const FakeHelicone::Received& r : std::as_const(m_server->received)) {
        QCOMPARE(r.method, QByteArray("POST"));
        const bool metrics = r.path == "/v1/user/metrics/query";
        QVERIFY(metrics || r.path == "/v1/user/query");
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + m_server->key);
        QVERIFY(r.headers.value("user-agent").startsWith("UsageExplorer/"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList problems = m_schema->check(
            doc.object(), metrics ? QStringLiteral("UserMetricsQueryParams") : QStringLiteral("UserQueryParams"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(doc.object().value(QStringLiteral("userIds")).toArray().size() <= 100);
        QVERIFY(doc.object().value(QStringLiteral("limit")).toInt() <= 1000);
    }
}

void TestHeliconeClient::baseUrls()
{
    QCOMPARE(defaultBaseUrl(QStringLiteral("sk-helicone-abc1234-abc1234-abc1234-abc1234")),
        QStringLiteral("https://api.helicone.ai"));
    QCOMPARE(defaultBaseUrl(QStringLiteral("sk-helicone-eu-abc1234-abc1234-abc1234-abc1234")),
        QStringLiteral("https://eu.api.helicone.ai"));
    QCOMPARE(defaultBaseUrl(QStringLiteral("pk-helicone-eu-abc1234")), QStringLiteral("https://eu.api.helicone.ai"));
    QVERIFY(isLoopback(QUrl(QStringLiteral("http://127.0.0.1:8585"))));
    QVERIFY(isLoopback(QUrl(QStringLiteral("http://localhost:8585"))));
    QVERIFY(isLoopback(QUrl(QStringLiteral("http://[::1]:8585"))));
    QVERIFY(!isInsecure(QUrl(QStringLiteral("http://localhost:8585"))));
    QVERIFY(isInsecure(QUrl(QStringLiteral("http://helicone.internal:8585"))));
    QVERIFY(isInsecure(QUrl(QStringLiteral("http://10.0.0.5"))));
    QVERIFY(!isInsecure(QUrl(QStringLiteral("https://helicone.internal"))));
    QString error;
    QCOMPARE(parseBaseUrl(QStringLiteral("https://host.example/jawn/"), &error)->toString(),
        QStringLiteral("https://host.example/jawn"));
    QCOMPARE(
        endpointUrl(*parseBaseUrl(QStringLiteral("https://host.example/jawn/"), &error), kUserQueryPath).toString(),
        QStringLiteral("https://host.example/jawn/v1/user/query"));
    QVERIFY(!parseBaseUrl(QStringLiteral("ftp://host"), &error));
    QVERIFY(!parseBaseUrl(QStringLiteral("https://host/?a=b"), &error));
    QVERIFY(!parseBaseUrl(QStringLiteral("not a url"), &error));
}

void TestHeliconeClient::bodies()
{
    const qint64 now = kT0 + 5000;
    const QByteArray both =
        R"({"timeFilter":{"endTimeUnixSeconds":1767311999999,"startTimeUnixSeconds":1767225600000},"userIds":["a","b\"c"]})";
    const QByteArray seconds =
        R"({"timeFilter":{"endTimeUnixSeconds":1767311999,"startTimeUnixSeconds":1767225600},"userIds":["a"]})";
    const QByteArray startOnly =
        R"({"timeFilter":{"endTimeUnixSeconds":1767225605000,"startTimeUnixSeconds":1767225600000}})";
    const QByteArray endOnly = R"({"timeFilter":{"endTimeUnixSeconds":1767225600,"startTimeUnixSeconds":0}})";
    const QStringList ab { QStringLiteral("a"), QStringLiteral("b\"c") };
    QCOMPARE(userQueryBody({}, {}, {}, TimeUnit::Milliseconds, now), QByteArray("{}"));
    QCOMPARE(userQueryBody(ab, kT0, kT0 + 86399999, TimeUnit::Milliseconds, now), both);
    QCOMPARE(userQueryBody({ QStringLiteral("a") }, kT0 + 999, kT0 + 86399999, TimeUnit::Seconds, now), seconds);
    // one bound alone: the other is 0 or now
    QCOMPARE(userQueryBody({}, kT0, {}, TimeUnit::Milliseconds, now), startOnly);
    QCOMPARE(userQueryBody({}, {}, kT0, TimeUnit::Seconds, now), endOnly);
    for (const QByteArray& body : { both, seconds, startOnly, endOnly }) {
        const QStringList problems =
            m_schema->check(QJsonDocument::fromJson(body).object(), QStringLiteral("UserQueryParams"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestHeliconeClient::parseAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("completion");
    QTest::addColumn<qint64>("costNanos");
    QTest::addRow("numbers") << QByteArray(
        R"({"data":[{"count":3,"prompt_tokens":120,"completion_tokens":45,"user_id":"alice","cost":0.001234567}],"error":null})")
                             << qint64(3) << qint64(120) << qint64(45) << qint64(1234567);
    QTest::addRow("strings (ClickHouse before 25.8)") << QByteArray(
        R"({"error":null,"data":[{"user_id":"alice","count":"3","prompt_tokens":"9007199254740993","completion_tokens":"45","cost":12.5}]})")
                                                      << qint64(3) << qint64(9007199254740993) << qint64(45)
                                                      << qint64(12500000000);
    QTest::addRow("cost_usd (older servers)") << QByteArray(
        R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"alice","cost_usd":1e-9}],"error":null})")
                                              << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    // 0.1 + 0.2 in Float64 is 0.30000000000000004: the ninth decimal rounds it back
    QTest::addRow("float noise") << QByteArray(
        R"({"data":[{"count":2,"prompt_tokens":0,"completion_tokens":0,"user_id":"alice","cost":0.30000000000000004}],"error":null})")
                                 << qint64(2) << qint64(0) << qint64(0) << qint64(300000000);
    QTest::addRow("cost as a string, extra fields") << QByteArray(
        R"({"data":[{"count":2,"prompt_tokens":0,"completion_tokens":0,"user_id":"alice","cost":"7.000000001","x":[1]}],"error":null,"more":1})")
                                                    << qint64(2) << qint64(0) << qint64(0) << qint64(7000000001);
}

void TestHeliconeClient::parseAnswer()
{
    QFETCH(QByteArray, body);
    QString error;
    const auto answer = parseUserQueryAnswer(body, &error);
    QVERIFY2(answer, qPrintable(error));
    QVERIFY(answer->serverError.isEmpty());
    QCOMPARE(answer->rows.size(), 1);
    const GroupUsage& row = answer->rows.first();
    QCOMPARE(row.id, QStringLiteral("alice"));
    QTEST(row.totals.requests, "count");
    QTEST(row.totals.promptTokens, "prompt");
    QTEST(row.totals.completionTokens, "completion");
    QTEST(row.totals.costNanos, "costNanos");
}

void TestHeliconeClient::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addRow("not JSON") << QByteArray("<html>") << QStringLiteral("the answer is not a JSON object");
    QTest::addRow("missing field") << QByteArray(
        R"({"data":[{"count":1,"completion_tokens":2,"user_id":"a","cost":0}],"error":null})")
                                   << QStringLiteral("data[0]: field prompt_tokens is missing");
    QTest::addRow("missing cost") << QByteArray(
        R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a"}],"error":null})")
                                  << QStringLiteral("data[0]: field cost (or cost_usd) is missing");
    QTest::addRow("wrong type") << QByteArray(
        R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0},{"count":true,"prompt_tokens":1,"completion_tokens":2,"user_id":"b","cost":0}],"error":null})")
                                << QStringLiteral("data[1].count: not a number");
    QTest::addRow("not a numeric string") << QByteArray(
        R"({"data":[{"count":"12x","prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0}],"error":null})")
                                          << QStringLiteral("data[0].count: not a number");
    QTest::addRow("user id not a string") << QByteArray(
        R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":5,"cost":0}],"error":null})")
                                          << QStringLiteral("data[0].user_id: not a string");
    QTest::addRow("data not an array") << QByteArray(R"({"data":{},"error":null})")
                                       << QStringLiteral("data: not an array");
    QTest::addRow("data missing") << QByteArray(R"({"error":null})") << QStringLiteral("data: missing");
    QTest::addRow("cut short") << QByteArray(
        R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0},{"count":1,"prom)")
                               << QStringLiteral("the answer is cut short (incomplete JSON)");
    QTest::addRow("cut short in a string")
        << QByteArray(R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"ab)")
        << QStringLiteral("the answer is cut short (incomplete JSON)");
}

void TestHeliconeClient::parseErrors()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!parseUserQueryAnswer(body, &error));
    QTEST(error, "error");
}

void TestHeliconeClient::mergedTotals_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("requests");
    QTest::addRow("1") << 1 << 1;
    QTest::addRow("100") << 100 << 1;
    QTest::addRow("101") << 101 << 2;
    QTest::addRow("1000") << 1000 << 10;
}

void TestHeliconeClient::mergedTotals()
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

void TestHeliconeClient::quirkyNumbers()
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

void TestHeliconeClient::timeUnit()
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

void TestHeliconeClient::emptyIdList()
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

void TestHeliconeClient::emptyIdList_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pages");
    QTest::addRow("2,500 users") << 2500 << 3;
    QTest::addRow("2,000 users: an empty last page") << 2000 << 3;
    QTest::addRow("10 users") << 10 << 1;
}

void TestHeliconeClient::allUsersInAWindow()
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

void TestHeliconeClient::allUsersPageFails()
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

void TestHeliconeClient::probeTimeUnit_data()
{
    QTest::addColumn<FakeHelicone::TimeReading>("reading");
    QTest::addColumn<bool>("withRows");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addRow("today's server") << FakeHelicone::TimeReading::Milliseconds << true << TimeUnit::Milliseconds;
    QTest::addRow("documented server") << FakeHelicone::TimeReading::Seconds << true << TimeUnit::Seconds;
    QTest::addRow("no rows either way") << FakeHelicone::TimeReading::Milliseconds << false << TimeUnit::Milliseconds;
}

void TestHeliconeClient::probeTimeUnit()
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

void TestHeliconeClient::rateLimitHeaders()
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

void TestHeliconeClient::boundedConcurrency()
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

void TestHeliconeClient::errorIn200()
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

void TestHeliconeClient::rejectedKey_data()
{
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<QString>("failure");
    QTest::addRow("wrong key") << true << QStringLiteral("the API key was rejected (HTTP 401: No API key found)");
    QTest::addRow("forbidden") << false << QStringLiteral("the API key was rejected (HTTP 403: Forbidden)");
}

void TestHeliconeClient::rejectedKey()
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

void TestHeliconeClient::validationError()
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

void TestHeliconeClient::rateLimitedThenOk()
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

void TestHeliconeClient::rateLimitedForGood()
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

void TestHeliconeClient::serverErrorRetried()
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

void TestHeliconeClient::timeout()
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

void TestHeliconeClient::brokenAnswers_data()
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

void TestHeliconeClient::brokenAnswers()
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

void TestHeliconeClient::redirectKeepsKeyHome()
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

void TestHeliconeClient::partialResult()
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

void TestHeliconeClient::cancelAbortsAll()
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

void TestHeliconeClient::restartIgnoresOldReplies()
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

void TestHeliconeClient::seriesBucketsInAZone()
{
    // Berlin leaves winter time on 2026-03-29: that day has 23 hours
    UsageQuery query;
    query.zone = QTimeZone("Europe/Berlin");
    query.granularity = Granularity::Day;
    query.startMs = QDateTime(QDate(2026, 3, 28), QTime(12, 0), query.zone).toMSecsSinceEpoch();
    query.endMs = QDateTime(QDate(2026, 3, 30), QTime(23, 59, 59, 999), query.zone).toMSecsSinceEpoch();
    QString error;
    const auto buckets = seriesBuckets(query, &error);
    QVERIFY2(buckets, qPrintable(error));
    QCOMPARE(buckets->size(), 3);
    const qint64 day28 = QDateTime(QDate(2026, 3, 28), QTime(0, 0), query.zone).toMSecsSinceEpoch();
    const qint64 day29 = QDateTime(QDate(2026, 3, 29), QTime(0, 0), query.zone).toMSecsSinceEpoch();
    const qint64 day30 = QDateTime(QDate(2026, 3, 30), QTime(0, 0), query.zone).toMSecsSinceEpoch();
    QCOMPARE(day30 - day29, qint64(23) * 3600000);
    QCOMPARE((*buckets)[0].startMs, day28);
    QCOMPARE((*buckets)[0].fromMs, *query.startMs); // the range starts inside the first bucket
    QCOMPARE((*buckets)[0].toMs, day29 - 1000); // [start, next start - 1 s]
    QCOMPARE((*buckets)[1].startMs, day29);
    QCOMPARE((*buckets)[1].toMs, day30 - 1000);
    QCOMPARE((*buckets)[2].fromMs, day30);
    QCOMPARE((*buckets)[2].toMs, *query.endMs - 999); // next start - 1 s, inside the range's end

    query.granularity = Granularity::Hour; // 12 + 23 + 24 = 59 hours: fine; one day more: refused
    QCOMPARE(seriesBuckets(query, &error)->size(), 59);
    query.endMs = *query.endMs + 86400000;
    QVERIFY(!seriesBuckets(query, &error));
    QCOMPARE(error,
        QStringLiteral("the range has more than 60 hour buckets; choose a coarser granularity or a "
                       "shorter range"));
    query.startMs.reset();
    QVERIFY(!seriesBuckets(query, &error));
    QCOMPARE(error, QStringLiteral("a time series needs a start and an end"));
}

void TestHeliconeClient::series()
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

void TestHeliconeClient::seriesLimits()
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

void TestHeliconeClient::tlsErrorsAreShown()
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

void TestHeliconeClient::probeRateLimitedIsNotRemembered()
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

QTEST_GUILESS_MAIN(TestHeliconeClient)
#include "tst_heliconeclient.moc"

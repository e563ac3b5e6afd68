// SPDX-License-Identifier: MIT
// The pure pieces of the API: URLs, request bodies, series buckets and the row parser.
#include "clientfixture.h"
#include "net/answerparser.h"
#include "net/heliconeapi.h"
#include "schemacheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestHeliconeApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseUrls();
    void bodies();
    void seriesBucketsInAZone();
    void parseAnswer_data();
    void parseAnswer();
    void parseErrors_data();
    void parseErrors();
    void repeatedUsers_data();
    void repeatedUsers();
    void metricsTimesAndCount();

private:
    std::unique_ptr<SchemaCheck> m_schema;
};

void TestHeliconeApi::initTestCase()
{
    m_schema = std::make_unique<SchemaCheck>(openApiPath());
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

void TestHeliconeApi::baseUrls()
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

void TestHeliconeApi::bodies()
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

void TestHeliconeApi::seriesBucketsInAZone()
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

namespace {

/** A row template's field names (%COUNT% …) as the endpoint's field map names them. */
QByteArray rowsOf(Endpoint endpoint, QByteArray rows)
{
    const bool query = endpoint == Endpoint::UserQuery;
    rows.replace("%COUNT%", query ? "count" : "total_requests");
    rows.replace("%PROMPT%", query ? "prompt_tokens" : "total_prompt_tokens");
    rows.replace("%COMPLETION%", query ? "completion_tokens" : "total_completion_tokens");
    return rows;
}

/** The endpoint's envelope around rows: a data array, or data.users with a count. */
QByteArray answerOf(Endpoint endpoint, const QByteArray& rows)
{
    if (endpoint == Endpoint::UserQuery)
        return R"({"data":[)" + rowsOf(endpoint, rows) + R"(],"error":null})";
    return R"({"data":{"users":[)" + rowsOf(endpoint, rows) + R"(],"count":"7","hasUsers":true},"error":null})";
}

const char* endpointName(Endpoint endpoint)
{
    return endpoint == Endpoint::UserQuery ? "user query" : "user metrics";
}

} // namespace

void TestHeliconeApi::parseAnswer_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("completion");
    QTest::addColumn<qint64>("costNanos");
    // answers as the real server words them
    QTest::addRow("strings (ClickHouse before 25.8)")
        << Endpoint::UserQuery
        << QByteArray(
               R"({"error":null,"data":[{"user_id":"alice","count":"3","prompt_tokens":"9007199254740993","completion_tokens":"45","cost":12.5}]})")
        << qint64(3) << qint64(9007199254740993) << qint64(45) << qint64(12500000000);
    QTest::addRow("cost_usd (older servers)")
        << Endpoint::UserQuery
        << QByteArray(
               R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"alice","cost_usd":1e-9}],"error":null})")
        << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::addRow("extra top-level fields")
        << Endpoint::UserQuery
        << QByteArray(
               R"({"data":[{"count":2,"prompt_tokens":0,"completion_tokens":0,"user_id":"alice","cost":"7.000000001","x":[1]}],"error":null,"more":1})")
        << qint64(2) << qint64(0) << qint64(0) << qint64(7000000001);
    // the same rows through each endpoint's field map
    for (const Endpoint e : { Endpoint::UserQuery, Endpoint::UserMetrics }) {
        QTest::addRow("%s: numbers", endpointName(e))
            << e
            << answerOf(e, R"({"%COUNT%":3,"%PROMPT%":120,"%COMPLETION%":45,"user_id":"alice","cost":0.001234567})")
            << qint64(3) << qint64(120) << qint64(45) << qint64(1234567);
        QTest::addRow("%s: numeric strings", endpointName(e))
            << e
            << answerOf(e,
                   R"({"user_id":"alice","%COUNT%":"3","%PROMPT%":"9007199254740993","%COMPLETION%":"45","cost":12.5})")
            << qint64(3) << qint64(9007199254740993) << qint64(45) << qint64(12500000000);
        // 0.1 + 0.2 in Float64 is 0.30000000000000004: the ninth decimal rounds it back
        QTest::addRow("%s: float noise", endpointName(e))
            << e
            << answerOf(
                   e, R"({"%COUNT%":2,"%PROMPT%":0,"%COMPLETION%":0,"user_id":"alice","cost":0.30000000000000004})")
            << qint64(2) << qint64(0) << qint64(0) << qint64(300000000);
        QTest::addRow("%s: cost as a string, extra fields", endpointName(e))
            << e
            << answerOf(
                   e, R"({"%COUNT%":2,"%PROMPT%":0,"%COMPLETION%":0,"user_id":"alice","cost":"7.000000001","x":[1]})")
            << qint64(2) << qint64(0) << qint64(0) << qint64(7000000001);
    }
}

void TestHeliconeApi::parseAnswer()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QByteArray, body);
    QString error;
    const auto answer = Net::parseAnswer(endpoint, body, &error);
    QVERIFY2(answer, qPrintable(error));
    QVERIFY(answer->serverError.isEmpty());
    QCOMPARE(answer->rows.size(), 1);
    const GroupUsage& row = answer->rows.first();
    QCOMPARE(row.id, QStringLiteral("alice"));
    QTEST(clampToInt64(row.totals.requests), "count");
    QTEST(clampToInt64(row.totals.promptTokens), "prompt");
    QTEST(clampToInt64(row.totals.completionTokens), "completion");
    QTEST(clampToInt64(row.totals.costNanos), "costNanos");
}

void TestHeliconeApi::parseErrors_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const Endpoint q = Endpoint::UserQuery;
    const Endpoint m = Endpoint::UserMetrics;
    QTest::addRow("not JSON") << q << QByteArray("<html>") << QStringLiteral("the answer is not a JSON object");
    QTest::addRow("missing field")
        << q << QByteArray(R"({"data":[{"count":1,"completion_tokens":2,"user_id":"a","cost":0}],"error":null})")
        << QStringLiteral("data[0]: field prompt_tokens is missing");
    QTest::addRow("missing cost")
        << q
        << QByteArray(R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a"}],"error":null})")
        << QStringLiteral("data[0]: field cost (or cost_usd) is missing");
    QTest::addRow("wrong type")
        << q
        << QByteArray(
               R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0},{"count":true,"prompt_tokens":1,"completion_tokens":2,"user_id":"b","cost":0}],"error":null})")
        << QStringLiteral("data[1].count: not a number");
    QTest::addRow("not a numeric string")
        << q
        << QByteArray(
               R"({"data":[{"count":"12x","prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0}],"error":null})")
        << QStringLiteral("data[0].count: not a number");
    QTest::addRow("user id not a string")
        << q
        << QByteArray(
               R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":5,"cost":0}],"error":null})")
        << QStringLiteral("data[0].user_id: not a string");
    QTest::addRow("data not an array") << q << QByteArray(R"({"data":{},"error":null})")
                                       << QStringLiteral("data: not an array");
    QTest::addRow("data missing") << q << QByteArray(R"({"error":null})") << QStringLiteral("data: missing");
    QTest::addRow("data null") << q << QByteArray(R"({"data":null,"error":null})") << QStringLiteral("data: missing");
    QTest::addRow("negative count") << q
                                    << answerOf(
                                           q, R"({"%COUNT%":-1,"%PROMPT%":1,"%COMPLETION%":2,"user_id":"a","cost":0})")
                                    << QStringLiteral("data[0]: a negative count");
    QTest::addRow("cut short")
        << q
        << QByteArray(
               R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"a","cost":0},{"count":1,"prom)")
        << QStringLiteral("the answer is cut short (incomplete JSON)");
    QTest::addRow("cut short in a string")
        << q << QByteArray(R"({"data":[{"count":1,"prompt_tokens":1,"completion_tokens":2,"user_id":"ab)")
        << QStringLiteral("the answer is cut short (incomplete JSON)");

    QTest::addRow("metrics: missing field")
        << m << answerOf(m, R"({"%COUNT%":1,"%COMPLETION%":2,"user_id":"a","cost":0})")
        << QStringLiteral("data.users[0]: field total_prompt_tokens is missing");
    QTest::addRow("metrics: missing cost")
        << m << answerOf(m, R"({"%COUNT%":1,"%PROMPT%":1,"%COMPLETION%":2,"user_id":"a"})")
        << QStringLiteral("data.users[0]: field cost is missing");
    QTest::addRow("metrics: wrong type")
        << m
        << answerOf(m,
               R"({"%COUNT%":1,"%PROMPT%":1,"%COMPLETION%":2,"user_id":"a","cost":0},{"%COUNT%":true,"%PROMPT%":1,"%COMPLETION%":2,"user_id":"b","cost":0})")
        << QStringLiteral("data.users[1].total_requests: not a number");
    QTest::addRow("metrics: not a date-time")
        << m
        << answerOf(
               m, R"({"%COUNT%":1,"%PROMPT%":1,"%COMPLETION%":2,"user_id":"a","cost":0,"first_active":"yesterday"})")
        << QStringLiteral("data.users[0].first_active: not a date-time");
    QTest::addRow("metrics: users not an array")
        << m << QByteArray(R"({"data":{"users":{}},"error":null})") << QStringLiteral("data.users: not an array");
    QTest::addRow("metrics: data not an object")
        << m << QByteArray(R"({"data":[],"error":null})") << QStringLiteral("data: not an object");
    QTest::addRow("metrics: users missing")
        << m << QByteArray(R"({"data":{"count":"3"},"error":null})") << QStringLiteral("data.users: missing");
    QTest::addRow("metrics: data null") << m << QByteArray(R"({"data":null,"error":null})")
                                        << QStringLiteral("data.users: missing");
    QTest::addRow("metrics: cut short") << m << QByteArray(R"({"data":{"users":[{"user_id":"a","total_req)")
                                        << QStringLiteral("the answer is cut short (incomplete JSON)");
}

void TestHeliconeApi::parseErrors()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!Net::parseAnswer(endpoint, body, &error));
    QTEST(error, "error");
}

void TestHeliconeApi::repeatedUsers_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<qint64>("requests");
    // /v1/user/query's rows are GROUP BY rows: a repeated user adds up; metrics pages may overlap: counted once
    QTest::addRow("user query: added up") << Endpoint::UserQuery << qint64(5);
    QTest::addRow("user metrics: counted once") << Endpoint::UserMetrics << qint64(2);
}

void TestHeliconeApi::repeatedUsers()
{
    QFETCH(Endpoint, endpoint);
    const QByteArray body = answerOf(endpoint,
        R"({"%COUNT%":2,"%PROMPT%":1,"%COMPLETION%":1,"user_id":"a","cost":1},)"
        R"({"%COUNT%":1,"%PROMPT%":1,"%COMPLETION%":1,"user_id":"b","cost":1},)"
        R"({"%COUNT%":3,"%PROMPT%":1,"%COMPLETION%":1,"user_id":"a","cost":1})");
    QString error;
    const auto answer = Net::parseAnswer(endpoint, body, &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->rows.size(), 2);
    QCOMPARE(answer->rows[0].id, QStringLiteral("a"));
    QTEST(clampToInt64(answer->rows[0].totals.requests), "requests");
}

void TestHeliconeApi::metricsTimesAndCount()
{
    const QByteArray body = answerOf(Endpoint::UserMetrics,
        R"({"%COUNT%":1,"%PROMPT%":1,"%COMPLETION%":1,"user_id":"a","cost":1,)"
        R"("first_active":"2026-01-01T00:00:00.000Z","last_active":"2026-01-01T00:01:02.500Z"})");
    QString error;
    const auto answer = Net::parseAnswer(Endpoint::UserMetrics, body, &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->rows.first().firstMs, kT0);
    QCOMPARE(answer->rows.first().lastMs, kT0 + 62500);
    QCOMPARE(answer->serverCount, qint64(7));
    // an error of an HTTP 200 answer wins over missing data
    const auto failed = Net::parseAnswer(Endpoint::UserMetrics, R"({"data":null,"error":"Query timeout"})", &error);
    QVERIFY(failed);
    QCOMPARE(failed->serverError, QStringLiteral("Query timeout"));
}

QTEST_GUILESS_MAIN(TestHeliconeApi)
#include "tst_heliconeapi.moc"

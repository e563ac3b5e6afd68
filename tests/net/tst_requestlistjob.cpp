// SPDX-License-Identifier: MIT
// One user's requests from POST /v1/request/query-clickhouse on the loopback server: filter, paging, 201, de-dup.
#include "clientfixture.h"
#include "core/requests/requestsort.h"
#include "net/requestlistjob.h"
#include "net/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Usage;
using namespace Usage::Net;

namespace {

QJsonObject row(int i, const QString& user, qint64 ms)
{
    return QJsonObject { { QStringLiteral("request_id"), QStringLiteral("req-%1").arg(i, 5, 10, QLatin1Char('0')) },
        { QStringLiteral("request_created_at"),
            QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs) },
        { QStringLiteral("request_user_id"), user }, { QStringLiteral("model"), QStringLiteral("gpt-4o") },
        { QStringLiteral("provider"), QStringLiteral("OPENAI") }, { QStringLiteral("prompt_tokens"), i % 50 },
        { QStringLiteral("completion_tokens"), 3 }, { QStringLiteral("prompt_cache_read_tokens"), 1 },
        { QStringLiteral("prompt_cache_write_tokens"), QJsonValue() }, { QStringLiteral("reasoning_tokens"), 2 },
        { QStringLiteral("cost"), (i % 7) * 0.0005 }, { QStringLiteral("delay_ms"), 100 + i },
        { QStringLiteral("response_status"), 200 },
        { QStringLiteral("request_properties"), QJsonObject { { QStringLiteral("env"), QStringLiteral("prod") } } } };
}

} // namespace

class TestRequestListJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneUserPaged()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        server.schema = std::make_unique<SchemaCheck>(ClientTesting::openApiPath());
        QVERIFY(server.schema->isValid());
        const qint64 t0 = ClientTesting::kT0;
        for (int i = 0; i < 2300; ++i)
            server.requestRows.append(row(i, QStringLiteral("alice"), t0 + i * 1000));
        server.requestRows.append(row(5, QStringLiteral("alice"), t0 + 5 * 1000)); // a duplicate id
        for (int i = 3000; i < 3010; ++i)
            server.requestRows.append(row(i, QStringLiteral("bob"), t0 + i));
        server.requestRows.append(row(9999, QStringLiteral("alice"), t0 - 1)); // before the range

        RestClient rest;
        ClientOptions options;
        options.key = QString::fromLatin1(server.key);
        options.backoffBaseMs = 10;
        rest.setOptions(options, server.url());
        Requests::RequestsQuery query;
        query.groupValue = QStringLiteral("alice");
        query.startMs = t0;
        RequestListJob job(&rest, query, t0 + 86400000);
        QSignalSpy finished(&job, &RequestListJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(job.rows().size(), size_t(2300));
        std::vector<Requests::RequestRow> rows = job.rows();
        Requests::sortAndLimit(rows, Requests::RequestSort::Time, 3);
        QCOMPARE(rows[0].requestId, QStringLiteral("req-00000"));
        QCOMPARE(rows[0].createdMs, t0);
        QCOMPARE(rows[1].userId, QStringLiteral("alice"));
        QCOMPARE(rows[1].promptTokens, 1);
        QCOMPARE(rows[1].cacheReadTokens, 1);
        QCOMPARE(rows[1].cacheWriteTokens, 0);
        QCOMPARE(rows[1].totalTokens(), 7);
        QCOMPARE(rows[1].recordedCostNanos, std::optional<qint64>(500000));
        QCOMPARE(rows[1].latencyMs, std::optional<qint64>(101));
        QCOMPARE(rows[1].status, std::optional<int>(200));
        QCOMPARE(rows[1].propertiesJson, QByteArray(R"({"env":"prod"})"));

        // three pages of a fixed window, each a valid RequestQueryParams with the wrapped filter
        QCOMPARE(server.received.size(), 3);
        for (int page = 0; page < 3; ++page) {
            const FakeHelicone::Received& r = server.received[page];
            QCOMPARE(r.path, QByteArray("/v1/request/query-clickhouse"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(server.schema->check(body, QStringLiteral("RequestQueryParams")), QStringList());
            QCOMPARE(body.value(QStringLiteral("offset")).toInt(), page * 1000);
            QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 1000);
            QCOMPARE(body.value(QStringLiteral("includeInputs")).toBool(true), false);
            const QJsonObject filter = body.value(QStringLiteral("filter")).toObject();
            QCOMPARE(filter.value(QStringLiteral("left")).toObject(),
                QJsonObject({ { QStringLiteral("request_response_rmt"),
                    QJsonObject { { QStringLiteral("user_id"),
                        QJsonObject { { QStringLiteral("equals"), QStringLiteral("alice") } } } } } }));
            QCOMPARE(QJsonDocument(filter.value(QStringLiteral("right")).toObject()).toJson(QJsonDocument::Compact),
                QByteArray(
                    R"({"left":{"request_response_rmt":{"request_created_at":{"gte":"2026-01-01T00:00:00.000Z"}}},)"
                    R"("operator":"and","right":{"request_response_rmt":{"request_created_at":)"
                    R"({"lte":"2026-01-02T00:00:00.000Z"}}}})"));
        }
    }

    void errorAnswerFails()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        server.nextFaults = { FakeHelicone::Fault::Unauthorized };
        RestClient rest;
        ClientOptions options;
        options.key = QString::fromLatin1(server.key);
        rest.setOptions(options, server.url());
        RequestListJob job(&rest, Requests::RequestsQuery {}, ClientTesting::kT0);
        QSignalSpy finished(&job, &RequestListJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toString().contains(QLatin1String("401")));
    }
};

QTEST_GUILESS_MAIN(TestRequestListJob)
#include "tst_requestlistjob.moc"

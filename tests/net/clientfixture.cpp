// SPDX-License-Identifier: MIT
#include "clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Usage;
using namespace Usage::Net;

namespace ClientTesting {

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
    std::optional<qint64> startMs, std::optional<qint64> endMs)
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

QString openApiPath()
{
    return QStringLiteral(UE_SHARED_DATA_DIR "/helicone-openapi.json");
}

Run::Run(HeliconeClient* client)
    : finished(client, &HeliconeClient::finished)
    , failed(client, &HeliconeClient::failed)
    , cancelled(client, &HeliconeClient::cancelled)
    , progress(client, &HeliconeClient::progressChanged)
{
}

bool Run::wait(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (finished.isEmpty() && failed.isEmpty() && cancelled.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    return !finished.isEmpty() || !failed.isEmpty() || !cancelled.isEmpty();
}

UsageResult Run::result() const
{
    return finished.value(0).value(0).value<UsageResult>();
}

QString Run::failure() const
{
    return failed.value(0).value(0).toString();
}

QStringList Run::progressTexts() const
{
    QStringList out;
    for (const QList<QVariant>& args : progress)
        out.append(args.value(1).toString());
    return out;
}

void Fixture::initFixture()
{
    m_schema = std::make_unique<SchemaCheck>(openApiPath());
    QVERIFY2(m_schema->isValid(), "cannot read helicone-openapi.json");
    m_server = std::make_unique<FakeHelicone>();
    QVERIFY(m_server->listen());
    m_server->schema = std::make_unique<SchemaCheck>(openApiPath());
    m_client = std::make_unique<HeliconeClient>();
    m_client->setOptions(options());
}

void Fixture::cleanupFixture()
{
    // every body any test sent validates against the endpoint's parameters
    if (m_server)
        checkBodies();
    m_client.reset();
    m_server.reset();
}

ClientOptions Fixture::options() const
{
    ClientOptions o;
    o.baseUrl = m_server->url();
    o.key = QString::fromLatin1(m_server->key);
    o.backoffBaseMs = 10;
    o.timeoutMs = 10000;
    return o;
}

void Fixture::checkBodies(int expectedRequests)
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

} // namespace ClientTesting

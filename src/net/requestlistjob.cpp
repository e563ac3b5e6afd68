// SPDX-License-Identifier: MIT
#include "net/requestlistjob.h"

#include "core/timeparse.h"
#include "net/restclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>

namespace Usage::Net {
namespace {

    QJsonObject leaf(const QJsonObject& condition)
    {
        return QJsonObject { { QStringLiteral("request_response_rmt"), condition } };
    }

    QJsonObject both(const QJsonObject& left, const QJsonObject& right)
    {
        return QJsonObject { { QStringLiteral("left"), left }, { QStringLiteral("operator"), QStringLiteral("and") },
            { QStringLiteral("right"), right } };
    }

    QJsonObject groupCondition(const Requests::RequestsQuery& q)
    {
        const QJsonObject equals { { QStringLiteral("equals"), q.groupValue } };
        switch (q.groupBy.key) {
        case GroupKey::User:
            return { { QStringLiteral("user_id"), equals } };
        case GroupKey::Model:
            return { { QStringLiteral("model"), equals } };
        case GroupKey::Provider:
            return { { QStringLiteral("provider"), equals } };
        case GroupKey::Property:
            return { { QStringLiteral("properties"), QJsonObject { { q.groupBy.property, equals } } } };
        }
        return {};
    }

    /** A whole number of a listing's field; a number no 64-bit integer holds (or NaN) reads as 0. */
    std::int64_t integer(const QJsonValue& v)
    {
        if (v.isString())
            return v.toString().toLongLong();
        const double d = v.toDouble();
        return std::isfinite(d) && std::abs(d) < 9.2e18 ? std::int64_t(d) : 0;
    }

    std::optional<std::int64_t> optionalInteger(const QJsonValue& v)
    {
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return integer(v);
    }

    QString text(const QJsonObject& o, const char* a, const char* b = nullptr)
    {
        const QJsonValue v = o.value(QLatin1String(a));
        if ((v.isNull() || v.isUndefined() || v.toString().isEmpty()) && b)
            return o.value(QLatin1String(b)).toString();
        return v.toString();
    }

} // namespace

RequestListJob::RequestListJob(RestClient* rest, const Requests::RequestsQuery& query, qint64 nowMs, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_query(query)
    , m_endMs(query.endMs.value_or(nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch()))
{
}

QByteArray RequestListJob::body(int offset) const
{
    QJsonObject range { { QStringLiteral("gte"), Time::formatIsoUtc(m_query.startMs.value_or(0)) } };
    QJsonObject filter = both(leaf(groupCondition(m_query)),
        both(leaf({ { QStringLiteral("request_created_at"), range } }),
            leaf({ { QStringLiteral("request_created_at"),
                QJsonObject { { QStringLiteral("lte"), Time::formatIsoUtc(m_endMs) } } } })));
    const QJsonObject params { { QStringLiteral("filter"), filter }, { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), kPageSize },
        { QStringLiteral("sort"), QJsonObject { { QStringLiteral("created_at"), QStringLiteral("desc") } } },
        { QStringLiteral("includeInputs"), false } };
    return QJsonDocument(params).toJson(QJsonDocument::Compact);
}

void RequestListJob::start()
{
    m_offset = 0;
    m_attempt = 1;
    m_rows.clear();
    m_seen.clear();
    send();
}

void RequestListJob::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void RequestListJob::send()
{
    if (m_cancelled)
        return;
    m_reply = m_rest->post(kRequestQueryPath, body(m_offset));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void RequestListJob::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (m_cancelled)
        return Q_EMIT finished(tr("cancelled"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 201 || reply->error() != QNetworkReply::NoError) {
        const Outcome outcome = m_rest->judge(reply, m_attempt);
        if (outcome.kind == Outcome::Kind::Retry) {
            ++m_attempt;
            Q_EMIT progressChanged(tr("%1; retrying").arg(outcome.reason));
            QTimer::singleShot(outcome.delayMs, this, &RequestListJob::send);
            return;
        }
        return Q_EMIT finished(
            outcome.kind == Outcome::Kind::Ok ? tr("HTTP %1 instead of 201").arg(status) : outcome.reason);
    }
    m_attempt = 1;
    std::vector<Requests::RequestRow> page;
    QString error;
    if (!parseAnswer(RestClient::body(reply), page, &error))
        return Q_EMIT finished(error);
    for (Requests::RequestRow& row : page) {
        if (!row.requestId.isEmpty()) {
            if (m_seen.contains(row.requestId))
                continue;
            m_seen.insert(row.requestId);
        }
        m_rows.push_back(std::move(row));
    }
    Q_EMIT progressChanged(tr("%n request(s) read", nullptr, int(m_rows.size())));
    if (int(page.size()) < kPageSize)
        return Q_EMIT finished(QString());
    m_offset += kPageSize;
    send();
}

bool RequestListJob::parseAnswer(const QByteArray& answer, std::vector<Requests::RequestRow>& rows, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &parseError);
    if (!doc.isObject()) {
        *error = tr("the answer is no JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject top = doc.object();
    if (!top.value(QLatin1String("error")).isNull() && !top.value(QLatin1String("error")).isUndefined()) {
        *error = tr("the server answered with an error: %1").arg(top.value(QLatin1String("error")).toString());
        return false;
    }
    if (!top.value(QLatin1String("data")).isArray()) {
        *error = tr("the answer has no data array");
        return false;
    }
    for (const QJsonValue& v : top.value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        Requests::RequestRow r;
        r.requestId = o.value(QLatin1String("request_id")).toString();
        r.createdMs =
            Time::parseTimestampMs(o.value(QLatin1String("request_created_at")).toString().toStdString()).value_or(0);
        r.userId = o.value(QLatin1String("request_user_id")).toString();
        r.model = text(o, "model", "request_model");
        r.provider = o.value(QLatin1String("provider")).toString();
        r.promptTokens = integer(o.value(QLatin1String("prompt_tokens")));
        r.completionTokens = integer(o.value(QLatin1String("completion_tokens")));
        r.cacheReadTokens = integer(o.value(QLatin1String("prompt_cache_read_tokens")));
        r.cacheWriteTokens = integer(o.value(QLatin1String("prompt_cache_write_tokens")));
        r.reasoningTokens = integer(o.value(QLatin1String("reasoning_tokens")));
        const QJsonValue cost = o.value(QLatin1String("cost"));
        // a cost past the records' bound (1,000,000 USD) is no cost
        if (cost.isDouble() && std::isfinite(cost.toDouble()) && std::abs(cost.toDouble()) <= 1e6)
            r.recordedCostNanos = std::llround(cost.toDouble() * 1e9);
        r.latencyMs = optionalInteger(o.value(QLatin1String("delay_ms")));
        r.status = optionalInteger(o.value(QLatin1String("response_status")));
        QJsonValue properties = o.value(QLatin1String("request_properties"));
        if (!properties.isObject())
            properties = o.value(QLatin1String("properties"));
        if (properties.isObject())
            r.propertiesJson = QJsonDocument(properties.toObject()).toJson(QJsonDocument::Compact);
        rows.push_back(std::move(r));
    }
    return true;
}

} // namespace Usage::Net

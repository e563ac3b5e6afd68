// SPDX-License-Identifier: MIT
// POST /v1/request/query-clickhouse on the fake server: the filter tree over requestRows, newest first, paged.
#include "fakehelicone.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

qint64 msOf(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

bool textMatches(const QJsonValue& value, const QJsonObject& ops)
{
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        if (it.key() == QLatin1String("equals") && value.toString() != it.value().toString())
            return false;
    }
    return true;
}

bool leafMatches(const QJsonObject& row, const QJsonObject& condition)
{
    for (auto it = condition.begin(); it != condition.end(); ++it) {
        const QJsonObject ops = it.value().toObject();
        if (it.key() == QLatin1String("request_created_at")) {
            const qint64 ms = msOf(row.value(QStringLiteral("request_created_at")));
            if (ops.contains(QLatin1String("gte")) && ms < msOf(ops.value(QLatin1String("gte"))))
                return false;
            if (ops.contains(QLatin1String("lte")) && ms > msOf(ops.value(QLatin1String("lte"))))
                return false;
        } else if (it.key() == QLatin1String("user_id")) {
            if (!textMatches(row.value(QStringLiteral("request_user_id")), ops))
                return false;
        } else if (it.key() == QLatin1String("properties")) {
            const QJsonObject properties = row.value(QStringLiteral("request_properties")).toObject();
            for (auto p = ops.begin(); p != ops.end(); ++p) {
                if (!textMatches(properties.value(p.key()), p.value().toObject()))
                    return false;
            }
        } else if (!textMatches(row.value(it.key()), ops)) {
            return false;
        }
    }
    return true;
}

/** Whether row passes the filter node; a leaf without the request_response_rmt wrapper matches nothing. */
bool matches(const QJsonObject& row, const QJsonValue& node)
{
    if (node.toString() == QLatin1String("all"))
        return true;
    const QJsonObject o = node.toObject();
    if (o.contains(QLatin1String("operator"))) {
        const bool left = matches(row, o.value(QLatin1String("left")));
        const bool right = matches(row, o.value(QLatin1String("right")));
        return o.value(QLatin1String("operator")).toString() == QLatin1String("or") ? left || right : left && right;
    }
    return o.contains(QLatin1String("request_response_rmt"))
        && leafMatches(row, o.value(QLatin1String("request_response_rmt")).toObject());
}

} // namespace

QByteArray FakeHelicone::requestListAnswer(const QJsonObject& body) const
{
    QList<QJsonObject> hits;
    for (const QJsonObject& row : requestRows) {
        if (matches(row, body.value(QLatin1String("filter"))))
            hits.append(row);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return msOf(a.value(QLatin1String("request_created_at"))) > msOf(b.value(QLatin1String("request_created_at")));
    });
    const int offset = body.value(QLatin1String("offset")).toInt();
    const int limit = body.value(QLatin1String("limit")).toInt(10);
    QJsonArray data;
    for (int i = offset; i < std::min<int>(int(hits.size()), offset + limit); ++i)
        data.append(hits[i]);
    return QJsonDocument(QJsonObject { { QStringLiteral("data"), data }, { QStringLiteral("error"), QJsonValue() } })
        .toJson(QJsonDocument::Compact);
}

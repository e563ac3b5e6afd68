// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouserequestsql.h"

#include "net/clickhouse/clickhouseescape.h"

namespace Usage::ClickHouse {

Statement requestsPage(const Settings& settings, const TableSchema& schema, const Requests::RequestsQuery& query,
    qint64 limit, qint64 offset)
{
    Statement st;
    st.useParameters = schema.hasParameters();
    const QByteArray table = Escape::identifier(settings.database) + '.' + Escape::identifier(settings.table);
    // the newest copy of each request wins before any filter, as the dump reader decides
    const QByteArray from = query.dedupe && schema.has(QStringLiteral("updated_at"))
        ? "(SELECT * FROM " + table + " ORDER BY updated_at DESC LIMIT 1 BY request_id)"
        : table;
    const auto number = [&schema](const char* column) {
        return schema.has(QLatin1String(column)) ? "toInt64(ifNull(" + QByteArray(column) + ", 0))"
                                                 : QByteArray("toInt64(0)");
    };
    const auto nullable = [&schema](const char* column) {
        return schema.has(QLatin1String(column)) ? "toNullable(toInt64(" + QByteArray(column) + "))"
                                                 : QByteArray("CAST(NULL AS Nullable(Int64))");
    };
    const bool ms = schema.createdHasMilliseconds();
    const QByteArray created =
        ms ? "toUnixTimestamp64Milli(request_created_at)" : "toInt64(toUInt32(request_created_at)) * 1000";
    const QByteArray tokens = number("prompt_tokens") + " + " + number("completion_tokens") + " + "
        + number("prompt_cache_read_tokens") + " + " + number("prompt_cache_write_tokens") + " + "
        + number("reasoning_tokens");
    QByteArray sql = "SELECT toString(request_id), " + created + " AS ue_created, user_id, model, provider, "
        + number("prompt_tokens") + ", " + number("completion_tokens") + ", " + number("prompt_cache_read_tokens")
        + ", " + number("prompt_cache_write_tokens") + ", " + number("reasoning_tokens")
        + ", toNullable(toInt64(cost)) AS ue_cost, " + nullable("latency") + " AS ue_latency, " + nullable("status")
        + ", " + tokens + " AS ue_tokens FROM " + from + " WHERE ";

    QByteArray group;
    switch (query.groupBy.key) {
    case GroupKey::User:
        group = "user_id";
        break;
    case GroupKey::Model:
        group = "model";
        break;
    case GroupKey::Provider:
        group = "provider";
        break;
    case GroupKey::Property:
        group = "properties[" + st.bind(query.groupBy.property) + ']';
        break;
    }
    QByteArrayList where { group + " = " + st.bind(query.groupValue) };
    if (!settings.organizationId.isEmpty())
        where.append("organization_id = toUUID(" + st.bind(settings.organizationId) + ')');
    const auto bound = [ms](const char* op, qint64 boundMs) -> QByteArray {
        if (ms)
            return QByteArray("request_created_at ") + op + " fromUnixTimestamp64Milli(toInt64("
                + QByteArray::number(boundMs) + "))";
        return QByteArray("ue_created ") + op + ' ' + QByteArray::number(boundMs);
    };
    if (query.startMs)
        where.append(bound(">=", *query.startMs));
    if (query.endMs)
        where.append(bound("<=", *query.endMs));
    sql += where.join(" AND ");

    switch (query.sort) {
    case Requests::RequestSort::Cost:
        sql += " ORDER BY ue_cost DESC NULLS LAST";
        break;
    case Requests::RequestSort::Time:
        sql += " ORDER BY ue_created ASC";
        break;
    case Requests::RequestSort::Tokens:
        sql += " ORDER BY ue_tokens DESC";
        break;
    case Requests::RequestSort::Latency:
        sql += " ORDER BY ue_latency DESC NULLS LAST";
        break;
    }
    sql += ", toString(request_id) ASC LIMIT " + QByteArray::number(limit) + " OFFSET " + QByteArray::number(offset)
        + " FORMAT TabSeparated";
    st.sql = sql;
    return st;
}

std::optional<Requests::RequestRow> requestRowOf(const QStringList& f)
{
    if (f.size() != 14)
        return std::nullopt;
    const auto optional = [](const QString& text) -> std::optional<std::int64_t> {
        if (text == QLatin1String("N")) // \N, unescaped
            return std::nullopt;
        return text.toLongLong();
    };
    Requests::RequestRow r;
    r.requestId = f[0];
    r.createdMs = f[1].toLongLong();
    r.userId = f[2];
    r.model = f[3];
    r.provider = f[4];
    r.promptTokens = f[5].toLongLong();
    r.completionTokens = f[6].toLongLong();
    r.cacheReadTokens = f[7].toLongLong();
    r.cacheWriteTokens = f[8].toLongLong();
    r.reasoningTokens = f[9].toLongLong();
    r.recordedCostNanos = optional(f[10]);
    r.latencyMs = optional(f[11]);
    if (const auto status = optional(f[12]))
        r.status = int(*status);
    return r;
}

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhousequerybuilder.h"

#include "net/clickhouse/clickhouseescape.h"

#include <QStringList>

#include <algorithm>

namespace Usage::ClickHouse {

namespace {
    // floor and ceiling of ms / 1000, for tables that keep whole seconds
    qint64 floorSeconds(qint64 ms)
    {
        return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    }
    qint64 ceilSeconds(qint64 ms)
    {
        return -floorSeconds(-ms);
    }
} // namespace

QueryBuilder::QueryBuilder(const Settings& settings, const TableSchema& schema, const UsageQuery& query, bool dedupe)
    : m_settings(settings)
    , m_schema(schema)
    , m_query(query)
    , m_dedupe(dedupe)
{
}

QString QueryBuilder::check() const
{
    const QString table = m_settings.database + QLatin1Char('.') + m_settings.table;
    const QStringList missing = m_schema.missingRequired();
    if (!missing.isEmpty())
        return QStringLiteral("table %1 has no column %2").arg(table, missing.join(QStringLiteral(", ")));
    if (m_query.groupBy.key == GroupKey::Property && !m_schema.propertiesIsMap())
        return QStringLiteral("table %1 has no column properties (a Map) to group by property %2")
            .arg(table, m_query.groupBy.property);
    if (!m_settings.organizationId.isEmpty() && !m_schema.has(QStringLiteral("organization_id")))
        return QStringLiteral("table %1 has no column organization_id to filter by organization").arg(table);
    if (m_dedupe && !(m_schema.has(QStringLiteral("request_id")) && m_schema.has(QStringLiteral("updated_at"))))
        return QStringLiteral("table %1 needs the columns request_id and updated_at for --dedupe").arg(table);
    return {};
}

QByteArray QueryBuilder::groupExpression(Statement& st) const
{
    switch (m_query.groupBy.key) {
    case GroupKey::User:
        return "user_id";
    case GroupKey::Model:
        return "model";
    case GroupKey::Provider:
        return "provider";
    case GroupKey::Property:
        return "properties[" + st.bind(m_query.groupBy.property) + ']';
    }
    Q_UNREACHABLE();
}

QByteArray QueryBuilder::bucketExpression(Statement& st) const
{
    const QByteArray at = m_schema.createdHasMilliseconds() ? "toDateTime(request_created_at)" : "request_created_at";
    const QByteArray zone = st.bind(QString::fromUtf8(m_query.zone.id()));
    switch (m_query.granularity) {
    case Granularity::Hour:
        return "toUInt32(toStartOfHour(" + at + ", " + zone + "))";
    case Granularity::Day:
        return "toUInt32(toStartOfDay(" + at + ", " + zone + "))";
    case Granularity::Week: // ISO weeks start on Monday, at midnight in the zone
        return "toUInt32(toDateTime(toMonday(" + at + ", " + zone + "), " + zone + "))";
    }
    Q_UNREACHABLE();
}

QByteArray QueryBuilder::source(Statement& st, bool withBucket) const
{
    const QByteArray table = Escape::identifier(m_settings.database) + '.' + Escape::identifier(m_settings.table);
    QByteArray organization;
    if (!m_settings.organizationId.isEmpty())
        organization = "organization_id = toUUID(" + st.bind(m_settings.organizationId) + ')';

    QList<QByteArray> where;
    QByteArray from = table;
    if (m_dedupe) {
        // the newest copy of each request wins before any filter, as the dump reader decides
        QByteArrayList columns;
        for (const QString& name : m_schema.columns.keys()) {
            static const QStringList used = { QStringLiteral("request_created_at"), QStringLiteral("user_id"),
                QStringLiteral("model"), QStringLiteral("provider"), QStringLiteral("prompt_tokens"),
                QStringLiteral("completion_tokens"), QStringLiteral("prompt_cache_read_tokens"),
                QStringLiteral("prompt_cache_write_tokens"), QStringLiteral("reasoning_tokens"), QStringLiteral("cost"),
                QStringLiteral("properties"), QStringLiteral("request_id"), QStringLiteral("updated_at") };
            if (used.contains(name))
                columns.append(Escape::identifier(name));
        }
        std::sort(columns.begin(), columns.end());
        from = "(SELECT " + columns.join(", ") + " FROM " + table
            + (organization.isEmpty() ? QByteArray() : " WHERE " + organization)
            + " ORDER BY updated_at DESC LIMIT 1 BY request_id)";
    } else if (!organization.isEmpty()) {
        where.append(organization);
    }

    const bool ms = m_schema.createdHasMilliseconds();
    const auto bound = [ms](const char* op, qint64 boundMs, qint64 seconds) -> QByteArray {
        if (ms)
            return QByteArray("request_created_at ") + op + " fromUnixTimestamp64Milli(toInt64("
                + QByteArray::number(boundMs) + "))";
        return QByteArray("request_created_at ") + op + " toDateTime(" + QByteArray::number(seconds) + ')';
    };
    if (m_query.startMs)
        where.append(bound(">=", *m_query.startMs, ceilSeconds(*m_query.startMs)));
    if (m_query.endMs)
        where.append(bound("<=", *m_query.endMs, floorSeconds(*m_query.endMs)));
    if (!m_query.userIds.isEmpty()) {
        // in the body, not the URL: lists of thousands of ids outgrow a URL
        QByteArray list;
        for (const QString& id : m_query.userIds)
            list += (list.isEmpty() ? "" : ", ") + Escape::stringLiteral(id);
        where.append("user_id IN (" + list + ')');
    }

    const auto optional = [this](const char* column) {
        return m_schema.has(QLatin1String(column)) ? "toInt64(ifNull(" + QByteArray(column) + ", 0))"
                                                   : QByteArray("toInt64(0)");
    };
    QByteArray sql = "SELECT " + groupExpression(st) + " AS ue_group, model AS ue_model, "
        + (ms ? QByteArray("toUnixTimestamp64Milli(request_created_at)")
              : QByteArray("toInt64(toUInt32(request_created_at)) * 1000"))
        + " AS ue_ms, " + optional("prompt_tokens") + " AS ue_prompt, " + optional("completion_tokens")
        + " AS ue_completion, " + optional("prompt_cache_read_tokens") + " AS ue_cache_read, "
        + optional("prompt_cache_write_tokens") + " AS ue_cache_write, " + optional("reasoning_tokens")
        + " AS ue_reasoning, toUInt64(ifNull(cost, 0)) AS ue_cost, "
        + (m_schema.costIsNullable() ? QByteArray("toUInt8(isNull(cost))") : QByteArray("toUInt8(0)"))
        + " AS ue_without_cost";
    if (withBucket)
        sql += ", " + bucketExpression(st) + " AS ue_bucket";
    sql += " FROM " + from;
    if (!where.isEmpty())
        sql += " WHERE " + where.join(" AND ");
    return sql;
}

QByteArray QueryBuilder::sums() const
{
    // Int128 in the cluster where the server has it, so that no total wraps there either; older servers sum in
    // their own 64 bits, which the answer reads as they are
    if (m_schema.hasInt128())
        return "count(), sum(toInt128(ue_prompt)), sum(toInt128(ue_completion)), sum(toInt128(ue_cache_read)), "
               "sum(toInt128(ue_cache_write)), sum(toInt128(ue_reasoning)), sum(toInt128(ue_cost)), "
               "sum(toInt128(ue_without_cost))";
    return "count(), sum(ue_prompt), sum(ue_completion), sum(ue_cache_read), sum(ue_cache_write), sum(ue_reasoning), "
           "sum(ue_cost), sum(ue_without_cost)";
}

Statement QueryBuilder::byModel() const
{
    Statement st;
    st.useParameters = m_schema.hasParameters();
    const QByteArray inner = source(st, false);
    st.sql = "SELECT ue_group, ue_model, " + sums() + ", min(ue_ms), max(ue_ms) FROM (" + inner
        + ") GROUP BY ue_group, ue_model FORMAT TabSeparated";
    return st;
}

Statement QueryBuilder::bySeries() const
{
    Statement st;
    st.useParameters = m_schema.hasParameters();
    const QByteArray inner = source(st, true);
    st.sql = "SELECT ue_group, ue_bucket, " + sums() + " FROM (" + inner
        + ") GROUP BY ue_group, ue_bucket FORMAT TabSeparated";
    return st;
}

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseschema.h"

namespace Usage::ClickHouse {

bool TableSchema::createdHasMilliseconds() const
{
    return columns.value(QStringLiteral("request_created_at")).contains(QLatin1String("DateTime64"));
}

bool TableSchema::hasCacheTokens() const
{
    return has(QStringLiteral("prompt_cache_read_tokens")) && has(QStringLiteral("prompt_cache_write_tokens"));
}

bool TableSchema::hasReasoningTokens() const
{
    return has(QStringLiteral("reasoning_tokens"));
}

bool TableSchema::costIsNullable() const
{
    return columns.value(QStringLiteral("cost")).startsWith(QLatin1String("Nullable("));
}

bool TableSchema::propertiesIsMap() const
{
    return columns.value(QStringLiteral("properties")).startsWith(QLatin1String("Map("));
}

bool TableSchema::setVersion(const QString& version)
{
    const QStringList parts = version.trimmed().split(QLatin1Char('.'));
    bool okMajor = false;
    bool okMinor = false;
    major = parts.value(0).toInt(&okMajor);
    minor = parts.value(1).toInt(&okMinor);
    return okMajor && okMinor;
}

void TableSchema::setColumns(const QList<QStringList>& rows)
{
    columns.clear();
    for (const QStringList& row : rows) {
        if (row.size() >= 2)
            columns.insert(row.at(0), row.at(1));
    }
}

QStringList TableSchema::missingRequired() const
{
    QStringList missing;
    for (const char* name :
        { "request_created_at", "user_id", "model", "provider", "prompt_tokens", "completion_tokens", "cost" }) {
        if (!has(QLatin1String(name)))
            missing.append(QLatin1String(name));
    }
    return missing;
}

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "net/clickhouse/clickhouseschema.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatement.h"

#include <QString>

#include <optional>

namespace Usage::ClickHouse {

/**
 * Builds the two aggregation queries of a UsageQuery for a table: per group and model (totals, first and last
 * request) and per group and bucket (the time series). Both answer TabSeparated rows:
 *   group, model|bucket start (Unix s), count, prompt, completion, cache read, cache write, reasoning, cost (nano-USD),
 *   without cost[, first ms, last ms]
 */
class QueryBuilder
{
public:
    QueryBuilder(const Settings& settings, const TableSchema& schema, const UsageQuery& query, bool dedupe);

    /** Empty when the table can answer the query, else why not (a missing column, named). */
    QString check() const;
    Statement byModel() const;
    Statement bySeries() const;

private:
    /** The filtered (and, with dedupe, de-duplicated) rows with normalised ue_* columns. */
    QByteArray source(Statement& st, bool withBucket) const;
    QByteArray groupExpression(Statement& st) const;
    QByteArray bucketExpression(Statement& st) const;
    QByteArray sums() const;

    Settings m_settings;
    TableSchema m_schema;
    UsageQuery m_query;
    bool m_dedupe;
};

} // namespace Usage::ClickHouse

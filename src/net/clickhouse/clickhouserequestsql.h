// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"
#include "net/clickhouse/clickhouseschema.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatement.h"

#include <QStringList>

#include <optional>

namespace Usage::ClickHouse {

/**
 * The SELECT of one page of a group's requests: WHERE group = value and the range, ORDER BY the query's sort with
 * ties by request_id, LIMIT and OFFSET. Its TabSeparated rows are read by requestRowOf().
 */
Statement requestsPage(const Settings& settings, const TableSchema& schema, const Requests::RequestsQuery& query,
    qint64 limit, qint64 offset);

/** A row of requestsPage()'s answer; nullopt when it does not have the expected fields. */
std::optional<Requests::RequestRow> requestRowOf(const QStringList& fields);

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"
#include "net/clickhouse/clickhouseresultbuilder.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatementrunner.h"

#include <QObject>

#include <optional>

namespace Usage::ClickHouse {

/**
 * Computes a UsageResult in ClickHouse over its HTTP interface: the server's version and the table's columns first,
 * then two GROUP BY queries whose small answers are read as they stream in, and with a comparison one more for the
 * comparison range. Emits finished() or failed() once.
 */
class UsageJob : public QObject
{
    Q_OBJECT
public:
    UsageJob(const Settings& settings, const UsageQuery& query, bool dedupe, QObject* parent = nullptr);

    /** At most this many rows per answer (the default is far above any per-user result). */
    void setMaxRows(qint64 rows) { m_runner.setMaxRows(rows); }
    void start();
    /** The server's version as it answered SELECT version(); empty until then. */
    QString serverVersion() const { return m_runner.serverVersion(); }
    /** Aborts the running request and asks the server to stop its query (KILL QUERY by query_id). */
    void cancel();

Q_SIGNALS:
    void finished(const Usage::UsageResult& result);
    /** reason is one line naming the server; authentication is set for a wrong user or password. */
    void failed(const QString& reason, bool authentication);
    void cancelled();

private:
    void onRunFailed(const RunFailure& failure);
    void fail(const QString& reason, bool authentication = false);
    void afterSchema();
    /** Runs both queries for the user ids from index `from` on, as many as fit in one statement, then the rest. */
    void runPart(qsizetype from);
    /** The current range's result is complete: asks for the comparison range next, or emits the result. */
    void finish();

    Settings m_settings;
    UsageQuery m_query; ///< the range being asked for: the query's own, then its comparison range
    UsageQuery m_full; ///< the query as given
    std::optional<UsageResult> m_current; ///< the current range's result while the comparison range is asked for
    bool m_dedupe;
    StatementRunner m_runner;
    ResultBuilder m_builder;
    bool m_done = false;
};

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatementrunner.h"

#include <QObject>

#include <vector>

namespace Usage::ClickHouse {

/**
 * The requests of one group value from a ClickHouse server: its version and the table's columns, then pages of
 * 1,000 rows (SELECT ... ORDER BY ... LIMIT ... OFFSET) until the query's limit or a short page. Emits finished()
 * once, with an empty error on success.
 */
class RequestsJob : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kPageSize = 1000;

    RequestsJob(const Settings& settings, const Requests::RequestsQuery& query, QObject* parent = nullptr);

    void start();
    std::vector<Requests::RequestRow>& rows() { return m_rows; }

Q_SIGNALS:
    void finished(const QString& error);

private:
    void nextPage();
    void onRunFailed(const RunFailure& failure);
    void finish(const QString& error);

    Settings m_settings;
    Requests::RequestsQuery m_query;
    StatementRunner m_runner;
    std::vector<Requests::RequestRow> m_rows;
    bool m_done = false;
};

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"
#include "net/clickhouse/clickhouseschema.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatement.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

class QNetworkReply;

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
    ~RequestsJob() override;

    void start();
    std::vector<Requests::RequestRow>& rows() { return m_rows; }

Q_SIGNALS:
    void finished(const QString& error);

private:
    using RowHandler = std::function<bool(const QStringList&)>;
    void run(const Statement& statement, RowHandler onRow, std::function<void()> onDone);
    void nextPage();
    void finish(const QString& error);

    Settings m_settings;
    Requests::RequestsQuery m_query;
    TableSchema m_schema;
    QNetworkAccessManager m_network;
    QNetworkReply* m_reply = nullptr;
    QTimer m_deadline;
    std::vector<Requests::RequestRow> m_rows;
    bool m_done = false;
};

} // namespace Usage::ClickHouse

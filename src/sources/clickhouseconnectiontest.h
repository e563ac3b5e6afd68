// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "net/clickhouse/clickhousesettings.h"

#include <QObject>
#include <QPointer>

namespace Usage::ClickHouse {
class UsageJob;
}

/**
 * The source panel's "Test connection": asks the server for its version (SELECT version()) and counts the table's
 * requests in the query's range (and organization), so a wrong address, login, table or range shows before a run.
 */
class ClickHouseConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ClickHouseConnectionTest(QObject* parent = nullptr);
    ~ClickHouseConnectionTest() override;

    /** Starts a test; one still going is dropped. Only the range and time zone of query are used. */
    void start(const Usage::ClickHouse::Settings& settings, const Usage::UsageQuery& query);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void succeeded(const QString& version, qint64 requests);
    void failed(const QString& reason);

private:
    QPointer<Usage::ClickHouse::UsageJob> m_job;
};

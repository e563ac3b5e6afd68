// SPDX-License-Identifier: MIT
#include "sources/clickhouseconnectiontest.h"

#include "net/clickhouse/clickhouseusagejob.h"

ClickHouseConnectionTest::ClickHouseConnectionTest(QObject* parent)
    : QObject(parent)
{
}

ClickHouseConnectionTest::~ClickHouseConnectionTest()
{
    cancel();
}

void ClickHouseConnectionTest::start(const Usage::ClickHouse::Settings& settings, const Usage::UsageQuery& query)
{
    cancel();
    Usage::UsageQuery count; // every user, grouped by user: the totals are the rows in the range
    count.startMs = query.startMs;
    count.endMs = query.endMs;
    count.zone = query.zone;
    auto* job = new Usage::ClickHouse::UsageJob(settings, count, false, this);
    m_job = job;
    connect(job, &Usage::ClickHouse::UsageJob::finished, this, [this, job](const Usage::UsageResult& result) {
        const QString version = job->serverVersion();
        job->deleteLater();
        m_job = nullptr;
        Q_EMIT succeeded(version, Usage::clampToInt64(result.totals().requests));
    });
    connect(job, &Usage::ClickHouse::UsageJob::failed, this, [this, job](const QString& reason, bool) {
        job->deleteLater();
        m_job = nullptr;
        Q_EMIT failed(reason);
    });
    job->start();
}

bool ClickHouseConnectionTest::isRunning() const
{
    return !m_job.isNull();
}

void ClickHouseConnectionTest::cancel()
{
    if (!m_job)
        return;
    Usage::ClickHouse::UsageJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

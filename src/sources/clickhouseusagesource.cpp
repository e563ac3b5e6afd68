// SPDX-License-Identifier: MIT
#include "sources/clickhouseusagesource.h"

#include "net/clickhouse/clickhouseusagejob.h"
#include "sources/sourceslog.h"

#include <QDateTime>

ClickHouseUsageSource::ClickHouseUsageSource(QObject* parent)
    : UsageSource(parent)
{
}

ClickHouseUsageSource::~ClickHouseUsageSource()
{
    if (m_job)
        m_job->cancel();
}

QString ClickHouseUsageSource::checkSettings(const Usage::ClickHouse::Settings& s)
{
    const QUrl& url = s.url;
    if (url.isEmpty())
        return tr("Enter the ClickHouse server's address, e.g. https://clickhouse.example.com:8443.");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || !url.userInfo().isEmpty() || url.hasQuery())
        return tr("The ClickHouse address must be http(s)://host:port, without user, password or query.");
    if (s.isInsecure() && !s.allowInsecure)
        return tr("%1 is plain http:// to another computer: the password would travel unencrypted. Use https://, "
                  "or tick \"Allow unencrypted\" if this network is trusted.")
            .arg(url.toString());
    if (s.user.isEmpty() || s.database.isEmpty() || s.table.isEmpty())
        return tr("The ClickHouse user, database and table cannot be empty.");
    return {};
}

QString ClickHouseUsageSource::validate(const SourceRequest& request) const
{
    return checkSettings(request.clickhouse);
}

void ClickHouseUsageSource::start(const SourceRequest& request)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_authentication = false;
    qCInfo(lcSources) << "clickhouse run started on" << request.clickhouse.serverName() << "dedupe" << request.dedupe;
    auto* job = new Usage::ClickHouse::UsageJob(request.clickhouse, request.query, request.dedupe, this);
    m_job = job;
    connect(job, &Usage::ClickHouse::UsageJob::finished, this, [this, job](const Usage::UsageResult& result) {
        job->deleteLater();
        Usage::UsageResult r = result;
        r.fetchedAt = QDateTime::currentDateTimeUtc(); // the figures are the server's as of now
        Q_EMIT finished(r);
    });
    connect(job, &Usage::ClickHouse::UsageJob::failed, this, [this, job](const QString& reason, bool authentication) {
        job->deleteLater();
        m_authentication = authentication;
        Q_EMIT failed(reason);
    });
    connect(job, &Usage::ClickHouse::UsageJob::cancelled, this, [this, job] {
        job->deleteLater();
        Q_EMIT cancelled();
    });
    // ClickHouse tells nothing about how far a query is: a busy indicator while it runs
    Q_EMIT progressChanged(-1, tr("Waiting for ClickHouse server %1…").arg(request.clickhouse.serverName()));
    job->start();
}

void ClickHouseUsageSource::cancel()
{
    if (m_job)
        m_job->cancel();
}

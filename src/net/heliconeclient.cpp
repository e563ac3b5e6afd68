// SPDX-License-Identifier: MIT
#include "net/heliconeclient.h"

#include "net/metricsjob.h"
#include "net/restclient.h"
#include "net/seriesjob.h"
#include "net/timeunitprobe.h"
#include "net/userqueryjob.h"

#include <QDateTime>

#include <algorithm>

namespace Usage::Net {

namespace {

    QString unitKey(const QUrl& baseUrl)
    {
        return baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
    }

} // namespace

HeliconeClient::HeliconeClient(QObject* parent)
    : QObject(parent)
    , m_rest(new RestClient(this))
{
}

HeliconeClient::~HeliconeClient()
{
    abortAll();
}

void HeliconeClient::setOptions(const ClientOptions& options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

QUrl HeliconeClient::effectiveBaseUrl() const
{
    if (!m_options.baseUrl.isEmpty())
        return m_options.baseUrl;
    return QUrl(defaultBaseUrl(m_options.key));
}

bool HeliconeClient::isRunning() const
{
    return m_job || m_probe;
}

QNetworkAccessManager* HeliconeClient::networkAccessManager() const
{
    return m_rest->networkAccessManager();
}

std::optional<TimeUnit> HeliconeClient::knownTimeUnit(const QUrl& baseUrl) const
{
    const auto it = m_knownUnits.constFind(unitKey(baseUrl));
    if (it == m_knownUnits.constEnd())
        return std::nullopt;
    return *it;
}

void HeliconeClient::setKnownTimeUnit(const QUrl& baseUrl, TimeUnit unit)
{
    m_knownUnits.insert(unitKey(baseUrl), unit);
}

int HeliconeClient::seriesRequestCount(const UsageQuery& query, QString* error)
{
    return SeriesJob::requestCount(query, error);
}

void HeliconeClient::start(const UsageQuery& query)
{
    begin(query, false);
}

void HeliconeClient::startSeries(const UsageQuery& query)
{
    QString error;
    const int requests = seriesRequestCount(query, &error);
    if (requests < 0 || (seriesNeedsConfirmation(requests) && !m_options.largeSeriesConfirmed)) {
        abortAll();
        Q_EMIT failed(requests < 0 ? error
                                   : tr("the series needs %1 requests, more than %2: confirm to send them")
                                         .arg(requests)
                                         .arg(kSeriesRequestsWithoutConfirmation));
        return;
    }
    begin(query, true);
}

void HeliconeClient::begin(const UsageQuery& query, bool series)
{
    abortAll();
    const QUrl baseUrl = effectiveBaseUrl();
    m_rest->setOptions(m_options, baseUrl);
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    if (ids.isEmpty() && !series) {
        launch(new MetricsJob(m_rest, query, this)); // its bounds are always seconds
        return;
    }
    const bool timeFiltered = query.startMs || query.endMs;
    if (!timeFiltered || !m_options.probeTimeUnit || knownTimeUnit(baseUrl)) {
        runAfterProbe(query, series);
        return;
    }
    Q_EMIT progressChanged(-1, tr("finding out the server's time unit"));
    auto* probe = new TimeUnitProbe(m_rest, QDateTime::currentMSecsSinceEpoch(), this);
    m_probe = probe;
    connect(probe, &TimeUnitProbe::failed, this, [this, probe](const QString& reason) {
        m_probe.clear();
        probe->deleteLater();
        Q_EMIT failed(reason);
    });
    connect(
        probe, &TimeUnitProbe::decided, this, [this, probe, baseUrl, query, series](TimeUnit unit, bool conclusive) {
            if (conclusive) {
                setKnownTimeUnit(baseUrl, unit);
                Q_EMIT timeUnitDetected(baseUrl, unit);
            }
            if (m_probe != probe)
                return; // a slot cancelled the run or started another
            m_probe.clear();
            probe->deleteLater();
            runAfterProbe(query, series, unit);
        });
    probe->start();
}

void HeliconeClient::runAfterProbe(const UsageQuery& query, bool series, std::optional<TimeUnit> probed)
{
    const TimeUnit unit = probed ? *probed : knownTimeUnit(m_rest->baseUrl()).value_or(m_options.timeUnit);
    const bool timeFiltered = query.startMs || query.endMs;
    const TimeUnit used = timeFiltered && m_options.probeTimeUnit ? unit : m_options.timeUnit;
    if (series) {
        auto* job = new SeriesJob(m_rest, query, this);
        job->setTimeUnit(used);
        launch(job);
    } else {
        auto* job = new UserQueryJob(m_rest, query, this);
        job->setTimeUnit(used);
        launch(job);
    }
}

void HeliconeClient::launch(BatchJob* job)
{
    m_job = job;
    connect(job, &BatchJob::progressChanged, this, &HeliconeClient::progressChanged);
    connect(job, &BatchJob::finished, this, [this, job](const UsageResult& result) {
        m_job.clear();
        job->deleteLater();
        Q_EMIT finished(result);
    });
    connect(job, &BatchJob::failed, this, [this, job](const QString& reason) {
        m_job.clear();
        job->deleteLater();
        Q_EMIT failed(reason);
    });
    job->start();
}

void HeliconeClient::cancel()
{
    if (!isRunning())
        return;
    abortAll();
    Q_EMIT cancelled();
}

void HeliconeClient::abortAll()
{
    // take the job first: nothing may react to its replies any more
    if (BatchJob* job = m_job) {
        m_job.clear();
        job->disconnect(this);
        job->abort();
        job->deleteLater();
    }
    if (TimeUnitProbe* probe = m_probe) {
        m_probe.clear();
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    }
}

} // namespace Usage::Net

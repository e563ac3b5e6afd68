// SPDX-License-Identifier: MIT
#include "sources/remoteusagesource.h"

#include "net/heliconeapi.h"

#include <QHash>
#include <QSet>
#include <QSettings>
#include <QUrl>

namespace {

QSet<QString>& insecureAllowed()
{
    static QSet<QString> urls;
    return urls;
}

QString normalised(const QString& baseUrl)
{
    QString error;
    const auto url = Usage::Net::parseBaseUrl(baseUrl, &error);
    return url ? url->toString() : baseUrl.trimmed();
}

} // namespace

namespace {

/** Where the probed time unit of a server is kept: hex of the URL, as QSettings keys cannot hold '/' or ':'. */
QString timeUnitSettingsKey(const QUrl& baseUrl)
{
    return QStringLiteral("api/timeUnitOf/") + QString::fromLatin1(baseUrl.toString().toUtf8().toHex());
}

} // namespace

RemoteUsageSource::RemoteUsageSource(QObject* parent)
    : UsageSource(parent)
    , m_client(new Usage::Net::HeliconeClient(this))
{
    connect(m_client, &Usage::Net::HeliconeClient::progressChanged, this, [this](int permille, const QString& text) {
        if (m_phase == Phase::Series)
            Q_EMIT progressChanged(permille, tr("Cost over time: %1").arg(text));
        else
            Q_EMIT progressChanged(permille, text);
    });
    connect(m_client, &Usage::Net::HeliconeClient::finished, this, &RemoteUsageSource::onClientFinished);
    // a probed unit is remembered per server across sessions (the client remembers it for this one)
    connect(m_client, &Usage::Net::HeliconeClient::timeUnitDetected, this,
        [](const QUrl& baseUrl, Usage::Net::TimeUnit unit) {
            QSettings().setValue(timeUnitSettingsKey(baseUrl),
                unit == Usage::Net::TimeUnit::Seconds ? QStringLiteral("s") : QStringLiteral("ms"));
        });
    connect(m_client, &Usage::Net::HeliconeClient::failed, this, &RemoteUsageSource::onClientFailed);
    connect(m_client, &Usage::Net::HeliconeClient::cancelled, this, [this] {
        m_phase = Phase::Idle;
        Q_EMIT cancelled();
    });
}

RemoteUsageSource::~RemoteUsageSource() = default;

Usage::Net::ClientOptions RemoteUsageSource::clientOptions(const ApiSettings& api)
{
    Usage::Net::ClientOptions options;
    options.key = api.key.trimmed();
    QString error;
    const QString base = api.baseUrl.trimmed().isEmpty() ? Usage::Net::defaultBaseUrl(options.key) : api.baseUrl;
    if (const auto url = Usage::Net::parseBaseUrl(base, &error))
        options.baseUrl = *url;
    options.timeUnit = api.timeUnit == ApiSettings::TimeUnit::Seconds ? Usage::Net::TimeUnit::Seconds
                                                                      : Usage::Net::TimeUnit::Milliseconds;
    // milliseconds stay the answer when neither probe returns rows (today's Helicone server)
    options.probeTimeUnit = api.timeUnit == ApiSettings::TimeUnit::Automatic;
    return options;
}

void RemoteUsageSource::allowInsecure(const QString& baseUrl)
{
    insecureAllowed().insert(normalised(baseUrl));
}

bool RemoteUsageSource::isInsecureAllowed(const QString& baseUrl)
{
    return insecureAllowed().contains(normalised(baseUrl));
}

QString RemoteUsageSource::validate(const SourceRequest& request) const
{
    if (request.api.key.trimmed().isEmpty())
        return tr("Enter your Helicone API key first (Source › API key), or set HELICONE_API_KEY.");
    QString error;
    const QString base = request.api.baseUrl.trimmed();
    if (!base.isEmpty()) {
        const auto url = Usage::Net::parseBaseUrl(base, &error);
        if (!url)
            return tr("The base URL is not usable: %1.").arg(base);
        if (Usage::Net::isInsecure(*url) && !isInsecureAllowed(base))
            return tr("%1 is plain http:// to another computer: the API key would travel unencrypted. Use "
                      "https://, or choose the URL again and confirm.")
                .arg(url->toString());
    }
    if (request.query.groupBy.key != Usage::GroupKey::User)
        return tr("Helicone's API groups by user only: choose “User”, or open log files to group by model, "
                  "provider or a property.");
    return {};
}

void RemoteUsageSource::start(const SourceRequest& request)
{
    m_request = request;
    m_totals = {};
    m_phase = Phase::Totals;
    const Usage::Net::ClientOptions options = clientOptions(request.api);
    if (options.probeTimeUnit && !m_client->knownTimeUnit(options.baseUrl)) {
        const QString known = QSettings().value(timeUnitSettingsKey(options.baseUrl)).toString();
        if (known == QLatin1String("s") || known == QLatin1String("ms"))
            m_client->setKnownTimeUnit(options.baseUrl,
                known == QLatin1String("s") ? Usage::Net::TimeUnit::Seconds : Usage::Net::TimeUnit::Milliseconds);
    }
    m_client->setOptions(options);
    m_client->start(request.query);
}

void RemoteUsageSource::onClientFinished(const Usage::UsageResult& result)
{
    if (m_phase == Phase::Series) {
        finishWithSeries(result);
        return;
    }
    m_phase = Phase::Idle;
    const Usage::UsageQuery& query = m_request.query;
    if (query.userIds.isEmpty() || !query.startMs || !query.endMs || result.rows.isEmpty()) {
        Q_EMIT finished(result); // no series without a list of users and a bounded range
        return;
    }
    QString error;
    const int requests = Usage::Net::HeliconeClient::seriesRequestCount(query, &error);
    Usage::Net::ClientOptions options = clientOptions(m_request.api);
    if (requests > Usage::Net::kSeriesRequestsWithoutConfirmation) {
        options.largeSeriesConfirmed = m_confirm && m_confirm(requests);
        if (!options.largeSeriesConfirmed)
            error = tr("it needs %1 requests and was not confirmed").arg(requests);
    }
    if (requests < 0 || (requests > Usage::Net::kSeriesRequestsWithoutConfirmation && !options.largeSeriesConfirmed)) {
        Usage::UsageResult out = result;
        out.warnings.append(tr("No cost-over-time series: %1.").arg(error));
        Q_EMIT finished(out);
        return;
    }
    m_totals = result;
    m_phase = Phase::Series;
    m_client->setOptions(options);
    m_client->startSeries(query);
}

void RemoteUsageSource::onClientFailed(const QString& reason)
{
    if (m_phase == Phase::Series) {
        // the totals are good: keep them, without the series
        m_phase = Phase::Idle;
        Usage::UsageResult out = m_totals;
        out.warnings.append(tr("The cost-over-time series could not be fetched: %1").arg(reason));
        Q_EMIT finished(out);
        return;
    }
    m_phase = Phase::Idle;
    Q_EMIT failed(reason);
}

void RemoteUsageSource::finishWithSeries(const Usage::UsageResult& series)
{
    m_phase = Phase::Idle;
    Usage::UsageResult out = m_totals;
    QHash<QString, const Usage::GroupUsage*> byId;
    for (const Usage::GroupUsage& row : series.rows)
        byId.insert(row.id, &row);
    for (Usage::GroupUsage& row : out.rows) {
        if (const Usage::GroupUsage* s = byId.value(row.id))
            row.series = s->series;
    }
    out.series = series.series;
    out.warnings += series.warnings;
    for (const Usage::Diagnostic& d : series.errors)
        out.warnings.append(tr("The cost-over-time series is incomplete: %1").arg(d.reason));
    Q_EMIT finished(out);
}

void RemoteUsageSource::cancel()
{
    m_client->cancel();
    m_phase = Phase::Idle;
}

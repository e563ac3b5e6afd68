// SPDX-License-Identifier: MIT
#include "sources/remoteusagesource.h"

#include "core/comparerange.h"
#include "net/heliconeapi.h"
#include "sources/sourceslog.h"
#include "sources/timeunitstore.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <utility>

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

RemoteUsageSource::RemoteUsageSource(QObject* parent)
    : UsageSource(parent)
    , m_client(new Usage::Net::HeliconeClient(this))
{
    connect(m_client, &Usage::Net::HeliconeClient::progressChanged, this, [this](int permille, const QString& text) {
        if (m_phase == Phase::SeriesAfterTotals || m_phase == Phase::PreviousSeries)
            Q_EMIT progressChanged(permille, tr("Cost over time: %1").arg(text));
        else
            Q_EMIT progressChanged(permille, text);
    });
    connect(m_client, &Usage::Net::HeliconeClient::finished, this, &RemoteUsageSource::onClientFinished);
    // a probed unit is remembered per server across sessions (the client remembers it for this one)
    connect(m_client, &Usage::Net::HeliconeClient::timeUnitDetected, this,
        [](const QUrl& baseUrl, Usage::Net::TimeUnit unit) { TimeUnitStore().remember(baseUrl, unit); });
    connect(m_client, &Usage::Net::HeliconeClient::failed, this, &RemoteUsageSource::onClientFailed);
    connect(m_client, &Usage::Net::HeliconeClient::cancelled, this, [this] {
        if (std::exchange(m_deadlinePassed, false)) { // stopped by the deadline, not by the user
            onClientFailed(tr("no answer within the run's deadline of %1 s").arg(m_request.api.deadlineMs / 1000.0));
            return;
        }
        m_phase = Phase::Idle;
        Q_EMIT cancelled();
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RemoteUsageSource::onDeadline);
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
    // milliseconds stay the answer when neither probe returns rows (today's Helicone server)
    options.timeUnit = api.timeUnit.value_or(Usage::Net::TimeUnit::Milliseconds);
    options.probeTimeUnit = !api.timeUnit;
    options.concurrency = api.concurrency;
    options.timeoutMs = api.timeoutMs;
    options.maxResponseBytes = api.maxAnswerBytes;
    options.largeSeriesConfirmed = api.largeSeriesConfirmed;
    return options;
}

Usage::Net::ClientOptions RemoteUsageSource::runOptions() const
{
    Usage::Net::ClientOptions options = clientOptions(m_request.api);
    options.runDeadline = m_runDeadline;
    return options;
}

void RemoteUsageSource::onDeadline()
{
    if (m_phase == Phase::Idle)
        return;
    qCInfo(lcSources) << "API run passed its deadline of" << m_request.api.deadlineMs << "ms";
    m_deadlinePassed = true;
    m_client->cancel();
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
    m_deadlinePassed = false;
    m_runDeadline =
        request.api.deadlineMs > 0 ? QDeadlineTimer(request.api.deadlineMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    if (request.api.deadlineMs > 0)
        m_deadlineTimer.start(std::chrono::milliseconds(request.api.deadlineMs));
    else
        m_deadlineTimer.stop();
    Usage::Net::ClientOptions options = runOptions();
    qCInfo(lcSources) << "API run started:" << options.baseUrl.toString() << request.query.userIds.size()
                      << "user id(s), time unit" << timeUnitText(request.api.timeUnit);
    if (options.probeTimeUnit && !m_client->knownTimeUnit(options.baseUrl)) {
        if (const auto known = TimeUnitStore().unit(options.baseUrl))
            m_client->setKnownTimeUnit(options.baseUrl, *known);
    }
    if (request.api.series == ApiSettings::Series::Only) {
        QString error;
        options.largeSeriesConfirmed =
            confirmSeries(Usage::Net::HeliconeClient::seriesRequestCount(request.query, &error));
        m_phase = Phase::SeriesOnly;
        m_client->setOptions(options);
        m_client->startSeries(request.query);
        return;
    }
    m_phase = Phase::Totals;
    m_client->setOptions(options);
    m_client->start(request.query);
}

bool RemoteUsageSource::confirmSeries(int requests) const
{
    if (!Usage::Net::seriesNeedsConfirmation(requests) || m_request.api.largeSeriesConfirmed)
        return true;
    return m_confirm && m_confirm(requests);
}

void RemoteUsageSource::onClientFinished(const Usage::UsageResult& result)
{
    if (m_phase == Phase::SeriesAfterTotals && m_request.query.hasComparison()) {
        // the comparison range's series next, for the detail panel's previous-period line
        m_currentSeries = result;
        m_phase = Phase::PreviousSeries;
        Usage::Net::ClientOptions options = runOptions();
        options.largeSeriesConfirmed = m_seriesConfirmed;
        m_client->setOptions(options);
        m_client->startSeries(Usage::comparisonQuery(m_request.query));
        return;
    }
    if (m_phase == Phase::SeriesAfterTotals) {
        finishWithSeries(result);
        return;
    }
    if (m_phase == Phase::PreviousSeries) {
        finishWithSeries(std::exchange(m_currentSeries, {}), &result);
        return;
    }
    // with a comparison, the same client asks for the comparison range next; both are merged by group
    if (m_phase == Phase::Totals && m_request.query.hasComparison()) {
        m_current = result;
        m_phase = Phase::PreviousTotals;
        m_client->setOptions(runOptions());
        m_client->start(Usage::comparisonQuery(m_request.query));
        return;
    }
    if (m_phase == Phase::PreviousTotals) {
        Usage::UsageResult merged = std::exchange(m_current, {});
        merged.query = m_request.query;
        Usage::attachPrevious(merged, result);
        merged.errors += result.errors;
        merged.warnings += result.warnings;
        merged.partial = merged.partial || result.partial;
        m_phase = Phase::Totals;
        onTotals(merged);
        return;
    }
    onTotals(result);
}

void RemoteUsageSource::onTotals(const Usage::UsageResult& result)
{
    const bool totalsOnly = m_phase == Phase::SeriesOnly || m_request.api.series == ApiSettings::Series::None;
    m_phase = Phase::Idle;
    const Usage::UsageQuery& query = m_request.query;
    if (totalsOnly || query.userIds.isEmpty() || !query.startMs || !query.endMs || result.rows.isEmpty()) {
        Q_EMIT finished(result); // no series without a list of users and a bounded range
        return;
    }
    QString error;
    int requests = Usage::Net::HeliconeClient::seriesRequestCount(query, &error);
    if (requests >= 0 && query.hasComparison()) { // both ranges' series, confirmed together
        const int previous = Usage::Net::HeliconeClient::seriesRequestCount(Usage::comparisonQuery(query), &error);
        requests = previous >= 0 ? requests + previous : previous;
    }
    Usage::Net::ClientOptions options = runOptions();
    options.largeSeriesConfirmed = requests >= 0 && confirmSeries(requests);
    m_seriesConfirmed = options.largeSeriesConfirmed;
    if (!options.largeSeriesConfirmed) {
        if (requests >= 0)
            error = tr("it needs %1 requests and was not confirmed").arg(requests);
        Usage::UsageResult out = result;
        out.warnings.append(tr("No cost-over-time series: %1.").arg(error));
        Q_EMIT finished(out);
        return;
    }
    m_totals = result;
    m_phase = Phase::SeriesAfterTotals;
    m_client->setOptions(options);
    m_client->startSeries(query);
}

void RemoteUsageSource::onClientFailed(const QString& reason)
{
    if (m_phase == Phase::PreviousSeries) {
        // the totals and the range's series are good: keep them, without the previous period's series
        Usage::UsageResult current = std::exchange(m_currentSeries, {});
        current.warnings.append(tr("The previous period's cost over time could not be fetched: %1").arg(reason));
        finishWithSeries(current);
        return;
    }
    if (m_phase == Phase::SeriesAfterTotals) {
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

void RemoteUsageSource::finishWithSeries(const Usage::UsageResult& current, const Usage::UsageResult* previous)
{
    m_phase = Phase::Idle;
    Usage::UsageResult out = m_totals;
    QHash<QString, const Usage::GroupUsage*> byId;
    QHash<QString, const Usage::GroupUsage*> previousById;
    for (const Usage::GroupUsage& row : current.rows)
        byId.insert(row.id, &row);
    if (previous) {
        for (const Usage::GroupUsage& row : previous->rows)
            previousById.insert(row.id, &row);
    }
    for (Usage::GroupUsage& row : out.rows) {
        if (const Usage::GroupUsage* s = byId.value(row.id))
            row.series = s->series;
        if (const Usage::GroupUsage* s = previousById.value(row.id))
            row.previousSeries = s->series;
    }
    out.series = current.series;
    for (const Usage::UsageResult* one : { &current, previous }) {
        if (!one)
            continue;
        out.warnings += one->warnings;
        for (const Usage::Diagnostic& d : one->errors)
            out.warnings.append(tr("The cost-over-time series is incomplete: %1").arg(d.reason));
    }
    Q_EMIT finished(out);
}

void RemoteUsageSource::cancel()
{
    m_deadlineTimer.stop();
    m_client->cancel();
    m_phase = Phase::Idle;
}

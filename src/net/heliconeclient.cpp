// SPDX-License-Identifier: MIT
#include "net/heliconeclient.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Usage::Net {

struct HeliconeClient::Batch
{
    QStringList ids;
    qint64 offset = -1; ///< a page of /v1/user/metrics/query; -1 for a batch of ids
    bool series = false; ///< one bucket of a time series: its window and start
    qint64 bucketStart = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    QTimer* retryTimer = nullptr; ///< owned by the client; waiting for a retry while set
    bool sent = false; ///< handed to the network at least once (or waiting for a retry)
    bool done = false;
    bool ok = false;
    bool tooLarge = false;
    QString error;
};

struct HeliconeClient::Run
{
    UsageQuery query;
    QUrl baseUrl;
    QUrl url;
    qint64 nowMs = 0;
    QList<Batch> batches;
    int active = 0; ///< batches in flight or waiting for a retry
    int done = 0;
    QHash<QString, qsizetype> rowOf;
    QList<GroupUsage> rows;
    bool anyOk = false;
    bool allUsers = false; ///< paging /v1/user/metrics/query
    bool series = false; ///< a cost-over-time run
    TimeUnit unit = TimeUnit::Milliseconds;
    // the time-unit probe: two requests, milliseconds and seconds
    QPointer<QNetworkReply> probes[2];
    int probeRows[2] = { 0, 0 };
    int probesDone = 0;
    bool probing = false;
    bool probeInconclusive = false;
};

namespace {

    constexpr int kMaxIdsListed = 100;

    /** Seconds to wait from Retry-After (seconds or an HTTP date) or RateLimit-Reset / RateLimit: reset=N; -1: none. */
    qint64 retryDelayMs(const QNetworkReply* reply)
    {
        const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
        if (!retryAfter.isEmpty()) {
            bool ok = false;
            const qint64 seconds = retryAfter.toLongLong(&ok);
            if (ok && seconds >= 0)
                return seconds * 1000;
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            if (when.isValid())
                return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
        }
        const QByteArray reset = reply->rawHeader("RateLimit-Reset").trimmed();
        if (!reset.isEmpty()) {
            bool ok = false;
            const qint64 seconds = reset.toLongLong(&ok);
            if (ok && seconds >= 0)
                return seconds * 1000;
        }
        const QByteArray combined = reply->rawHeader("RateLimit");
        if (!combined.isEmpty()) {
            static const QRegularExpression re(QStringLiteral("reset\\s*=\\s*(\\d+)"));
            const auto m = re.match(QString::fromLatin1(combined));
            if (m.hasMatch())
                return m.captured(1).toLongLong() * 1000;
        }
        return -1;
    }

    QString listIds(const QStringList& ids)
    {
        QStringList shown = ids.mid(0, kMaxIdsListed);
        for (QString& id : shown)
            id = id.isEmpty() ? QStringLiteral("\"\"") : id;
        QString text = shown.join(QStringLiteral(", "));
        if (ids.size() > kMaxIdsListed)
            text += QObject::tr(" and %n more", nullptr, int(ids.size() - kMaxIdsListed));
        return text;
    }

    bool isTransient(QNetworkReply::NetworkError error)
    {
        switch (error) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::UnknownServerError:
            return true;
        default:
            return false;
        }
    }

} // namespace

HeliconeClient::HeliconeClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
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
    return m_run != nullptr;
}

int HeliconeClient::seriesRequestCount(const UsageQuery& query, QString* error)
{
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        *error = tr("a time series needs a list of users");
        return -1;
    }
    const auto buckets = seriesBuckets(query, error);
    if (!buckets)
        return -1;
    const int batches = int((ids.size() + kMaxUsersPerRequest - 1) / kMaxUsersPerRequest);
    return int(buckets->size()) * batches;
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

void HeliconeClient::start(const UsageQuery& query)
{
    begin(query, false);
}

void HeliconeClient::begin(const UsageQuery& query, bool series)
{
    abortAll();
    ++m_generation;
    m_run = std::make_unique<Run>();
    m_run->query = query;
    m_run->baseUrl = effectiveBaseUrl();
    m_run->url = endpointUrl(m_run->baseUrl, kUserQueryPath);
    m_run->nowMs = QDateTime::currentMSecsSinceEpoch();
    m_run->unit = m_options.timeUnit;
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    m_run->allUsers = ids.isEmpty() && !series;
    m_run->series = series;
    if (series) {
        QString error;
        const QList<SeriesBucket> buckets = seriesBuckets(query, &error).value_or(QList<SeriesBucket> {});
        for (const SeriesBucket& bucket : buckets) {
            for (qsizetype i = 0; i < ids.size(); i += kMaxUsersPerRequest) {
                Batch batch;
                batch.ids = ids.mid(i, kMaxUsersPerRequest);
                batch.series = true;
                batch.bucketStart = bucket.startMs;
                batch.fromMs = bucket.fromMs;
                batch.toMs = bucket.toMs;
                m_run->batches.append(std::move(batch));
            }
        }
    } else if (m_run->allUsers) {
        m_run->url = endpointUrl(m_run->baseUrl, kUserMetricsPath);
        Batch page;
        page.offset = 0;
        m_run->batches.append(std::move(page));
    } else {
        for (qsizetype i = 0; i < ids.size(); i += kMaxUsersPerRequest) {
            Batch batch;
            batch.ids = ids.mid(i, kMaxUsersPerRequest);
            m_run->batches.append(std::move(batch));
        }
    }
    const bool timeFiltered = query.startMs || query.endMs;
    if (!m_run->allUsers && timeFiltered && m_options.probeTimeUnit) {
        if (const auto known = knownTimeUnit(m_run->baseUrl)) {
            m_run->unit = *known;
        } else {
            startProbe();
            return;
        }
    }
    reportProgress();
    launchMore();
}

std::optional<TimeUnit> HeliconeClient::knownTimeUnit(const QUrl& baseUrl) const
{
    const auto it = m_knownUnits.constFind(baseUrl.adjusted(QUrl::StripTrailingSlash).toString());
    if (it == m_knownUnits.constEnd())
        return std::nullopt;
    return *it;
}

void HeliconeClient::setKnownTimeUnit(const QUrl& baseUrl, TimeUnit unit)
{
    m_knownUnits.insert(baseUrl.adjusted(QUrl::StripTrailingSlash).toString(), unit);
}

void HeliconeClient::startProbe()
{
    m_run->probing = true;
    Q_EMIT progressChanged(-1, tr("finding out the server's time unit"));
    const qint64 end = m_run->nowMs;
    const qint64 start = end - qint64(365) * 24 * 3600 * 1000;
    const QUrl url = endpointUrl(m_run->baseUrl, kUserQueryPath);
    const quint64 generation = m_generation;
    for (int i = 0; i < 2; ++i) {
        const TimeUnit unit = i == 0 ? TimeUnit::Milliseconds : TimeUnit::Seconds;
        QNetworkReply* reply = m_nam->post(makeRequest(url), userQueryBody({}, start, end, unit, end));
        m_run->probes[i] = reply;
        connect(reply, &QNetworkReply::finished, this, [this, i, generation] { onProbeFinished(i, generation); });
    }
}

void HeliconeClient::onProbeFinished(int index, quint64 generation)
{
    if (generation != m_generation || !m_run)
        return;
    QNetworkReply* reply = m_run->probes[index];
    m_run->probes[index].clear();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        failRun(tr("the API key was rejected (HTTP %1: %2)").arg(status).arg(errorAnswerText(reply->readAll())));
        return;
    }
    QString error;
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        const auto answer = parseUserQueryAnswer(reply->readAll(), &error);
        if (answer && answer->serverError.isEmpty())
            m_run->probeRows[index] = int(answer->rows.size());
    } else if (status == 429 || status >= 500 || status == 0) {
        m_run->probeInconclusive = true; // rate limited or unreachable: decide for this run, remember nothing
    } // any other answer counts as "no rows": a server reading seconds may fail on millisecond values
    if (++m_run->probesDone < 2)
        return;
    m_run->probing = false;
    m_run->unit = m_run->probeRows[0] == 0 && m_run->probeRows[1] > 0 ? TimeUnit::Seconds : TimeUnit::Milliseconds;
    if (!m_run->probeInconclusive) {
        setKnownTimeUnit(m_run->baseUrl, m_run->unit);
        Q_EMIT timeUnitDetected(m_run->baseUrl, m_run->unit);
    }
    if (!m_run)
        return; // a slot cancelled the run
    reportProgress();
    launchMore();
}

QNetworkRequest HeliconeClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("UsageExplorer/" UE_VERSION_STRING));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_options.key.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    return request;
}

void HeliconeClient::cancel()
{
    if (!m_run)
        return;
    abortAll();
    Q_EMIT cancelled();
}

void HeliconeClient::abortAll()
{
    if (!m_run)
        return;
    // take the run first: abort() emits finished() synchronously, and nothing may react to it any more
    const std::unique_ptr<Run> run = std::move(m_run);
    ++m_generation;
    for (QPointer<QNetworkReply>& probe : run->probes) {
        if (QNetworkReply* reply = probe) {
            reply->disconnect(this);
            delete reply;
        }
    }
    for (Batch& batch : run->batches) {
        if (batch.retryTimer) {
            batch.retryTimer->stop();
            batch.retryTimer->deleteLater();
            batch.retryTimer = nullptr;
        }
        if (batch.reply) {
            QNetworkReply* reply = batch.reply;
            // deleting an unfinished reply aborts its transfer at once and drops its queued notifications
            // (abort() would still deliver them, and Qt warns about an error reported twice)
            reply->disconnect(this);
            delete reply;
        }
    }
}

void HeliconeClient::launchMore()
{
    if (!m_run)
        return;
    for (int i = 0; i < m_run->batches.size() && m_run->active < m_options.concurrency; ++i) {
        Batch& batch = m_run->batches[i];
        if (batch.sent || batch.done)
            continue;
        batch.sent = true;
        ++m_run->active;
        send(i);
    }
}

void HeliconeClient::send(int batchIndex)
{
    Batch& batch = m_run->batches[batchIndex];
    ++batch.attempts;
    batch.tooLarge = false;

    const QByteArray body = batch.offset >= 0
        ? userMetricsBody(batch.offset, kMetricsPageSize, m_run->query.startMs, m_run->query.endMs, m_run->nowMs)
        : batch.series ? userQueryBody(batch.ids, batch.fromMs, batch.toMs, m_run->unit, m_run->nowMs)
                       : userQueryBody(batch.ids, m_run->query.startMs, m_run->query.endMs, m_run->unit, m_run->nowMs);
    QNetworkReply* reply = m_nam->post(makeRequest(m_run->url), body);
    batch.reply = reply;
    const quint64 generation = m_generation;
    const qint64 cap = m_options.maxResponseBytes;
    auto refuseIfTooLarge = [this, reply, batchIndex, generation, cap](qint64 size) {
        if (size <= cap || generation != m_generation || !m_run)
            return;
        m_run->batches[batchIndex].tooLarge = true;
        reply->abort(); // finished() follows, and onReplyFinished reports it
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseIfTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            refuseIfTooLarge(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
        [refuseIfTooLarge](qint64 received, qint64) { refuseIfTooLarge(received); });
    connect(reply, &QNetworkReply::finished, this,
        [this, batchIndex, generation] { onReplyFinished(batchIndex, generation); });
}

void HeliconeClient::onReplyFinished(int batchIndex, quint64 generation)
{
    if (generation != m_generation || !m_run)
        return;
    Batch& batch = m_run->batches[batchIndex];
    QNetworkReply* reply = batch.reply;
    if (!reply)
        return;
    batch.reply.clear();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const double seconds = m_options.timeoutMs / 1000.0;

    if (batch.tooLarge) {
        batchFailed(batchIndex,
            tr("the answer is larger than %1 MB and was refused").arg(m_options.maxResponseBytes / 1048576.0));
        return;
    }
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        batchFailed(batchIndex, tr("no answer within %1 s (timeout)").arg(seconds));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        failRun(tr("the secure connection to %1 failed: %2").arg(m_run->baseUrl.host(), reply->errorString()));
        return;
    }
    if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError
        || (status >= 300 && status < 400)) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        failRun(tr("the server redirected the request to another address (%1); it was not followed, so the key "
                   "stays with %2")
                    .arg(target.isEmpty() ? reply->errorString() : target.adjusted(QUrl::RemoveQuery).toString(),
                        m_run->baseUrl.host()));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 401 || status == 403) {
        failRun(tr("the API key was rejected (HTTP %1: %2)").arg(status).arg(errorAnswerText(body)));
        return;
    }
    if (status == 429) {
        qint64 delay = retryDelayMs(reply);
        if (delay < 0) {
            delay = qint64(m_options.backoffBaseMs) << std::min(batch.attempts - 1, 10);
            delay += QRandomGenerator::global()->bounded(qint64(m_options.backoffBaseMs) / 2 + 1);
        }
        if (batch.attempts >= m_options.maxAttempts) {
            batchFailed(batchIndex, tr("rate limited (HTTP 429) after %n attempt(s)", nullptr, batch.attempts));
            return;
        }
        if (delay > m_options.maxRetryDelayMs) {
            batchFailed(batchIndex, tr("rate limited (HTTP 429); the server asks to wait %1 s").arg(delay / 1000));
            return;
        }
        retryLater(batchIndex, delay, tr("rate limited"));
        return;
    }
    if (status >= 500 || (status == 0 && isTransient(error)) || (status == 200 && error != QNetworkReply::NoError)) {
        const QString why = status >= 500 ? tr("HTTP %1: %2").arg(status).arg(errorAnswerText(body))
                                          : tr("the connection was lost (%1)").arg(reply->errorString());
        if (batch.attempts >= m_options.maxAttempts) {
            batchFailed(batchIndex, tr("%1, after %n attempt(s)", nullptr, batch.attempts).arg(why));
            return;
        }
        qint64 delay = qint64(m_options.backoffBaseMs) << std::min(batch.attempts - 1, 10);
        delay += QRandomGenerator::global()->bounded(qint64(m_options.backoffBaseMs) / 2 + 1);
        retryLater(batchIndex, delay, status >= 500 ? tr("server error %1").arg(status) : tr("connection lost"));
        return;
    }
    if (status == 0 || (error != QNetworkReply::NoError && status < 400)) {
        failRun(tr("cannot reach %1: %2").arg(m_run->baseUrl.toString(), reply->errorString()));
        return;
    }
    if (status == 422) {
        failRun(tr("the server refused the request as invalid (HTTP 422: %1)").arg(errorAnswerText(body)));
        return;
    }
    if (status != 200) {
        failRun(tr("HTTP %1 from %2: %3").arg(status).arg(m_run->url.toString(), errorAnswerText(body)));
        return;
    }

    QString parseError;
    const auto answer =
        batch.offset >= 0 ? parseUserMetricsAnswer(body, &parseError) : parseUserQueryAnswer(body, &parseError);
    if (!answer) {
        batchFailed(batchIndex, tr("the answer cannot be read: %1").arg(parseError));
        return;
    }
    if (!answer->serverError.isEmpty()) {
        batchFailed(batchIndex, tr("the server answered with an error: %1").arg(answer->serverError));
        return;
    }
    int added = 0;
    for (const GroupUsage& row : answer->rows) {
        const auto it = m_run->rowOf.constFind(row.id);
        if (batch.series) {
            qsizetype index = it != m_run->rowOf.constEnd() ? *it : -1;
            if (index < 0) {
                index = m_run->rows.size();
                m_run->rowOf.insert(row.id, index);
                GroupUsage usage;
                usage.id = row.id;
                m_run->rows.append(usage);
            }
            m_run->rows[index].totals.add(row.totals);
            m_run->rows[index].series.append(BucketTotals { batch.bucketStart, row.totals });
        } else if (it != m_run->rowOf.constEnd()) {
            if (!m_run->allUsers) // pages that overlap (users added meanwhile) count a user once
                m_run->rows[*it].totals.add(row.totals);
        } else {
            m_run->rowOf.insert(row.id, m_run->rows.size());
            m_run->rows.append(row);
            ++added;
        }
    }
    batch.done = true;
    batch.ok = true;
    // a full page asks for the next one; a short page (or one with nobody new) is the last
    if (m_run->allUsers && answer->rows.size() >= kMetricsPageSize && added > 0) {
        Batch next;
        next.offset = batch.offset + kMetricsPageSize;
        m_run->batches.append(std::move(next)); // batch is not used after this: the list may move
    }
    m_run->anyOk = true;
    --m_run->active;
    ++m_run->done;
    reportProgress();
    launchMore();
    maybeFinish();
}

void HeliconeClient::retryLater(int batchIndex, qint64 delayMs, const QString& why)
{
    Batch& batch = m_run->batches[batchIndex];
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(std::chrono::milliseconds(delayMs));
    batch.retryTimer = timer;
    const quint64 generation = m_generation;
    connect(timer, &QTimer::timeout, this, [this, batchIndex, generation, timer] {
        timer->deleteLater();
        if (generation != m_generation || !m_run)
            return;
        m_run->batches[batchIndex].retryTimer = nullptr;
        send(batchIndex);
    });
    timer->start();
    reportProgress(tr("%1, retrying in %2 s").arg(why).arg((delayMs + 999) / 1000));
}

void HeliconeClient::batchFailed(int batchIndex, const QString& reason)
{
    if (m_run->allUsers) { // a missing page leaves an unknown set of users out: no result at all
        failRun(reason);
        return;
    }
    Batch& batch = m_run->batches[batchIndex];
    batch.done = true;
    batch.ok = false;
    batch.error = reason;
    --m_run->active;
    ++m_run->done;
    reportProgress();
    launchMore();
    maybeFinish();
}

void HeliconeClient::failRun(const QString& reason)
{
    abortAll();
    Q_EMIT failed(reason);
}

void HeliconeClient::maybeFinish()
{
    if (!m_run || m_run->done < m_run->batches.size())
        return;
    const std::unique_ptr<Run> run = std::move(m_run);
    const int n = int(run->batches.size());
    if (!run->anyOk) {
        const QString first = run->batches.first().error;
        Q_EMIT failed(n == 1 ? first : tr("every batch failed; the first: %1").arg(first));
        return;
    }
    UsageResult result;
    result.query = run->query;
    result.rows = std::move(run->rows);
    result.provenance.kind = SourceKind::HeliconeApi;
    result.provenance.baseUrl = run->baseUrl.toString();
    result.provenance.endpoint =
        QStringLiteral("POST ") + QLatin1String(run->allUsers ? kUserMetricsPath : kUserQueryPath);
    // /v1/user/query compares whole seconds inclusively; the metrics endpoint excludes both bounds
    result.provenance.boundRule = run->allUsers ? QStringLiteral("exclusive") : QStringLiteral("inclusive-seconds");
    result.hasRequestTimes = run->allUsers; // first_active / last_active
    if (run->series) {
        QMap<qint64, Totals> all;
        for (GroupUsage& row : result.rows) {
            std::sort(row.series.begin(), row.series.end(),
                [](const BucketTotals& a, const BucketTotals& b) { return a.startMs < b.startMs; });
            for (const BucketTotals& bucket : std::as_const(row.series))
                all[bucket.startMs].add(bucket.totals);
        }
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            result.series.append(BucketTotals { it.key(), it.value() });
        result.warnings.append(tr("each bucket is asked as whole seconds, from its start to the next start minus "
                                  "1 s: requests in the last fraction of a second of a bucket are in no bucket"));
    }
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        const Batch& batch = run->batches[i];
        if (batch.ok)
            continue;
        result.partial = true;
        Diagnostic d;
        d.file = run->url.toString();
        const QString bucket = batch.series
            ? tr(" (bucket from %1)")
                  .arg(QDateTime::fromMSecsSinceEpoch(batch.bucketStart, run->query.zone).toString(Qt::ISODate))
            : QString();
        d.reason = batch.ids.isEmpty() ? tr("batch %1 of %2 failed: %3").arg(i + 1).arg(n).arg(batch.error)
            : batch.series
            ? tr("request %1 of %2%3 failed: %4; %n user(s) missing in that bucket: %5", nullptr, int(batch.ids.size()))
                  .arg(i + 1)
                  .arg(n)
                  .arg(bucket, batch.error, listIds(batch.ids))
            : tr("batch %1 of %2 failed: %3; %n user(s) missing: %4", nullptr, int(batch.ids.size()))
                  .arg(i + 1)
                  .arg(n)
                  .arg(batch.error, listIds(batch.ids));
        result.errors.append(d);
    }
    result.sortRows();
    Q_EMIT finished(result);
}

void HeliconeClient::reportProgress(const QString& extra)
{
    if (!m_run)
        return;
    const int n = int(m_run->batches.size());
    const int k = std::min(m_run->done + 1, n);
    if (m_run->allUsers) {
        QString text = tr("page %1, %n user(s) so far", nullptr, int(m_run->rows.size())).arg(k);
        if (!extra.isEmpty())
            text += QStringLiteral(": ") + extra;
        Q_EMIT progressChanged(-1, text);
        return;
    }
    QString text = m_run->series ? tr("request %1 of %2").arg(k).arg(n) : tr("batch %1 of %2").arg(k).arg(n);
    if (!extra.isEmpty())
        text += QStringLiteral(": ") + extra;
    Q_EMIT progressChanged(int(qint64(m_run->done) * 1000 / n), text);
}

} // namespace Usage::Net

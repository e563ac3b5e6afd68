// SPDX-License-Identifier: MIT
#include "net/batchjob.h"

#include "net/netlog.h"
#include "net/restclient.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QTimer>

namespace Usage::Net {

BatchJob::BatchJob(RestClient* rest, const UsageQuery& query, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_query(query)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

BatchJob::~BatchJob()
{
    abort();
}

void BatchJob::start()
{
    m_running = true;
    reportProgress();
    launchMore();
    maybeFinish(); // a run without requests
}

void BatchJob::abort()
{
    m_running = false;
    for (Request& request : m_requests) {
        delete request.retryTimer.data();
        if (QNetworkReply* reply = request.reply) {
            // deleting an unfinished reply aborts its transfer at once and drops its queued notifications
            // (abort() would still deliver them, and Qt warns about an error reported twice)
            reply->disconnect(this);
            delete reply;
        }
    }
}

int BatchJob::addRequest()
{
    m_requests.append(Request {});
    return int(m_requests.size() - 1);
}

qsizetype BatchJob::appendRow(const GroupUsage& row)
{
    const qsizetype index = m_rows.size();
    m_rowOf.insert(row.id, index);
    m_rows.append(row);
    return index;
}

void BatchJob::launchMore()
{
    const int concurrency = std::clamp(m_rest->options().concurrency, 1, 64);
    for (int i = 0; m_running && i < m_requests.size() && m_active < concurrency; ++i) {
        Request& request = m_requests[i];
        if (request.sent || request.done)
            continue;
        request.sent = true;
        ++m_active;
        send(i);
    }
}

void BatchJob::send(int index)
{
    Request& request = m_requests[index];
    ++request.attempts;
    QNetworkReply* reply = m_rest->post(path(), body(index));
    request.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, index] { onReplyFinished(index); });
}

void BatchJob::onReplyFinished(int index)
{
    QNetworkReply* reply = m_requests[index].reply;
    if (!reply || !m_running)
        return;
    m_requests[index].reply.clear();
    reply->deleteLater();
    const Outcome outcome = m_rest->judge(reply, m_requests[index].attempts);
    switch (outcome.kind) {
    case Outcome::Kind::Retry:
        retryLater(index, outcome.delayMs, outcome.reason);
        return;
    case Outcome::Kind::FailRequest:
        requestFailed(index, outcome.reason);
        return;
    case Outcome::Kind::FailRun:
        failRun(outcome.reason);
        return;
    case Outcome::Kind::Ok:
        break;
    }
    QString error;
    if (!take(index, outcome.body, &error)) {
        requestFailed(index, error);
        return;
    }
    if (m_running)
        requestDone(index, true);
}

void BatchJob::retryLater(int index, qint64 delayMs, const QString& why)
{
    qCDebug(lcNet) << "request" << index + 1 << "of" << m_requests.size() << why << "- retrying in" << delayMs << "ms";
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(std::chrono::milliseconds(delayMs));
    m_requests[index].retryTimer = timer;
    connect(timer, &QTimer::timeout, this, [this, index, timer] {
        timer->deleteLater();
        if (m_running)
            send(index);
    });
    timer->start();
    reportProgress(tr("%1, retrying in %2 s").arg(why).arg((delayMs + 999) / 1000));
}

void BatchJob::requestFailed(int index, const QString& text)
{
    const QString reason = m_rest->redact(text); // servers may echo the request, key included, in their errors
    qCDebug(lcNet) << "request" << index + 1 << "failed:" << reason;
    if (failureEndsRun()) {
        failRun(reason);
        return;
    }
    m_requests[index].error = reason;
    requestDone(index, false);
}

void BatchJob::requestDone(int index, bool ok)
{
    m_requests[index].done = true;
    m_requests[index].ok = ok;
    --m_active;
    ++m_done;
    reportProgress();
    launchMore();
    maybeFinish();
}

void BatchJob::failRun(const QString& reason)
{
    abort();
    Q_EMIT failed(m_rest->redact(reason));
}

void BatchJob::maybeFinish()
{
    if (!m_running || m_done < m_requests.size())
        return;
    m_running = false;
    const int n = int(m_requests.size());
    if (std::none_of(m_requests.cbegin(), m_requests.cend(), [](const Request& r) { return r.ok; }) && n > 0) {
        const QString first = m_requests.first().error;
        Q_EMIT failed(n == 1 ? first : tr("every batch failed; the first: %1").arg(first));
        return;
    }
    UsageResult result;
    result.query = m_query;
    result.rows = std::move(m_rows);
    result.provenance.kind = SourceKind::HeliconeApi;
    result.provenance.baseUrl = m_rest->baseUrl().toString();
    result.provenance.endpoint = QStringLiteral("POST ") + QLatin1String(path());
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        if (m_requests[i].ok)
            continue;
        result.partial = true;
        Diagnostic d;
        d.file = endpointUrl(m_rest->baseUrl(), path()).toString();
        d.reason = missingText(i, n, m_requests[i].error);
        result.errors.append(d);
    }
    complete(result);
    result.sortRows();
    Q_EMIT finished(result);
}

std::optional<UserQueryAnswer> BatchJob::readAnswer(Endpoint endpoint, const QByteArray& body, QString* error)
{
    QString parseError;
    auto answer = parseAnswer(endpoint, body, &parseError);
    if (!answer) {
        *error = tr("the answer cannot be read: %1").arg(parseError);
        return std::nullopt;
    }
    if (!answer->serverError.isEmpty()) {
        *error = tr("the server answered with an error: %1").arg(answer->serverError);
        return std::nullopt;
    }
    return answer;
}

QString BatchJob::missingText(int index, int count, const QString& error) const
{
    return tr("batch %1 of %2 failed: %3").arg(index + 1).arg(count).arg(error);
}

QString BatchJob::progressLabel(int current, int count) const
{
    return tr("batch %1 of %2").arg(current).arg(count);
}

void BatchJob::reportProgress(const QString& extra)
{
    const int n = int(m_requests.size());
    const int k = std::min(m_done + 1, n);
    QString text = progressLabel(k, n);
    if (!extra.isEmpty())
        text += QStringLiteral(": ") + extra;
    Q_EMIT progressChanged(n > 0 ? int(qint64(m_done) * 1000 / n) : 0, text);
}

} // namespace Usage::Net

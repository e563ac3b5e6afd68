// SPDX-License-Identifier: MIT
#include "net/restclient.h"

#include "net/netlog.h"
#include "net/retryafter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace Usage::Net {

namespace {

    constexpr char kTooLarge[] = "ue_tooLarge";
    constexpr char kBody[] = "ue_body";
    constexpr char kDeadline[] = "ue_deadline";

    /** Errors of the connection itself (not of the answer) that a new attempt may not meet. */
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

RestClient::RestClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

RestClient::~RestClient() = default;

void RestClient::setOptions(const ClientOptions& options, const QUrl& baseUrl)
{
    m_options = options;
    m_baseUrl = baseUrl;
}

QNetworkReply* RestClient::post(const char* path, const QByteArray& body)
{
    QNetworkRequest request(endpointUrl(m_baseUrl, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("UsageExplorer/" UE_VERSION_STRING));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_options.key.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = m_nam->post(request, body);
    watchSize(reply);
    watchDeadline(reply);
    return reply;
}

void RestClient::watchSize(QNetworkReply* reply)
{
    // the body moves into the client's buffer as it arrives and every byte counts towards the cap at once (Qt's
    // downloadProgress is throttled, and its network thread may read ahead of it by hundreds of MB on loopback)
    const qint64 cap = m_options.maxResponseBytes;
    auto body = std::make_shared<QByteArray>();
    auto refuseIfTooLarge = [reply, cap](qint64 size) {
        if (size <= cap || reply->property(kTooLarge).toBool())
            return;
        qCInfo(lcNet) << "answer of" << reply->url().toString() << "exceeds" << cap << "bytes: refused";
        reply->setProperty(kTooLarge, true);
        reply->abort(); // finished() follows, and judge() reports it
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, refuseIfTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            refuseIfTooLarge(length.toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body, refuseIfTooLarge] {
        if (reply->property(kTooLarge).toBool() || !reply->isOpen())
            return;
        *body += reply->readAll();
        refuseIfTooLarge(body->size());
    });
    // connected before any caller's finished(): the whole body is in place when they read it
    connect(reply, &QNetworkReply::finished, reply, [reply, body] {
        if (!reply->property(kTooLarge).toBool() && reply->isOpen()) // an aborted reply is closed
            *body += reply->readAll();
        reply->setProperty(kBody, *body);
        body->clear();
    });
}

QByteArray RestClient::body(const QNetworkReply* reply)
{
    return reply->property(kBody).toByteArray();
}

void RestClient::watchDeadline(QNetworkReply* reply)
{
    // the transfer timeout only notices silence: a body that trickles in byte by byte is bounded here
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        if (reply->isFinished())
            return;
        qCInfo(lcNet) << "no whole answer from" << reply->url().toString() << "in time: aborted";
        reply->setProperty(kDeadline, true);
        reply->abort();
    });
    deadline->start(m_options.timeoutMs);
}

bool RestClient::waitPassesDeadline(qint64 delayMs) const
{
    return !m_options.runDeadline.isForever() && delayMs >= m_options.runDeadline.remainingTime();
}

QString RestClient::redact(QString text) const
{
    const QString key = m_options.key.trimmed();
    if (key.size() >= 4) // an empty or one-letter "key" would garble every text
        text.replace(key, QStringLiteral("[key redacted]"));
    return text;
}

QString RestClient::errorText(const QByteArray& body) const
{
    return redact(errorAnswerText(body));
}

Outcome RestClient::judge(QNetworkReply* reply, int attempt) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError && !reply->property(kTooLarge).toBool())
        return { Outcome::Kind::Ok, body(reply), 0, {} };
    Outcome outcome = judgeFailure(reply, status, attempt);
    outcome.reason = redact(outcome.reason);
    return outcome;
}

Outcome RestClient::judgeFailure(QNetworkReply* reply, int status, int attempt) const
{
    using Kind = Outcome::Kind;
    const QNetworkReply::NetworkError error = reply->error();
    const int maxAttempts = std::max(1, m_options.maxAttempts);
    if (reply->property(kTooLarge).toBool())
        return { Kind::FailRequest, {}, 0,
            tr("the answer is larger than %1 MB and was refused").arg(m_options.maxResponseBytes / 1048576.0) };
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return { Kind::FailRequest, {}, 0, tr("no answer within %1 s (timeout)").arg(m_options.timeoutMs / 1000.0) };
    if (error == QNetworkReply::SslHandshakeFailedError)
        return { Kind::FailRun, {}, 0,
            tr("the secure connection to %1 failed: %2").arg(m_baseUrl.host(), reply->errorString()) };
    if (error == QNetworkReply::TooManyRedirectsError) {
        qCInfo(lcNet) << "redirect loop at" << reply->url().toString();
        return { Kind::FailRun, {}, 0,
            tr("the server redirected the request more than %1 times (a redirect loop); stopped").arg(kMaxRedirects) };
    }
    if (error == QNetworkReply::InsecureRedirectError || (status >= 300 && status < 400)) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString shown = target.isEmpty() ? reply->errorString()
                                               : target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
        qCInfo(lcNet) << "redirect refused to" << shown;
        return { Kind::FailRun, {}, 0,
            tr("the server redirected the request to another address (%1); it was not followed, so the key stays "
               "with %2")
                .arg(shown, m_baseUrl.host()) };
    }
    const QByteArray body = RestClient::body(reply);
    if (status == 401 || status == 403)
        return { Kind::FailRun, {}, 0, tr("the API key was rejected (HTTP %1: %2)").arg(status).arg(errorText(body)) };
    if (status == 429) {
        qint64 delay = retryAfterMs(
            reply->rawHeader("Retry-After"), reply->rawHeader("RateLimit-Reset"), reply->rawHeader("RateLimit"));
        if (delay < 0)
            delay = backoffMs(attempt, m_options.backoffBaseMs);
        if (attempt >= maxAttempts)
            return { Kind::FailRequest, {}, 0, tr("rate limited (HTTP 429) after %n attempt(s)", nullptr, attempt) };
        if (delay > m_options.maxRetryDelayMs || waitPassesDeadline(delay)) {
            qCInfo(lcNet) << "rate limited; the server asks to wait" << delay << "ms: not waited for";
            if (delay <= m_options.maxRetryDelayMs)
                return { Kind::FailRequest, {}, 0,
                    tr("rate limited (HTTP 429); the server asks to wait %1 s, longer than the run's deadline "
                       "leaves")
                        .arg(delay / 1000.0) };
            return { Kind::FailRequest, {}, 0,
                tr("rate limited (HTTP 429); the server asks to wait %1 s").arg(delay / 1000) };
        }
        return { Kind::Retry, {}, delay, tr("rate limited") };
    }
    if (status == 501) // the server does not offer this endpoint: asking again will not change that
        return { Kind::FailRun, {}, 0,
            tr("the server at %1 does not offer Helicone's API (HTTP 501: %2); check the base URL")
                .arg(m_baseUrl.toString(), errorText(body)) };
    if (status >= 500 || (status == 0 && isTransient(error)) || (status == 200 && error != QNetworkReply::NoError)) {
        const QString why = status >= 500 ? tr("HTTP %1: %2").arg(status).arg(errorText(body))
                                          : tr("the connection was lost (%1)").arg(reply->errorString());
        const qint64 backoff = backoffMs(attempt, m_options.backoffBaseMs);
        if (attempt >= maxAttempts || waitPassesDeadline(backoff))
            return { Kind::FailRequest, {}, 0, tr("%1, after %n attempt(s)", nullptr, attempt).arg(why) };
        return { Kind::Retry, {}, backoff, status >= 500 ? tr("server error %1").arg(status) : tr("connection lost") };
    }
    if (status == 0 || (error != QNetworkReply::NoError && status < 400))
        return { Kind::FailRun, {}, 0, tr("cannot reach %1: %2").arg(m_baseUrl.toString(), reply->errorString()) };
    if (status == 422)
        return { Kind::FailRun, {}, 0,
            tr("the server refused the request as invalid (HTTP 422: %1)").arg(errorText(body)) };
    return { Kind::FailRun, {}, 0,
        tr("HTTP %1 from %2: %3").arg(status).arg(reply->request().url().toString(), errorText(body)) };
}

} // namespace Usage::Net

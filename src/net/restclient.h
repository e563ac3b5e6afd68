// SPDX-License-Identifier: MIT
#pragma once

#include "net/clientoptions.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Usage::Net {

/** What to do with a finished reply. */
struct Outcome
{
    enum class Kind {
        Ok, ///< body holds the 200 answer
        Retry, ///< wait delayMs, then send again; reason says why in a few words
        FailRequest, ///< this request failed for good; the others may still succeed
        FailRun, ///< nothing else can succeed either (key rejected, redirect, TLS, unreachable)
    };
    Kind kind = Kind::Ok;
    QByteArray body;
    qint64 delayMs = 0;
    QString reason;
};

/**
 * The one REST layer: owns the QNetworkAccessManager, builds every request (key, agent, timeout, redirect policy),
 * refuses answers larger than the cap and reads a finished reply into an Outcome with the retry policy.
 */
class RestClient : public QObject
{
    Q_OBJECT
public:
    /** Same-origin redirects followed at most this often: a loop stops with an error. */
    static constexpr int kMaxRedirects = 5;

    explicit RestClient(QObject* parent = nullptr);
    ~RestClient() override;

    void setOptions(const ClientOptions& options, const QUrl& baseUrl);
    const ClientOptions& options() const { return m_options; }
    QUrl baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

    /** POSTs body to baseUrl + path; the caller owns the reply (deleteLater() when finished). */
    QNetworkReply* post(const char* path, const QByteArray& body);

    /** The whole body of a finished reply of post(): read it here, not from the reply, which holds none of it. */
    static QByteArray body(const QNetworkReply* reply);

    /** The outcome of a finished reply of the attempt-th try (1 for the first). */
    Outcome judge(QNetworkReply* reply, int attempt) const;

    /** text with the key (and its Bearer header) replaced: servers may echo the request in an error. */
    QString redact(QString text) const;
    /** errorAnswerText() of an error body, redacted. */
    QString errorText(const QByteArray& body) const;

private:
    void watchSize(QNetworkReply* reply);
    void watchDeadline(QNetworkReply* reply);
    /** True when waiting delayMs before a retry would pass the run's deadline. */
    bool waitPassesDeadline(qint64 delayMs) const;
    Outcome judgeFailure(QNetworkReply* reply, int status, int attempt) const;

    QNetworkAccessManager* m_nam;
    ClientOptions m_options;
    QUrl m_baseUrl;
};

} // namespace Usage::Net

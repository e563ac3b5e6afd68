// SPDX-License-Identifier: MIT
#pragma once

#include "schemacheck.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

/** One logged request of the fake server's data: who, when (UTC epoch ms), tokens and cost in nano-USD. */
struct FakeRecord
{
    QString userId;
    qint64 createdMs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costNanos = 0;
};

/**
 * Helicone's POST /v1/user/query and POST /v1/user/metrics/query on loopback, on a plain QTcpServer so it can
 * misbehave: it implements the endpoint's semantics (org data filtered by user ids and an inclusive time range in whole
 * seconds, GROUP BY user, LIMIT 100 without order) and the real server's quirks, chosen per test.
 */
class FakeHelicone : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        ErrorIn200, ///< HTTP 200 {"data": null, "error": "..."}
        Unauthorized, ///< 401
        Forbidden, ///< 403
        Validation, ///< 422 as for an extra field
        RateLimited, ///< 429 with Retry-After (retryAfter; none when empty)
        ServerError, ///< 500
        NotImplementedHtml, ///< 501 with an HTML page, as a web server that is not Helicone's API answers
        Slow, ///< answers after slowMs
        Truncated, ///< Content-Length of the whole body, half of it sent, then the connection closed
        CloseMidReply, ///< the status line and part of the headers, then closed
        WrongTypes, ///< count: true
        MissingField, ///< rows without prompt_tokens
        Oversized, ///< a valid answer padded to oversizeBytes, with Content-Length
        OversizedNoLength, ///< the same without Content-Length, ended by closing the connection
        RedirectAway, ///< 307 to redirectTarget
        EchoAuthorization, ///< an error (HTTP echoStatus) repeating the request's Authorization header
    };
    enum class TimeReading {
        Milliseconds, ///< today's server: the ...UnixSeconds values go to JavaScript's Date as ms
        Seconds, ///< a server that follows its documentation
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
    };

    explicit FakeHelicone(QObject* parent = nullptr);
    ~FakeHelicone() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    // data and behaviour
    QList<FakeRecord> records;
    QList<QJsonObject> requestRows; ///< the rows POST /v1/request/query-clickhouse lists (fakerequests.cpp)
    QByteArray key = "sk-helicone-test0a-test0b-test0c-test0d";
    TimeReading reading = TimeReading::Milliseconds;
    bool numbersAsStrings = false;
    bool costUsd = false; ///< the older field name
    int slowMs = 0; ///< delay of every answer (and of Fault::Slow)
    QByteArray retryAfter = "1";
    QUrl redirectTarget;
    int echoStatus = 400;
    qint64 oversizeBytes = 256 * 1024;
    qint64 nowMs = 0; ///< "now" for a missing time filter; 0: the clock
    QList<Fault> nextFaults; ///< consumed one per request, in order
    QHash<QString, Fault> faultForUser; ///< every request naming this user gets the fault
    std::unique_ptr<SchemaCheck> schema; ///< when set, bodies that do not validate get 422
    QByteArray rateLimitReset; ///< sent as RateLimit-Reset with a 429 when set
    /** A seconds-reading server fails on millisecond values (a DateTime far out of range) with HTTP 200 + error. */
    bool secondsServerFailsOnMilliseconds = true;

    // what happened
    QList<Received> received;
    int inFlight = 0; ///< requests read and not answered yet (delayed answers count until their time)
    int openConnections() const { return int(m_buffers.size()); }
    int maxInFlight = 0;

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Received& request);
    void answer(QTcpSocket* socket, Fault fault, const Received& request);
    QByteArray queryAnswer(const QJsonObject& body, Fault fault) const;
    void metricsAnswer(QTcpSocket* socket, const QJsonObject& body) const;
    QByteArray requestListAnswer(const QJsonObject& body) const;
    void finishOne();

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/**
 * A Helicone-shaped HTTP server on loopback that misbehaves in one way, for the tests of the client's bounds:
 * every request gets the same hostile answer, whatever it asks.
 */
class HostileServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        SlowBody, ///< a Content-Length answer, one byte every 100 ms
        EndlessBody, ///< a chunked 200 answer that never ends, 64 KiB a chunk
        HugeHeaders, ///< header lines without end, 8 KiB each, never a body
        EndlessPages, ///< the user listing: every page full of new users, the count 1,500
        EchoSecret, ///< HTTP 400 repeating the request's Authorization header in its body
        EchoSecretIn200, ///< the same as HTTP 200 {"data": null, "error": "..."}
        RedirectLoop, ///< 307 to the same URL, every time
        GarbageJson, ///< HTTP 200 with a body that is not JSON
    };
    Q_ENUM(Mode)

    explicit HostileServer(Mode mode, QObject* parent = nullptr);

    bool listen();
    QUrl url() const;
    /** Requests answered (or being answered) so far. */
    int requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);
    void drip(QTcpSocket* socket, QByteArray rest, int chunk, int intervalMs);
    void flood(QTcpSocket* socket, const QByteArray& piece);
    QByteArray usersPage(const QByteArray& body) const;

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

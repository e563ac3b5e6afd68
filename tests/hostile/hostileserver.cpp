// SPDX-License-Identifier: MIT
#include "hostileserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray statusLine(int status)
{
    const char* reason = status == 200 ? "OK" : status == 307 ? "Temporary Redirect" : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

QByteArray withLength(int status, const QByteArray& body, const QByteArray& extra = {})
{
    return statusLine(status) + "Content-Type: application/json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n";
}

/** The value of header name (lower case) in a request head, empty when absent. */
QByteArray header(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

HostileServer::HostileServer(Mode mode, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end);
    const qsizetype length = header(head, "content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    const QByteArray body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    ++m_requests;
    answer(socket, head, body);
}

void HostileServer::answer(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    switch (m_mode) {
    case Mode::SlowBody: {
        const QByteArray json = R"({"data":[],"error":null})";
        drip(socket, withLength(200, json) + json, 1, 100);
        return;
    }
    case Mode::EndlessBody:
        socket->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        flood(socket, "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n");
        return;
    case Mode::HugeHeaders:
        socket->write(statusLine(200) + "Content-Type: application/json\r\n");
        flood(socket, "X-Padding: " + QByteArray(8192, 'x') + "\r\n");
        return;
    case Mode::EndlessPages: {
        const QByteArray page = usersPage(body);
        socket->write(withLength(200, page) + page);
        return;
    }
    case Mode::EchoSecret:
    case Mode::EchoSecretIn200: {
        const QByteArray echo =
            R"({"data":null,"error":"bad request; you sent Authorization: )" + header(head, "authorization") + R"("})";
        socket->write(withLength(m_mode == Mode::EchoSecret ? 400 : 200, echo) + echo);
        return;
    }
    case Mode::RedirectLoop: {
        const QByteArray path = head.left(head.indexOf('\r')).split(' ').value(1);
        socket->write(
            withLength(307, "{}", "Location: " + url().toEncoded() + path + "\r\nConnection: close\r\n") + "{}");
        socket->disconnectFromHost();
        return;
    }
    case Mode::GarbageJson: {
        const QByteArray garbage = "{\"data\":[{\"user_id\":\"a\",\"count\":1,\x01\xff]}";
        socket->write(withLength(200, garbage) + garbage);
        return;
    }
    }
}

void HostileServer::drip(QTcpSocket* socket, QByteArray rest, int chunk, int intervalMs)
{
    if (rest.isEmpty())
        return;
    socket->write(rest.left(chunk));
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(intervalMs, this, [this, alive, rest, chunk, intervalMs] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            drip(alive, rest.mid(chunk), chunk, intervalMs);
    });
}

void HostileServer::flood(QTcpSocket* socket, const QByteArray& piece)
{
    // without end, until the client closes the connection, at most a piece a millisecond (64 MB/s for the body): a
    // fast remote server's pace. Faster than that on loopback, Qt's network thread reads ahead of the client's size
    // check (its chunked reader loops while bytes are available), so the memory it takes depends on the machine.
    auto* pace = new QTimer(socket);
    pace->setTimerType(Qt::PreciseTimer);
    pace->setInterval(1);
    connect(pace, &QTimer::timeout, socket, [socket, piece] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * piece.size())
            socket->write(piece);
    });
    pace->start();
}

QByteArray HostileServer::usersPage(const QByteArray& body) const
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const qint64 offset = qint64(request.value(QStringLiteral("offset")).toDouble());
    const qint64 limit = qint64(request.value(QStringLiteral("limit")).toDouble());
    QByteArray out = R"({"data":{"users":[)";
    for (qint64 i = offset; i < offset + limit; ++i) {
        const QByteArray id = "ghost-" + QByteArray::number(i);
        if (i > offset)
            out += ',';
        out += R"({"id":")" + id + R"(","user_id":")" + id + R"(","active_for":"1",)"
            + R"("first_active":"2025-10-01T10:00:00.000Z","last_active":"2025-10-01T10:00:00.000Z",)"
            + R"("total_requests":1,"average_requests_per_day_active":1,"average_tokens_per_request":2,)"
            + R"("total_completion_tokens":1,"total_prompt_tokens":1,"cost":0.000000001,"rate_limited_count":"0"})";
    }
    return out + R"(],"count":"1500","hasUsers":true},"error":null})";
}

// SPDX-License-Identifier: MIT
#include "fakehelicone.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

QByteArray response(
    int status, const QByteArray& body, const QList<QByteArray>& extraHeaders = {}, bool withLength = true)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    if (withLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    else
        out += "Connection: close\r\n";
    for (const QByteArray& h : extraHeaders)
        out += h + "\r\n";
    out += "\r\n";
    return out + body;
}

QByteArray jsonString(const QString& s)
{
    // QJsonDocument escapes a string inside an array; strip the brackets
    QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray number(qint64 n, bool asString)
{
    return asString ? '"' + QByteArray::number(n) + '"' : QByteArray::number(n);
}

qint64 floorSeconds(qint64 ms)
{
    return (ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000)) * 1000;
}

} // namespace

FakeHelicone::FakeHelicone(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHelicone::onNewConnection);
}

FakeHelicone::~FakeHelicone()
{
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_server.close();
}

bool FakeHelicone::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHelicone::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHelicone::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHelicone::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Received request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        handle(socket, request);
    }
}

void FakeHelicone::handle(QTcpSocket* socket, const Received& request)
{
    received.append(request);
    ++inFlight;
    maxInFlight = std::max(maxInFlight, inFlight);

    Fault fault = nextFaults.isEmpty() ? Fault::None : nextFaults.takeFirst();
    if (fault == Fault::None && !faultForUser.isEmpty()) {
        const QJsonArray ids =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("userIds")).toArray();
        for (const QJsonValue& id : ids) {
            const auto it = faultForUser.constFind(id.toString());
            if (it != faultForUser.constEnd()) {
                fault = *it;
                break;
            }
        }
    }
    const int delay = fault == Fault::Slow || slowMs > 0 ? std::max(slowMs, 1) : 0;
    if (delay == 0) {
        answer(socket, fault, request);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, this, [this, guard, fault, request] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            answer(guard, fault, request);
        else
            finishOne();
    });
}

void FakeHelicone::finishOne()
{
    --inFlight;
}

void FakeHelicone::answer(QTcpSocket* socket, Fault fault, const Received& request)
{
    finishOne();
    const bool metrics = request.path == "/v1/user/metrics/query";
    const bool requestList = request.path == "/v1/request/query-clickhouse";
    if (request.method != "POST" || (request.path != "/v1/user/query" && !metrics && !requestList)) {
        socket->write(response(404, R"({"error":"not found"})"));
        return;
    }
    if (request.headers.value("authorization") != "Bearer " + key) {
        socket->write(response(401, R"({"error":"No API key found","trace":"isAuthenticated.error"})"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        socket->write(response(400, R"({"error":"invalid JSON"})"));
        return;
    }
    if (requestList && fault == Fault::None) {
        const bool valid = !schema || schema->check(doc.object(), QStringLiteral("RequestQueryParams")).isEmpty();
        socket->write(valid ? response(201, requestListAnswer(doc.object())) : response(422, R"({"error":"invalid"})"));
        return;
    }
    if (schema) {
        const QStringList problems = schema->check(
            doc.object(), metrics ? QStringLiteral("UserMetricsQueryParams") : QStringLiteral("UserQueryParams"));
        if (!problems.isEmpty())
            fault = Fault::Validation;
    }
    if (metrics && fault == Fault::None) {
        metricsAnswer(socket, doc.object());
        return;
    }
    if (!metrics && reading == TimeReading::Seconds && secondsServerFailsOnMilliseconds) {
        const QJsonObject filter = doc.object().value(QStringLiteral("timeFilter")).toObject();
        if (filter.value(QStringLiteral("endTimeUnixSeconds")).toDouble() > 1e11) {
            socket->write(response(200, R"({"data":null,"error":"Cannot convert to DateTime: value out of range"})"));
            return;
        }
    }
    switch (fault) {
    case Fault::ErrorIn200:
        socket->write(response(200, R"({"data":null,"error":"Query timeout. Try a shorter time range."})"));
        return;
    case Fault::Unauthorized:
        socket->write(response(401, R"({"error":"Invalid auth header","trace":"isAuthenticated.error"})"));
        return;
    case Fault::Forbidden:
        socket->write(response(403, R"({"error":"Forbidden"})"));
        return;
    case Fault::Validation:
        socket->write(response(422,
            R"({"message":"Validation Failed","details":{"requestBody.limit":{"message":"\"limit\" is an excess property and therefore is not allowed","value":"limit"}}})"));
        return;
    case Fault::RateLimited: {
        QList<QByteArray> headers { "RateLimit-Limit: 1000", "RateLimit-Remaining: 0" };
        if (!retryAfter.isEmpty())
            headers.append("Retry-After: " + retryAfter);
        if (!rateLimitReset.isEmpty())
            headers.append("RateLimit-Reset: " + rateLimitReset);
        socket->write(response(429, R"({"error":"Too many requests, please try again later."})", headers));
        return;
    }
    case Fault::ServerError:
        socket->write(response(
            500, R"({"message":"Query timeout. Try a shorter time range or simpler filters.","details":"timeout"})"));
        return;
    case Fault::NotImplementedHtml:
        socket->write(response(501,
            "<!DOCTYPE HTML>\n<html><head><title>Error response</title></head>\n<body>"
            "<h1>Error response</h1><p>Error code: 501</p></body></html>\n"));
        return;
    case Fault::RedirectAway: {
        QUrl target = redirectTarget;
        target.setPath(QStringLiteral("/v1/user/query"));
        socket->write(response(307, "{}", { "Location: " + target.toEncoded() }));
        return;
    }
    case Fault::EchoAuthorization:
        socket->write(response(echoStatus,
            R"({"data":null,"error":"bad request; you sent Authorization: )" + request.headers.value("authorization")
                + R"("})"));
        return;
    case Fault::CloseMidReply:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: appl");
        socket->flush();
        socket->disconnectFromHost();
        return;
    default:
        break;
    }
    const QByteArray body = queryAnswer(doc.object(), fault);
    if (fault == Fault::Truncated) {
        const QByteArray whole = response(200, body);
        socket->write(whole.left(whole.size() - body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (fault == Fault::OversizedNoLength) {
        socket->write(response(200, body, {}, false));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response(200, body));
}

QByteArray FakeHelicone::queryAnswer(const QJsonObject& body, Fault fault) const
{
    qint64 startMs = 0;
    qint64 endMs = nowMs != 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    if (body.contains(QStringLiteral("timeFilter"))) {
        const QJsonObject filter = body.value(QStringLiteral("timeFilter")).toObject();
        const double start = filter.value(QStringLiteral("startTimeUnixSeconds")).toDouble();
        const double end = filter.value(QStringLiteral("endTimeUnixSeconds")).toDouble();
        const double scale = reading == TimeReading::Seconds ? 1000.0 : 1.0;
        startMs = qint64(start * scale);
        endMs = qint64(end * scale);
    }
    // ClickHouse gets DateTime parameters: whole seconds, milliseconds dropped; both bounds inclusive
    startMs = floorSeconds(startMs);
    endMs = floorSeconds(endMs);
    QSet<QString> wanted;
    for (const QJsonValue& id : body.value(QStringLiteral("userIds")).toArray())
        wanted.insert(id.toString());

    struct Sum
    {
        qint64 count = 0, prompt = 0, completion = 0, cost = 0;
    };
    std::map<QString, Sum> groups;
    for (const FakeRecord& r : records) {
        if (r.createdMs < startMs || r.createdMs > endMs)
            continue;
        if (!wanted.isEmpty() && !wanted.contains(r.userId))
            continue;
        Sum& s = groups[r.userId];
        ++s.count;
        s.prompt += r.promptTokens;
        s.completion += r.completionTokens;
        s.cost += r.costNanos;
    }
    // GROUP BY without ORDER BY: an order that is neither the ids' nor the costs'; then LIMIT 100
    std::vector<std::pair<QString, Sum>> rows(groups.begin(), groups.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        const size_t ha = qHash(a.first, 7), hb = qHash(b.first, 7);
        return ha != hb ? ha < hb : a.first < b.first;
    });
    if (rows.size() > 100)
        rows.resize(100);

    QByteArray out = R"({"data":[)";
    bool first = true;
    for (const auto& [id, s] : rows) {
        if (!first)
            out += ',';
        first = false;
        const double cost = double(s.cost) / 1e9; // sum(cost) / 1e9 in Float64, as ClickHouse computes it
        out += R"({"count":)";
        out += fault == Fault::WrongTypes ? QByteArray("true") : number(s.count, numbersAsStrings);
        if (fault != Fault::MissingField)
            out += R"(,"prompt_tokens":)" + number(s.prompt, numbersAsStrings);
        out += R"(,"completion_tokens":)" + number(s.completion, numbersAsStrings);
        out += R"(,"user_id":)" + jsonString(id);
        out += costUsd ? R"(,"cost_usd":)" : R"(,"cost":)";
        out += QByteArray::number(cost, 'g', QLocale::FloatingPointShortest);
        out += '}';
    }
    out += R"(],"error":null)";
    if (fault == Fault::Oversized || fault == Fault::OversizedNoLength)
        out += R"(,"padding":")" + QByteArray(oversizeBytes, 'x') + '"';
    out += '}';
    return out;
}

void FakeHelicone::metricsAnswer(QTcpSocket* socket, const QJsonObject& body) const
{
    const double limit = body.value(QStringLiteral("limit")).toDouble();
    const double offset = body.value(QStringLiteral("offset")).toDouble();
    if (limit > 1000) {
        socket->write(response(400, R"({"error":"Limit cannot be greater than 1000","data":null})"));
        return;
    }
    if (body.value(QStringLiteral("filter")).toString() != QLatin1String("all")) {
        socket->write(response(400, R"({"error":"this fake knows the filter \"all\" only","data":null})"));
        return;
    }
    // this endpoint converts seconds correctly, and its bounds are exclusive
    qint64 startMs = std::numeric_limits<qint64>::min();
    qint64 endMs = std::numeric_limits<qint64>::max();
    if (body.contains(QStringLiteral("timeFilter"))) {
        const QJsonObject filter = body.value(QStringLiteral("timeFilter")).toObject();
        startMs = qint64(filter.value(QStringLiteral("startTimeUnixSeconds")).toDouble() * 1000);
        endMs = qint64(filter.value(QStringLiteral("endTimeUnixSeconds")).toDouble() * 1000);
    }
    struct User
    {
        qint64 count = 0, prompt = 0, completion = 0, cost = 0;
        qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
        QSet<qint64> days;
    };
    std::map<QString, User> users;
    QSet<QString> everybody;
    for (const FakeRecord& r : records) {
        everybody.insert(r.userId);
        if (r.createdMs <= startMs || r.createdMs >= endMs)
            continue;
        User& u = users[r.userId];
        ++u.count;
        u.prompt += r.promptTokens;
        u.completion += r.completionTokens;
        u.cost += r.costNanos;
        u.first = std::min(u.first, r.createdMs);
        u.last = std::max(u.last, r.createdMs);
        u.days.insert(r.createdMs / 86400000);
    }
    std::vector<std::pair<QString, User>> rows(users.begin(), users.end());
    const QJsonObject sort = body.value(QStringLiteral("sort")).toObject();
    const QString key = sort.isEmpty() ? QStringLiteral("last_active") : sort.begin().key();
    const bool descending = sort.isEmpty() || sort.begin().value().toString() == QLatin1String("desc");
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        if (key == QLatin1String("user_id")) // ClickHouse compares the bytes
            return descending ? b.first.toUtf8() < a.first.toUtf8() : a.first.toUtf8() < b.first.toUtf8();
        return descending ? b.second.last < a.second.last : a.second.last < b.second.last;
    });
    QByteArray out = R"({"data":{"users":[)";
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms / 1000 * 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8();
    };
    for (qint64 i = qint64(offset); i < qint64(rows.size()) && i < qint64(offset + limit); ++i) {
        const auto& [id, u] = rows[size_t(i)];
        if (i > qint64(offset))
            out += ',';
        const double cost = double(u.cost) / 1e9;
        out += R"({"id":)" + jsonString(id) + R"(,"user_id":)" + jsonString(id);
        out += R"(,"active_for":")" + QByteArray::number(u.days.size()) + '"'; // UInt64: quoted
        out += R"(,"first_active":")" + iso(u.first) + R"(","last_active":")" + iso(u.last) + '"';
        out += R"(,"total_requests":)" + number(u.count, numbersAsStrings);
        out += R"(,"average_requests_per_day_active":)" + QByteArray::number(double(u.count) / u.days.size());
        out +=
            R"(,"average_tokens_per_request":)" + QByteArray::number(double(u.prompt + u.completion) / double(u.count));
        out += R"(,"total_completion_tokens":)" + number(u.completion, numbersAsStrings);
        out += R"(,"total_prompt_tokens":)" + number(u.prompt, numbersAsStrings);
        out += R"(,"cost":)" + QByteArray::number(cost, 'g', QLocale::FloatingPointShortest);
        out += R"(,"rate_limited_count":"0"})";
    }
    // count is cached per organisation: it ignores the filter (here: every user ever seen)
    out += R"(],"count":")" + QByteArray::number(everybody.size()) + R"(","hasUsers":true},"error":null})";
    socket->write(response(200, out));
}

// SPDX-License-Identifier: MIT
#include "core/requests/requestdetails.h"

#include "core/bytesource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace Usage::Requests {
namespace {

    /** The value of "request_id" in a line, found without parsing it; empty when the line has none. */
    QByteArrayView requestIdOf(QByteArrayView line)
    {
        static const QByteArray key = QByteArrayLiteral("\"request_id\"");
        qsizetype at = line.indexOf(key);
        if (at < 0)
            return {};
        at += key.size();
        while (at < line.size() && (line[at] == ' ' || line[at] == ':'))
            ++at;
        if (at >= line.size() || line[at] != '"')
            return {};
        const qsizetype end = line.indexOf('"', at + 1);
        return end < 0 ? QByteArrayView() : line.sliced(at + 1, end - at - 1);
    }

    QByteArray bodyText(const QJsonValue& value)
    {
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return value.toString().toUtf8();
    }

    RequestDetails detailsOf(const QJsonObject& o)
    {
        RequestDetails d;
        d.requestBody = bodyText(o.value(QLatin1String("request_body")));
        d.responseBody = bodyText(o.value(QLatin1String("response_body")));
        const QJsonValue properties = o.value(QLatin1String("request_properties"));
        if (properties.isObject())
            d.propertiesJson = QJsonDocument(properties.toObject()).toJson(QJsonDocument::Compact);
        const QJsonValue delay = o.value(QLatin1String("delay_ms"));
        if (delay.isDouble())
            d.latencyMs = std::int64_t(delay.toDouble());
        const QJsonValue status = o.value(QLatin1String("response_status"));
        if (status.isDouble())
            d.status = status.toInt();
        return d;
    }

} // namespace

QHash<QString, RequestDetails> readRequestDetails(
    const QStringList& files, const QSet<QString>& ids, const std::atomic<bool>* cancel)
{
    QHash<QString, RequestDetails> found;
    constexpr qint64 kBlock = qint64(1) << 20;
    for (const QString& path : files) {
        QFile file(path);
        if (ids.isEmpty() || !file.open(QIODevice::ReadOnly))
            continue;
        // through the byte source: gzip and zstd dumps hold bodies too
        const std::unique_ptr<ByteSource> source = openByteSource(&file);
        QByteArray buffer;
        bool eof = false;
        while (!eof && !(cancel && cancel->load(std::memory_order_relaxed))) {
            const qsizetype at = buffer.size();
            buffer.resize(at + kBlock);
            const qint64 n = source->read(buffer.data() + at, kBlock);
            buffer.resize(at + std::max<qint64>(n, 0));
            eof = n <= 0;
            qsizetype start = 0;
            for (qsizetype end = buffer.indexOf('\n'); end >= 0 || (eof && start < buffer.size());
                 end = buffer.indexOf('\n', start)) {
                const qsizetype stop = end >= 0 ? end : buffer.size();
                const QByteArrayView line = QByteArrayView(buffer).sliced(start, stop - start);
                start = stop + 1;
                const QByteArrayView id = requestIdOf(line);
                if (id.isEmpty())
                    continue;
                const QString key = QString::fromUtf8(id);
                if (!ids.contains(key))
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
                if (doc.isObject())
                    found.insert(key, detailsOf(doc.object()));
            }
            buffer.remove(0, std::min(start, buffer.size()));
        }
    }
    return found;
}

QString prettyBody(const QByteArray& body)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

} // namespace Usage::Requests

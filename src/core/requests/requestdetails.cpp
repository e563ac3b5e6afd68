// SPDX-License-Identifier: MIT
#include "core/requests/requestdetails.h"

#include "core/bytesource.h"
#include "core/requests/requestdetailsscan.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <memory>
#include <string>

namespace Usage::Requests {

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
        std::unique_ptr<DetailsScanner> scanner;
        std::string buffer;
        size_t pos = 0;
        bool eof = false;
        while (!eof && !(cancel && cancel->load(std::memory_order_relaxed))) {
            const size_t at = buffer.size();
            buffer.resize(at + size_t(kBlock));
            const qint64 n = source->read(buffer.data() + at, kBlock);
            buffer.resize(at + size_t(std::max<qint64>(n, 0)));
            eof = n <= 0;
            if (!scanner) {
                if (!eof && buffer.size() < 4096)
                    continue; // enough bytes to tell the format
                pos = buffer.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
                scanner = detailsScanner(std::string_view(buffer).substr(pos), ids, found);
            }
            const size_t used = scanner->scan(std::string_view(buffer).substr(pos), eof);
            if (used == std::string_view::npos)
                break;
            pos += used;
            if (pos > buffer.size() / 2) {
                buffer.erase(0, pos);
                pos = 0;
            }
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

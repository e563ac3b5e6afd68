// SPDX-License-Identifier: MIT
#include "core/requests/requestdetails.h"

#include "core/bytesource.h"
#include "core/formatreader.h"
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
        // the bytes read, then Chunk::kPadding zero bytes: splitters read whole SIMD words, as in every reader
        std::string buffer;
        size_t filled = 0;
        size_t pos = 0;
        bool eof = false;
        while (!eof && !(cancel && cancel->load(std::memory_order_relaxed))) {
            buffer.resize(filled + size_t(kBlock) + Chunk::kPadding);
            const qint64 n = source->read(buffer.data() + filled, kBlock);
            filled += size_t(std::max<qint64>(n, 0));
            buffer.resize(filled);
            buffer.append(Chunk::kPadding, '\0');
            eof = n <= 0;
            const std::string_view text(buffer.data(), filled);
            if (!scanner) {
                if (!eof && filled < 4096)
                    continue; // enough bytes to tell the format
                pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
                scanner = detailsScanner(text.substr(pos), ids, found);
            }
            const size_t used = scanner->scan(text.substr(pos), eof);
            if (used == std::string_view::npos)
                break;
            pos += used;
            if (pos > filled / 2) {
                buffer.erase(0, pos);
                filled -= pos;
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

// SPDX-License-Identifier: MIT
#include "core/requests/filerequests.h"

#include "core/aggregator.h"
#include "core/bytesource.h"
#include "core/formatdetect.h"
#include "core/requests/requestpricing.h"
#include "core/requests/requestsort.h"
#include "core/timeparse.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <limits>
#include <string>

namespace Usage::Requests {
namespace {

    QString text(std::string_view s)
    {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    /** Copies the records of the group value in the range. */
    class GroupSink final : public RecordSink
    {
    public:
        GroupSink(const RequestsQuery& query, std::vector<RequestRow>& rows)
            : m_query(query)
            , m_value(query.groupValue.toStdString())
            , m_rows(rows)
        {
            if (query.pricing)
                m_pricer.emplace(query.pricing);
        }
        void add(const RequestRecord& r) override
        {
            if (groupKeyOf(r, m_query.groupBy.key) != m_value || !m_query.inRange(r.createdMs))
                return;
            RequestRow row;
            row.requestId = text(r.requestId);
            row.createdMs = r.createdMs;
            row.userId = text(r.userId);
            row.model = text(r.model);
            row.provider = text(r.provider);
            row.promptTokens = r.promptTokens;
            row.completionTokens = r.completionTokens;
            row.cacheReadTokens = r.cacheReadTokens;
            row.cacheWriteTokens = r.cacheWriteTokens;
            row.reasoningTokens = r.reasoningTokens;
            if (r.hasCost)
                row.recordedCostNanos = r.costNanos;
            row.updatedMs = r.updatedAt.empty() ? std::numeric_limits<std::int64_t>::min()
                                                : Time::parseTimestampMs(r.updatedAt).value_or(0);
            if (m_pricer)
                m_pricer->price(row); // before sorting: the cost basis may be the computed cost
            m_rows.push_back(std::move(row));
        }

    private:
        const RequestsQuery& m_query;
        std::string m_value;
        std::vector<RequestRow>& m_rows;
        std::optional<RequestPricer> m_pricer;
    };

    QString tr(const char* s)
    {
        return QCoreApplication::translate("Usage", s);
    }

    struct Progress
    {
        const FileProgress& report;
        std::int64_t before = 0; ///< bytes of the files read before this one
        std::int64_t total = 0;
    };

    void readOne(const QString& path, const RequestsQuery& query, const std::atomic<bool>* cancel, Progress progress,
        FileRequests& out)
    {
        auto fail = [&](const QString& reason) { out.errors.append(Diagnostic { path, 0, 0, reason }); };
        if (QFileInfo(path).isDir())
            return fail(tr("is a directory"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot open: %1").arg(file.errorString()));
        const std::unique_ptr<ByteSource> source = openByteSource(&file);
        ReaderOptions options;
        if (query.groupBy.key == GroupKey::Property)
            options.property = query.groupBy.property.toStdString();
        std::unique_ptr<FormatReader> reader;
        GroupSink sink(query, out.rows);
        std::string buffer;
        size_t pos = 0;
        bool eof = false;
        constexpr qint64 kBlock = qint64(1) << 20;
        while (!(cancel && cancel->load(std::memory_order_relaxed))) {
            if (!eof) {
                const size_t at = buffer.size();
                buffer.resize(at + size_t(kBlock));
                const qint64 n = source->read(buffer.data() + at, kBlock);
                buffer.resize(at + size_t(std::max<qint64>(n, 0)));
                if (n < 0)
                    return fail(tr("read error: %1").arg(source->errorString()));
                eof = n == 0;
                if (progress.report)
                    progress.report(progress.before + file.pos(), progress.total);
                if (!eof && buffer.size() - pos < 4096)
                    continue; // enough bytes to detect the format
            }
            if (!reader) {
                if (buffer.size() >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0)
                    pos = 3;
                QString error;
                reader = detectFormat(std::string_view(buffer).substr(pos), options, &error);
                if (!reader)
                    return fail(error);
            }
            SplitResult split = reader->split(std::string_view(buffer).substr(pos), eof);
            if (split.consumed > split.skip) {
                // a copy with the padding the parsers may read past the end
                std::string piece = buffer.substr(pos + split.skip, split.consumed - split.skip);
                const size_t size = piece.size();
                piece.append(Chunk::kPadding, '\0');
                Chunk chunk;
                chunk.data = piece.data();
                chunk.size = size;
                chunk.spans = std::move(split.spans);
                for (auto& span : chunk.spans) {
                    span.first -= std::uint32_t(split.skip);
                    span.second -= std::uint32_t(split.skip);
                }
                ChunkReport report;
                reader->parse(chunk, sink, report);
                out.skippedRecords += report.skipped;
            }
            pos += split.consumed;
            if (split.fatalOffset)
                return fail(QString::fromStdString(split.fatalReason));
            if (eof && (split.consumed == 0 || pos >= buffer.size()))
                return;
            if (pos > buffer.size() / 2) {
                buffer.erase(0, pos);
                pos = 0;
            }
        }
        out.cancelled = true;
    }

} // namespace

FileRequests readFileRequests(
    const QStringList& files, const RequestsQuery& query, const std::atomic<bool>* cancel, const FileProgress& progress)
{
    FileRequests out;
    Progress p { progress, 0, 0 };
    for (const QString& path : files)
        p.total += QFileInfo(path).size();
    for (const QString& path : files) {
        readOne(path, query, cancel, p, out);
        p.before += QFileInfo(path).size();
        if (out.cancelled)
            return out;
    }
    if (query.dedupe) {
        const size_t before = out.rows.size();
        dedupeRows(out.rows);
        out.duplicatesDropped = std::int64_t(before - out.rows.size());
    }
    sortAndLimit(out.rows, query.sort, query.limit);
    return out;
}

} // namespace Usage::Requests

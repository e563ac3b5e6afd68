// SPDX-License-Identifier: MIT
#include "core/engine/readloop.h"

#include "core/bytesource.h"
#include "core/corelogging.h"
#include "core/engine/filerun.h"
#include "core/engine/workerpool.h"
#include "core/formatdetect.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace Usage {

ReadLoop::ReadLoop(FileRun& run, ByteSource& source, std::shared_ptr<const MappedFile> mapped, qint64 plainSize,
    BufferPool& buffers, WorkerPool& workers, size_t blockSize)
    : m_run(run)
    , m_source(source)
    , m_mapped(std::move(mapped))
    , m_plainSize(plainSize)
    , m_buffers(buffers)
    , m_workers(workers)
    , m_blockSize(blockSize)
    , m_buffer(m_mapped ? std::make_shared<ChunkBuffer>(m_mapped, 0, blockSize) : buffers.take(blockSize))
{
}

void ReadLoop::run()
{
    bool first = true;
    for (;;) {
        if (m_run.cancelRequested()) {
            m_run.cancelled = true;
            break;
        }
        if (!fill())
            break;
        size_t start = 0;
        if (first) {
            first = false;
            if (!detect(start))
                break;
        }

        SplitResult sr = m_reader->split(std::string_view(m_buffer->data + start, m_filled - start), m_eof);
        const size_t consumed = start + sr.consumed;
        const size_t chunkBegin = start + sr.skip;

        // where a structural error sits, before the buffer is handed on
        std::int64_t fatalLine = 0;
        std::int64_t fatalColumn = 0;
        if (sr.fatalOffset)
            locate(std::min(start + *sr.fatalOffset, m_filled), fatalLine, fatalColumn);
        if (consumed > 0) {
            const char* b = m_buffer->data;
            const void* nl = memrchr(b, '\n', consumed);
            m_columnCarry = nl ? std::int64_t(b + consumed - static_cast<const char*>(nl)) - 1
                               : m_columnCarry + std::int64_t(consumed);
        }

        bool stop = false;
        if (chunkBegin < consumed)
            stop = handOn(sr, chunkBegin, consumed);
        else if (consumed > 0)
            drop(consumed);
        else if (!m_eof && m_filled == m_buffer->capacity && !grow())
            break;

        if (sr.fatalOffset) {
            m_run.failFatal(fatalLine, fatalColumn, QString::fromStdString(sr.fatalReason));
            break;
        }
        // at the end, a reader that leaves bytes over gets nothing more
        if (stop || (m_eof && (m_filled == 0 || sr.consumed == 0)))
            break;
    }
}

bool ReadLoop::fill()
{
    if (m_mapped) {
        m_filled = m_buffer->capacity;
        m_eof = m_buffer->mappedOffset + m_filled == m_mapped->size();
    }
    while (!m_eof && m_filled < m_buffer->capacity) {
        qint64 want = qint64(m_buffer->capacity - m_filled);
        if (m_plainSize >= 0)
            want = std::min(want, m_plainSize - m_source.filePosition());
        const qint64 n = want > 0 ? m_source.read(m_buffer->owned.get() + m_filled, want) : 0;
        if (n < 0) {
            m_run.fail(m_linesBefore + countNewlines(m_buffer->data, m_filled) + 1, 0,
                QCoreApplication::translate("Usage", "read error: %1").arg(m_source.errorString()));
            m_eof = true;
            break;
        }
        if (n == 0) {
            if (m_plainSize >= 0 && m_source.filePosition() < m_plainSize)
                m_run.failShrank(m_plainSize, QFileInfo(m_run.path).size());
            m_eof = true;
            break;
        }
        m_filled += size_t(n);
    }
    if (const auto& progress = m_run.options->progress) {
        const qint64 done = m_mapped ? qint64(m_buffer->mappedOffset + m_filled) : m_source.filePosition();
        progress(m_run.bytesBefore + done, m_run.bytesTotal);
    }
    if (!m_mapped)
        std::memset(m_buffer->owned.get() + m_filled, 0, Chunk::kPadding);
    return !m_mapped
        || m_mapped->holds(std::min(m_mapped->size(), m_buffer->mappedOffset + m_filled + Chunk::kPadding));
}

bool ReadLoop::detect(size_t& start)
{
    if (m_filled >= 3 && std::memcmp(m_buffer->data, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
    QString error;
    m_reader = detectFormat(std::string_view(m_buffer->data + start, m_filled - start), m_run.readerOptions, &error);
    if (!m_reader) {
        qCDebug(lcReaders) << m_run.path << "has no known format:" << error;
        m_run.fail(0, 0, error);
        return false;
    }
    m_run.format = m_reader->formatName();
    m_run.hasCacheTokens = m_reader->hasCacheTokens();
    qCDebug(lcReaders) << m_run.path << "detected as" << m_run.format;
    m_workers.start(m_reader.get());
    return true;
}

void ReadLoop::locate(size_t at, std::int64_t& line, std::int64_t& column) const
{
    const char* b = m_buffer->data;
    const std::int64_t before =
        m_mapped ? countNewlines(m_mapped->data(), m_buffer->mappedOffset + at) : m_linesBefore + countNewlines(b, at);
    line = before + 1;
    const void* nl = memrchr(b, '\n', at);
    column = nl ? std::int64_t(b + at - static_cast<const char*>(nl)) : m_columnCarry + std::int64_t(at) + 1;
}

bool ReadLoop::handOn(SplitResult& split, size_t chunkBegin, size_t consumed)
{
    Job job;
    job.firstLine = m_mapped ? -1 : m_linesBefore + countNewlines(m_buffer->data, chunkBegin);
    job.offset = m_offsetBefore + chunkBegin;
    job.chunk.data = m_buffer->data + chunkBegin;
    job.chunk.size = consumed - chunkBegin;
    job.chunk.spans = std::move(split.spans);
    for (auto& span : job.chunk.spans) {
        span.first -= std::uint32_t(split.skip);
        span.second -= std::uint32_t(split.skip);
    }
    // the next buffer starts with what is left of this one
    std::shared_ptr<ChunkBuffer> next;
    if (m_mapped) {
        m_mapped->hold(m_buffer->mappedOffset);
        next = std::make_shared<ChunkBuffer>(m_mapped, m_buffer->mappedOffset + consumed, m_blockSize);
        m_mapped->readerAt(next->mappedOffset);
    } else {
        next = m_buffers.take(std::max(m_blockSize, (m_filled - consumed) * 2));
        std::memcpy(next->owned.get(), m_buffer->data + consumed, m_filled - consumed);
    }
    const std::int64_t consumedLines = m_mapped ? 0 : countNewlines(m_buffer->data, consumed);
    job.buffer = std::move(m_buffer);
    const bool stop = m_workers.submit(std::move(job));
    m_buffer = std::move(next);
    m_filled -= consumed;
    m_linesBefore += consumedLines;
    m_offsetBefore += consumed;
    return stop;
}

void ReadLoop::drop(size_t consumed)
{
    m_linesBefore += m_mapped ? 0 : countNewlines(m_buffer->data, consumed);
    m_offsetBefore += consumed;
    if (m_mapped) {
        m_buffer = std::make_shared<ChunkBuffer>(m_mapped, m_buffer->mappedOffset + consumed, m_blockSize);
        m_mapped->readerAt(m_buffer->mappedOffset);
    } else {
        std::memmove(m_buffer->owned.get(), m_buffer->data + consumed, m_filled - consumed);
    }
    m_filled -= consumed;
}

bool ReadLoop::grow()
{
    const size_t limit = m_run.options->maxRecordSize;
    if (m_buffer->capacity >= limit) {
        // a record that does not end within the limit: memory stays bounded by it, whatever the file holds
        std::int64_t line = 0;
        std::int64_t column = 0;
        locate(0, line, column);
        m_run.failFatal(line, 0,
            QCoreApplication::translate("Usage", "record longer than %1 bytes (the limit; see --max-record-size)")
                .arg(limit));
        return false;
    }
    const size_t capacity = std::min(m_buffer->capacity * 2, std::max(limit, m_buffer->capacity + 1));
    if (m_mapped) {
        m_buffer = std::make_shared<ChunkBuffer>(m_mapped, m_buffer->mappedOffset, capacity);
        return true;
    }
    auto bigger = std::make_shared<ChunkBuffer>(capacity);
    std::memcpy(bigger->owned.get(), m_buffer->data, m_filled);
    m_buffer = std::move(bigger);
    return true;
}

} // namespace Usage

// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/bufferpool.h"
#include "core/formatreader.h"

#include <cstdint>
#include <memory>

namespace Usage {

class ByteSource;
struct FileRun;
class WorkerPool;

/**
 * The reading thread's side of one file: fills a buffer (or moves a view over the mapped file), detects the format
 * from the first one, splits complete records off into chunks and hands them to the workers.
 */
class ReadLoop
{
public:
    /** plainSize: a plain file's size when opened (it is read up to there), -1 for a compressed one. */
    ReadLoop(FileRun& run, ByteSource& source, std::shared_ptr<const MappedFile> mapped, qint64 plainSize,
        BufferPool& buffers, WorkerPool& workers, size_t blockSize);
    /** Reads until the end of the file, a syntax error that ends it, or a cancel. */
    void run();

private:
    /** Fills the buffer; false when the file shrank and its pages must not be touched. */
    bool fill();
    /** Skips a byte order mark, detects the format and starts the workers; false when no format fits. */
    bool detect(size_t& start);
    void locate(size_t at, std::int64_t& line, std::int64_t& column) const;
    /** Hands [chunkBegin, consumed) to the workers; true when an inline parse ended the file. */
    bool handOn(SplitResult& split, size_t chunkBegin, size_t consumed);
    void drop(size_t consumed);
    /** A bigger buffer for a record that does not fit; false (and the file failed) past maxRecordSize. */
    bool grow();

    FileRun& m_run;
    ByteSource& m_source;
    std::shared_ptr<const MappedFile> m_mapped;
    qint64 m_plainSize;
    BufferPool& m_buffers;
    WorkerPool& m_workers;
    size_t m_blockSize;
    std::unique_ptr<FormatReader> m_reader;
    std::shared_ptr<ChunkBuffer> m_buffer;
    size_t m_filled = 0;
    bool m_eof = false;
    std::int64_t m_linesBefore = 0;
    std::uint64_t m_offsetBefore = 0;
    std::int64_t m_columnCarry = 0; // bytes of the current line before the buffer's start
};

} // namespace Usage

// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/mappedfile.h"
#include "core/formatreader.h"

#include <algorithm>
#include <cstdint>
#include <memory>

namespace Usage {

/** Bytes of a file: a buffer of its own that read() fills, or a view of a mapped file. */
struct ChunkBuffer
{
    std::unique_ptr<char[]> owned; // when not mapped
    const char* data = nullptr;
    size_t capacity = 0; // usable bytes; Chunk::kPadding more are readable
    std::shared_ptr<const MappedFile> mapped;
    size_t mappedOffset = 0;

    explicit ChunkBuffer(size_t cap)
        : owned(new char[cap + Chunk::kPadding])
        , data(owned.get())
        , capacity(cap)
    {
    }
    /** A view of up to `length` bytes of a mapped file from `offset`, its pages faulted in. */
    ChunkBuffer(std::shared_ptr<const MappedFile> file, size_t offset, size_t length)
        : data(file->data() + offset)
        , capacity(std::min(length, file->size() - offset))
        , mapped(std::move(file))
        , mappedOffset(offset)
    {
        mapped->populate(offset, offset + capacity);
    }
};

/** A chunk handed to a worker, with the buffer that holds its bytes. */
struct Job
{
    std::shared_ptr<ChunkBuffer> buffer;
    Chunk chunk;
    std::int64_t firstLine = 0; ///< -1: counted at the end (mapped files)
    std::uint64_t offset = 0; ///< in the decompressed stream
};

/** What parsing one chunk reported, with where the chunk lies. */
struct JobReport
{
    std::int64_t firstLine = 0;
    std::uint64_t offset = 0;
    ChunkReport report;
};

} // namespace Usage

// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/chunkbuffer.h"

#include <memory>
#include <mutex>
#include <vector>

namespace Usage {

/** The read buffers of one file, reused once a worker is done with them; a mapped view goes back to its file. */
class BufferPool
{
public:
    explicit BufferPool(size_t blockSize)
        : m_blockSize(blockSize)
    {
    }
    std::shared_ptr<ChunkBuffer> take(size_t minimum);
    void giveBack(std::shared_ptr<ChunkBuffer> buffer);

private:
    size_t m_blockSize;
    std::mutex m_mutex;
    std::vector<std::shared_ptr<ChunkBuffer>> m_free;
};

} // namespace Usage

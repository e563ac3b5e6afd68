// SPDX-License-Identifier: MIT
#include "core/engine/bufferpool.h"

namespace Usage {

std::shared_ptr<ChunkBuffer> BufferPool::take(size_t minimum)
{
    std::lock_guard lock(m_mutex);
    while (!m_free.empty()) {
        auto b = std::move(m_free.back());
        m_free.pop_back();
        if (b->capacity >= minimum)
            return b;
    }
    return std::make_shared<ChunkBuffer>(std::max(m_blockSize, minimum));
}

void BufferPool::giveBack(std::shared_ptr<ChunkBuffer> buffer)
{
    if (buffer->mapped) {
        buffer->mapped->done(buffer->mappedOffset);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(buffer));
}

} // namespace Usage

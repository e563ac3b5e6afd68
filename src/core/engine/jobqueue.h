// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/chunkbuffer.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Usage {

/** A bounded queue of jobs: the reader blocks while the workers are busy, so memory stays bounded. */
class JobQueue
{
public:
    explicit JobQueue(size_t limit)
        : m_limit(limit)
    {
    }
    void push(Job job)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_jobs.size() < m_limit; });
        m_jobs.push_back(std::move(job));
        m_notEmpty.notify_one();
    }
    /** False once the queue is closed and empty. */
    bool pop(Job& job)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_jobs.empty() || m_closed; });
        if (m_jobs.empty())
            return false;
        job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Job> m_jobs;
    size_t m_limit;
    bool m_closed = false;
};

} // namespace Usage

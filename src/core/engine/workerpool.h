// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/bufferpool.h"
#include "core/engine/jobqueue.h"
#include "core/engine/workersink.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Usage {

/** Parses a file's chunks: inline with one thread, else on worker threads fed through a bounded queue. */
class WorkerPool
{
public:
    WorkerPool(int threads, std::uint32_t fileIndex, const std::atomic<bool>* cancel,
        std::vector<std::unique_ptr<WorkerSink>>& sinks, BufferPool& buffers, std::vector<JobReport>& reports);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /** Starts the threads, which parse with reader (it must outlive finish()). */
    void start(const FormatReader* reader);
    /** Parses job, or queues it for a worker; true when an inline parse met a syntax error that ends the file. */
    bool submit(Job job);
    void finish();
    bool fatalSeen() const { return m_fatalSeen; }

private:
    void parse(Job& job, WorkerSink& sink);
    void work(WorkerSink& sink);
    bool cancelRequested() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    int m_threads;
    std::uint32_t m_fileIndex;
    const std::atomic<bool>* m_cancel;
    std::vector<std::unique_ptr<WorkerSink>>& m_sinks;
    BufferPool& m_buffers;
    std::vector<JobReport>& m_reports;
    const FormatReader* m_reader = nullptr;
    JobQueue m_queue;
    std::vector<std::thread> m_workers;
    std::mutex m_reportMutex;
    std::atomic<bool> m_fatalSeen { false };
};

} // namespace Usage

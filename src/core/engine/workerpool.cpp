// SPDX-License-Identifier: MIT
#include "core/engine/workerpool.h"

namespace Usage {

WorkerPool::WorkerPool(int threads, std::uint32_t fileIndex, const std::atomic<bool>* cancel,
    std::vector<std::unique_ptr<WorkerSink>>& sinks, BufferPool& buffers, std::vector<JobReport>& reports)
    : m_threads(threads)
    , m_fileIndex(fileIndex)
    , m_cancel(cancel)
    , m_sinks(sinks)
    , m_buffers(buffers)
    , m_reports(reports)
    , m_queue(size_t(threads) + 1)
{
}

WorkerPool::~WorkerPool()
{
    finish();
}

void WorkerPool::start(const FormatReader* reader)
{
    m_reader = reader;
    if (m_threads <= 1)
        return;
    for (int i = 0; i < m_threads; ++i) {
        WorkerSink* sink = m_sinks[size_t(i)].get();
        m_workers.emplace_back([this, sink] { work(*sink); });
    }
}

bool WorkerPool::submit(Job job)
{
    if (m_threads > 1) {
        m_queue.push(std::move(job));
        return false;
    }
    parse(job, *m_sinks.front());
    return m_fatalSeen;
}

void WorkerPool::finish()
{
    m_queue.close();
    for (auto& w : m_workers)
        w.join();
    m_workers.clear();
}

void WorkerPool::work(WorkerSink& sink)
{
    Job job;
    while (m_queue.pop(job)) {
        if (cancelRequested() || m_fatalSeen) {
            m_buffers.giveBack(std::move(job.buffer));
            continue;
        }
        parse(job, sink);
    }
}

void WorkerPool::parse(Job& job, WorkerSink& sink)
{
    const MappedFile* mapped = job.buffer->mapped.get();
    if (mapped
        && !mapped->holds(
            std::min(mapped->size(), size_t(job.chunk.data - mapped->data()) + job.chunk.size + Chunk::kPadding))) {
        m_buffers.giveBack(std::move(job.buffer));
        return;
    }
    JobReport jr;
    jr.firstLine = job.firstLine;
    jr.offset = job.offset;
    if (sink.store)
        sink.store->beginChunk(m_fileIndex, job.offset);
    sink.collect();
    m_reader->parse(job.chunk, sink, jr.report);
    sink.post();
    if (jr.report.fatal)
        m_fatalSeen = true;
    {
        std::lock_guard lock(m_reportMutex);
        m_reports.push_back(std::move(jr));
    }
    m_buffers.giveBack(std::move(job.buffer));
}

} // namespace Usage

// SPDX-License-Identifier: MIT
#pragma once

#include "core/logaggregation.h"
#include "core/usageresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Usage {

/**
 * Aggregates log files in the background. start() runs the engine on a thread of its own; results come back
 * to the thread that owns this object through queued signals. The latest start() wins: a run still going is
 * cancelled and its result dropped.
 */
class LogSource : public QObject
{
    Q_OBJECT
public:
    explicit LogSource(QObject* parent = nullptr);
    ~LogSource() override;

    /**
     * threads 0: one per core; dedupe: count each request id once (see AggregateOptions::dedupe); phaseDone: see
     * AggregateOptions::phaseDone (called on the worker thread); maxRecordSize: see AggregateOptions. prepare runs
     * on the worker thread before the files are read (e.g. loading a price book into the query); the error it
     * returns fails the run.
     */
    void start(const QStringList& files, const Usage::UsageQuery& query, int threads = 0, bool dedupe = false,
        std::function<void(const char* phase)> phaseDone = {},
        size_t maxRecordSize = Usage::AggregateOptions::kDefaultMaxRecordSize,
        std::function<QString(Usage::UsageQuery& query)> prepare = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    /** permille in 0..1000; message like "12.5 MB of 40.0 MB, 3 s left". */
    void progressChanged(int permille, const QString& message);
    /** Also when some or all files failed (see result.errors): the caller decides what counts as a failure. */
    void finished(const Usage::UsageResult& result);
    void cancelled();
    /** The prepare step of start() failed; reason is its error. */
    void failed(const QString& reason);

private:
    void joinWorker();
    void onProgress(std::uint64_t generation, qint64 done, qint64 total);

    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    int m_lastPermille = -1;
    QElapsedTimer m_elapsed;
};

} // namespace Usage

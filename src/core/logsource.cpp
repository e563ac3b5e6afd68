// SPDX-License-Identifier: MIT
#include "core/logsource.h"

#include "core/logaggregation.h"

#include <QLocale>
#include <QPointer>
#include <QThread>

namespace Usage {

LogSource::LogSource(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Usage::UsageResult>();
}

LogSource::~LogSource()
{
    cancel();
    joinWorker();
}

void LogSource::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void LogSource::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LogSource::start(const QStringList& files, const UsageQuery& query, int threads, bool dedupe,
    std::function<void(const char* phase)> phaseDone, size_t maxRecordSize,
    std::function<QString(UsageQuery& query)> prepare)
{
    Q_ASSERT(QThread::currentThread() == thread());
    cancel();
    joinWorker();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::uint64_t generation = ++m_generation;
    m_running = true;
    m_lastPermille = -1;
    m_elapsed.start();
    Q_EMIT started();

    QPointer<LogSource> self(this);
    auto cancelFlag = m_cancel;
    m_worker = std::thread([self, files, query, threads, dedupe, phaseDone, maxRecordSize, prepare, cancelFlag,
                               generation] {
        UsageQuery prepared = query;
        if (prepare) {
            const QString error = prepare(prepared);
            if (!error.isEmpty()) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, generation, error] {
                        if (!self || generation != self->m_generation)
                            return;
                        self->m_running = false;
                        Q_EMIT self->failed(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
        }
        AggregateOptions options;
        options.maxRecordSize = maxRecordSize;
        options.phaseDone = phaseDone;
        options.threads = threads;
        options.dedupe = dedupe;
        options.cancel = cancelFlag.get();
        // progress at most ten times a second: each update repaints the status bar
        options.progress = [self, generation, since = QElapsedTimer()](std::int64_t done, std::int64_t total) mutable {
            if (since.isValid() && since.elapsed() < 100 && done < total)
                return;
            since.start();
            // QPointer is only read here; the object outlives the thread because its destructor joins it
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, total] {
                    if (self)
                        self->onProgress(generation, done, total);
                },
                Qt::QueuedConnection);
        };
        AggregateOutcome outcome = aggregateFiles(files, prepared, options);
        outcome.result.fetchedAt = QDateTime::currentDateTimeUtc();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, outcome = std::move(outcome)] {
                if (!self || generation != self->m_generation)
                    return; // a newer run replaced this one
                self->m_running = false;
                if (outcome.cancelled) {
                    Q_EMIT self->cancelled();
                    return;
                }
                Q_EMIT self->finished(outcome.result);
            },
            Qt::QueuedConnection);
    });
}

void LogSource::onProgress(std::uint64_t generation, qint64 done, qint64 total)
{
    if (generation != m_generation || !m_running || total <= 0)
        return;
    const int permille = int(std::min<qint64>(1000, done * 1000 / total));
    if (permille == m_lastPermille) // don't spam the progress bar
        return;
    m_lastPermille = permille;
    const QLocale locale;
    QString message = tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    const qint64 ms = m_elapsed.elapsed();
    if (done > 0 && ms > 1000 && permille < 1000) {
        const qint64 left = ms * (total - done) / done / 1000;
        message += tr(", %n s left", nullptr, int(left));
    }
    Q_EMIT progressChanged(permille, message);
}

} // namespace Usage

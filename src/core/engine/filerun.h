// SPDX-License-Identifier: MIT
#pragma once

#include "core/aggregator.h"
#include "core/engine/chunkbuffer.h"
#include "core/engine/workersink.h"
#include "core/formatreader.h"
#include "core/logaggregation.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Usage {

/** One file read into per-worker sinks, with what it reported; the caller merges the sinks. */
struct FileRun
{
    QString path;
    std::uint32_t fileIndex = 0;
    std::shared_ptr<const AggregationSpec> spec;
    ReaderOptions readerOptions;
    const AggregateOptions* options = nullptr;
    std::int64_t bytesBefore = 0; // of the files before this one, for progress
    std::int64_t bytesTotal = 0;

    std::vector<std::unique_ptr<WorkerSink>> sinks; // one per worker
    std::vector<JobReport> reports; // in file order
    QList<Diagnostic> errors;
    QString format;
    QString compression;
    bool hasCacheTokens = true;
    bool cancelled = false;
    bool workerFatal = false; // a worker met a syntax error: the file is to be read again inline

    bool cancelRequested() const { return options->cancel && options->cancel->load(std::memory_order_relaxed); }
    void fail(std::int64_t line, std::int64_t column, const QString& reason);
    /** A syntax error that ends the file; only the earliest one is kept. */
    void failFatal(std::int64_t line, std::int64_t column, const QString& reason);
    /** The file became shorter while it was read: what was read before is kept. */
    void failShrank(qint64 from, qint64 to);

    /** Reads the whole file with `threads` workers (1: inline, stopping at the first fatal error). */
    void run(int threads);

private:
    /** Sorts the reports into file order and numbers their lines where the reading left that for later. */
    void orderReports(const MappedFile* mapped);
};

} // namespace Usage

// SPDX-License-Identifier: MIT
#include "core/engine/filerun.h"

#include "core/bytesource.h"
#include "core/corelogging.h"
#include "core/engine/readloop.h"
#include "core/engine/workerpool.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Usage {

void FileRun::fail(std::int64_t line, std::int64_t column, const QString& reason)
{
    errors.append(Diagnostic { path, line, column, reason });
}

void FileRun::failFatal(std::int64_t line, std::int64_t column, const QString& reason)
{
    for (Diagnostic& e : errors) {
        if (e.line > 0) { // already ended by a syntax error
            if (line < e.line || (line == e.line && column < e.column))
                e = Diagnostic { path, line, column, reason };
            return;
        }
    }
    fail(line, column, reason);
}

void FileRun::failShrank(qint64 from, qint64 to)
{
    qCDebug(lcReaders) << path << "shrank from" << from << "to" << to << "bytes";
    fail(0, 0, QCoreApplication::translate("Usage", "shrank from %1 to %2 bytes while being read").arg(from).arg(to));
}

void FileRun::run(int threads)
{
    sinks.clear();
    reports.clear();
    errors.clear();
    workerFatal = false;

    QFile file(path);
    if (QFileInfo(path).isDir()) {
        fail(0, 0, QCoreApplication::translate("Usage", "is a directory"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(0, 0, QCoreApplication::translate("Usage", "cannot open: %1").arg(file.errorString()));
        return;
    }
    std::unique_ptr<ByteSource> source = openByteSource(&file);
    compression = source->compression();

    // a plain file of some size is parsed where it lies in the page cache, without the copies of read()
    std::shared_ptr<const MappedFile> mapped;
    if (compression.isEmpty() && file.size() >= qint64(std::max<size_t>(options->mapThreshold, 1))
        && options->mapThreshold != SIZE_MAX && QFileInfo(path).isFile()) {
        mapped = MappedFile::map(file.handle(), size_t(file.size()));
        if (!mapped)
            qCDebug(lcReaders) << path << "could not be mapped: read instead";
    }
    qCDebug(lcReaders).nospace() << path << ": " << (mapped ? "mapped" : "read") << ", " << file.size()
                                 << " bytes, compression "
                                 << (compression.isEmpty() ? QStringLiteral("none") : compression) << ", " << threads
                                 << " thread(s)";

    const int sinkCount = std::max(threads, 1);
    const size_t maxIds = options->maxTrackedIds / size_t(sinkCount);
    for (int i = 0; i < sinkCount; ++i)
        sinks.push_back(std::make_unique<WorkerSink>(spec, options->dedupe, maxIds));
    std::vector<Mailbox> mailboxes(threads > 1 && !options->dedupe ? size_t(threads) : 0);
    for (size_t i = 0; i < mailboxes.size(); ++i)
        sinks[i]->shareGroups(i, &mailboxes);

    // a record longer than the limit cannot fit a buffer of at most the limit, so it fails when the buffer would grow
    const size_t blockSize = std::max<size_t>(std::min(options->blockSize, options->maxRecordSize), 4096);
    BufferPool buffers(blockSize);
    WorkerPool workers(threads, fileIndex, options->cancel, sinks, buffers, reports);
    const qint64 plainSize = compression.isEmpty() && QFileInfo(path).isFile() ? file.size() : -1;
    ReadLoop loop(*this, *source, mapped, plainSize, buffers, workers, blockSize);
    loop.run();
    workers.finish();
    if (mapped && mapped->shrunkTo() < mapped->size())
        failShrank(qint64(mapped->size()), qint64(mapped->shrunkTo()));

    orderReports(mapped.get());
    for (auto& sink : sinks) {
        sink->collect(); // what was posted after its owner's last chunk
        sink->leaveRun();
    }
    if (cancelRequested())
        cancelled = true;
    workerFatal = threads > 1 && workers.fatalSeen();
}

void FileRun::orderReports(const MappedFile* mapped)
{
    // the workers finished their chunks in any order
    std::sort(
        reports.begin(), reports.end(), [](const JobReport& a, const JobReport& b) { return a.offset < b.offset; });
    if (!mapped)
        return;
    // a mapped file's lines are counted only up to the chunks that report something, and while its pages last
    std::uint64_t countedTo = 0;
    std::int64_t lines = 0;
    for (JobReport& jr : reports) {
        if (jr.report.diagnostics.empty() && !jr.report.fatal)
            continue;
        if (!mapped->holds(jr.offset))
            break;
        lines += countNewlines(mapped->data() + countedTo, size_t(jr.offset - countedTo));
        countedTo = jr.offset;
        jr.firstLine = lines;
    }
}

} // namespace Usage

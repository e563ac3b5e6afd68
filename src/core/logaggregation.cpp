// SPDX-License-Identifier: MIT
#include "core/logaggregation.h"

#include "core/aggregator.h"
#include "core/dedupe.h"
#include "core/engine/filerun.h"
#include "core/engine/idbuckets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <climits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Usage {
namespace {

    QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate("Usage", text, disambiguation, n);
    }

} // namespace

AggregateOutcome aggregateFiles(const QStringList& files, const UsageQuery& query, const AggregateOptions& options)
{
    AggregateOutcome outcome;
    UsageResult& result = outcome.result;
    result.query = query;
    result.provenance.kind = SourceKind::LogFiles;
    result.provenance.files = files;
    result.provenance.boundRule = QStringLiteral("inclusive-ms");
    result.hasRequestTimes = true;

    auto spec = std::make_shared<const AggregationSpec>(query);
    ReaderOptions readerOptions;
    if (query.groupBy.key == GroupKey::Property)
        readerOptions.property = query.groupBy.property.toStdString();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    std::int64_t total = 0;
    for (const QString& f : files)
        total += QFileInfo(f).size();

    // one aggregator, or one per worker while each worker owns the same groups in every file: those are disjoint,
    // so their rows are built side by side without merging their figures first
    std::vector<std::unique_ptr<Aggregator>> owners;
    auto collapse = [&owners] {
        while (owners.size() > 1) {
            owners.front()->merge(*owners.back());
            owners.pop_back();
        }
    };
    std::vector<std::unique_ptr<DedupeStore>> stores;
    std::vector<IdBuckets> idSets; // one per worker and file
    bool idsOverflowed = false;
    bool anyCache = false;
    std::int64_t before = 0;
    QList<Diagnostic> diagnostics;
    for (const QString& path : files) {
        FileRun run;
        run.path = path;
        run.fileIndex = std::uint32_t(&path - files.data());
        run.spec = spec;
        run.readerOptions = readerOptions;
        run.options = &options;
        run.bytesBefore = before;
        run.bytesTotal = total;
        run.run(threads);
        if (run.workerFatal && !run.cancelled) {
            // a syntax error ends the file: read it again in order, stopping there
            run.run(1);
        }
        before += QFileInfo(path).size();
        if (run.cancelled) {
            outcome.cancelled = true;
            break;
        }
        result.provenance.formats.append(run.format);
        std::int64_t skipped = 0; // the reports come in file order
        for (const JobReport& jr : run.reports) {
            skipped += jr.report.skipped;
            // files come in order and reports in line order: the first ones kept are the first in the files
            for (const ChunkDiagnostic& d : jr.report.diagnostics) {
                if (diagnostics.size() >= UsageResult::kMaxDiagnostics)
                    break;
                diagnostics.append(
                    Diagnostic { path, jr.firstLine + d.line + 1, d.column, QString::fromStdString(d.reason) });
            }
            if (jr.report.fatal) {
                run.failFatal(jr.firstLine + jr.report.fatal->line + 1, jr.report.fatal->column,
                    QString::fromStdString(jr.report.fatal->reason));
            }
        }
        result.skippedRecords += skipped;
        std::int64_t seen = 0;
        for (const auto& sink : run.sinks)
            seen += sink->recordsSeen();
        if (run.errors.isEmpty() && seen == 0) {
            run.fail(
                0, 0, skipped > 0 ? tr("no recognisable records (%1 skipped)").arg(skipped) : tr("no records found"));
        }
        if (!run.errors.isEmpty())
            result.errors.append(run.errors);
        anyCache = anyCache || (run.hasCacheTokens && !run.format.isEmpty());
        const bool byOwner = run.sinks.size() > 1 && run.sinks.front()->sharesGroups()
            && (owners.empty() || owners.size() == run.sinks.size());
        if (!byOwner)
            collapse();
        for (auto& sink : run.sinks) {
            const size_t slot = byOwner ? size_t(&sink - run.sinks.data()) : 0;
            if (owners.size() <= slot)
                owners.push_back(std::make_unique<Aggregator>(spec));
            owners[slot]->merge(*sink->aggregator);
            if (sink->store)
                stores.push_back(std::move(sink->store));
            idsOverflowed = idsOverflowed || sink->idsOverflowed;
            if (idsOverflowed)
                idSets.clear();
            else if (sink->ids.size() > 0)
                idSets.push_back(std::move(sink->ids));
            sink->ids.clear();
        }
    }
    if (options.phaseDone)
        options.phaseDone("read");
    std::int64_t storedRecords = 0;
    for (const auto& store : stores)
        storedRecords += store->recordsSeen();
    if (options.dedupe && !outcome.cancelled) {
        std::int64_t dropped = 0;
        // (no worker shares its groups when de-duplicating: there is one aggregator at most)
        if (owners.empty())
            owners.push_back(std::make_unique<Aggregator>(spec));
        DedupeStore::resolve(stores, *owners.front(), dropped);
        result.duplicateRequestIds = dropped;
    }
    // repeated request ids, counted bucket by bucket on all threads, before the rows need memory
    const bool countIds =
        !options.dedupe && !idsOverflowed && options.maxTrackedIds > 0 && spec->query.parts.duplicates;
    if (countIds) {
        result.duplicateRequestIds = IdBuckets::countRepeatsAndClear(idSets, threads);
        if (result.duplicateRequestIds > 0) {
            result.warnings.append(tr("%n request id(s) appear more than once (overlapping exports?): use "
                                      "de-duplication to count each request once",
                nullptr, int(std::min<std::int64_t>(result.duplicateRequestIds, INT_MAX))));
        }
    }
    idSets.clear();
#if defined(__GLIBC__)
    // hand the memory of the workers' buffers and parcels back before the rows are built
    malloc_trim(0);
#endif
    result.diagnostics = diagnostics;
    result.hasCacheTokens = anyCache;
    result.hasReasoningTokens = anyCache;
    std::vector<Aggregator*> parts;
    for (const auto& a : owners)
        parts.push_back(a.get());
    Aggregator::finish(parts, result, threads);
    if (options.phaseDone)
        options.phaseDone("rows");
    if (options.dedupe)
        result.recordsRead = storedRecords;
    result.partial = !result.errors.isEmpty() || outcome.cancelled;
    return outcome;
}

} // namespace Usage

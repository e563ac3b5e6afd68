// SPDX-License-Identifier: MIT
#include "cli/aggregatecommand.h"

#include "cli/clicommon.h"
#include "cli/compareoptions.h"
#include "cli/exportoptions.h"
#include "cli/pricingoptions.h"
#include "cli/rowoptions.h"
#include "cli/sourcerun.h"
#include "core/formatdetect.h"
#include "core/logaggregation.h"
#include "sources/logfilessource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <utility>

namespace Cli {

int runAggregate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Aggregates Helicone log dumps into per-user totals, as POST /v1/user/query answers them.\n"
                       "Formats are detected from the content: %1.\n"
                       "Malformed records are skipped and reported on stderr; the exit code is 0 on success (also "
                       "when records were skipped), 1 when a file cannot be read or holds no recognisable records "
                       "(standard output then stays empty), 2 on a usage error.")
            .arg(Usage::knownFormats().join(QStringLiteral(", ")))
        + QLatin1Char(' ') + alertExitCodeHelp());
    parser.addHelpOption();
    addQueryOptions(parser);
    addExportOptions(parser);
    addCompareOptions(parser);
    addPricingOptions(parser);
    addGroupingOptions(parser);
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
        QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("dedupe"),
        QStringLiteral("Count each request_id once, keeping the copy with the newest updated_at (for "
                       "overlapping exports and unmerged ClickHouse rows). Needs memory for every "
                       "request (about 100 bytes each) until all files are read; requests without "
                       "an id all count. Without it, repeated ids are only reported (JSON output).") });
    parser.addOption({ QStringLiteral("max-record-size"),
        QStringLiteral("Longest record (line) in bytes; a file with a longer one fails (default: 64 MiB)."),
        QStringLiteral("BYTES"), QString::number(Usage::AggregateOptions::kDefaultMaxRecordSize) });
    parser.addOption({ QStringLiteral("full-result"),
        QStringLiteral("Compute the whole result, as the window does (time series, per-model breakdown, first and "
                       "last request, repeated request ids), whatever the output writes; for benchmarks. By "
                       "default only what the output needs is computed.") });
    parser.addOption({ QStringLiteral("stats"),
        QStringLiteral("Print on stderr, for benchmarks, the time and memory (resident and peak, "
                       "Linux) at the end of each phase, and the memory the result alone holds once "
                       "the engine's is handed back.") });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Log files; their totals add up."), QStringLiteral("FILE..."));
    if (const auto exit = parseOrHelp(parser, arguments, QStringLiteral("aggregate")))
        return *exit;
    ExitCode code = UsageError;
    auto rows = rowOptionsFrom(parser, true, &code);
    if (!rows)
        return code;
    QString error;
    Usage::UsageQuery* const query = &rows->query;
    Usage::Export::Settings* const exportSettings = &rows->exportSettings;
    const AlertSettings* const alerts = &rows->alerts;
    if (parser.isSet(QStringLiteral("full-result")))
        query->parts = Usage::ResultParts {};
    const auto pricing = pricingFromOptions(parser, exportSettings->columns, &error);
    if (!pricing) {
        printError(error);
        return UsageError;
    }
    query->pricing = *pricing;
    bool ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 0 || threads > 1024) {
        printError(QStringLiteral("--threads: expected a number from 0 to 1024, not %1")
                       .arg(parser.value(QStringLiteral("threads"))));
        return UsageError;
    }
    const qint64 maxRecordSize = parser.value(QStringLiteral("max-record-size")).toLongLong(&ok);
    if (!ok || maxRecordSize < 4096 || maxRecordSize > (qint64(1) << 40)) {
        printError(QStringLiteral("--max-record-size: expected a number of bytes from 4096 to 2^40, not %1")
                       .arg(parser.value(QStringLiteral("max-record-size"))));
        return UsageError;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(QStringLiteral("no input files (see --help)"));
        return UsageError;
    }
    const QString overwritten = inputNamedBy(parser.value(QStringLiteral("output")), files, parser);
    if (!overwritten.isEmpty()) {
        printError(QStringLiteral("-o: %1 is an input file; choose another output").arg(overwritten));
        return UsageError;
    }

    SourceRequest request;
    request.kind = Usage::SourceKind::LogFiles;
    request.files = files;
    request.query = *query;
    request.threads = threads;
    request.maxRecordSize = size_t(maxRecordSize);
    request.dedupe = parser.isSet(QStringLiteral("dedupe"));
    request.failWhenNothingRead = false; // every skipped record and warning is listed before the errors
    const bool stats = parser.isSet(QStringLiteral("stats"));
    QElapsedTimer clock;
    clock.start();
    auto printStats = [&clock](const QString& what, const MemoryUse& use) {
        printError(QStringLiteral("stats: %1 %2 s, resident %3 MiB, peak %4 MiB")
                       .arg(what)
                       .arg(double(clock.nsecsElapsed()) / 1e9, 0, 'f', 3)
                       .arg(use.residentMiB, 0, 'f', 1)
                       .arg(use.peakMiB, 0, 'f', 1));
    };
    if (stats)
        request.phaseDone = [&](const char* phase) { printStats(QString::fromLatin1(phase), memoryUse()); };
    // The result lives until the process exits and is never freed: the operating system takes back its pages
    // faster than a million rows' strings and lists can be freed one by one (compilers skip freeing at exit for the
    // same reason). Held by a static, so leak checkers see it as reachable.
    static Usage::UsageResult* kept = nullptr;
    {
        LogFilesSource source;
        SourceOutcome outcome = runSource(source, request);
        if (!outcome.result) { // only a cancelled run has no result: failures come with their errors
            printError(outcome.failure);
            return Failure;
        }
        delete std::exchange(kept, new Usage::UsageResult(std::move(*outcome.result)));
    }
    if (stats)
        printStats(QStringLiteral("result-alone"), memoryUse(true)); // the engine's memory handed back
    const Usage::UsageResult& result = *kept;

    if (result.skippedRecords > 0) {
        printError(QStringLiteral("%1 malformed record(s) skipped%2")
                       .arg(result.skippedRecords)
                       .arg(result.skippedRecords > result.diagnostics.size()
                               ? QStringLiteral(" (the first %1 listed)").arg(result.diagnostics.size())
                               : QString()));
        for (const Usage::Diagnostic& d : result.diagnostics)
            printError(QStringLiteral("skipped ") + d.toString());
    }
    for (const QString& warning : result.warnings)
        printError(QStringLiteral("warning: ") + warning);
    if (request.dedupe && result.duplicateRequestIds > 0)
        printError(QStringLiteral("%1 duplicate request(s) dropped").arg(result.duplicateRequestIds));
    if (!result.errors.isEmpty()) {
        for (const Usage::Diagnostic& d : result.errors)
            printError(d.toString());
        return Failure;
    }
    const ExitCode written = writeResult(result, *exportSettings, parser.value(QStringLiteral("output")));
    if (stats)
        printStats(QStringLiteral("written"), memoryUse());
    return withAlerts(written, result, *alerts);
}

} // namespace Cli

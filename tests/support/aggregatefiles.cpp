// SPDX-License-Identifier: MIT
#include "aggregatefiles.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Usage;

namespace {

/** What two ways of reading must agree on. */
QString differences(const AggregateOutcome& a, const AggregateOutcome& b)
{
    QStringList d;
    if (a.result.rows != b.result.rows)
        d << QStringLiteral("rows");
    if (a.result.series != b.result.series)
        d << QStringLiteral("series");
    if (a.result.diagnostics != b.result.diagnostics)
        d << QStringLiteral("diagnostics");
    if (a.result.errors != b.result.errors)
        d << QStringLiteral("errors");
    if (a.result.recordsRead != b.result.recordsRead || a.result.skippedRecords != b.result.skippedRecords)
        d << QStringLiteral("counts");
    if (a.result.warnings != b.result.warnings || a.result.duplicateRequestIds != b.result.duplicateRequestIds)
        d << QStringLiteral("warnings");
    return d.join(QStringLiteral(", "));
}

} // namespace

namespace TestAggregate {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QByteArray line(const char* user, int prompt, int completion, const char* cost, const char* at, const char* model)
{
    return QByteArrayLiteral("{\"request_user_id\":\"") + user + "\",\"prompt_tokens\":" + QByteArray::number(prompt)
        + ",\"completion_tokens\":" + QByteArray::number(completion) + ",\"cost\":" + cost
        + ",\"request_created_at\":\"" + at + "\",\"model\":\"" + model + "\"}";
}

AggregateOutcome aggregate(const QStringList& files, const UsageQuery& query, int threads)
{
    AggregateOptions options;
    options.threads = threads;
    options.mapThreshold = SIZE_MAX;
    AggregateOutcome read = aggregateFiles(files, query, options);
    for (const size_t block : { size_t(1) << 20, size_t(4096) }) {
        options.mapThreshold = 0;
        options.blockSize = block;
        const AggregateOutcome mapped = aggregateFiles(files, query, options);
        const QString d = differences(read, mapped);
        if (!d.isEmpty())
            qFatal("mapped files (blocks of %zu bytes) read differently: %s", block, qPrintable(d));
    }
    return read;
}

} // namespace TestAggregate

// SPDX-License-Identifier: MIT
#include "usagejobrun.h"

#include "core/decimal.h"
#include "net/clickhouse/clickhouseusagejob.h"

#include <QEventLoop>

using namespace Usage;

namespace {

QString totalsText(const Totals& t)
{
    return QStringLiteral("n=%1 p=%2 c=%3 cr=%4 cw=%5 r=%6 cost=%7 nocost=%8")
        .arg(Decimal::formatIntegerQString(t.requests))
        .arg(Decimal::formatIntegerQString(t.promptTokens))
        .arg(Decimal::formatIntegerQString(t.completionTokens))
        .arg(Decimal::formatIntegerQString(t.cacheReadTokens))
        .arg(Decimal::formatIntegerQString(t.cacheWriteTokens))
        .arg(Decimal::formatIntegerQString(t.reasoningTokens))
        .arg(Decimal::formatIntegerQString(t.costNanos))
        .arg(Decimal::formatIntegerQString(t.requestsWithoutCost));
}

} // namespace

Outcome runJob(const ClickHouse::Settings& settings, const UsageQuery& query, bool dedupe)
{
    Outcome outcome;
    ClickHouse::UsageJob job(settings, query, dedupe);
    QEventLoop loop;
    QObject::connect(&job, &ClickHouse::UsageJob::finished, &loop, [&](const UsageResult& r) {
        outcome.ok = true;
        outcome.result = r;
        loop.quit();
    });
    QObject::connect(&job, &ClickHouse::UsageJob::failed, &loop, [&](const QString& e, bool auth) {
        outcome.error = e;
        outcome.authentication = auth;
        loop.quit();
    });
    job.start();
    loop.exec();
    return outcome;
}

QStringList lines(const UsageResult& r)
{
    QStringList out;
    for (const GroupUsage& g : r.rows) {
        const QString id = QString::fromLatin1(g.id.toUtf8().toPercentEncoding());
        out << QStringLiteral("row %1 %2 first=%3 last=%4").arg(id, totalsText(g.totals)).arg(g.firstMs).arg(g.lastMs);
        for (const ModelTotals& m : g.models)
            out << QStringLiteral("  model %1 %2").arg(m.model, totalsText(m.totals));
        for (const BucketTotals& b : g.series)
            out << QStringLiteral("  bucket %1 %2").arg(b.startMs).arg(totalsText(b.totals));
        if (r.query.hasComparison())
            out << QStringLiteral("  previous %1").arg(totalsText(g.previous));
        for (const BucketTotals& b : g.previousSeries)
            out << QStringLiteral("  previous bucket %1 %2").arg(b.startMs).arg(totalsText(b.totals));
    }
    for (const BucketTotals& b : r.series)
        out << QStringLiteral("series %1 %2").arg(b.startMs).arg(totalsText(b.totals));
    return out;
}

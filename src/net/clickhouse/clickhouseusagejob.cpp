// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseusagejob.h"

#include "core/comparerange.h"
#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouseescape.h"
#include "net/clickhouse/clickhousequerybuilder.h"

namespace Usage::ClickHouse {

namespace {
    constexpr qsizetype kMaxUserListBytes = 128 * 1024; // half of the servers' default max_query_size
} // namespace

UsageJob::UsageJob(const Settings& settings, const UsageQuery& query, bool dedupe, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_query(query)
    , m_full(query)
    , m_dedupe(dedupe)
    , m_runner(settings)
{
    if (m_full.compare != CompareMode::None) { // the bounds of the comparison range, as the other sources use them
        resolveComparison(m_full);
        m_query = m_full;
    }
    connect(&m_runner, &StatementRunner::failed, this, &UsageJob::onRunFailed);
    connect(&m_runner, &StatementRunner::timedOut, this, [this] {
        m_runner.killRunningQuery();
        fail(QStringLiteral("ClickHouse server %1 did not answer within %2 s")
                 .arg(m_settings.serverName())
                 .arg(m_settings.timeoutMs / 1000.0));
    });
}

void UsageJob::start()
{
    m_runner.startDeadline();
    m_runner.readSchema([this](bool versionKnown) {
        if (!versionKnown)
            return fail(QStringLiteral("ClickHouse server %1 answered no version").arg(m_settings.serverName()));
        afterSchema();
    });
}

void UsageJob::afterSchema()
{
    const QString problem = QueryBuilder(m_settings, m_runner.schema(), m_query, m_dedupe).check();
    if (!problem.isEmpty())
        return fail(QStringLiteral("ClickHouse server %1: %2").arg(m_settings.serverName(), problem));
    runPart(0);
}

void UsageJob::runPart(qsizetype from)
{
    // servers refuse statements over max_query_size (256 KiB by default): a long user list is asked for in parts,
    // whose sums add up (the groups of different users never overlap, the models and buckets add)
    UsageQuery part = m_query;
    qsizetype to = from;
    if (!m_query.userIds.isEmpty()) {
        part.userIds.clear();
        qsizetype bytes = 0;
        while (to < m_query.userIds.size() && (to == from || bytes < kMaxUserListBytes)) {
            bytes += Escape::stringLiteral(m_query.userIds.at(to)).size() + 2;
            part.userIds.append(m_query.userIds.at(to++));
        }
    }
    const QueryBuilder builder(m_settings, m_runner.schema(), part, m_dedupe);
    const Statement series = builder.bySeries();
    m_runner.run(
        builder.byModel(), [this](const QStringList& fields) { return m_builder.addModelRow(fields); },
        [this, series, to] {
            // the comparison range's series too: the detail panel draws it beside the current one
            m_runner.run(
                series, [this](const QStringList& fields) { return m_builder.addSeriesRow(fields); },
                [this, to] {
                    if (to < m_query.userIds.size())
                        runPart(to);
                    else
                        finish();
                });
        });
}

void UsageJob::finish()
{
    UsageResult result = m_builder.take(m_query);
    if (m_full.hasComparison() && !m_current) {
        m_current = std::move(result);
        m_builder = ResultBuilder();
        m_query = comparisonQuery(m_full);
        runPart(0);
        return;
    }
    if (m_current) {
        attachPrevious(*m_current, result);
        result = std::move(*m_current);
        result.query = m_full;
    }
    m_runner.stop();
    const QUrl where = m_settings.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    result.provenance.kind = SourceKind::ClickHouse;
    result.provenance.baseUrl = where.toString();
    result.provenance.database = m_settings.database;
    result.provenance.table = m_settings.table;
    result.provenance.boundRule = QStringLiteral("inclusive-ms");
    result.hasRequestTimes = true;
    result.hasCacheTokens = m_runner.schema().hasCacheTokens();
    result.hasReasoningTokens = m_runner.schema().hasReasoningTokens();
    result.recordsRead = clampToInt64(result.totals().requests);
    m_done = true;
    Q_EMIT finished(result);
}

void UsageJob::onRunFailed(const RunFailure& failure)
{
    if (failure.http)
        return fail(describeFailure(failure.reply, m_settings.serverName()), isAuthenticationFailure(failure.reply));
    // ClickHouse reports an error found after the answer began as a row "Code: N. DB::Exception ..."
    const bool exception = failure.refusedRow.value(0).startsWith(QLatin1String("Code: "));
    const QString detail = failure.refusedRow.isEmpty() ? failure.readerError
        : exception                                     ? failure.refusedRow.join(QLatin1Char(' '))
                                                        : m_builder.error();
    if (exception && !failure.streaming)
        return fail(describeFailure({ QNetworkReply::NoError, 500, detail.toUtf8(), {} }, m_settings.serverName()));
    fail(QStringLiteral("ClickHouse server %1: %2").arg(m_settings.serverName(), detail));
}

void UsageJob::cancel()
{
    if (m_done)
        return;
    m_runner.killRunningQuery();
    m_done = true;
    m_runner.stop();
    Q_EMIT cancelled();
}

void UsageJob::fail(const QString& reason, bool authentication)
{
    if (m_done)
        return;
    m_done = true;
    m_runner.stop();
    Q_EMIT failed(reason, authentication);
}

} // namespace Usage::ClickHouse

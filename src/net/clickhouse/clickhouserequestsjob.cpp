// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouserequestsjob.h"

#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouserequestsql.h"

#include <memory>

namespace Usage::ClickHouse {

RequestsJob::RequestsJob(const Settings& settings, const Requests::RequestsQuery& query, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_query(query)
    , m_runner(settings)
{
    m_runner.setMaxRows(kPageSize + 1);
    connect(&m_runner, &StatementRunner::failed, this, &RequestsJob::onRunFailed);
    connect(&m_runner, &StatementRunner::timedOut, this, [this] {
        finish(tr("ClickHouse server %1 did not answer within %2 s")
                   .arg(m_settings.serverName())
                   .arg(m_settings.timeoutMs / 1000.0));
    });
}

void RequestsJob::start()
{
    m_runner.startDeadline();
    m_runner.readSchema([this](bool versionKnown) {
        if (!versionKnown)
            return finish(tr("ClickHouse server %1 answered no version").arg(m_settings.serverName()));
        const QStringList missing = m_runner.schema().missingRequired();
        if (!missing.isEmpty())
            return finish(tr("table %1 lacks the columns %2").arg(m_settings.table, missing.join(QLatin1String(", "))));
        nextPage();
    });
}

void RequestsJob::nextPage()
{
    const qint64 offset = qint64(m_rows.size());
    qint64 want = kPageSize;
    if (m_query.limit > 0)
        want = std::min<qint64>(want, m_query.limit - offset);
    if (want <= 0)
        return finish(QString());
    auto got = std::make_shared<qint64>(0);
    m_runner.run(
        requestsPage(m_settings, m_runner.schema(), m_query, want, offset),
        [this, got](const QStringList& fields) {
            auto row = requestRowOf(fields);
            if (!row)
                return false;
            m_rows.push_back(std::move(*row));
            ++*got;
            return true;
        },
        [this, got, want] {
            if (*got < want)
                return finish(QString());
            nextPage();
        });
}

void RequestsJob::onRunFailed(const RunFailure& failure)
{
    if (failure.http)
        return finish(describeFailure(failure.reply, m_settings.serverName()));
    finish(tr("ClickHouse server %1: an answer that is no list of requests (%2)")
               .arg(m_settings.serverName(), failure.readerError));
}

void RequestsJob::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_runner.stop();
    Q_EMIT finished(error);
}

} // namespace Usage::ClickHouse

// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseusagejob.h"

#include "core/comparerange.h"
#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouseescape.h"
#include "net/clickhouse/clickhousequerybuilder.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

Q_LOGGING_CATEGORY(lcClickHouse, "usageexplorer.clickhouse", QtWarningMsg)

namespace Usage::ClickHouse {

namespace {
    constexpr qsizetype kMaxErrorBody = 4096;
    constexpr qsizetype kMaxUserListBytes = 128 * 1024; // half of the servers' default max_query_size
} // namespace

UsageJob::UsageJob(const Settings& settings, const UsageQuery& query, bool dedupe, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_query(query)
    , m_full(query)
    , m_dedupe(dedupe)
{
    if (m_full.compare != CompareMode::None) { // the bounds of the comparison range, as the other sources use them
        resolveComparison(m_full);
        m_query = m_full;
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        killRunningQuery();
        fail(QStringLiteral("ClickHouse server %1 did not answer within %2 s")
                 .arg(m_settings.serverName())
                 .arg(m_settings.timeoutMs / 1000.0));
    });
}

UsageJob::~UsageJob()
{
    if (m_reply)
        m_reply->abort();
}

void UsageJob::start()
{
    m_deadline.start(m_settings.timeoutMs);
    Statement version;
    version.sql = "SELECT version() FORMAT TabSeparated";
    auto text = std::make_shared<QString>();
    run(
        version,
        [text](const QStringList& fields) {
            *text = fields.value(0);
            return true;
        },
        [this, text] {
            m_version = *text;
            if (!m_schema.setVersion(*text))
                return fail(QStringLiteral("ClickHouse server %1 answered no version").arg(m_settings.serverName()));
            Statement describe;
            describe.sql = "DESCRIBE TABLE " + Escape::identifier(m_settings.database) + '.'
                + Escape::identifier(m_settings.table) + " FORMAT TabSeparated";
            auto rows = std::make_shared<QList<QStringList>>();
            run(
                describe,
                [rows](const QStringList& fields) {
                    rows->append(fields);
                    return true;
                },
                [this, rows] {
                    m_schema.setColumns(*rows);
                    afterSchema();
                });
        });
}

void UsageJob::afterSchema()
{
    const QString problem = QueryBuilder(m_settings, m_schema, m_query, m_dedupe).check();
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
    const QueryBuilder builder(m_settings, m_schema, part, m_dedupe);
    const Statement series = builder.bySeries();
    run(
        builder.byModel(), [this](const QStringList& fields) { return m_builder.addModelRow(fields); },
        [this, series, to] {
            // the comparison range's series too: the detail panel draws it beside the current one
            run(
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
    m_deadline.stop();
    const QUrl where = m_settings.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    result.provenance.kind = SourceKind::ClickHouse;
    result.provenance.baseUrl = where.toString();
    result.provenance.database = m_settings.database;
    result.provenance.table = m_settings.table;
    result.provenance.boundRule = QStringLiteral("inclusive-ms");
    result.hasRequestTimes = true;
    result.hasCacheTokens = m_schema.hasCacheTokens();
    result.hasReasoningTokens = m_schema.hasReasoningTokens();
    result.recordsRead = result.totals().requests;
    m_done = true;
    Q_EMIT finished(result);
}

void UsageJob::run(const Statement& statement, RowHandler onRow, std::function<void()> onDone)
{
    if (m_done)
        return;
    m_queryId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray query = "database=" + QUrl::toPercentEncoding(m_settings.database) + "&query_id=" + m_queryId;
    for (const auto& [name, value] : statement.parameters)
        query += "&param_" + name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    QUrl url = m_settings.url.adjusted(QUrl::RemoveUserInfo);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
    request.setRawHeader("X-ClickHouse-User", m_settings.user.toUtf8());
    if (!m_settings.password.isEmpty())
        request.setRawHeader("X-ClickHouse-Key", m_settings.password.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcClickHouse) << "query" << m_queryId << "on" << m_settings.serverName();

    m_onRow = std::move(onRow);
    m_onDone = std::move(onDone);
    m_rowError.clear();
    m_errorBody.clear();
    m_reader = std::make_unique<TsvReader>(m_maxRows, [this](const QStringList& fields) {
        if (m_rowError.isEmpty() && !m_onRow(fields))
            m_rowError =
                fields.value(0).startsWith(QLatin1String("Code: ")) ? fields.join(QLatin1Char(' ')) : m_builder.error();
    });
    m_reply = m_network.post(request, statement.sql);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            m_errorBody += m_reply->read(kMaxErrorBody - m_errorBody.size());
            m_reply->readAll();
            return;
        }
        if (!m_reader->feed(m_reply->readAll()) || !m_rowError.isEmpty()) {
            killRunningQuery();
            fail(QStringLiteral("ClickHouse server %1: %2")
                     .arg(m_settings.serverName(), m_rowError.isEmpty() ? m_reader->error() : m_rowError));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &UsageJob::onFinished);
}

void UsageJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        ReplyFailure failure { reply->error(), status, m_errorBody + reply->read(kMaxErrorBody), reply->errorString() };
        return fail(describeFailure(failure, m_settings.serverName()), isAuthenticationFailure(failure));
    }
    m_reader->feed(reply->readAll());
    if (!m_rowError.isEmpty() && m_rowError.startsWith(QLatin1String("Code: ")))
        return fail(describeFailure({ QNetworkReply::NoError, 500, m_rowError.toUtf8(), {} }, m_settings.serverName()));
    if (!m_rowError.isEmpty() || !m_reader->finish())
        return fail(QStringLiteral("ClickHouse server %1: %2")
                        .arg(m_settings.serverName(), m_rowError.isEmpty() ? m_reader->error() : m_rowError));
    const auto done = std::move(m_onDone);
    done();
}

void UsageJob::cancel()
{
    if (m_done)
        return;
    killRunningQuery();
    m_done = true;
    m_deadline.stop();
    if (m_reply)
        m_reply->abort();
    Q_EMIT cancelled();
}

void UsageJob::killRunningQuery()
{
    if (!m_reply || m_queryId.isEmpty())
        return;
    // a server of any version stops the query: newer ones also on the closed connection, 18.16 only this way
    QUrl url = m_settings.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
    request.setRawHeader("X-ClickHouse-User", m_settings.user.toUtf8());
    if (!m_settings.password.isEmpty())
        request.setRawHeader("X-ClickHouse-Key", m_settings.password.toUtf8());
    QNetworkReply* kill = m_network.post(
        request, "KILL QUERY WHERE query_id = " + Escape::stringLiteral(QString::fromLatin1(m_queryId)) + " ASYNC");
    connect(kill, &QNetworkReply::finished, kill, &QObject::deleteLater);
}

void UsageJob::fail(const QString& reason, bool authentication)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply)
        m_reply->abort();
    Q_EMIT failed(reason, authentication);
}

} // namespace Usage::ClickHouse
